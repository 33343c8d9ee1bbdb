#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine::galleryindex {

// Lookups by store id that the publish steps share (a staged row by its key is core's rowOfKey()).
QStringList ids(const Gallery &gallery);
int indexOf(const Gallery &gallery, const QString &id); // -1: absent
// The store ids an op writes to (none for a create, whose id comes with its answer).
QStringList idsWrittenBy(const WriteOp &op);

} // namespace vitrine::galleryindex
