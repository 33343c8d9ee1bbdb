#include "net/dialectfactory.h"

#include "net/dialects/dialectforprofile.h"
#include "net/dialects/shopifydialect.h"
#include "net/dialects/shoplazzadialect.h"
#include "net/dialects/shoplinedialect.h"
#include "net/genericdialect.h"
#include "net/restdialect.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

namespace vitrine {

namespace {

// A custom dialect file larger than this is not a dialect description.
constexpr qint64 kMaxDescriptionBytes = 1024 * 1024;

Result<std::shared_ptr<StoreDialect>> createGeneric(const StoreProfile &profile) {
    DialectDescription d = GenericDialect::genericDescription();
    d.baseScheme =
        profile.baseUrl.scheme().isEmpty() ? QStringLiteral("https") : profile.baseUrl.scheme();
    if (!profile.apiVersion.isEmpty())
        d.apiVersion = profile.apiVersion;
    return std::shared_ptr<StoreDialect>(std::make_shared<GenericDialect>(std::move(d)));
}

Result<std::shared_ptr<StoreDialect>> createCustom(const StoreProfile &profile) {
    QFile file(profile.customDialectFile);
    if (profile.customDialectFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Code::InvalidInput,
                                QStringLiteral("cannot read the custom dialect file \"%1\"")
                                    .arg(profile.customDialectFile));
    if (file.size() > kMaxDescriptionBytes)
        return StoreError::make(StoreError::Code::InvalidInput,
                                QStringLiteral("the custom dialect file \"%1\" is too large")
                                    .arg(profile.customDialectFile));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return StoreError::make(StoreError::Code::InvalidInput,
                                QStringLiteral("the custom dialect file \"%1\" is not a JSON "
                                               "object (%2)")
                                    .arg(profile.customDialectFile, pe.errorString()));
    Result<DialectDescription> d = DialectDescription::fromJson(doc.object());
    if (!d)
        return d.error();
    DialectDescription description = std::move(d).value();
    description.baseScheme =
        profile.baseUrl.scheme().isEmpty() ? QStringLiteral("https") : profile.baseUrl.scheme();
    if (!profile.apiVersion.isEmpty())
        description.apiVersion = profile.apiVersion;
    return std::shared_ptr<StoreDialect>(std::make_shared<RestDialect>(std::move(description)));
}

struct Registry {
    QMutex mutex;
    QHash<QString, DialectFactory::Creator> creators;

    Registry() {
        creators.insert(QStringLiteral("generic"), createGeneric);
        creators.insert(QStringLiteral("custom"), createCustom);
        creators.insert(QStringLiteral("shopline"), createDialectForProfile<ShoplineDialect>);
        creators.insert(QStringLiteral("shoplazza"), createDialectForProfile<ShoplazzaDialect>);
        creators.insert(QStringLiteral("shopify"), createDialectForProfile<ShopifyDialect>);
    }
};

Registry &registry() {
    static Registry r;
    return r;
}

} // namespace

void DialectFactory::registerDialect(const QString &name, Creator creator) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.creators.insert(name, std::move(creator));
}

bool DialectFactory::isRegistered(const QString &name) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.creators.contains(name);
}

QStringList DialectFactory::registeredNames() {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QStringList names = r.creators.keys();
    names.sort();
    return names;
}

Result<std::shared_ptr<StoreDialect>> DialectFactory::create(const StoreProfile &profile) {
    Creator creator;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        creator = r.creators.value(profile.dialect);
    }
    if (!creator)
        return StoreError::make(
            StoreError::Code::InvalidInput,
            QStringLiteral("Vitrine does not know the store dialect \"%1\"").arg(profile.dialect));
    Result<std::shared_ptr<StoreDialect>> dialect = creator(profile);
    if (dialect && !dialect.value())
        return StoreError::make(
            StoreError::Code::InvalidInput,
            QStringLiteral("the \"%1\" dialect could not be created").arg(profile.dialect));
    return dialect;
}

} // namespace vitrine
