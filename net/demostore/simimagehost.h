#pragma once

#include "net/demostore/simrequest.h"
#include "net/demostore/simresponse.h"

#include <QString>

namespace vitrine {

// The simulator's "CDN": serves GET/HEAD /images/<file> from the demo pictures compiled into the
// library (resources/demo), with a real Content-Type and cache headers so clients can cache them.
class SimImageHost {
public:
    static SimResponse answer(const SimRequest &request);
    static QString resourcePath(const QString &file); // ":/vitrine/demo/<file>"
    static QByteArray contentTypeFor(const QString &file);
};

} // namespace vitrine
