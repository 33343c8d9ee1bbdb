#pragma once

#include <QList>
#include <QString>

namespace vitrine {

// One picture whose difference hash is known (DifferenceHash).
struct PictureFingerprint {
    QString productId;
    QString key; // the image's key in its gallery (GalleryModel::KeyRole)
    int place = 0;
    QString src;
    quint64 hash = 0;
};

// Two pictures that look the same. first comes before second in the list given (the gallery's
// order, the catalog's product order): second is "the later copy".
struct PicturePair {
    int first = 0; // indexes into the list given to find()
    int second = 0;
    int distance = 0; // differing bits of the hashes

    friend bool operator==(const PicturePair &, const PicturePair &) = default;
};

// Finds pictures that are the same by their pixels, though their addresses differ (a re-upload,
// a CDN copy with another query): pairs whose hashes differ in at most maxDistance bits. Pairs of
// one address are left out (the review's duplicate-image rule names those). Each later copy is
// paired once, with the first picture it matches. Fast enough for a whole catalog: the hashes are
// cut into maxDistance + 1 bands, and two hashes that close agree in at least one band (the
// pigeonhole principle), so only pictures sharing a band are compared.
class PictureDuplicates {
public:
    static QList<PicturePair> find(const QList<PictureFingerprint> &pictures, int maxDistance);
};

} // namespace vitrine
