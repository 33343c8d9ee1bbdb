#include "models/gallerymodel.h"

#include "core/orderplanner.h"
#include "core/validation.h"
#include "models/galleryeditor.h"
#include "models/modelslogging.h"
#include "models/moveimagescommand.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSize>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace vitrine {

namespace {
QString fileNameOf(const QString &src) {
    const QString name = QUrl(src).fileName();
    return name.isEmpty() ? src : name;
}

} // namespace

QString GalleryModel::fieldLabel(ImageField field) {
    switch (field) {
    case ImageField::New:
        return tr("new image");
    case ImageField::Position:
        return tr("position");
    case ImageField::Alt:
        return tr("alt text");
    case ImageField::Source:
        return tr("image URL");
    case ImageField::Variants:
        return tr("variants");
    }
    return {};
}

QString GalleryModel::keysMimeType() {
    return QStringLiteral("application/x-vitrine-image-keys");
}

GalleryModel::GalleryModel(QObject *parent)
    : QAbstractListModel(parent) {}

GalleryModel::~GalleryModel() = default;

void GalleryModel::setEditor(GalleryEditor *editor) {
    m_editor = editor;
}

GalleryEditor *GalleryModel::editor() const {
    return m_editor;
}

void GalleryModel::setBaseline(const Gallery &gallery) {
    resetStaged(StagedGallery::unchanged(gallery));
}

const ProductImage *GalleryModel::baselineImage(const QString &id) const {
    const auto it = m_baselineIndex.constFind(id);
    return it == m_baselineIndex.constEnd() ? nullptr : &m_staged.baseline[*it];
}

ImageFields GalleryModel::editedFields(int row) const {
    const StagedImage &s = m_staged.rows.at(row);
    return StagedGallery::editedFields(s, baselineImage(s.key), m_moved.contains(s.key));
}

bool GalleryModel::isEdited(int row) const {
    return editedFields(row) != ImageFields();
}

int GalleryModel::pendingCount() const {
    return m_pending;
}

void GalleryModel::applyOrder(const QStringList &keys) {
    if (keys.size() != m_staged.rows.size()) {
        qCWarning(lcModels) << "applyOrder: expected" << m_staged.rows.size() << "keys, got"
                            << keys.size();
        return;
    }
    QHash<QString, int> wanted; // key -> index in keys
    wanted.reserve(keys.size());
    for (int i = 0; i < keys.size(); ++i)
        wanted.insert(keys[i], i);
    QList<qint64> sequence;
    sequence.reserve(m_staged.rows.size());
    for (const StagedImage &row : m_staged.rows) {
        const auto it = wanted.constFind(row.key);
        if (it == wanted.constEnd() || wanted.size() != keys.size()) {
            qCWarning(lcModels) << "applyOrder: keys are not a permutation of the rows";
            return;
        }
        sequence.append(*it);
    }
    // Rows in the longest increasing run stay; every other row moves once, in wanted order, to
    // just after its wanted predecessor (which is either staying or already moved). The rows
    // placed so far are always in wanted relative order, so when all are placed the order is
    // keys, with the fewest beginMoveRows.
    const QList<bool> stays =
        OrderPlanner::heaviestChain(sequence, QList<qint64>(sequence.size(), 1), true);
    QSet<QString> movers;
    for (int i = 0; i < m_staged.rows.size(); ++i)
        if (!stays[i])
            movers.insert(m_staged.rows[i].key);
    if (movers.isEmpty())
        return;
    for (int t = 0; t < keys.size(); ++t) {
        if (!movers.contains(keys[t]))
            continue;
        const int from = rowOfKey(keys[t]);
        const int destination = t == 0 ? 0 : rowOfKey(keys[t - 1]) + 1;
        if (destination == from || destination == from + 1)
            continue;
        beginMoveRows({}, from, from, {}, destination);
        m_staged.rows.move(from, destination > from ? destination - 1 : destination);
        endMoveRows();
    }
    recomputeMoved();
    emitDerivedChanged(0, int(m_staged.rows.size()) - 1);
    updatePending();
}

