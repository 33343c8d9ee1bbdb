#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vitrine {

// How a store's CDN serves a smaller rendition of one of its images, as an address rule: query
// parameters to set, or a suffix put before the file name's extension. "{width}" in a value or
// the suffix becomes the width asked for. The CDNs that document such a rule never enlarge an
// image and keep its aspect ratio when only the width is given, which is all Vitrine asks for.
//   Shopify:   query  width={width}          …/sofa.jpg?v=17&width=320
//   SHOPLINE:  query  w={width}, h=(none)    …/c48….webp?w=320   (an h of the original is removed)
//   Shoplazza: suffix _{width}x              //cdn.shoplazza.com/efd3…_320x.png
// See docs/net.md "Thumbnails".
struct ThumbnailRule {
    // Set in this order; an empty value removes the parameter from the address.
    QList<QPair<QString, QString>> query;
    QString fileSuffix;

    bool isEmpty() const { return query.isEmpty() && fileSuffix.isEmpty(); }
    // The rendition of src at most `width` pixels wide; an empty QUrl when the rule is empty,
    // width is not positive, or a suffix rule meets an address without a file name.
    QUrl apply(const QUrl &src, int width) const;

    friend bool operator==(const ThumbnailRule &, const ThumbnailRule &) = default;
};

} // namespace vitrine
