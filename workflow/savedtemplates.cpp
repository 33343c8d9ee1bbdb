#include "workflow/savedtemplates.h"

#include "core/alttemplate.h"

#include <QCoreApplication>
#include <QSettings>

namespace vitrine {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SavedTemplates)
};
const QString kGroup = QStringLiteral("altTemplates");

// QSettings keys cannot hold '/' or '\' as they are: the name is kept inside the value too.
QString keyOf(const QString &name) {
    return QString::fromLatin1(
        name.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SavedTemplates::SavedTemplates(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings) {}

SavedTemplates::~SavedTemplates() {
    if (m_ownsSettings)
        delete m_settings;
}

QMap<QString, QString> SavedTemplates::all() const {
    QMap<QString, QString> out;
    m_settings->beginGroup(kGroup);
    for (const QString &key : m_settings->childKeys()) {
        const QStringList entry = m_settings->value(key).toStringList();
        if (entry.size() == 2)
            out.insert(entry.at(0), entry.at(1));
    }
    m_settings->endGroup();
    return out;
}

bool SavedTemplates::contains(const QString &name) const {
    return all().contains(name.trimmed());
}

QString SavedTemplates::text(const QString &name) const {
    return all().value(name.trimmed());
}

QString SavedTemplates::save(const QString &name, const QString &text) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("A saved template needs a name.");
    if (text.trimmed().isEmpty())
        return Text::tr("The template is empty.");
    if (const AltTemplate parsed = AltTemplate::parse(text); !parsed.isValid())
        return parsed.error();
    m_settings->setValue(kGroup + QLatin1Char('/') + keyOf(trimmed), QStringList{trimmed, text});
    m_settings->sync();
    Q_EMIT changed();
    return {};
}

void SavedTemplates::remove(const QString &name) {
    m_settings->remove(kGroup + QLatin1Char('/') + keyOf(name.trimmed()));
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace vitrine
