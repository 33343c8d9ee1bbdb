#pragma once

#include "core/alttemplatepreview.h"
#include "models/checkedrows.h"

#include <QAbstractTableModel>
#include <QList>

namespace vitrine {

// A template's preview as a table: one row per image it would change — product, place, old
// text, new text, its length against the store's limit, what looks wrong — with a check box per
// row saying whether to stage it. Rows over the store's limit cannot be checked; the others start
// checked. Large previews (a catalog) are cheap: the rows are the preview's own list.
class AltTemplatePreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StageColumn, // check box
        ProductColumn,
        PlaceColumn,
        BeforeColumn,
        AfterColumn,
        LengthColumn, // "34 / 512"
        FlagsColumn,  // "over the limit; same as image 2"
        ColumnCount
    };
    enum Role {
        FlagsRole = Qt::UserRole + 1, // int: AltTemplateChange::Flags
        KeyRole,                      // QString: the image's key
        ProductIdRole,
    };

    explicit AltTemplatePreviewModel(QObject *parent = nullptr);

    void setPreview(const AltTemplatePreview &preview);
    const AltTemplatePreview &preview() const { return m_preview; }
    // The changes whose box is checked, in the preview's order.
    QList<AltTemplateChange> checkedChanges() const;
    int checkedCount() const { return m_checked.count(); }
    // Checks or unchecks every row that can be staged.
    void setAllChecked(bool checked);

    // "over the store's limit (520 / 512); the same as image 2; looks like a placeholder"
    static QString describeFlags(const AltTemplateChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    AltTemplatePreview m_preview;
    CheckedRows m_checked;
};

} // namespace vitrine
