#pragma once

#include <QtGlobal>

#include <optional>

namespace vitrine {

// A perceptual fingerprint of a picture (a "difference hash"): the picture is averaged down to
// 9 × 8 cells of gray, and each of the 64 bits says whether a cell is clearly darker than its
// right neighbour. Re-encoding, resizing or a CDN's recompression leave it (nearly) the same, so
// two addresses showing the same picture have hashes a few bits apart, while different pictures
// differ in many more. Pure: the caller decodes the picture (ui/ThumbnailCache does,
// from the thumbnail it decodes anyway).
class DifferenceHash {
public:
    // The hash of an 8-bit grayscale picture whose rows are stride bytes apart. nullopt when the
    // picture is smaller than 9 × 8 pixels or flat (one colour, a blank placeholder): such a
    // picture has no structure to compare, and every blank picture would match every other.
    static std::optional<quint64> of(const uchar *gray, int width, int height, qsizetype stride);
    // How many bits differ.
    static int distance(quint64 a, quint64 b);
    // At most this many differing bits is the same picture. In tests/core/tst_differencehash.cpp
    // re-encoded (JPEG down to quality 20), resized and stretched copies stay within 1 bit, and
    // different product shots on the same white background are 12 or more bits apart.
    static constexpr int kSamePictureDistance = 4;
};

} // namespace vitrine
