#pragma once

#include "demostore/simrequest.h"
#include "demostore/simresponse.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

namespace vitrine {

// A small path router for one dialect. Patterns are literal paths in which each "{}" stands for
// one path segment, e.g. "/products/{}/images/{}.json"; captured segments reach the handler
// percent-decoded, in order. The first matching route wins, so register fixed segments
// ("/count.json", "/pagination") before the catch-all "{}" of the same shape.
class SimRouter {
public:
    using Handler = std::function<SimResponse(const SimRequest &, const QStringList &args)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    // The answer of the matching route for `path` (relative to the dialect prefix), or nothing.
    std::optional<SimResponse> dispatch(const SimRequest &request, const QString &path) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression regex;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace vitrine
