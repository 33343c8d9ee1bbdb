#include "demostore/simimagehost.h"

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

QSize SimImageHost::pixelSize(const QString &file) {
    if (file.contains(QLatin1Char('/')))
        return {};
    QFile f(resourcePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Walk the JPEG markers to the first start-of-frame (SOF0..SOF15 except DHT/JPG/DAC), which
    // holds height and width. Reading the header avoids linking Qt GUI just for QImageReader.
    const QByteArray d = f.readAll();
    const auto byte = [&](qsizetype i) { return i < d.size() ? quint8(d.at(i)) : quint8(0); };
    if (byte(0) != 0xFF || byte(1) != 0xD8)
        return {};
    qsizetype i = 2;
    while (i + 9 < d.size()) {
        if (byte(i) != 0xFF)
            return {};
        const quint8 marker = byte(i + 1);
        const int length = (byte(i + 2) << 8) | byte(i + 3);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return QSize((byte(i + 7) << 8) | byte(i + 8), (byte(i + 5) << 8) | byte(i + 6));
        i += 2 + length;
    }
    return {};
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
