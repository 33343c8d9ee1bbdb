#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "models/gallerymodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine::galleryindex {

// Lookups by store id or staged key that the publish steps share.
QStringList ids(const Gallery &gallery);
int indexOf(const Gallery &gallery, const QString &id);        // -1: absent
int rowOf(const QList<StagedImage> &rows, const QString &key); // -1: absent
// The store ids an op writes to (none for a create, whose id comes with its answer).
QStringList idsWrittenBy(const WriteOp &op);

} // namespace vitrine::galleryindex
