#pragma once

#include "demostore/simrequest.h"
#include "demostore/simresponse.h"

#include <QSize>
#include <QString>

namespace vitrine {

// The simulator's "CDN": serves GET/HEAD /images/<file> from the demo pictures compiled into the
// library (resources/demo), with a real Content-Type and cache headers so clients can cache them.
class SimImageHost {
public:
    static SimResponse answer(const SimRequest &request);
    static QString resourcePath(const QString &file); // ":/vitrine/demo/<file>"
    static QByteArray contentTypeFor(const QString &file);
    // Width and height of a served JPEG, read from its header; invalid when unknown.
    static QSize pixelSize(const QString &file);
};

} // namespace vitrine
