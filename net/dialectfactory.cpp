#include "net/dialectfactory.h"

#include "net/dialects/dialectforprofile.h"
#include "net/dialects/shopifydialect.h"
#include "net/dialects/shoplazzadialect.h"
#include "net/dialects/shoplinedialect.h"
#include "net/genericdialect.h"
#include "net/restdialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace vitrine {

namespace {

// A dialect described by a file (the custom dialect file format, docs/net.md), adjusted to the
// profile like every built-in description.
Result<std::shared_ptr<StoreDialect>> createCustom(const StoreProfile &profile) {
    Result<DialectDescription> description =
        DialectDescription::fromFile(profile.customDialectFile);
    if (!description)
        return description.error();
    return std::shared_ptr<StoreDialect>(std::make_shared<RestDialect>(
        describedForProfile(std::move(description).value(), profile)));
}

struct Registry {
    QMutex mutex;
    QHash<QString, DialectFactory::Creator> creators;

    Registry() {
        creators.insert(QStringLiteral("generic"), createDialectForProfile<GenericDialect>);
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
    r.creators.emplace(name, std::move(creator));
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
            QCoreApplication::translate("DialectFactory",
                                        "Vitrine does not know the store dialect \"%1\"")
                .arg(profile.dialect));
    Result<std::shared_ptr<StoreDialect>> dialect = creator(profile);
    if (dialect && !dialect.value())
        return StoreError::make(
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("DialectFactory", "the \"%1\" dialect could not be created")
                .arg(profile.dialect));
    return dialect;
}

} // namespace vitrine
