#include "net/storeprofile.h"

#include "net/dialectdescription.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

namespace vitrine {

namespace {
// This file's texts, translated in the "StoreProfile" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoreProfile)
};
} // namespace

StoreProfile StoreProfile::direct(const QString &dialectOrFile, const QUrl &baseUrl,
                                  const QString &apiVersion) {
    StoreProfile p;
    if (dialectOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        p.dialect = QStringLiteral("custom");
        p.customDialectFile = dialectOrFile;
    } else {
        p.dialect = dialectOrFile;
    }
    p.baseUrl = baseUrl;
    p.apiVersion = apiVersion;
    return p;
}

QString StoreProfile::defaultApiVersion(const QString &dialect) {
    if (dialect == QLatin1String("shopline"))
        return QStringLiteral("v20250601");
    if (dialect == QLatin1String("shoplazza"))
        return QStringLiteral("2022-01");
    if (dialect == QLatin1String("shopify"))
        return QStringLiteral("2024-01");
    return {};
}

QStringList StoreProfile::knownDialects() {
    return {QStringLiteral("generic"), QStringLiteral("shopline"), QStringLiteral("shoplazza"),
            QStringLiteral("shopify"), QStringLiteral("custom")};
}

QString StoreProfile::effectiveApiVersion() const {
    return apiVersion.isEmpty() ? defaultApiVersion(dialect) : apiVersion;
}

QUrl StoreProfile::effectiveBaseUrl() const {
    if (!baseUrl.isEmpty() || dialect != QLatin1String("custom"))
        return baseUrl;
    const Result<DialectDescription> description = DialectDescription::fromFile(customDialectFile);
    return description ? description->baseUrl : QUrl();
}

bool StoreProfile::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

QStringList StoreProfile::validate() const {
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << Text::tr("The profile needs a name.");
    if (!knownDialects().contains(dialect))
        errors << Text::tr("Unknown store dialect \"%1\"; use one of: %2.")
                      .arg(dialect, knownDialects().join(QStringLiteral(", ")));
    if (dialect == QLatin1String("custom")) {
        if (customDialectFile.isEmpty())
            errors << Text::tr("A custom dialect needs the path of its description file.");
        else if (!QFileInfo(customDialectFile).isFile())
            errors << Text::tr("The custom dialect file %1 does not exist.").arg(customDialectFile);
    }
    // A custom dialect file may give the address; the profile's own wins.
    const QUrl baseUrl = effectiveBaseUrl();
    if (baseUrl.isEmpty()) {
        errors << Text::tr("Enter the store address (for example https://shop.example.com).");
    } else if (!baseUrl.isValid() || baseUrl.isRelative() || baseUrl.host().isEmpty()) {
        errors << Text::tr("The store address \"%1\" is not a valid URL (for example "
                           "https://shop.example.com).")
                      .arg(baseUrl.toString());
    } else {
        const QString scheme = baseUrl.scheme().toLower();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            errors << Text::tr("The store address must start with https://.");
        else if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
            errors << Text::tr(
                "The store address must use https:// (plain http is only allowed for "
                "this computer, 127.0.0.1 or localhost).");
        if (!baseUrl.userInfo().isEmpty())
            errors << Text::tr("The store address must not contain a user name or password; the "
                               "token is kept separately.");
        if (baseUrl.hasQuery() || baseUrl.hasFragment())
            errors << Text::tr("The store address must not contain a query or fragment.");
    }
    if (timeoutMs <= 0)
        errors << Text::tr("The timeout must be positive.");
    if (maxRetries < 0 || maxRetries > 20)
        errors << Text::tr("The number of retries must be between 0 and 20.");
    if (rateLimit && (rateLimit->requestsPerSecond < 0 || rateLimit->burst < 1))
        errors << Text::tr("The rate limit must be positive, with a burst of at least 1.");
    return errors;
}

} // namespace vitrine
