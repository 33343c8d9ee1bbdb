#include "models/commandtext.h"

#include "models/gallerymodel.h"

#include <algorithm>

namespace vitrine {

QString CommandText::places(QList<int> places) {
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    QStringList parts;
    for (qsizetype i = 0; i < places.size();) {
        qsizetype j = i;
        while (j + 1 < places.size() && places.at(j + 1) == places.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(places.at(i))
                         : tr("%1–%2", "a range of places").arg(places.at(i)).arg(places.at(j)));
        i = j + 1;
    }
    return parts.join(tr(", ", "between places"));
}

QList<int> CommandText::placesOf(const GalleryModel *model, const QStringList &keys) {
    QList<int> out;
    for (const QString &key : keys)
        out << model->rowOfKey(key) + 1;
    return out;
}

} // namespace vitrine
