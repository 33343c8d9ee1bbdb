#include "workflow/galleryindex.h"

namespace vitrine::galleryindex {

QStringList ids(const Gallery &gallery) {
    QStringList out;
    out.reserve(gallery.size());
    for (const ProductImage &image : gallery)
        out << image.id;
    return out;
}

int indexOf(const Gallery &gallery, const QString &id) {
    for (int i = 0; i < gallery.size(); ++i)
        if (gallery[i].id == id)
            return i;
    return -1;
}

QStringList idsWrittenBy(const WriteOp &op) {
    if (op.kind == WriteOp::Kind::UpdateAltTexts) {
        QStringList out;
        for (const AltTextEdit &edit : op.altTexts)
            out << edit.imageId;
        return out;
    }
    return op.imageId.isEmpty() ? QStringList() : QStringList{op.imageId};
}

} // namespace vitrine::galleryindex
