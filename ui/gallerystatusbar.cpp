#include "ui/gallerystatusbar.h"

#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"

#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace vitrine {

GalleryStatusBar::GalleryStatusBar(QWidget *parent)
    : QStatusBar(parent) {
    setObjectName(QStringLiteral("statusBar"));
    m_errorIcon = new QLabel;
    m_errorIcon->setPixmap(Icons::drawn(Icons::Id::Warning).pixmap(16, 16));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Failed, palette()));
    m_error->setPalette(errorPalette);
    m_dismiss = new QToolButton;
    m_dismiss->setAutoRaise(true);
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setToolTip(tr("Dismiss"));
    connect(m_dismiss, &QToolButton::clicked, this, &GalleryStatusBar::clearError);

    m_loadingLabel = new QLabel;
    m_loading = new QProgressBar;
    m_loading->setObjectName(QStringLiteral("loadingProgress"));
    m_loading->setMaximumWidth(160);
    m_loading->setMaximumHeight(14);
    m_loading->setTextVisible(false);

    m_pending = new QLabel;
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    QFont bold = m_pending->font();
    bold.setBold(true);
    m_pending->setFont(bold);
    QPalette pendingPalette = m_pending->palette();
    pendingPalette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Edited, palette()));
    m_pending->setPalette(pendingPalette);
    m_store = new QLabel;
    m_store->setObjectName(QStringLiteral("storeLabel"));

    addWidget(m_errorIcon);
    addWidget(m_error, 1);
    addWidget(m_dismiss);
    addPermanentWidget(m_loadingLabel);
    addPermanentWidget(m_loading);
    addPermanentWidget(m_pending);
    addPermanentWidget(m_store);
    clearError();
    hideLoading();
    setPendingCount(0);
}

void GalleryStatusBar::setStoreName(const QString &name, const QString &detail) {
    m_store->setText(name.isEmpty() ? QString() : tr("Store: %1").arg(name));
    m_store->setToolTip(detail);
}

void GalleryStatusBar::setPendingCount(int count) {
    m_pending->setText(count == 0   ? QString()
                       : count == 1 ? tr("1 edit pending")
                                    : tr("%1 edits pending").arg(count));
    m_pending->setToolTip(
        count == 0 ? QString() : tr("Staged here, not yet on the store: publish with Ctrl+S"));
    m_pending->setVisible(count > 0);
}

QString GalleryStatusBar::pendingText() const {
    return m_pending->text();
}

void GalleryStatusBar::showLoading(const QString &what, int done, int total) {
    m_galleryLoading = total < 0 || done < total;
    if (!m_galleryLoading) {
        hideLoading();
        updateThumbnailProgress();
        return;
    }
    m_loadingLabel->setText(what);
    m_loading->setRange(0, total < 0 ? 0 : total);
    if (total >= 0)
        m_loading->setValue(done);
    m_loadingLabel->show();
    m_loading->show();
}

void GalleryStatusBar::hideLoading() {
    m_galleryLoading = false;
    m_loadingLabel->hide();
    m_loading->hide();
}

bool GalleryStatusBar::isLoadingVisible() const {
    return !m_loading->isHidden();
}

void GalleryStatusBar::watchThumbnails(ThumbnailCache *cache) {
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    if (!cache)
        return;
    // A progress bar repaints at once on every change: with a thumbnail arriving every few
    // milliseconds it is updated at most every 100 ms, and at once when all are in.
    connect(cache, &ThumbnailCache::thumbnailReady, this,
            &GalleryStatusBar::scheduleThumbnailProgress);
    connect(cache, &ThumbnailCache::thumbnailFailed, this,
            &GalleryStatusBar::scheduleThumbnailProgress);
    connect(cache, &ThumbnailCache::idle, this, &GalleryStatusBar::updateThumbnailProgress);
}

void GalleryStatusBar::scheduleThumbnailProgress() {
    if (!m_progressTimer) {
        m_progressTimer = new QTimer(this);
        m_progressTimer->setSingleShot(true);
        m_progressTimer->setInterval(100);
        connect(m_progressTimer, &QTimer::timeout, this,
                &GalleryStatusBar::updateThumbnailProgress);
    }
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
}

void GalleryStatusBar::updateThumbnailProgress() {
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_galleryLoading || !m_thumbnails)
        return;
    const int remaining = m_thumbnails->fetchesInFlight() + m_thumbnails->queuedCount();
    if (remaining == 0) {
        m_thumbnailPeak = 0;
        hideLoading();
        return;
    }
    // The cache does not know how many will be asked for; the most seen waiting at once is the
    // honest denominator.
    m_thumbnailPeak = qMax(m_thumbnailPeak, remaining);
    m_loadingLabel->setText(tr("Loading images…"));
    m_loading->setRange(0, m_thumbnailPeak);
    m_loading->setValue(m_thumbnailPeak - remaining);
    m_loadingLabel->show();
    m_loading->show();
}

void GalleryStatusBar::showStatus(const QString &message, int timeoutMs) {
    showMessage(message, timeoutMs);
}

void GalleryStatusBar::showError(const QString &message) {
    m_error->setText(message);
    m_error->setToolTip(message);
    m_errorIcon->show();
    m_error->show();
    m_dismiss->show();
}

void GalleryStatusBar::clearError() {
    m_error->clear();
    m_errorIcon->hide();
    m_error->hide();
    m_dismiss->hide();
}

QString GalleryStatusBar::errorText() const {
    return m_error->text();
}

} // namespace vitrine
