#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vitrine {

class ThumbnailCache;

// The two images of a duplicate-picture finding side by side — thumbnails, places and
// addresses — so the reviewer sees that they are the same picture before deleting the later
// copy. The button asks for the deletion by signal (the window confirms and stages it as any
// delete). Hidden while no such finding is selected.
class DuplicatePairView : public QWidget {
    Q_OBJECT
public:
    explicit DuplicatePairView(ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    // The earlier image and the later copy.
    void showPair(const QString &earlierKey, int earlierPlace, const QUrl &earlierSrc,
                  const QString &laterKey, int laterPlace, const QUrl &laterSrc);
    // The same across products (the Catalog window's worklist): captions name each product.
    void showPairAcrossProducts(const QString &earlierProduct, int earlierPlace,
                                const QUrl &earlierSrc, const QString &laterKey,
                                const QString &laterProduct, int laterPlace, const QUrl &laterSrc);
    void clearPair();
    QString laterKey() const { return m_laterKey; }

    QPushButton *deleteButton() const { return m_delete; }
    QLabel *earlierPicture() const { return m_earlierPicture; }
    QLabel *laterPicture() const { return m_laterPicture; }

Q_SIGNALS:
    void deleteRequested(const QString &key);

private:
    void present(const QString &laterKey, const QUrl &earlierSrc, const QUrl &laterSrc,
                 const QString &earlierCaption, const QString &laterCaption,
                 const QString &deleteTip);
    void updatePictures();

    QPointer<ThumbnailCache> m_thumbnails;
    QLabel *m_earlierPicture;
    QLabel *m_earlierCaption;
    QLabel *m_laterPicture;
    QLabel *m_laterCaption;
    QPushButton *m_delete;
    QString m_laterKey;
    QUrl m_earlierSrc;
    QUrl m_laterSrc;
};

} // namespace vitrine
