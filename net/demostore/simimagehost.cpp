#include "net/demostore/simimagehost.h"

#include <QFile>
#include <QUrl>

namespace vitrine {

namespace {

SimResponse plain(int status, const char *text) {
    return SimResponse::raw(status, "text/plain; charset=utf-8", QByteArray(text));
}

} // namespace

QString SimImageHost::resourcePath(const QString &file) {
    return QStringLiteral(":/vitrine/demo/") + file;
}

QByteArray SimImageHost::contentTypeFor(const QString &file) {
    const QString lower = file.toLower();
    if (lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".jpeg")))
        return "image/jpeg";
    if (lower.endsWith(QLatin1String(".png")))
        return "image/png";
    if (lower.endsWith(QLatin1String(".webp")))
        return "image/webp";
    if (lower.endsWith(QLatin1String(".gif")))
        return "image/gif";
    return "application/octet-stream";
}

SimResponse SimImageHost::answer(const SimRequest &request) {
    if (request.method != "GET" && request.method != "HEAD") {
        SimResponse r = plain(405, "Method Not Allowed\n");
        r.setHeader("Allow", "GET, HEAD");
        return r;
    }
    static const QLatin1String prefix("/images/");
    if (!request.path.startsWith(prefix))
        return plain(404, "Not Found\n");
    const QString file = QUrl::fromPercentEncoding(request.path.mid(prefix.size()).toUtf8());
    if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.startsWith(QLatin1Char('.')))
        return plain(404, "Not Found\n");
    QFile f(resourcePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return plain(404, "Not Found\n");
    SimResponse r = SimResponse::raw(200, contentTypeFor(file),
                                     request.method == "HEAD" ? QByteArray() : f.readAll());
    r.setHeader("Cache-Control", "public, max-age=86400");
    return r;
}

} // namespace vitrine
