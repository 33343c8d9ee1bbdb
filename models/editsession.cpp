#include "models/editsession.h"

#include "core/publishplanner.h"
#include "core/validation.h"
#include "models/addimagecommand.h"
#include "models/deleteimagescommand.h"
#include "models/gallerymodel.h"
#include "models/keepimagescommand.h"
#include "models/modelslogging.h"
#include "models/moveimagescommand.h"
#include "models/replacesourcecommand.h"
#include "models/setalttextcommand.h"
#include "models/setvariantscommand.h"

#include <QMetaObject>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace vitrine {

EditSession::EditSession(QObject *parent)
    : QObject(parent)
    , m_model(new GalleryModel(this))
    , m_undoStack(new QUndoStack(this)) {
    m_model->setEditor(this);
    connect(m_model, &GalleryModel::pendingCountChanged, this, &EditSession::pendingCountChanged);
    connect(m_model, &GalleryModel::deletionsChanged, this, &EditSession::deletionsChanged);
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
    m_observedOrdering.reset();
    Q_EMIT capabilitiesChanged();
}

const StoreCapabilities &EditSession::capabilities() const {
    return m_capabilities;
}

void EditSession::load(const QString &productId, const Gallery &gallery) {
    m_undoStack->clear();
    m_productId = productId;
    m_observedOrdering.reset();
    m_publishedSinceRebase = false;
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

bool EditSession::applyBatch(const Batch &batch, QString *whyNot) {
    const QList<StagedImage> &rows = m_model->rows();
    QList<std::pair<QString, QString>> alts; // key, normalised text; in gallery order
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto it = batch.altByKey.constFind(rows[r].key);
        if (it == batch.altByKey.cend())
            continue;
        const ValidationResult valid = validateAltText(*it, altLimitForRow(r));
        if (!valid)
            return refuse(tr("Image %1: %2").arg(r + 1).arg(valid.message), whyNot);
        const QString alt = normalizedAltText(*it);
        if (rows[r].image.alt != alt)
            alts << std::pair{rows[r].key, alt};
    }
    const QStringList before = m_model->order();
    const bool reorders = !batch.order.isEmpty() && batch.order != before;
    if (reorders) {
        QStringList a = batch.order;
        QStringList b = before;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b)
            return refuse(tr("The new order does not name each image of the gallery once."),
                          whyNot);
    }
    if (alts.isEmpty() && !reorders)
        return true;
    // One parent command: its children are done and undone together, as one step.
    auto *step = new QUndoCommand(batch.name);
    for (const auto &[key, alt] : std::as_const(alts))
        new SetAltTextCommand(m_model, {key}, alt, step);
    if (reorders)
        new MoveImagesCommand(m_model, before, batch.order, batch.movedKeys, -1, step);
    m_undoStack->push(step);
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
    for (const int r : valid)
        if (!sameVariantSet(m_model->rows()[r].image.variantIds, variantIds))
            keys << m_model->rows()[r].key;
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

