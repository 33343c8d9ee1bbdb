#include "ui/galleryeditactions.h"

#include "core/validation.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/addimagedialog.h"
#include "ui/deleteconfirmation.h"
#include "ui/galleryview.h"
#include "ui/icons.h"
#include "ui/replaceurldialog.h"
#include "ui/variantdialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QUndoStack>

namespace vitrine {

GalleryEditActions::GalleryEditActions(EditSession *session, GalleryView *grid,
                                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_grid(grid)
    , m_dialogParent(dialogParent) {
    m_addImage = new QAction(Icons::get(Icons::Id::AddImage), tr("Add Image by &URL…"), this);
    m_addImage->setObjectName(QStringLiteral("addImageAction"));
    m_addImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addImage, &QAction::triggered, this, &GalleryEditActions::addImage);

    m_replaceUrl = new QAction(Icons::get(Icons::Id::ReplaceUrl), tr("&Replace Image URL…"), this);
    m_replaceUrl->setObjectName(QStringLiteral("replaceUrlAction"));
    connect(m_replaceUrl, &QAction::triggered, this, &GalleryEditActions::replaceUrl);

    m_setVariants = new QAction(Icons::get(Icons::Id::Variant), tr("Set &Variants…"), this);
    m_setVariants->setObjectName(QStringLiteral("setVariantsAction"));
    connect(m_setVariants, &QAction::triggered, this, &GalleryEditActions::setVariants);

    m_selectAll = new QAction(Icons::get(Icons::Id::SelectAll), tr("Select &All"), this);
    m_selectAll->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    // In a text field Ctrl+A selects its text, not the images.
    m_selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    grid->addAction(m_selectAll);
    connect(m_selectAll, &QAction::triggered, grid, &QAbstractItemView::selectAll);

    connect(grid, &GalleryView::deleteRequested, this, &GalleryEditActions::confirmAndDelete);
    connect(grid, &GalleryView::urlsDropped, this, &GalleryEditActions::addDroppedUrls);
    connect(grid, &GalleryView::selectedRowsChanged, this, &GalleryEditActions::updateStates);
    if (session) {
        connect(session, &EditSession::capabilitiesChanged, this,
                &GalleryEditActions::updateStates);
        connect(session, &EditSession::loaded, this, &GalleryEditActions::updateStates);
        connect(session, &EditSession::pendingCountChanged, this,
                &GalleryEditActions::updateStates);
    }
    updateStates();
}

QAction *GalleryEditActions::addImageAction() const {
    return m_addImage;
}
QAction *GalleryEditActions::replaceUrlAction() const {
    return m_replaceUrl;
}
QAction *GalleryEditActions::setVariantsAction() const {
    return m_setVariants;
}
QAction *GalleryEditActions::selectAllAction() const {
    return m_selectAll;
}

void GalleryEditActions::setProductName(const QString &name) {
    m_productName = name;
}

QList<int> GalleryEditActions::selectedRows() const {
    return m_grid ? m_grid->selectedRows() : QList<int>();
}

void GalleryEditActions::setAvailability(QAction *action, bool enabled, const QString &why,
                                         const QString &normalTip) {
    action->setEnabled(enabled);
    // A disabled action's tooltip and status tip say why, so nobody wonders.
    const QString tip = enabled || why.isEmpty() ? normalTip : why;
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void GalleryEditActions::updateStates() {
    const bool loaded = m_session && !m_session->productId().isEmpty();
    const QList<int> rows = selectedRows();
    if (!m_session) {
        for (QAction *action : {m_addImage, m_replaceUrl, m_setVariants, m_selectAll})
            action->setEnabled(false);
        return;
    }
    const StoreCapabilities &caps = m_session->capabilities();
    const int count = m_session->model()->rowCount();

    QString addWhy;
    if (!loaded)
        addWhy = tr("Open a product first.");
    else if (caps.maxImagesPerProduct > 0 && count >= caps.maxImagesPerProduct)
        addWhy =
            tr("This store allows at most %1 images per product.").arg(caps.maxImagesPerProduct);
    setAvailability(m_addImage, addWhy.isEmpty(), addWhy,
                    tr("Add an image by its web address (reaches the store when you publish)"));

    QString replaceWhy;
    if (rows.size() != 1)
        replaceWhy = caps.canReplaceSource ? tr("Select one image to replace its URL.")
                                           : caps.whyNot(StoreCapabilities::Feature::ReplaceSource);
    else
        replaceWhy = m_session->replaceSourceProblem(rows.constFirst());
    setAvailability(m_replaceUrl, replaceWhy.isEmpty(), replaceWhy,
                    tr("Point the selected image at another web address"));

    QString variantWhy;
    if (!caps.hasVariants)
        variantWhy = caps.whyNot(StoreCapabilities::Feature::Variants);
    else if (rows.isEmpty())
        variantWhy = tr("Select the images to link to variants.");
    setAvailability(m_setVariants, variantWhy.isEmpty(), variantWhy,
                    tr("Show the selected images only for some product variants"));

    m_selectAll->setEnabled(count > 0);
}

void GalleryEditActions::confirmAndDelete(const QList<int> &rows) {
    if (!m_session || rows.isEmpty())
        return;
    const int total = m_session->model()->rowCount();
    if (!DeleteConfirmation::ask(m_dialogParent, int(rows.size()), total, m_productName,
                                 m_session->capabilities().canDeleteAll))
        return;
    QString whyNot;
    if (m_session->deleteRows(rows, &whyNot))
        Q_EMIT statusMessage(
            rows.size() == 1
                ? tr("1 image deleted. Undo (Ctrl+Z) brings it back.")
                : tr("%1 images deleted. Undo (Ctrl+Z) brings them back.").arg(rows.size()));
}

void GalleryEditActions::addImage() {
    if (!m_session || !m_addImage->isEnabled())
        return;
    AddImageDialog dialog(m_dialogParent);
    dialog.setAltLimit(m_session->capabilities().altMaxOnCreate);
    dialog.setProductName(m_productName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString whyNot;
    const QString key = m_session->addImage(dialog.url(), dialog.altText(), -1, &whyNot);
    if (key.isEmpty())
        return; // the session said why (refused)
    if (m_grid)
        m_grid->selectRows({m_session->model()->rowOfKey(key)});
    Q_EMIT statusMessage(tr("Image added at the end. Publish to send it to the store."));
}

void GalleryEditActions::addDroppedUrls(const QList<QUrl> &urls, int row) {
    if (!m_session || urls.isEmpty())
        return;
    // Only addresses that can be images, and only as many as the store allows: what is added is
    // known before the undo step is opened, so its label counts exactly those and it is never
    // empty.
    QStringList valid;
    QString firstProblem;
    for (const QUrl &url : urls) {
        const QString text = url.toString(QUrl::FullyEncoded);
        if (const ValidationResult v = validateImageUrl(text); v)
            valid << text;
        else if (firstProblem.isEmpty())
            firstProblem = v.message;
    }
    const int skipped = int(urls.size() - valid.size());
    if (valid.isEmpty()) {
        // Says why (refused) for the first one.
        m_session->addImage(urls.constFirst().toString(QUrl::FullyEncoded), {}, row);
        return;
    }
    const int max = m_session->capabilities().maxImagesPerProduct;
    const int room = max > 0 ? max - m_session->model()->rowCount() : int(valid.size());
    if (room <= 0) {
        m_session->addImage(valid.constFirst(), {}, row); // says why
        return;
    }
    const QStringList adding = valid.mid(0, room);
    QUndoStack *stack = m_session->undoStack();
    if (adding.size() > 1)
        stack->beginMacro(tr("Add %1 images").arg(adding.size()));
    QStringList keys;
    int at = row;
    for (const QString &url : adding) {
        const QString key = m_session->addImage(url, {}, at);
        if (key.isEmpty())
            break; // refused; the session said why
        keys << key;
        ++at;
    }
    if (adding.size() > 1)
        stack->endMacro();
    if (keys.isEmpty())
        return;
    if (m_grid)
        m_grid->selectRows(m_session->rowsOfKeys(keys));
    QString message =
        keys.size() == 1
            ? tr("1 image added. Give it an alt text, then publish.")
            : tr("%1 images added. Give them alt texts, then publish.").arg(keys.size());
    if (skipped > 0)
        message +=
            QLatin1Char(' ') +
            (skipped == 1 ? tr("1 address was left out: %1").arg(firstProblem)
                          : tr("%1 addresses were left out: %2").arg(skipped).arg(firstProblem));
    else if (keys.size() < urls.size())
        message +=
            QLatin1Char(' ') + tr("The store allows at most %1 images per product.").arg(max);
    Q_EMIT statusMessage(message);
}

void GalleryEditActions::replaceUrl() {
    const QList<int> rows = selectedRows();
    if (!m_session || rows.size() != 1 || !m_replaceUrl->isEnabled())
        return;
    const int row = rows.constFirst();
    ReplaceUrlDialog dialog(m_dialogParent);
    dialog.setCurrentUrl(
        m_session->model()->index(row).data(GalleryModel::SourceUrlRole).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session->replaceSource(row, dialog.url()))
        Q_EMIT statusMessage(tr("Image URL replaced. Publish to send it to the store."));
}

void GalleryEditActions::setVariants() {
    const QList<int> rows = selectedRows();
    if (!m_session || rows.isEmpty() || !m_setVariants->isEnabled())
        return;
    VariantDialog dialog(m_dialogParent);
    dialog.setImageCount(int(rows.size()));
    dialog.setVariantIds(m_session->model()
                             ->index(rows.constFirst())
                             .data(GalleryModel::VariantIdsRole)
                             .toStringList());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session->setVariants(rows, dialog.variantIds()))
        Q_EMIT statusMessage(tr("Variants set. Publish to send them to the store."));
}

} // namespace vitrine
