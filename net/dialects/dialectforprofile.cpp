#include "net/dialects/dialectforprofile.h"

namespace vitrine {

DialectDescription describedForProfile(DialectDescription description,
                                       const StoreProfile &profile) {
    if (!profile.apiVersion.isEmpty())
        description.apiVersion = profile.apiVersion;
    const QString scheme = profile.baseUrl.scheme().toLower();
    description.baseScheme = scheme.isEmpty() ? QStringLiteral("https") : scheme;
    return description;
}

} // namespace vitrine
