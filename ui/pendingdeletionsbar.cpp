#include "ui/pendingdeletionsbar.h"

#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"
#include "ui/uilogging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace vitrine {

namespace {
constexpr int kPictureSize = 40;
// More rows than this scroll: a bulk delete must not push the gallery off the window.
constexpr int kVisibleRows = 3;
} // namespace

PendingDeletionsBar::PendingDeletionsBar(EditSession *session, ThumbnailCache *thumbnails,
                                         QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_thumbnails(thumbnails) {
    setObjectName(QStringLiteral("pendingDeletionsBar"));
    setFrameShape(QFrame::StyledPanel);
    // As tall as its content: the gallery below takes the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setAccessibleName(tr("Images staged for deletion"));

    m_icon = new QLabel;
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("pendingDeletionsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_publishAgain = new QPushButton(Icons::get(Icons::Id::Publish), tr("&Publish Again…"));
    m_publishAgain->setObjectName(QStringLiteral("publishAgainButton"));
    m_publishAgain->setToolTip(tr("Send the staged deletions (and your other edits) to the store "
                                  "again"));
    m_keepAll = new QPushButton(tr("Keep A&ll"));
    m_keepAll->setObjectName(QStringLiteral("keepAllImagesButton"));
    m_keepAll->setToolTip(tr("Delete none of these images: they go back into the gallery"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_headline, 1);
    header->addWidget(m_publishAgain);
    header->addWidget(m_keepAll);

    m_rowsWidget = new QWidget;
    m_rowsLayout = new QVBoxLayout(m_rowsWidget);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("pendingDeletionsList"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_rowsWidget);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_scroll);

    connect(m_publishAgain, &QPushButton::clicked, this, &PendingDeletionsBar::publishRequested);
    connect(m_keepAll, &QPushButton::clicked, this, [this] { keep(m_ids); });
    if (m_session) {
        connect(m_session, &EditSession::deletionsChanged, this, &PendingDeletionsBar::rebuild);
        connect(m_session, &EditSession::loaded, this, &PendingDeletionsBar::rebuild);
        // The place an image had when it was deleted is the one the user saw on its card.
        GalleryModel *gallery = m_session->model();
        connect(gallery, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this, gallery](const QModelIndex &, int first, int last) {
                    for (int row = first; row <= last; ++row) {
                        const QString id =
                            gallery->index(row).data(GalleryModel::ImageIdRole).toString();
                        if (!id.isEmpty())
                            m_placeWhenDeleted.insert(id, row + 1);
                    }
                });
        connect(gallery, &QAbstractItemModel::modelReset, this,
                [this] { m_placeWhenDeleted.clear(); });
    }
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
                &PendingDeletionsBar::updatePicture);
        connect(m_thumbnails, &ThumbnailCache::thumbnailFailed, this,
                &PendingDeletionsBar::updatePicture);
    }
    rebuild();
}

QStringList PendingDeletionsBar::listedIds() const {
    return m_ids;
}

QString PendingDeletionsBar::messageOf(const QString &id) const {
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? QString() : it->message->text();
}

int PendingDeletionsBar::failedCount() const {
    return m_failed;
}

QString PendingDeletionsBar::headlineText() const {
    return m_headline->text();
}

QPushButton *PendingDeletionsBar::keepButton(const QString &id) const {
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : it->keep;
}

