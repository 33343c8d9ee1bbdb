#include "models/editsession.h"

#include "core/validation.h"
#include "models/addimagecommand.h"
#include "models/deleteimagescommand.h"
#include "models/gallerymodel.h"
#include "models/modelslogging.h"
#include "models/moveimagescommand.h"
#include "models/replacesourcecommand.h"
#include "models/setalttextcommand.h"
#include "models/setvariantscommand.h"

#include <QMetaObject>
#include <QUndoStack>

#include <algorithm>

namespace vitrine {

EditSession::EditSession(QObject *parent)
    : QObject(parent)
    , m_model(new GalleryModel(this))
    , m_undoStack(new QUndoStack(this)) {
    m_model->setEditor(this);
    connect(m_model, &GalleryModel::pendingCountChanged, this, &EditSession::pendingCountChanged);
}

EditSession::~EditSession() {
    // The stack's commands point at the model; drop them first, and stop the model from calling
    // back into a half-destroyed session.
    m_model->setEditor(nullptr);
    m_undoStack->clear();
}

GalleryModel *EditSession::model() const {
    return m_model;
}

QUndoStack *EditSession::undoStack() const {
    return m_undoStack;
}

void EditSession::setCapabilities(const StoreCapabilities &capabilities) {
    m_capabilities = capabilities;
    Q_EMIT capabilitiesChanged();
}

const StoreCapabilities &EditSession::capabilities() const {
    return m_capabilities;
}

void EditSession::load(const QString &productId, const Gallery &gallery) {
    m_undoStack->clear();
    m_productId = productId;
    m_model->setBaseline(gallery);
    m_undoStack->setClean();
    qCDebug(lcModels) << "loaded product" << productId << "with" << gallery.size() << "images";
    Q_EMIT loaded(productId);
}

QString EditSession::productId() const {
    return m_productId;
}

bool EditSession::refuse(const QString &reason, QString *whyNot) {
    qCDebug(lcModels) << "edit refused:" << reason;
    if (whyNot)
        *whyNot = reason;
    Q_EMIT refused(reason);
    return false;
}

QList<int> EditSession::validRows(const QList<int> &rows) const {
    QList<int> out;
    for (const int r : rows)
        if (r >= 0 && r < m_model->rowCount() && !out.contains(r))
            out.append(r);
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> EditSession::rowsOfKeys(const QStringList &keys) const {
    QList<int> rows;
    for (const QString &key : keys)
        if (const int r = m_model->rowOfKey(key); r >= 0)
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList EditSession::keysOfRows(const QList<int> &rows) const {
    QStringList keys;
    for (const int r : validRows(rows))
        keys << m_model->rows()[r].key;
    return keys;
}

// --- Reorder --------------------------------------------------------------------------------

bool EditSession::pushMove(const QStringList &after, const QList<int> &rows, int mergeBatch,
                           QString *whyNot) {
    const QStringList before = m_model->order();
    if (after == before) {
        // Not an error worth a status message (a drop in place, "move left" at the start), but
        // callers may want to know nothing happened.
        if (whyNot)
            *whyNot = tr("The images are already there.");
        return false;
    }
    m_undoStack->push(new MoveImagesCommand(m_model, before, after, keysOfRows(rows), mergeBatch));
    return true;
}

bool EditSession::moveRows(const QList<int> &rows, int destinationRow, QString *whyNot) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to move first."), whyNot);
    return pushMove(MoveImagesCommand::orderAfterMove(m_model->order(), valid, destinationRow),
                    valid, -1, whyNot);
}

bool EditSession::moveLeft(const QList<int> &rows, QString *whyNot) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to move first."), whyNot);
    return pushMove(MoveImagesCommand::orderAfterStepLeft(m_model->order(), valid), valid, -1,
                    whyNot);
}

bool EditSession::moveRight(const QList<int> &rows, QString *whyNot) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to move first."), whyNot);
    return pushMove(MoveImagesCommand::orderAfterStepRight(m_model->order(), valid), valid, -1,
                    whyNot);
}

bool EditSession::moveToFirst(const QList<int> &rows, QString *whyNot) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to move first."), whyNot);
    return pushMove(MoveImagesCommand::orderAfterMoveToFirst(m_model->order(), valid), valid, -1,
                    whyNot);
}

bool EditSession::moveToLast(const QList<int> &rows, QString *whyNot) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to move first."), whyNot);
    return pushMove(MoveImagesCommand::orderAfterMoveToLast(m_model->order(), valid), valid, -1,
                    whyNot);
}

bool EditSession::requestViewMove(const QList<int> &rows, int destinationRow) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return false;
    if (!m_viewMoveBatchOpen) {
        m_viewMoveBatchOpen = true;
        // Closes the batch once the view's drop handler has returned to the event loop.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_viewMoveBatchOpen = false;
                ++m_viewMoveBatch;
            },
            Qt::QueuedConnection);
    }
    return pushMove(MoveImagesCommand::orderAfterMove(m_model->order(), valid, destinationRow),
                    valid, m_viewMoveBatch, nullptr);
}

// --- Fields ---------------------------------------------------------------------------------

int EditSession::altLimitForRow(int row) const {
    return m_capabilities.altLimit(m_model->rows()[row].isNew);
}

