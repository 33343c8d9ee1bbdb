#include "demostore/simrouter.h"

#include <QUrl>

namespace vitrine {

void SimRouter::add(const QByteArray &method, const QString &pattern, Handler handler) {
    const QStringList literals = pattern.split(QStringLiteral("{}"));
    QStringList escaped;
    for (const QString &l : literals)
        escaped.append(QRegularExpression::escape(l));
    const QString regex =
        QLatin1Char('^') + escaped.join(QStringLiteral("([^/]+)")) + QLatin1Char('$');
    m_routes.append({method, QRegularExpression(regex), std::move(handler)});
}

std::optional<SimResponse> SimRouter::dispatch(const SimRequest &request,
                                               const QString &path) const {
    for (const Route &route : m_routes) {
        if (route.method != request.method)
            continue;
        const QRegularExpressionMatch m = route.regex.match(path);
        if (!m.hasMatch())
            continue;
        QStringList args;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            args.append(QUrl::fromPercentEncoding(m.captured(i).toUtf8()));
        return route.handler(request, args);
    }
    return std::nullopt;
}

} // namespace vitrine