void PendingDeletionsBar::rebuild() {
    // Rows are few and change only with the deleted set: rebuilt whole, in the same place.
    const bool hadFocus = isAncestorOf(focusWidget());
    // deleteLater: a keep button's own click may have started this.
    for (const Row &row : std::as_const(m_rows)) {
        m_rowsLayout->removeWidget(row.widget);
        row.widget->hide();
        row.widget->deleteLater();
    }
    m_rows.clear();
    m_ids.clear();
    m_failed = 0;
    if (!m_session) {
        hide();
        return;
    }
    const GalleryModel *model = m_session->model();
    const QHash<QString, QString> errors = m_session->deleteErrors();
    m_ids = m_session->deletedIds(); // the store's order
    std::stable_sort(m_ids.begin(), m_ids.end(), [&errors](const QString &a, const QString &b) {
        return errors.contains(a) && !errors.contains(b);
    });
    const QColor failedColor = Theme::color(Theme::Role::Failed, palette());
    for (const QString &id : std::as_const(m_ids)) {
        const ProductImage *image = model->baselineImage(id);
        if (!image)
            continue;
        const int placeAsLoaded =
            int(std::find_if(model->baseline().cbegin(), model->baseline().cend(),
                             [&id](const ProductImage &i) { return i.id == id; }) -
                model->baseline().cbegin()) +
            1;
        const int place = m_placeWhenDeleted.value(id, placeAsLoaded);
        const QString alt = image->alt.simplified();
        const QString name = alt.isEmpty()
                                 ? tr("Image %1 (%2)").arg(place).arg(QUrl(image->src).fileName())
                                 : tr("Image %1: %2").arg(place).arg(alt);
        const QString error = errors.value(id);
        if (!error.isEmpty())
            ++m_failed;

        Row row;
        row.url = QUrl(image->src);
        row.widget = new QWidget;
        row.widget->setObjectName(QStringLiteral("pendingDeletion"));
        row.widget->setProperty("imageId", id);
        row.picture = new QLabel;
        row.picture->setFixedSize(kPictureSize, kPictureSize);
        row.picture->setAlignment(Qt::AlignCenter);
        auto *nameLabel = new QLabel(name);
        nameLabel->setTextFormat(Qt::PlainText);
        nameLabel->setToolTip(image->src);
        row.message =
            new QLabel(error.isEmpty() ? tr("Deleted from the store when you publish.") : error);
        row.message->setObjectName(QStringLiteral("pendingDeletionMessage"));
        row.message->setTextFormat(Qt::PlainText);
        row.message->setWordWrap(true);
        row.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (!error.isEmpty()) {
            QPalette pal = row.message->palette();
            pal.setColor(QPalette::WindowText, failedColor);
            row.message->setPalette(pal);
        }
        row.keep = new QPushButton(tr("Keep Image"));
        row.keep->setObjectName(QStringLiteral("keepImageButton"));
        row.keep->setProperty("imageId", id);
        row.keep->setAccessibleName(tr("Keep %1").arg(name));
        row.keep->setToolTip(tr("Do not delete this image: it goes back into the gallery (undo "
                                "with Ctrl+Z)"));
        connect(row.keep, &QPushButton::clicked, this, [this, id] { keep({id}); });
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(nameLabel);
        text->addWidget(row.message);
        auto *line = new QHBoxLayout(row.widget);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(row.picture);
        line->addLayout(text, 1);
        line->addWidget(row.keep, 0, Qt::AlignVCenter);
        m_rowsLayout->addWidget(row.widget);
        setPicture(row);
        m_rows.insert(id, row);
    }
    m_ids.removeIf([this](const QString &id) { return !m_rows.contains(id); });

    const int n = int(m_ids.size());
    if (m_failed == 0)
        m_headline->setText(n == 1 ? tr("1 image is staged for deletion. It is deleted from the "
                                        "store when you publish.")
                                   : tr("%1 images are staged for deletion. They are deleted "
                                        "from the store when you publish.")
                                         .arg(n));
    else if (m_failed == n)
        m_headline->setText(n == 1 ? tr("The store did not delete 1 image. It stays staged for "
                                        "deletion: publish again to retry, or keep the image.")
                                   : tr("The store did not delete %1 images. They stay staged "
                                        "for deletion: publish again to retry, or keep them.")
                                         .arg(n));
    else
        m_headline->setText(tr("%1 images are staged for deletion; deleting %2 of them failed. "
                               "Publish again to retry, or keep them.")
                                .arg(n)
                                .arg(m_failed));
    const Icons::Id icon = m_failed > 0 ? Icons::Id::Warning : Icons::Id::Delete;
    m_icon->setPixmap(Icons::drawn(icon).pixmap(20, 20));
    m_publishAgain->setVisible(m_failed > 0);
    m_keepAll->setVisible(n > 1);

    // As tall as its rows, up to kVisibleRows; more scroll.
    int height = 0;
    for (int i = 0; i < std::min(n, kVisibleRows); ++i)
        height += m_rows.value(m_ids[i]).widget->sizeHint().height() + m_rowsLayout->spacing();
    m_scroll->setFixedHeight(height);
    m_scroll->setVerticalScrollBarPolicy(n > kVisibleRows ? Qt::ScrollBarAsNeeded
                                                          : Qt::ScrollBarAlwaysOff);
    setVisible(n > 0);
    if (n > 0)
        qCDebug(lcUi) << "staged deletions listed:" << n << "of which failed:" << m_failed;
    // A keep removed the focused button: the next one takes the focus, so the keyboard stays.
    if (hadFocus && n > 0)
        m_rows.value(m_ids.constFirst()).keep->setFocus();
}

void PendingDeletionsBar::keep(const QStringList &ids) {
    if (!m_session || ids.isEmpty())
        return;
    // A copy on purpose: ids may be m_ids, which the keep rebuilds.
    const QStringList kept = ids; // NOLINT(performance-unnecessary-copy-initialization)
    if (!m_session->keepImages(kept))
        return; // the session said why (refused)
    Q_EMIT imagesKept(kept);
    Q_EMIT statusMessage(kept.size() == 1
                             ? tr("The image stays in the gallery. Undo (Ctrl+Z) stages its "
                                  "deletion again.")
                             : tr("%1 images stay in the gallery. Undo (Ctrl+Z) stages their "
                                  "deletion again.")
                                   .arg(kept.size()));
}

void PendingDeletionsBar::setPicture(const Row &row) {
    const QPixmap pixmap = m_thumbnails ? m_thumbnails->thumbnail(row.url) : QPixmap();
    if (!pixmap.isNull()) {
        row.picture->setPixmap(
            pixmap.scaled(QSize(kPictureSize, kPictureSize) * pixmap.devicePixelRatio(),
                          Qt::KeepAspectRatio, Qt::SmoothTransformation));
        return;
    }
    const bool broken = m_thumbnails && m_thumbnails->hasFailed(row.url);
    row.picture->setPixmap(
        Icons::drawn(broken ? Icons::Id::BrokenImage : Icons::Id::Delete).pixmap(24, 24));
}

void PendingDeletionsBar::updatePicture(const QUrl &url) {
    for (const Row &row : std::as_const(m_rows))
        if (row.url == url)
            setPicture(row);
}

} // namespace vitrine
