#include "net/profilestore.h"

#include <QCoreApplication>
#include <QSettings>

namespace vitrine {

namespace {

// The keys, in one place.
const QString kGroup = QStringLiteral("stores");
const QString kArray = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("current");
const QString kName = QStringLiteral("name");
const QString kDialect = QStringLiteral("dialect");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kApiVersion = QStringLiteral("apiVersion");
const QString kCustomFile = QStringLiteral("customDialectFile");
const QString kOrdering = QStringLiteral("ordering");
const QString kRate = QStringLiteral("rateLimitPerSecond");
const QString kBurst = QStringLiteral("rateLimitBurst");
const QString kTimeout = QStringLiteral("timeoutMs");
const QString kRetries = QStringLiteral("maxRetries");

// This file's texts, translated in the "ProfileStore" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

StoreProfile readProfile(const QSettings &s) {
    StoreProfile p;
    p.name = s.value(kName).toString();
    p.dialect = s.value(kDialect, p.dialect).toString();
    p.baseUrl = QUrl(s.value(kBaseUrl).toString(), QUrl::StrictMode);
    p.apiVersion = s.value(kApiVersion).toString();
    p.customDialectFile = s.value(kCustomFile).toString();
    OrderingSemantics ordering;
    if (parseOrdering(s.value(kOrdering).toString(), &ordering))
        p.ordering = ordering;
    if (s.contains(kRate)) {
        bool ok = false;
        const double rate = s.value(kRate).toDouble(&ok);
        if (ok)
            p.rateLimit = RateLimit{rate, qMax(1, s.value(kBurst, 1).toInt())};
    }
    bool ok = false;
    const int timeout = s.value(kTimeout).toInt(&ok);
    if (ok && timeout > 0)
        p.timeoutMs = timeout;
    const int retries = s.value(kRetries).toInt(&ok);
    if (ok && retries >= 0)
        p.maxRetries = retries;
    return p;
}

void writeProfile(QSettings &s, const StoreProfile &p) {
    s.setValue(kName, p.name);
    s.setValue(kDialect, p.dialect);
    s.setValue(kBaseUrl, p.baseUrl.toString(QUrl::FullyEncoded));
    s.setValue(kApiVersion, p.apiVersion);
    s.setValue(kCustomFile, p.customDialectFile);
    s.setValue(kOrdering, p.ordering ? orderingName(*p.ordering) : QString());
    if (p.rateLimit) {
        s.setValue(kRate, p.rateLimit->requestsPerSecond);
        s.setValue(kBurst, p.rateLimit->burst);
    }
    s.setValue(kTimeout, p.timeoutMs);
    s.setValue(kRetries, p.maxRetries);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings())
    , m_ownsSettings(settings == nullptr) {}

ProfileStore::~ProfileStore() {
    if (m_ownsSettings)
        delete m_settings;
}

QList<StoreProfile> ProfileStore::profiles() const {
    QList<StoreProfile> out;
    m_settings->beginGroup(kGroup);
    const int n = m_settings->beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        StoreProfile p = readProfile(*m_settings);
        if (!p.name.isEmpty())
            out.append(std::move(p));
    }
    m_settings->endArray();
    m_settings->endGroup();
    return out;
}

QStringList ProfileStore::names() const {
    QStringList names;
    for (const StoreProfile &p : profiles())
        names << p.name;
    return names;
}

std::optional<StoreProfile> ProfileStore::profile(const QString &name) const {
    for (const StoreProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const {
    return profile(name).has_value();
}

void ProfileStore::save(const QList<StoreProfile> &profiles) {
    m_settings->beginGroup(kGroup);
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles.at(i));
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

QStringList ProfileStore::add(const StoreProfile &profile) {
    QStringList problems = profile.validate();
    QList<StoreProfile> all = profiles();
    for (const StoreProfile &p : all) {
        if (p.name == profile.name)
            problems << Text::tr("A store profile called \"%1\" already exists.").arg(profile.name);
    }
    if (!problems.isEmpty())
        return problems;
    all.append(profile);
    save(all);
    return {};
}

QStringList ProfileStore::update(const QString &oldName, const StoreProfile &profile) {
    QStringList problems = profile.validate();
    QList<StoreProfile> all = profiles();
    qsizetype index = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).name == oldName)
            index = i;
        else if (all.at(i).name == profile.name)
            problems << Text::tr("A store profile called \"%1\" already exists.").arg(profile.name);
    }
    if (index < 0)
        problems << Text::tr("There is no store profile called \"%1\".").arg(oldName);
    if (!problems.isEmpty())
        return problems;
    const bool wasCurrent = currentName() == oldName;
    all[index] = profile;
    save(all);
    if (wasCurrent && oldName != profile.name)
        setCurrent(profile.name);
    return {};
}

QStringList ProfileStore::remove(const QString &name) {
    QList<StoreProfile> all = profiles();
    const qsizetype removed =
        all.removeIf([&name](const StoreProfile &p) { return p.name == name; });
    if (removed == 0)
        return {Text::tr("There is no store profile called \"%1\".").arg(name)};
    save(all);
    if (currentName() == name) {
        m_settings->remove(kGroup + QLatin1Char('/') + kCurrent);
        m_settings->sync();
    }
    return {};
}

QString ProfileStore::currentName() const {
    const QString name = m_settings->value(kGroup + QLatin1Char('/') + kCurrent).toString();
    return contains(name) ? name : QString();
}

std::optional<StoreProfile> ProfileStore::current() const {
    const QString name = currentName();
    if (name.isEmpty())
        return std::nullopt;
    return profile(name);
}

QStringList ProfileStore::setCurrent(const QString &name) {
    if (!name.isEmpty() && !contains(name))
        return {Text::tr("There is no store profile called \"%1\".").arg(name)};
    m_settings->setValue(kGroup + QLatin1Char('/') + kCurrent, name);
    m_settings->sync();
    return {};
}

} // namespace vitrine
