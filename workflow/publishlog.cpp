#include "workflow/publishlog.h"

namespace vitrine {

bool PublishLog::addUncertainWrite(const QString &productId, const WriteOp &op,
                                   const QStringList &knownIds, const QString &createdId) {
    if (op.kind == WriteOp::Kind::UpdateAltTexts) {
        bool ok = true;
        for (const AltTextEdit &edit : op.altTexts) {
            Journal::UncertainOp u;
            u.kind = WriteOp::Kind::Update;
            u.imageId = edit.imageId;
            u.alt = edit.alt;
            ok = addUncertain(productId, u) && ok;
        }
        return ok;
    }
    // What a create that may have been carried out is recognised by.
    Journal::UncertainOp u;
    u.kind = op.kind;
    u.imageId = op.kind == WriteOp::Kind::Create ? createdId : op.imageId;
    u.localKey = op.localKey;
    u.src = op.image.src;
    u.alt = op.image.alt;
    if (op.kind == WriteOp::Kind::Create)
        u.knownIds = knownIds;
    return addUncertain(productId, u);
}

} // namespace vitrine
