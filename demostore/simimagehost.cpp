#include "demostore/simimagehost.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QRegularExpression>
#include <QUrl>

namespace vitrine {

namespace {

SimResponse plain(int status, const char *text) {
    return SimResponse::raw(status, "text/plain; charset=utf-8", QByteArray(text));
}

constexpr int kMaxSide = 5760; // Shopify's limit for a rendition's side
constexpr qint64 kKeptBytes = 256LL * 1024 * 1024;

const QRegularExpression &generatedPattern() {
    static const QRegularExpression re(
        QStringLiteral("^generated-(\\d+)-(\\d+)x(\\d+)\\.(png|jpg)$"));
    return re;
}

// A side from the query, 0 when absent or not a sensible number.
int side(const QUrlQuery &query, const QString &key) {
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    return ok && value > 0 ? qMin(value, kMaxSide) : 0;
}

// The size of `natural` fitted into box (a 0 side: not limited), never enlarged.
QSize fitted(QSize natural, QSize box) {
    const double sx = box.width() > 0 ? double(box.width()) / natural.width() : 1.0;
    const double sy = box.height() > 0 ? double(box.height()) / natural.height() : 1.0;
    const double scale = qMin(1.0, qMin(sx, sy));
    return {qMax(1, qRound(natural.width() * scale)), qMax(1, qRound(natural.height() * scale))};
}

// A generated picture drawn directly at `size`: the same picture at every size (coordinates are
// fractions of the side), distinct for every n, with gradients and shapes so it compresses like a
// product photo on a plain background rather than like a flat colour.
QImage drawGenerated(int n, QSize size) {
    QImage image(size, QImage::Format_RGB32);
    const int hue = (n * 47) % 360;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, size.width(), size.height());
    background.setColorAt(0, QColor::fromHsv(hue, 40, 250));
    background.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 90, 200));
    painter.fillRect(image.rect(), background);
    const double w = size.width();
    const double h = size.height();
    for (int i = 0; i < 6; ++i) {
        const int k = n * 7 + i * 13;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv((hue + i * 55) % 360, 160, 120 + (k % 120)));
        const QRectF r(w * ((k * 37) % 70) / 100.0, h * ((k * 53) % 70) / 100.0,
                       w * (0.15 + (k % 20) / 100.0), h * (0.15 + (k % 25) / 100.0));
        if (i % 2)
            painter.drawEllipse(r);
        else
            painter.drawRoundedRect(r, w / 40, h / 40);
    }
    painter.end();
    return image;
}

QByteArray encoded(const QImage &image, const QString &file) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool jpeg = SimImageHost::contentTypeFor(file) == "image/jpeg";
    image.save(&buffer, jpeg ? "JPG" : "PNG", jpeg ? 85 : -1);
    return bytes;
}

} // namespace

SimImageHost::SimImageHost() {
    m_made.setMaxCost(kKeptBytes);
}

QString SimImageHost::resourcePath(const QString &file) {
    return QStringLiteral(":/vitrine/demo/") + file;
}

QString SimImageHost::generatedFile(int n, QSize size, const QString &format) {
    return QStringLiteral("generated-%1-%2x%3.%4")
        .arg(n)
        .arg(size.width())
        .arg(size.height())
        .arg(format);
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
    if (const auto m = generatedPattern().match(file); m.hasMatch())
        return {m.captured(2).toInt(), m.captured(3).toInt()};
    QFile f(resourcePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Walk the JPEG markers to the first start-of-frame (SOF0..SOF15 except DHT/JPG/DAC), which
    // holds height and width.
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
            return {(byte(i + 7) << 8) | byte(i + 8), (byte(i + 5) << 8) | byte(i + 6)};
        i += 2 + length;
    }
    return {};
}

SimImageHost::Rendition SimImageHost::renditionOf(const QString &file, const QUrlQuery &query) {
    Rendition r{
        file, QSize(qMax(side(query, QStringLiteral("width")), side(query, QStringLiteral("w"))),
                    qMax(side(query, QStringLiteral("height")), side(query, QStringLiteral("h"))))};
    if (r.resized() || pixelSize(file).isValid() || QFile::exists(resourcePath(file)))
        return r;
    // "sofa-front_320x.jpg": a file-name rendition of "sofa-front.jpg".
    static const QRegularExpression suffix(QStringLiteral("^(.+)_(\\d*)x(\\d*)(\\.[A-Za-z]+)$"));
    const auto m = suffix.match(file);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return r;
    return Rendition{m.captured(1) + m.captured(4), QSize(qMin(m.captured(2).toInt(), kMaxSide),
                                                          qMin(m.captured(3).toInt(), kMaxSide))};
}

QByteArray SimImageHost::bytesOf(const Rendition &rendition) {
    const QString key = QStringLiteral("%1@%2x%3")
                            .arg(rendition.file)
                            .arg(rendition.box.width())
                            .arg(rendition.box.height());
    if (const QByteArray *kept = m_made.object(key))
        return *kept;
    QByteArray bytes;
    if (const auto m = generatedPattern().match(rendition.file); m.hasMatch()) {
        const QSize natural(m.captured(2).toInt(), m.captured(3).toInt());
        if (natural.isEmpty() || natural.width() > kMaxSide || natural.height() > kMaxSide)
            return {};
        bytes = encoded(drawGenerated(m.captured(1).toInt(), fitted(natural, rendition.box)),
                        rendition.file);
    } else {
        QFile f(resourcePath(rendition.file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        bytes = f.readAll();
        if (rendition.resized()) {
            const QImage original = QImage::fromData(bytes);
            const QSize size = fitted(original.size(), rendition.box);
            if (!original.isNull() && size != original.size())
                bytes =
                    encoded(original.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                            rendition.file);
        }
    }
    m_made.insert(key, new QByteArray(bytes), qMax<qsizetype>(1, bytes.size()));
    return bytes;
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
    const Rendition rendition = renditionOf(file, request.query);
    const QByteArray bytes = bytesOf(rendition);
    if (bytes.isEmpty())
        return plain(404, "Not Found\n");
    SimResponse r = SimResponse::raw(200, contentTypeFor(rendition.file),
                                     request.method == "HEAD" ? QByteArray() : bytes);
    r.setHeader("Cache-Control", "public, max-age=86400");
    return r;
}

} // namespace vitrine
