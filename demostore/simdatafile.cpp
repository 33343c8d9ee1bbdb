#include "demostore/simdatafile.h"

#include "demostore/simcatalog.h"
#include "demostore/simlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace vitrine {

namespace {

const QLatin1String formatName("vitrine-store-simulator");
const QLatin1String cdnToken("{cdn}");
constexpr int formatVersion = 1;

} // namespace

SimDataFile::SimDataFile(QString path, const QUrl &cdnBase)
    : m_path(std::move(path))
    , m_cdnBase(cdnBase.toString(QUrl::StripTrailingSlash)) {}

SimDataFile::Status SimDataFile::load(const QMap<SimDialect, SimCatalog *> &catalogs,
                                      QList<SimDialect> *loaded, QString *error) const {
    QFile file(m_path);
    if (!file.exists())
        return Status::Missing;
    const auto corrupt = [&](const QString &why) {
        *error = QStringLiteral("The demo store data in %1 is unreadable (%2).").arg(m_path, why);
        return Status::Corrupt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return corrupt(QStringLiteral("not a store simulator file"));
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return corrupt(QStringLiteral("unsupported version %1")
                           .arg(root.value(QStringLiteral("version")).toInt()));
    const QJsonObject dialects = root.value(QStringLiteral("dialects")).toObject();

    // Validate every catalog on scratch copies first, so a bad one changes nothing.
    for (auto it = catalogs.cbegin(); it != catalogs.cend(); ++it) {
        const QJsonValue v = dialects.value(simDialectName(it.key()));
        if (v.isUndefined())
            continue;
        SimCatalog scratch = *it.value();
        QString why;
        if (!v.isObject() || !scratch.fromJson(
                                 v.toObject(), [](const QString &s) { return s; }, &why))
            return corrupt(simDialectName(it.key()) + QStringLiteral(": ") + why);
    }
    loaded->clear();
    for (auto it = catalogs.cbegin(); it != catalogs.cend(); ++it) {
        const QJsonValue v = dialects.value(simDialectName(it.key()));
        if (v.isUndefined())
            continue;
        QString why;
        it.value()->fromJson(
            v.toObject(), [this](const QString &s) { return decodeSrc(s); }, &why);
        loaded->append(it.key());
    }
    return Status::Loaded;
}

bool SimDataFile::save(const QMap<SimDialect, SimCatalog *> &catalogs, QString *error) const {
    QJsonObject dialects;
    for (auto it = catalogs.cbegin(); it != catalogs.cend(); ++it)
        dialects.insert(simDialectName(it.key()),
                        it.value()->toJson([this](const QString &s) { return encodeSrc(s); }));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("dialects"), dialects}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void SimDataFile::quarantine() const {
    const QString aside = m_path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (!QFile::rename(m_path, aside))
        qCWarning(lcNetSim) << "could not move the corrupt data file aside:" << m_path;
}

QString SimDataFile::encodeSrc(const QString &src) const {
    if (src.startsWith(m_cdnBase + QLatin1Char('/')))
        return cdnToken + src.mid(m_cdnBase.size());
    return src;
}

QString SimDataFile::decodeSrc(const QString &src) const {
    if (src.startsWith(cdnToken + QLatin1Char('/')))
        return m_cdnBase + src.mid(cdnToken.size());
    return src;
}

} // namespace vitrine
