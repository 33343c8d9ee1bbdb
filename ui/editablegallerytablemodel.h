#pragma once

#include "models/gallerytablemodel.h"

namespace vitrine {

// GalleryTableModel as the views use it. QIdentityProxyModel's buddy() maps the cell through the
// one-column GalleryModel and back, which lands on the thumbnail column; QAbstractItemView::edit()
// edits the buddy, so no alt text cell could be edited. Every cell is its own buddy here.
// (Reported to models/: once GalleryTableModel overrides buddy() itself, this class can go.)
class EditableGalleryTableModel : public GalleryTableModel {
    Q_OBJECT
public:
    using GalleryTableModel::GalleryTableModel;
    QModelIndex buddy(const QModelIndex &index) const override { return index; }
};

} // namespace vitrine