void GalleryModel::insertImages(const QList<std::pair<int, StagedImage>> &rowsAscending) {
    const QStringList deletedBefore = m_staged.deletedIds;
    const QHash<QString, QString> errorsBefore = m_staged.deleteErrors;
    for (const auto &[row, image] : rowsAscending) {
        const int at = std::clamp(row, 0, int(m_staged.rows.size()));
        beginInsertRows({}, at, at);
        m_staged.rows.insert(at, image);
        if (!image.isNew) {
            m_staged.deletedIds.removeAll(image.key);
            m_staged.deleteErrors.remove(image.key);
        }
        endInsertRows();
    }
    recomputeMoved();
    emitDerivedChanged(0, int(m_staged.rows.size()) - 1);
    updatePending();
    notifyDeletions(deletedBefore, errorsBefore);
}

QList<std::pair<int, StagedImage>> GalleryModel::removeImages(const QStringList &keys) {
    QList<int> rows;
    for (const QString &key : keys)
        if (const int r = rowOfKey(key); r >= 0 && !rows.contains(r))
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    const QStringList deletedBefore = m_staged.deletedIds;
    QList<std::pair<int, StagedImage>> removed;
    for (const int r : rows)
        removed.append({r, m_staged.rows[r]});
    // From the last row up, so that the rows still to remove keep their numbers. (An index loop:
    // clang 14, which clang-tidy uses, cannot compile std::views::reverse of libstdc++ 12.)
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const int r = rows[i];
        beginRemoveRows({}, r, r);
        const StagedImage image = m_staged.rows.takeAt(r);
        if (!image.isNew && m_baselineIndex.contains(image.key))
            m_staged.deletedIds.append(image.key);
        endRemoveRows();
    }
    std::sort(m_staged.deletedIds.begin(), m_staged.deletedIds.end(),
              [this](const QString &a, const QString &b) {
                  return m_baselineIndex.value(a) < m_baselineIndex.value(b);
              });
    recomputeMoved();
    if (!m_staged.rows.isEmpty())
        emitDerivedChanged(0, int(m_staged.rows.size()) - 1);
    updatePending();
    notifyDeletions(deletedBefore, m_staged.deleteErrors);
    return removed;
}

void GalleryModel::setImage(const QString &key, const ProductImage &image) {
    const int r = rowOfKey(key);
    if (r < 0) {
        qCWarning(lcModels) << "setImage: no row for" << key;
        return;
    }
    StagedImage &s = m_staged.rows[r];
    const int position = s.image.position;
    const QString id = s.image.id;
    s.image = image;
    s.image.position = position;
    s.image.id = id;
    Q_EMIT dataChanged(index(r), index(r));
    updatePending();
}

void GalleryModel::setError(const QString &key, const QString &message) {
    const int r = rowOfKey(key);
    if (r < 0 || m_staged.rows[r].error == message)
        return;
    m_staged.rows[r].error = message;
    Q_EMIT dataChanged(index(r), index(r), {ErrorRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void GalleryModel::setDeleteError(const QString &id, const QString &message) {
    if (message == m_staged.deleteErrors.value(id))
        return;
    if (message.isEmpty())
        m_staged.deleteErrors.remove(id);
    else
        m_staged.deleteErrors.insert(id, message);
    Q_EMIT deletionsChanged();
}

void GalleryModel::updateStaged(const StagedGallery &staged) {
    if (staged.rows.size() != m_staged.rows.size()) {
        resetStaged(staged);
        return;
    }
    const QStringList deletedBefore = m_staged.deletedIds;
    const QHash<QString, QString> errorsBefore = m_staged.deleteErrors;
    takeStaged(staged);
    if (!m_staged.rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_staged.rows.size()) - 1));
    updatePending();
    notifyDeletions(deletedBefore, errorsBefore);
}

void GalleryModel::resetStaged(const StagedGallery &staged) {
    const QStringList deletedBefore = m_staged.deletedIds;
    const QHash<QString, QString> errorsBefore = m_staged.deleteErrors;
    beginResetModel();
    takeStaged(staged);
    endResetModel();
    updatePending();
    notifyDeletions(deletedBefore, errorsBefore);
}

void GalleryModel::takeStaged(const StagedGallery &staged) {
    m_staged = staged;
    m_baselineIndex.clear();
    m_baselineIndex.reserve(m_staged.baseline.size());
    for (int i = 0; i < m_staged.baseline.size(); ++i)
        m_baselineIndex.insert(m_staged.baseline[i].id, i);
    m_moveHints.clear();
    recomputeMoved();
}

void GalleryModel::notifyDeletions(const QStringList &deletedBefore,
                                   const QHash<QString, QString> &errorsBefore) {
    if (m_staged.deletedIds != deletedBefore || m_staged.deleteErrors != errorsBefore)
        Q_EMIT deletionsChanged();
}

void GalleryModel::addMoveHints(const QStringList &keys, int delta) {
    for (const QString &key : keys) {
        const int n = m_moveHints.value(key) + delta;
        if (n > 0)
            m_moveHints.insert(key, n);
        else
            m_moveHints.remove(key);
    }
    recomputeMoved();
    if (!m_staged.rows.isEmpty())
        emitDerivedChanged(0, int(m_staged.rows.size()) - 1);
    updatePending();
}

void GalleryModel::recomputeMoved() {
    const QSet<QString> hinted(m_moveHints.keyBegin(), m_moveHints.keyEnd());
    m_moved = m_staged.movedKeys(hinted);
}

void GalleryModel::emitDerivedChanged(int first, int last) {
    if (first > last)
        return;
    Q_EMIT dataChanged(index(first), index(last),
                       {DisplayIndexRole, IsEditedRole, EditedFieldsRole, Qt::ToolTipRole,
                        Qt::AccessibleTextRole});
}

void GalleryModel::updatePending() {
    int n = int(m_staged.deletedIds.size());
    for (int r = 0; r < m_staged.rows.size(); ++r)
        if (isEdited(r))
            ++n;
    if (n != m_pending) {
        m_pending = n;
        Q_EMIT pendingCountChanged(n);
    }
}

int GalleryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_staged.rows.size());
}

