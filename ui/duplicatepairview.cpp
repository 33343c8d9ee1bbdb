#include "ui/duplicatepairview.h"

#include "ui/thumbnailcache.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace vitrine {

namespace {
QLabel *pictureLabel() {
    auto *label = new QLabel;
    label->setAlignment(Qt::AlignCenter);
    label->setMinimumSize(120, 120);
    label->setFrameShape(QFrame::StyledPanel);
    return label;
}
QLabel *captionLabel() {
    auto *label = new QLabel;
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DuplicatePairView::DuplicatePairView(ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_thumbnails(thumbnails)
    , m_earlierPicture(pictureLabel())
    , m_earlierCaption(captionLabel())
    , m_laterPicture(pictureLabel())
    , m_laterCaption(captionLabel())
    , m_delete(new QPushButton(tr("Delete the Later Copy"))) {
    setObjectName(QStringLiteral("duplicatePairView"));
    setAccessibleName(tr("The same picture twice"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_earlierPicture, 0, 0);
    layout->addWidget(m_laterPicture, 0, 1);
    layout->addWidget(m_earlierCaption, 1, 0);
    layout->addWidget(m_laterCaption, 1, 1);
    layout->addWidget(m_delete, 2, 1, Qt::AlignHCenter);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_laterKey.isEmpty())
            Q_EMIT deleteRequested(m_laterKey);
    });
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QUrl &url) {
            if (url == m_earlierSrc || url == m_laterSrc)
                updatePictures();
        });
    setVisible(false);
}

void DuplicatePairView::showPair(const QString &earlierKey, int earlierPlace,
                                 const QUrl &earlierSrc, const QString &laterKey, int laterPlace,
                                 const QUrl &laterSrc) {
    Q_UNUSED(earlierKey);
    present(laterKey, earlierSrc, laterSrc,
            tr("Image %1\n%2").arg(earlierPlace).arg(earlierSrc.toString()),
            tr("Image %1 (the later copy)\n%2").arg(laterPlace).arg(laterSrc.toString()),
            tr("Stage the deletion of image %1 (you confirm it first)").arg(laterPlace));
}

void DuplicatePairView::showPairAcrossProducts(const QString &earlierProduct, int earlierPlace,
                                               const QUrl &earlierSrc, const QString &laterKey,
                                               const QString &laterProduct, int laterPlace,
                                               const QUrl &laterSrc) {
    present(
        laterKey, earlierSrc, laterSrc,
        tr("“%1”, image %2\n%3").arg(earlierProduct).arg(earlierPlace).arg(earlierSrc.toString()),
        tr("“%1”, image %2 (the later copy)\n%3")
            .arg(laterProduct)
            .arg(laterPlace)
            .arg(laterSrc.toString()),
        tr("Stage the deletion of image %1 of “%2” (Undo takes it back)")
            .arg(laterPlace)
            .arg(laterProduct));
}

void DuplicatePairView::present(const QString &laterKey, const QUrl &earlierSrc,
                                const QUrl &laterSrc, const QString &earlierCaption,
                                const QString &laterCaption, const QString &deleteTip) {
    m_laterKey = laterKey;
    m_earlierSrc = earlierSrc;
    m_laterSrc = laterSrc;
    m_earlierCaption->setText(earlierCaption);
    m_laterCaption->setText(laterCaption);
    m_delete->setToolTip(deleteTip);
    updatePictures();
    setVisible(true);
}

void DuplicatePairView::clearPair() {
    m_laterKey.clear();
    m_earlierSrc.clear();
    m_laterSrc.clear();
    setVisible(false);
}

void DuplicatePairView::updatePictures() {
    if (!m_thumbnails)
        return;
    const QPixmap earlier = m_thumbnails->thumbnail(m_earlierSrc);
    const QPixmap later = m_thumbnails->thumbnail(m_laterSrc);
    m_earlierPicture->setPixmap(earlier);
    m_laterPicture->setPixmap(later);
    if (earlier.isNull())
        m_earlierPicture->setText(tr("Loading…"));
    if (later.isNull())
        m_laterPicture->setText(tr("Loading…"));
}

} // namespace vitrine