bool EditSession::keepImages(const QStringList &ids, QString *whyNot) {
    const QStringList deleted = m_model->deletedIds();
    QStringList kept;
    for (const QString &id : ids)
        if (deleted.contains(id) && !kept.contains(id))
            kept << id;
    if (kept.isEmpty())
        return refuse(tr("That image is not staged for deletion any more."), whyNot);
    m_undoStack->push(new KeepImagesCommand(m_model, kept));
    return true;
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

SessionState EditSession::state() const {
    return SessionState{m_productId, m_model->staged(), m_observedOrdering};
}

void EditSession::restore(const SessionState &state) {
    resetTo(state, state.staged);
    m_undoStack->setClean();
    qCDebug(lcModels) << "restored product" << state.productId << "with" << pendingCount()
                      << "pending edits";
    Q_EMIT loaded(state.productId);
}

void EditSession::resetTo(const SessionState &state, const StagedGallery &staged) {
    m_undoStack->clear();
    m_productId = state.productId;
    m_observedOrdering = state.observedOrdering;
    m_publishedSinceRebase = false;
    // New local keys continue after the highest of the state's (even one not in staged yet).
    const QString newPrefix = QStringLiteral("new:");
    for (const StagedImage &row : state.staged.rows) {
        if (!row.key.startsWith(newPrefix))
            continue;
        bool ok = false;
        const int n = row.key.mid(newPrefix.size()).toInt(&ok);
        if (ok && n >= m_nextNewKey)
            m_nextNewKey = n + 1;
    }
    m_model->resetStaged(staged);
}

void EditSession::restoreAsSteps(const SessionState &state) {
    const StagedGallery &wanted = state.staged;
    // From the store's gallery as it was loaded...
    resetTo(state, StagedGallery::unchanged(wanted.baseline));
    // ...each edit as the command the user's gesture made.
    for (const QString &id : wanted.deletedIds)
        if (m_model->rowOfKey(id) >= 0)
            m_undoStack->push(new DeleteImagesCommand(m_model, {id}));
    for (const StagedImage &row : wanted.rows) {
        if (row.isNew) {
            StagedImage added = row;
            added.error.clear();
            m_undoStack->push(new AddImageCommand(m_model, added, m_model->rowCount()));
            continue;
        }
        const int at = m_model->rowOfKey(row.key);
        if (at < 0)
            continue;
        const ProductImage &now = m_model->rows().at(at).image;
        if (now.src != row.image.src)
            m_undoStack->push(new ReplaceSourceCommand(m_model, row.key, row.image.src));
        if (now.alt != row.image.alt)
            m_undoStack->push(new SetAltTextCommand(m_model, {row.key}, row.image.alt));
        if (now.variantIds != row.image.variantIds)
            m_undoStack->push(new SetVariantsCommand(m_model, {row.key}, row.image.variantIds));
    }
    // The order last, one image at a time from the first place on: each move is a step.
    const QStringList order = wanted.order();
    for (int place = 0; place < order.size(); ++place) {
        const QStringList before = m_model->order();
        const int from = int(before.indexOf(order.at(place)));
        if (from < 0 || from == place)
            continue;
        const QStringList after = MoveImagesCommand::orderAfterMove(before, {from}, place);
        m_undoStack->push(new MoveImagesCommand(m_model, before, after, {order.at(place)}, -1));
    }
    // What only publishing sets (errors, the store order values) comes back exactly as kept.
    if (this->state() != state)
        m_model->updateStaged(wanted);
    m_undoStack->setClean();
    qCDebug(lcModels) << "restored product" << state.productId << "as" << m_undoStack->count()
                      << "undo steps";
    Q_EMIT loaded(state.productId);
}

} // namespace vitrine

