#pragma once

#include "core/catalogaudit.h"

#include <QAbstractTableModel>

namespace vitrine {

class WorklistEditor;

// The worklist: every image of the catalog with a chosen problem (or every image), one row per
// image — thumbnail, product, place, alt text (editable in place: the edit goes to the
// WorklistEditor, which stages it in the journal), problems. Rows of a product stay together in
// the catalog's order; when a product is audited again (an edit, an undo) its rows are replaced,
// so a fixed image leaves the list at once. The thumbnail and alt text columns answer the
// gallery's roles (GalleryModel::SourceUrlRole, AltTextRole, IsNewRole, KeyRole), so the
// gallery's delegates paint and edit them.
class WorklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Thumbnail, Product, Place, AltText, Problem, ColumnCount };
    enum Role {
        ProductIdRole = Qt::UserRole + 100, // QString
        ProblemNamesRole,                   // QStringList: "missing-alt", ...
    };

    explicit WorklistModel(QObject *parent = nullptr);

    void setEditor(WorklistEditor *editor); // not owned; null: edits change only the model
    void setEntries(const QList<WorklistEntry> &entries);
    // The product's rows become entries (all of that product, catalog order kept).
    void replaceProduct(const QString &productId, int productOrder,
                        const QList<WorklistEntry> &entries);
    const WorklistEntry *entry(int row) const;
    // The first row of an image, or -1.
    int rowOf(const QString &productId, const QString &imageKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An inline edit was refused; reason says why, for the status line.
    void editRefused(const QString &reason);

private:
    // The rows [first, last) holding productId; first == last where it would go.
    std::pair<int, int> rangeOf(const QString &productId, int productOrder) const;

    QList<WorklistEntry> m_entries;
    WorklistEditor *m_editor = nullptr;
};

} // namespace vitrine
