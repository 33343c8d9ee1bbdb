#include "net/dialects/dialectforprofile.h"

namespace vitrine {

DialectDescription describedForProfile(DialectDescription description,
                                       const StoreProfile &profile) {
    if (!profile.apiVersion.isEmpty())
        description.apiVersion = profile.apiVersion;
    // The profile's address wins over the one a custom dialect file gives.
    const QUrl address = profile.baseUrl.isEmpty() ? description.baseUrl : profile.baseUrl;
    const QString scheme = address.scheme().toLower();
    description.baseScheme = scheme.isEmpty() ? QStringLiteral("https") : scheme;
    return description;
}

} // namespace vitrine
