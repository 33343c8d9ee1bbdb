#pragma once

#include <QString>

namespace vitrine {

// Alt text that says nothing about the image: a file name ("IMG_0042.jpg"), a camera's numbering
// ("DSC01234"), a placeholder ("image", "product image") or the image's own file name stem. The
// review's alt-looks-like-file-name rule and the template preview's "placeholder-like" flag.
bool looksLikeFileName(const QString &alt, const QString &src);

// The file name of an image address without its extension, percent-decoded
// ("https://cdn/x/blue%20shirt.v2.jpg?w=80" -> "blue shirt.v2"); empty when the path ends in '/'.
// Plain string work rather than QUrl: templates and the review call it for every image.
QString imageFileStem(const QString &src);

} // namespace vitrine