QString GalleryModel::accessibleText(int row) const {
    const StagedImage &s = m_staged.rows[row];
    const QString alt = s.image.alt.simplified();
    QString text =
        alt.isEmpty()
            ? tr("Image %1 of %2, no alt text").arg(row + 1).arg(m_staged.rows.size())
            : tr("Image %1 of %2, alt: %3").arg(row + 1).arg(m_staged.rows.size()).arg(alt);
    if (s.isNew)
        text += tr(", new, not yet published");
    else if (isEdited(row))
        text += tr(", edited");
    if (!s.error.isEmpty())
        text += tr(", publishing failed: %1").arg(s.error);
    return text;
}

QString GalleryModel::toolTip(int row) const {
    const StagedImage &s = m_staged.rows[row];
    QStringList lines;
    lines << tr("Image %1 of %2").arg(row + 1).arg(m_staged.rows.size());
    lines << (s.image.alt.isEmpty() ? tr("No alt text") : tr("Alt: %1").arg(s.image.alt));
    lines << s.image.src;
    if (s.image.width > 0 && s.image.height > 0)
        lines << tr("%1 × %2 pixels").arg(s.image.width).arg(s.image.height);
    if (!s.image.variantIds.isEmpty())
        lines << tr("Variants: %1").arg(s.image.variantIds.join(QStringLiteral(", ")));
    if (s.isNew) {
        lines << tr("New, not yet published");
    } else {
        QStringList labels;
        const ImageFields edited = editedFields(row);
        for (const ImageField field : kImageFields)
            if (edited.testFlag(field))
                labels << fieldLabel(field);
        if (!labels.isEmpty())
            lines << tr("Edited: %1").arg(labels.join(QStringLiteral(", ")));
    }
    if (!s.error.isEmpty())
        lines << tr("Publishing failed: %1").arg(s.error);
    return lines.join(QLatin1Char('\n'));
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const StagedImage &s = m_staged.rows[row];
    switch (role) {
    case Qt::DisplayRole:
        return s.image.alt.isEmpty() ? fileNameOf(s.image.src) : s.image.alt;
    case Qt::EditRole:
    case AltTextRole:
        return s.image.alt;
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case Qt::AccessibleDescriptionRole:
        return s.image.src;
    case KeyRole:
        return s.key;
    case ImageIdRole:
        return s.isNew ? QString() : s.image.id;
    case SourceUrlRole:
        return s.image.src;
    case DisplayIndexRole:
        return row + 1;
    case StoreOrderRole:
        return s.isNew ? QVariant() : QVariant(s.image.position);
    case SizeRole:
        return s.image.width > 0 && s.image.height > 0 ? QSize(s.image.width, s.image.height)
                                                       : QSize();
    case VariantIdsRole:
        return s.image.variantIds;
    case IsNewRole:
        return s.isNew;
    case IsEditedRole:
        return isEdited(row);
    case EditedFieldsRole:
        return imageFieldNames(editedFields(row));
    case ErrorRole:
        return s.error;
    default:
        return {};
    }
}