namespace vitrine {

void EditSession::adoptOrdering(OrderingSemantics ordering) {
    if (ordering == m_capabilities.ordering)
        m_observedOrdering.reset();
    else
        m_observedOrdering = ordering;
}

OrderingSemantics EditSession::effectiveOrdering() const {
    return m_observedOrdering.value_or(m_capabilities.ordering);
}

PublishPlan EditSession::plan() const {
    StoreCapabilities caps = m_capabilities;
    caps.ordering = effectiveOrdering();
    PublishPlan p = PublishPlanner::plan(m_productId, m_model->baseline(), targets(), caps);
    qCDebug(lcModels) << "planned" << p.ops.size() << "requests for product" << m_productId << ":"
                      << describeSummary(p.summary(int(m_model->baseline().size())));
    return p;
}

EditSession::PublishReport EditSession::applyPublishResults(const PublishPlan &plan,
                                                            const QList<OpResult> &results) {
    PublishReport report;
    QList<WriteOp> applied;
    QHash<QString, ProductImage> created;
    QHash<QString, QString> rowErrors; // key -> message
    QSet<QString> written;             // keys of the rows the plan writes
    QHash<QString, QString> deleteErrors = m_model->deleteErrors();
    const QString notSent = tr("Not published: publishing stopped before this change was sent.");

    for (qsizetype i = 0; i < plan.ops.size(); ++i) {
        const WriteOp &op = plan.ops[i];
        written.insert(op.imageId.isEmpty() ? op.localKey : op.imageId);
        for (const AltTextEdit &edit : op.altTexts)
            written.insert(edit.imageId);
        OpResult result = i < results.size() ? results[i] : OpResult{};
        if (result.state == OpResult::State::Succeeded && op.kind == WriteOp::Kind::Create &&
            result.image.id.isEmpty()) {
            // Without the new id the image cannot be told apart from the staged one; say so
            // rather than guess (a reload shows what the store has).
            qCWarning(lcModels) << "create of" << op.localKey << "succeeded without an id";
            result.state = OpResult::State::Failed;
            result.message = tr("The store added the image but did not say its id; reload the "
                                "gallery before publishing again.");
        }
        QString message;
        switch (result.state) {
        case OpResult::State::Succeeded:
            ++report.succeeded;
            applied.append(op);
            if (op.kind == WriteOp::Kind::Create)
                created.insert(op.localKey, result.image);
            continue;
        case OpResult::State::Failed:
            ++report.failed;
            message =
                result.message.isEmpty() ? tr("The store refused this change.") : result.message;
            break;
        case OpResult::State::NotSent:
            ++report.notSent;
            message = notSent;
            break;
        }
        switch (op.kind) {
        case WriteOp::Kind::DeleteAll:
            for (const QString &id : m_model->deletedIds())
                deleteErrors.insert(id, message);
            break;
        case WriteOp::Kind::Delete:
            deleteErrors.insert(op.imageId, message);
            break;
        case WriteOp::Kind::Create:
        case WriteOp::Kind::Update:
            rowErrors.insert(op.imageId.isEmpty() ? op.localKey : op.imageId, message);
            break;
        case WriteOp::Kind::UpdateAltTexts: // one write for many images: each one is marked
            for (const AltTextEdit &edit : op.altTexts)
                rowErrors.insert(edit.imageId, message);
            break;
        }
    }

    StoreCapabilities caps = m_capabilities;
    caps.ordering = effectiveOrdering();
    StagedGallery staged;
    staged.baseline = PublishPlanner::predictGallery(m_model->baseline(), applied, caps, created);
    m_publishedSinceRebase = m_publishedSinceRebase || report.succeeded > 0;
    QHash<QString, int> baselineIndex;
    for (int i = 0; i < staged.baseline.size(); ++i)
        baselineIndex.insert(staged.baseline[i].id, i);

    staged.rows = m_model->rows();
    for (StagedImage &row : staged.rows) {
        const QString oldKey = row.key;
        if (row.isNew && created.contains(row.key)) {
            row.key = created.value(row.key).id;
            row.isNew = false;
            row.image.id = row.key;
        }
        if (const auto it = baselineIndex.constFind(row.key); it != baselineIndex.constEnd())
            row.image.position = staged.baseline[*it].position;
        // An image whose ops all went through has no error any more; one whose op did not keeps
        // (or gets) the store's message. One the plan does not write keeps what it had (a
        // publish sent in two rounds: the first round's refusals stand).
        if (written.contains(oldKey))
            row.error = rowErrors.value(oldKey);
    }
    for (const QString &id : m_model->deletedIds()) {
        if (baselineIndex.contains(id))
            staged.deletedIds << id;
        else
            deleteErrors.remove(id);
    }
    staged.deleteErrors = deleteErrors;
    m_undoStack->clear();
    m_model->updateStaged(staged);
    qCInfo(lcModels) << "publish of product" << m_productId << ":" << report.succeeded
                     << "succeeded," << report.failed << "failed," << report.notSent << "not sent;"
                     << pendingCount() << "still pending";
    Q_EMIT publishApplied(report);
    return report;
}

EditSession::RebaseReport EditSession::rebase(const Gallery &fresh) {
    RebaseReport report;
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].id, i);

    // After a publish, the re-read tells how the store really orders. A store that renumbers
    // always reports first, first+1, ...; one that keeps numbers reports what it was sent. So:
    // numbers that are not consecutive mean the store keeps them (absolute); consecutive numbers
    // that differ from the ones we sent mean it renumbers (shift).
    if (m_publishedSinceRebase && !fresh.isEmpty()) {
        bool consecutive = true;
        for (int i = 0; i < fresh.size() && consecutive; ++i)
            consecutive = fresh[i].position == m_capabilities.firstPosition + i;
        bool differs = false;
        for (const ProductImage &expected : m_model->baseline())
            if (const auto it = freshIndex.constFind(expected.id); it != freshIndex.constEnd())
                differs = differs || fresh[*it].position != expected.position;
        const OrderingSemantics was = effectiveOrdering();
        if (was == OrderingSemantics::Shift && !consecutive)
            m_observedOrdering = OrderingSemantics::Absolute;
        else if (was == OrderingSemantics::Absolute && consecutive && differs)
            m_observedOrdering = OrderingSemantics::Shift;
        if (effectiveOrdering() != was) {
            report.observedOrdering = effectiveOrdering();
            qCWarning(lcModels) << "store of product" << m_productId << "orders images by"
                                << orderingName(effectiveOrdering()) << "rules, the profile says"
                                << orderingName(m_capabilities.ordering)
                                << "; repairing with the observed rules";
        }
    }
    m_publishedSinceRebase = false;

    StagedGallery staged;
    staged.baseline = fresh;
    QList<StagedImage> &rows = staged.rows;
    QSet<QString> present;
    for (StagedImage row : m_model->rows()) {
        if (row.isNew) {
            rows.append(row);
            continue;
        }
        const auto it = freshIndex.constFind(row.key);
        if (it == freshIndex.constEnd()) {
            report.vanished << row.key;
            continue;
        }
        row.image.position = fresh[*it].position;
        // The store's own facts (size, timestamps) come from the fresh read; what the user
        // wants (alt, URL, variants) stays staged.
        row.image.width = fresh[*it].width;
        row.image.height = fresh[*it].height;
        row.image.updatedAt = fresh[*it].updatedAt;
        present.insert(row.key);
        rows.append(row);
    }
    for (const QString &id : m_model->deletedIds()) {
        if (!freshIndex.contains(id))
            continue; // gone: the deletion is done, whoever did it
        staged.deletedIds << id;
        present.insert(id);
        if (const QString e = m_model->deleteErrors().value(id); !e.isEmpty())
            staged.deleteErrors.insert(id, e);
    }
    // Images the staged gallery does not know go right after their predecessor in the store's
    // order (or first), so the store's arrangement of them is not reported as a move.
    for (int i = 0; i < fresh.size(); ++i) {
        const ProductImage &image = fresh[i];
        if (present.contains(image.id))
            continue;
        int at = 0;
        for (int j = i - 1; j >= 0; --j) {
            if (const int r = rowOfKey(rows, fresh[j].id); r >= 0) {
                at = r + 1;
                break;
            }
        }
        rows.insert(at, StagedImage{image.id, false, image, {}});
        present.insert(image.id);
        report.appeared << image.id;
    }
    m_undoStack->clear();
    m_model->resetStaged(staged);
    if (!report.vanished.isEmpty() || !report.appeared.isEmpty())
        qCInfo(lcModels) << "rebase of product" << m_productId << ":" << report.vanished.size()
                         << "staged images vanished," << report.appeared.size() << "appeared";
    qCDebug(lcModels) << "rebased;" << pendingCount() << "pending";
    Q_EMIT loaded(m_productId);
    return report;
}

QHash<QString, QString> EditSession::deleteErrors() const {
    return m_model->deleteErrors();
}

} // namespace vitrine
