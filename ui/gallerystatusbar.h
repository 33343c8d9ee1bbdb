#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;
class QTimer;
class QProgressBar;
class QToolButton;

namespace vitrine {

class ThumbnailCache;

// The window's status line: transient messages on the left; on the right the store, how many
// edits are pending, loading progress (the gallery, then its thumbnails) and the last error, in
// words a merchant understands, until it is dismissed or the next success replaces it.
class GalleryStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit GalleryStatusBar(QWidget *parent = nullptr);

    void setStoreName(const QString &name, const QString &detail = {});
    void setPendingCount(int count);
    // total < 0: busy without a known amount; done >= total hides the bar.
    void showLoading(const QString &what, int done, int total);
    void hideLoading();
    // Follows the thumbnail cache: "Loading images…" while it fetches.
    void watchThumbnails(ThumbnailCache *cache);

    void showStatus(const QString &message, int timeoutMs = 6000);
    void showError(const QString &message);
    void clearError();

    QString pendingText() const;
    QString errorText() const;
    bool isLoadingVisible() const;

private:
    void scheduleThumbnailProgress();
    void updateThumbnailProgress();

    QLabel *m_store = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loading = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_dismiss = nullptr;
    QPointer<ThumbnailCache> m_thumbnails;
    bool m_galleryLoading = false;
    int m_thumbnailPeak = 0;
    QTimer *m_progressTimer = nullptr;
};

} // namespace vitrine
