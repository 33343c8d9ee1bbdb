#pragma once

#include "demostore/simrequest.h"
#include "demostore/simresponse.h"

#include <QCache>
#include <QSize>
#include <QString>

namespace vitrine {

// The simulator's "CDN": serves GET/HEAD /images/<file> with a real Content-Type and cache
// headers so clients can cache them. Files are the demo pictures compiled into the library
// (resources/demo) and generated ones, `generated-<n>-<W>x<H>.<png|jpg>`: a picture of that size
// drawn from the number n (for benchmarks and tests that need many distinct, large images).
//
// Like the stores' CDNs it serves resized renditions, never larger than the original, aspect kept:
//  - `?width=W` / `?height=H` (Shopify's CDN), `?w=W` / `?h=H` (SHOPLINE's image addresses);
//  - a file-name suffix `_<W>x<H>`, `_<W>x` or `_x<H>` before the extension (Shoplazza's and
//    Shopify's older CDN addresses: `sofa-front_320x.jpg`).
// Renditions are made once and kept (bounded), so the host answers as fast as a CDN's cache.
class SimImageHost {
public:
    SimImageHost();

    SimResponse answer(const SimRequest &request);

    static QString resourcePath(const QString &file); // ":/vitrine/demo/<file>"
    static QByteArray contentTypeFor(const QString &file);
    // Width and height of a served original (a demo JPEG's header, a generated file's name);
    // invalid when unknown.
    static QSize pixelSize(const QString &file);
    // "generated-<n>-<W>x<H>.png" (format "png" or "jpg").
    static QString generatedFile(int n, QSize size, const QString &format = QStringLiteral("png"));

private:
    struct Rendition {
        QString file; // the original's name
        QSize box;    // at most this big; a 0 side: not limited
        bool resized() const { return box.width() > 0 || box.height() > 0; }
    };
    static Rendition renditionOf(const QString &file, const QUrlQuery &query);
    // The encoded bytes of file at most box big; empty when there is no such file.
    QByteArray bytesOf(const Rendition &rendition);

    QCache<QString, QByteArray> m_made; // rendition key -> encoded bytes, cost = bytes
};

} // namespace vitrine
