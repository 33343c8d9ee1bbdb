#include "demostore/simdialect.h"

namespace vitrine {

QList<SimDialect> allSimDialects() {
    return {SimDialect::Generic, SimDialect::Shopline, SimDialect::Shoplazza, SimDialect::Shopify};
}

QString simDialectName(SimDialect dialect) {
    switch (dialect) {
    case SimDialect::Generic:
        return QStringLiteral("generic");
    case SimDialect::Shopline:
        return QStringLiteral("shopline");
    case SimDialect::Shoplazza:
        return QStringLiteral("shoplazza");
    case SimDialect::Shopify:
        return QStringLiteral("shopify");
    }
    return {};
}

bool parseSimDialect(const QString &name, SimDialect *out) {
    for (const SimDialect d : allSimDialects()) {
        if (simDialectName(d) == name) {
            *out = d;
            return true;
        }
    }
    return false;
}

} // namespace vitrine
