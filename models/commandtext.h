#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

class GalleryModel;

// The words of the undo commands, as the History panel lists them: which images, and where
// ("Move image 5 to place 1", "Delete 3 images (places 2–4)"). Places are 1-based, as the grid's
// badges show them.
class CommandText {
    Q_DECLARE_TR_FUNCTIONS(CommandText)
public:
    // "2–4, 7": ascending places, consecutive ones as a range; empty for none.
    static QString places(QList<int> places);
    // The places (1-based) the images with these keys have now.
    static QList<int> placesOf(const GalleryModel *model, const QStringList &keys);
};

} // namespace vitrine
