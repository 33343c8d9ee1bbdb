#include "ui/reviewpanel.h"

#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/reviewmodel.h"
#include "ui/duplicatepairview.h"
#include "ui/thumbnailcache.h"
#include "ui/uilogging.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace vitrine {

namespace {
// QTreeView asks a delegate for a row's height without the column's width, so wrapped text would
// get one line. This one measures the text at the width its column has, and the view lays its rows
// out again when a column is resized.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QHeaderView *header)
        : QStyledItemDelegate(header)
        , m_header(header) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QStyleOptionViewItem sized = option;
        const int width = m_header->sectionSize(index.column());
        if (width > 0)
            sized.rect = QRect(0, 0, width, 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QHeaderView *m_header;
};
} // namespace

ReviewPanel::ReviewPanel(EditSession *session, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_thumbnails(thumbnails)
    , m_model(new ReviewModel(this))
    , m_view(new QTreeView)
    , m_summary(new QLabel)
    , m_export(new QPushButton(tr("Export…")))
    , m_refreshTimer(new QTimer(this))
    , m_pair(new DuplicatePairView(thumbnails)) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model->setSeverityIcons(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                              style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    // The details are sentences: they wrap within the dock's width instead of being cut off.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setItemDelegate(new WrappingDelegate(m_view->header()));
    connect(m_view->header(), &QHeaderView::sectionResized, m_view,
            [this] { m_view->doItemsLayout(); });
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ReviewModel::PlaceColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ReviewModel::ProblemColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Problems found in the gallery"));
    m_export->setToolTip(tr("Save the review as a spreadsheet (CSV) or JSON file"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pair);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    // Many signals arrive together (a drop moves rows, thumbnails land in bursts): review once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReviewPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReviewPanel::exportWithDialog);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT imageActivated(index.data(ReviewModel::KeyRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPanel::showSelectedPair);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPanel::showSelectedPair);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPanel::showSelectedPair);
    connect(m_pair, &DuplicatePairView::deleteRequested, this, &ReviewPanel::deleteRequested);

    if (m_session) {
        GalleryModel *gallery = m_session->model();
        connect(gallery, &QAbstractItemModel::modelReset, this, &ReviewPanel::scheduleRefresh);
        connect(gallery, &QAbstractItemModel::layoutChanged, this, &ReviewPanel::scheduleRefresh);
        connect(gallery, &QAbstractItemModel::dataChanged, this, &ReviewPanel::scheduleRefresh);
        connect(gallery, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::scheduleRefresh);
        connect(gallery, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::scheduleRefresh);
        connect(gallery, &QAbstractItemModel::rowsMoved, this, &ReviewPanel::scheduleRefresh);
        connect(m_session, &EditSession::capabilitiesChanged, this, &ReviewPanel::scheduleRefresh);
        // A newly loaded gallery: fetch its images if the panel is in view.
        connect(gallery, &QAbstractItemModel::modelReset, this, [this] {
            if (isVisible())
                requestAllThumbnails();
        });
    }
    if (m_thumbnails) {
        // Thumbnails arrive one by one, hundreds per gallery: reviewed in batches.
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
                &ReviewPanel::scheduleBatchedRefresh);
        connect(m_thumbnails, &ThumbnailCache::thumbnailFailed, this,
                &ReviewPanel::scheduleBatchedRefresh);
        connect(m_thumbnails, &ThumbnailCache::pictureHashed, this,
                &ReviewPanel::scheduleBatchedRefresh);
    }
    m_sinceRefresh.start();
    refresh();
}

void ReviewPanel::setProduct(const QString &productId, const QString &title) {
    if (productId != m_productId)
        m_variants = {};
    m_productId = productId;
    m_productTitle = title;
    scheduleRefresh(); // alt-is-title and the spelling read the title
}

void ReviewPanel::setMinimumSide(int pixels) {
    m_minimumSide = pixels;
    scheduleRefresh();
}

void ReviewPanel::setSpellChecker(const SpellChecker *checker) {
    m_spelling = checker;
    scheduleRefresh();
}

void ReviewPanel::setVariants(const VariantLinks &variants) {
    m_variants = variants;
    scheduleRefresh();
}

DuplicatePairView *ReviewPanel::duplicatePairView() const {
    return m_pair;
}

void ReviewPanel::showSelectedPair() {
    const QModelIndex current = m_view->currentIndex();
    const QList<ReviewFinding> &findings = m_model->findings();
    if (!current.isValid() || current.row() >= findings.size() || !m_session) {
        m_pair->clearPair();
        return;
    }
    const ReviewFinding &finding = findings.at(current.row());
    const GalleryModel *gallery = m_session->model();
    const int earlierRow = gallery->rowOfKey(finding.relatedKey);
    if (finding.kind != ReviewFinding::Kind::DuplicatePicture || earlierRow < 0) {
        m_pair->clearPair();
        return;
    }
    m_pair->showPair(finding.relatedKey, finding.relatedPlace,
                     QUrl(gallery->index(earlierRow).data(GalleryModel::SourceUrlRole).toString()),
                     finding.key, finding.place, QUrl(finding.src));
}

ReviewModel *ReviewPanel::model() const {
    return m_model;
}

QTreeView *ReviewPanel::view() const {
    return m_view;
}

QLabel *ReviewPanel::summaryLabel() const {
    return m_summary;
}

QPushButton *ReviewPanel::exportButton() const {
    return m_export;
}

QList<ReviewImage> ReviewPanel::reviewImages() const {
    QList<ReviewImage> images;
    if (!m_session)
        return images;
    const GalleryModel *gallery = m_session->model();
    for (int row = 0; row < gallery->rowCount(); ++row) {
        const QModelIndex index = gallery->index(row);
        ReviewImage image;
        image.key = index.data(GalleryModel::KeyRole).toString();
        image.place = row + 1;
        image.imageId = index.data(GalleryModel::ImageIdRole).toString();
        image.src = index.data(GalleryModel::SourceUrlRole).toString();
        image.alt = index.data(GalleryModel::AltTextRole).toString();
        image.isNew = index.data(GalleryModel::IsNewRole).toBool();
        image.size = index.data(GalleryModel::SizeRole).toSize(); // what the store says
        image.variantNames = m_variants.namesOf(
            image.imageId, index.data(GalleryModel::VariantIdsRole).toStringList());
        if (m_thumbnails) {
            const QUrl url(image.src);
            switch (m_thumbnails->state(url)) {
            case ThumbnailCache::State::Ready:
                if (m_thumbnails->isHashing(url))
                    break; // not judged until its picture can be compared
                image.load = ReviewImage::Load::Loaded;
                // The decoded image is the truth; the store's figures may be stale or absent.
                if (m_thumbnails->naturalSize(url).isValid())
                    image.size = m_thumbnails->naturalSize(url);
                image.pictureHash = m_thumbnails->pictureHash(url);
                break;
            case ThumbnailCache::State::Failed:
                image.load = ReviewImage::Load::Broken;
                image.loadError = m_thumbnails->failureReason(url);
                break;
            case ThumbnailCache::State::Unknown:
            case ThumbnailCache::State::Loading:
                break;
            }
        }
        images << image;
    }
    return images;
}

void ReviewPanel::refresh() {
    m_refreshTimer->stop();
    m_stale = false;
    m_sinceRefresh.restart();
    const QList<ReviewImage> images = reviewImages();
    ReviewOptions options;
    options.minimumSide = m_minimumSide;
    options.productTitle = m_productTitle;
    options.spelling = m_spelling;
    if (m_session) {
        options.altLimitOnUpdate = m_session->capabilities().altLimit(false);
        options.altLimitOnCreate = m_session->capabilities().altLimit(true);
    }
    const QList<ReviewFinding> findings = m_review.run(images, options);
    m_model->setFindings(findings);
    QString summary =
        images.isEmpty() ? tr("No gallery is open.") : GalleryReview::summary(findings);
    if (const int waiting = GalleryReview::unjudged(images); waiting > 0 && !images.isEmpty())
        summary += QLatin1Char(' ') + tr("%n image(s) still loading.", nullptr, waiting);
    if (m_summary->text() != summary)
        m_summary->setText(summary);
    m_export->setEnabled(!images.isEmpty());
}

bool ReviewPanel::exportTo(const QString &path, QString *error) const {
    const QList<ReviewFinding> &findings = m_model->findings();
    const QByteArray bytes =
        path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
            ? GalleryReview::toJson(findings, m_productId, m_productTitle,
                                    m_session ? m_session->model()->rowCount() : 0)
            : GalleryReview::toCsv(findings);
    // QSaveFile: a failed export never leaves half a file where an earlier one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The review could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    qCInfo(lcUi) << "review exported:" << findings.size() << "findings";
    return true;
}

void ReviewPanel::exportWithDialog() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        (m_productTitle.isEmpty() ? tr("gallery") : m_productTitle) + tr(" review.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Review"), folder + QLatin1Char('/') + name,
                                     tr("Spreadsheet (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Review"), error);
}

void ReviewPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Pictures are compared only while the review is in view (hashing them costs the grid's
    // first screen time otherwise).
    if (m_thumbnails)
        m_thumbnails->setPictureHashesWanted(true);
    if (m_stale)
        refresh();
    requestAllThumbnails();
}

void ReviewPanel::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    if (m_thumbnails)
        m_thumbnails->setPictureHashesWanted(false);
}

void ReviewPanel::scheduleRefresh() {
    // A hidden panel does no work (it is hidden most of the time, while the grid loads hundreds
    // of thumbnails); it reviews what is there when it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshTimer->start(0);
}

void ReviewPanel::scheduleBatchedRefresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // At most one review per kBatchMs while thumbnails stream in; an edit (scheduleRefresh) is
    // reviewed on the next turn of the event loop.
    constexpr qint64 kBatchMs = 50;
    const qint64 wait = qMax<qint64>(0, kBatchMs - m_sinceRefresh.elapsed());
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start(int(wait));
}

void ReviewPanel::requestAllThumbnails() {
    if (!m_session || !m_thumbnails)
        return;
    // The grid loads only what is on screen; the review needs every image to judge them all.
    const GalleryModel *gallery = m_session->model();
    for (int row = 0; row < gallery->rowCount(); ++row)
        m_thumbnails->request(
            QUrl(gallery->index(row).data(GalleryModel::SourceUrlRole).toString()));
}

} // namespace vitrine