bool GalleryModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::EditRole && role != AltTextRole)
        return false;
    const QString text = value.toString();
    if (m_editor) {
        QString whyNot;
        return m_editor->requestSetAltText({index.row()}, text, &whyNot);
    }
    if (!validateAltText(text, 0))
        return false;
    ProductImage image = m_staged.rows[index.row()].image;
    image.alt = normalizedAltText(text);
    setImage(m_staged.rows[index.row()].key, image);
    return true;
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between items, never on one
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsEditable |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> GalleryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(ImageIdRole, "imageId");
    names.insert(SourceUrlRole, "sourceUrl");
    names.insert(AltTextRole, "altText");
    names.insert(DisplayIndexRole, "displayIndex");
    names.insert(StoreOrderRole, "storeOrder");
    names.insert(SizeRole, "size");
    names.insert(VariantIdsRole, "variantIds");
    names.insert(IsNewRole, "isNew");
    names.insert(IsEditedRole, "isEdited");
    names.insert(EditedFieldsRole, "editedFields");
    names.insert(ErrorRole, "error");
    return names;
}

Qt::DropActions GalleryModel::supportedDropActions() const {
    return Qt::MoveAction;
}

Qt::DropActions GalleryModel::supportedDragActions() const {
    return Qt::MoveAction;
}

QStringList GalleryModel::mimeTypes() const {
    return {keysMimeType()};
}

QMimeData *GalleryModel::mimeData(const QModelIndexList &indexes) const {
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QStringList keys;
    QList<QUrl> urls;
    for (const int r : rows) {
        keys << m_staged.rows[r].key;
        urls << QUrl(m_staged.rows[r].image.src);
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << quint64(reinterpret_cast<quintptr>(this)) << keys;
    auto *mime = new QMimeData;
    mime->setData(keysMimeType(), encoded);
    mime->setUrls(urls); // dragging images out to another application gives their addresses
    return mime;
}

QList<int> GalleryModel::rowsFromMime(const QMimeData *data) const {
    if (!data || !data->hasFormat(keysMimeType()))
        return {};
    QDataStream stream(data->data(keysMimeType()));
    quint64 origin = 0;
    QStringList keys;
    stream >> origin >> keys;
    if (stream.status() != QDataStream::Ok || origin != quint64(reinterpret_cast<quintptr>(this)))
        return {}; // another model's (or another window's) images cannot be moved here
    QList<int> rows;
    for (const QString &key : keys)
        if (const int r = rowOfKey(key); r >= 0 && !rows.contains(r))
            rows.append(r);
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool GalleryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) const {
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && !rowsFromMime(data).isEmpty();
}

bool GalleryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on an item: the images go before it. Dropped on empty space: to the end.
    const int destination = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    const QList<int> rows = rowsFromMime(data);
    if (m_editor)
        m_editor->requestViewMove(rows, destination);
    else
        moveRowsDirectly(rows, destination);
    // Never true: the view would then remove the source rows, which have already moved (qt-notes
    // §4: returning true here loses an image).
    return false;
}

bool GalleryModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                            const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Moving rows to where they already are (before themselves or right after) changes nothing;
    // Qt's contract is to refuse it.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    QList<int> rows;
    for (int r = sourceRow; r < sourceRow + count; ++r)
        rows.append(r);
    if (m_editor)
        return m_editor->requestViewMove(rows, destinationChild);
    return moveRowsDirectly(rows, destinationChild);
}

bool GalleryModel::moveRowsDirectly(const QList<int> &rows, int destinationRow) {
    const QStringList before = order();
    const QStringList after = MoveImagesCommand::orderAfterMove(before, rows, destinationRow);
    if (after == before)
        return false;
    applyOrder(after);
    return true;
}

} // namespace vitrine
