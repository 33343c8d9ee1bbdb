#pragma once

#include <QtGlobal>

#include <optional>

class QImage;

namespace vitrine {

// The difference hash (core/differencehash.h) of a decoded picture: its gray levels, with
// transparent parts seen on white as a shop shows them. ThumbnailCache computes it on its decode
// threads from the thumbnail it decodes anyway, the catalog's PictureChecker from each picture it
// checks; the review's duplicate-picture rules compare them.
std::optional<quint64> pictureHashOf(const QImage &image);

} // namespace vitrine
