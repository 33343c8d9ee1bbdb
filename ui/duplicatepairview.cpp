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
    m_laterKey = laterKey;
    m_earlierSrc = earlierSrc;
    m_laterSrc = laterSrc;
    m_earlierCaption->setText(tr("Image %1\n%2").arg(earlierPlace).arg(earlierSrc.toString()));
    m_laterCaption->setText(
        tr("Image %1 (the later copy)\n%2").arg(laterPlace).arg(laterSrc.toString()));
    m_delete->setToolTip(
        tr("Stage the deletion of image %1 (you confirm it first)").arg(laterPlace));
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
