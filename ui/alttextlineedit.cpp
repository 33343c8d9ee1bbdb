#include "ui/alttextlineedit.h"

#include "ui/alttextcounter.h"

#include <QPainter>

namespace vitrine {

AltTextLineEdit::AltTextLineEdit(QWidget *parent)
    : QLineEdit(parent) {
    setObjectName(QStringLiteral("altTextLineEdit"));
    setPlaceholderText(tr("Describe the image for people who cannot see it"));
    connect(this, &QLineEdit::textChanged, this, &AltTextLineEdit::revalidate);
    revalidate();
}

void AltTextLineEdit::setLimit(int limit) {
    m_limit = qMax(0, limit);
    revalidate();
}

int AltTextLineEdit::limit() const {
    return m_limit;
}

bool AltTextLineEdit::isAcceptable() const {
    return m_result.ok;
}

QString AltTextLineEdit::refusal() const {
    return m_result.message;
}

void AltTextLineEdit::revalidate() {
    m_result = validateAltText(text(), m_limit);
    // Room for the widest counter this limit can show, so typing never runs under it.
    const QString widest = AltTextCounter::counterText(qMax(m_limit * 10, 9999), m_limit);
    setTextMargins(0, 0, fontMetrics().horizontalAdvance(widest) + 8, 0);
    setToolTip(m_result.message);
    update();
}

void AltTextLineEdit::paintEvent(QPaintEvent *event) {
    QLineEdit::paintEvent(event);
    QPainter painter(this);
    const int length = altTextLength(text());
    const auto level = AltTextCounter::levelFor(length, m_limit, m_result.ok);
    QFont font = this->font();
    font.setBold(level == AltTextCounter::Level::Refused);
    painter.setFont(font);
    painter.setPen(AltTextCounter::colorFor(level, palette()));
    painter.drawText(rect().adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                     AltTextCounter::counterText(length, m_limit));
}

} // namespace vitrine
