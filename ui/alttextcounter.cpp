#include "ui/alttextcounter.h"

#include "ui/theme.h"

namespace vitrine {

namespace {
// From this share of the limit on, the counter warns before the text is refused.
constexpr double kNearLimitShare = 0.9;
} // namespace

AltTextCounter::AltTextCounter(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("altTextCounter"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    evaluate(QString());
}

void AltTextCounter::setLimit(int limit) {
    m_limit = qMax(0, limit);
    evaluate(m_text);
}

int AltTextCounter::limit() const {
    return m_limit;
}

QString AltTextCounter::counterText(int length, int limit) {
    return limit > 0 ? QStringLiteral("%1 / %2").arg(length).arg(limit)
                     : (length == 1 ? tr("1 character") : tr("%1 characters").arg(length));
}

AltTextCounter::Level AltTextCounter::levelFor(int length, int limit, bool acceptable) {
    if (!acceptable)
        return Level::Refused;
    if (limit > 0 && length >= limit * kNearLimitShare)
        return Level::NearLimit;
    return Level::Normal;
}

QColor AltTextCounter::colorFor(Level level, const QPalette &palette) {
    switch (level) {
    case Level::Refused:
        return Theme::color(Theme::Role::Failed, palette);
    case Level::NearLimit:
        return Theme::color(Theme::Role::Warning, palette);
    case Level::Normal:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

void AltTextCounter::evaluate(const QString &text) {
    const bool wasAcceptable = m_result.ok;
    m_text = text;
    m_result = validateAltText(text, m_limit);
    const int length = altTextLength(text);
    m_level = levelFor(length, m_limit, m_result.ok);
    setText(counterText(length, m_limit));
    setToolTip(m_result.ok ? QString() : m_result.message);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText,
                     colorFor(m_level, parentWidget() ? parentWidget()->palette() : palette));
    setPalette(palette);
    QFont font = this->font();
    font.setBold(m_level == Level::Refused);
    setFont(font);
    if (wasAcceptable != m_result.ok)
        Q_EMIT acceptableChanged(m_result.ok);
}

bool AltTextCounter::isAcceptable() const {
    return m_result.ok;
}

const ValidationResult &AltTextCounter::result() const {
    return m_result;
}

AltTextCounter::Level AltTextCounter::level() const {
    return m_level;
}

} // namespace vitrine
