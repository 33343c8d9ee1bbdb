#include "core/pictureduplicates.h"

#include "core/differencehash.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace vitrine {

QList<PicturePair> PictureDuplicates::find(const QList<PictureFingerprint> &pictures,
                                           int maxDistance) {
    const int bands = std::clamp(maxDistance + 1, 1, 16);
    // Band b covers bits [b * 64 / bands, (b + 1) * 64 / bands).
    auto bandOf = [bands](quint64 hash, int b) {
        const int from = b * 64 / bands;
        const int to = (b + 1) * 64 / bands;
        const quint64 mask = to - from == 64 ? ~quint64(0) : ((quint64(1) << (to - from)) - 1);
        return (hash >> from) & mask;
    };
    // For each band, the pictures seen so far by band value.
    std::vector<QHash<quint64, QList<int>>> seen(static_cast<size_t>(bands));
    QList<PicturePair> pairs;
    for (int i = 0; i < int(pictures.size()); ++i) {
        const PictureFingerprint &picture = pictures.at(i);
        std::optional<PicturePair> best;
        for (int b = 0; b < bands; ++b) {
            const auto it = seen[size_t(b)].constFind(bandOf(picture.hash, b));
            if (it == seen[size_t(b)].cend())
                continue;
            for (const int j : *it) {
                if (pictures.at(j).src.trimmed() == picture.src.trimmed())
                    continue;
                const int d = DifferenceHash::distance(pictures.at(j).hash, picture.hash);
                if (d <= maxDistance && (!best || j < best->first))
                    best = PicturePair{j, i, d};
            }
        }
        if (best)
            pairs << *best;
        for (int b = 0; b < bands; ++b)
            seen[size_t(b)][bandOf(picture.hash, b)] << i;
    }
    return pairs;
}

} // namespace vitrine