int EditSession::altLimit(const QList<int> &rows) const {
    int limit = 0;
    for (const int r : validRows(rows)) {
        const int l = altLimitForRow(r);
        if (l > 0 && (limit == 0 || l < limit))
            limit = l;
    }
    return limit;
}

QString EditSession::altTextProblem(const QList<int> &rows, const QString &text) const {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return tr("Select the images whose alt text to set first.");
    for (const int r : valid) {
        const ValidationResult v = validateAltText(text, altLimitForRow(r));
        if (!v) {
            if (valid.size() > 1 && m_model->rows()[r].isNew &&
                m_capabilities.altMaxOnCreate != m_capabilities.altMaxOnUpdate)
                return tr("%1 (New images have a lower limit on this store.)").arg(v.message);
            return v.message;
        }
    }
    return {};
}

bool EditSession::setAltText(const QList<int> &rows, const QString &text, QString *whyNot) {
    if (const QString problem = altTextProblem(rows, text); !problem.isEmpty())
        return refuse(problem, whyNot);
    const QString alt = normalizedAltText(text);
    QStringList keys;
    for (const int r : validRows(rows))
        if (m_model->rows()[r].image.alt != alt)
            keys << m_model->rows()[r].key;
    if (keys.isEmpty())
        return true; // already so: nothing to undo later
    m_undoStack->push(new SetAltTextCommand(m_model, keys, alt));
    return true;
}

bool EditSession::requestSetAltText(const QList<int> &rows, const QString &text, QString *whyNot) {
    return setAltText(rows, text, whyNot);
}

QString EditSession::replaceSourceProblem(int row) const {
    if (row < 0 || row >= m_model->rowCount())
        return tr("Select the image whose address to replace first.");
    if (!m_model->rows()[row].isNew && !m_capabilities.canReplaceSource)
        return m_capabilities.whyNot(StoreCapabilities::Feature::ReplaceSource);
    return {};
}

bool EditSession::replaceSource(int row, const QString &url, QString *whyNot) {
    if (const QString problem = replaceSourceProblem(row); !problem.isEmpty())
        return refuse(problem, whyNot);
    if (const ValidationResult v = validateImageUrl(url); !v)
        return refuse(v.message, whyNot);
    const QString trimmed = url.trimmed();
    const StagedImage &s = m_model->rows()[row];
    if (s.image.src == trimmed)
        return true;
    m_undoStack->push(new ReplaceSourceCommand(m_model, s.key, trimmed));
    return true;
}

bool EditSession::setVariants(const QList<int> &rows, const QStringList &variantIds,
                              QString *whyNot) {
    if (!m_capabilities.hasVariants)
        return refuse(m_capabilities.whyNot(StoreCapabilities::Feature::Variants), whyNot);
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to link to variants first."), whyNot);
    for (const QString &id : variantIds)
        if (id.trimmed().isEmpty())
            return refuse(tr("A variant id cannot be empty."), whyNot);
    QStringList keys;
    for (const int r : valid) {
        QStringList current = m_model->rows()[r].image.variantIds;
        QStringList wanted = variantIds;
        current.sort();
        wanted.sort();
        if (current != wanted)
            keys << m_model->rows()[r].key;
    }
    if (keys.isEmpty())
        return true;
    m_undoStack->push(new SetVariantsCommand(m_model, keys, variantIds));
    return true;
}

// --- Images ---------------------------------------------------------------------------------

bool EditSession::deleteRows(const QList<int> &rows, QString *whyNot) {
    const QList<int> valid = validRows(rows);
    if (valid.isEmpty())
        return refuse(tr("Select the images to delete first."), whyNot);
    m_undoStack->push(new DeleteImagesCommand(m_model, keysOfRows(valid)));
    return true;
}

QString EditSession::addImage(const QString &url, const QString &alt, int row, QString *whyNot) {
    if (const ValidationResult v = validateImageUrl(url); !v) {
        refuse(v.message, whyNot);
        return {};
    }
    if (const ValidationResult v = validateAltText(alt, m_capabilities.altMaxOnCreate); !v) {
        refuse(v.message, whyNot);
        return {};
    }
    if (m_capabilities.maxImagesPerProduct > 0 &&
        m_model->rowCount() >= m_capabilities.maxImagesPerProduct) {
        refuse(tr("This store allows at most %1 images per product.")
                   .arg(m_capabilities.maxImagesPerProduct),
               whyNot);
        return {};
    }
    StagedImage image;
    image.key = QStringLiteral("new:%1").arg(m_nextNewKey++);
    image.isNew = true;
    image.image.productId = m_productId;
    image.image.src = url.trimmed();
    image.image.alt = normalizedAltText(alt);
    const int at = row < 0 || row > m_model->rowCount() ? m_model->rowCount() : row;
    m_undoStack->push(new AddImageCommand(m_model, image, at));
    return image.key;
}

// --- Pending state --------------------------------------------------------------------------

int EditSession::pendingCount() const {
    return m_model->pendingCount();
}

QList<TargetImage> EditSession::targets() const {
    return m_model->targets();
}

QStringList EditSession::deletedIds() const {
    return m_model->deletedIds();
}

} // namespace vitrine
