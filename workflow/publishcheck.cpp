#include "workflow/publishcheck.h"

#include "core/conflictdetector.h"
#include "models/editsession.h"
#include "workflow/lostcreates.h"

namespace vitrine {

PublishCheck::Result PublishCheck::compare(const EditSession &session, const Gallery &fresh,
                                           const QList<Journal::UncertainOp> &uncertain,
                                           QSet<QString> ignore) {
    Result out;
    out.state = session.state();
    ConflictDetector::Options options;
    options.useTimestamps = session.capabilities().hasTimestamps;
    options.ignore = std::move(ignore);
    // The gallery as loaded existed before any create of this session was sent.
    QSet<QString> taken;
    for (const ProductImage &image : out.state.staged.baseline)
        taken.insert(image.id);
    for (const Journal::UncertainOp &op : uncertain) {
        switch (op.kind) {
        case WriteOp::Kind::Create:
            if (const auto found = LostCreates::adopt(out.state, fresh, op, taken)) {
                taken.insert(found->id);
                options.ignore.insert(found->id);
                ++out.adoptedCreates;
            }
            break;
        case WriteOp::Kind::Update:
        case WriteOp::Kind::Delete:
        case WriteOp::Kind::UpdateAltTexts: // recorded per image, as Update
            options.ignore.insert(op.imageId);
            break;
        case WriteOp::Kind::DeleteAll:
            for (const ProductImage &image : out.state.staged.baseline)
                options.ignore.insert(image.id);
            break;
        }
    }
    out.conflicts = ConflictDetector::detect(out.state, fresh, options);
    return out;
}

void PublishCheck::applyChoices(QList<Conflict> &conflicts, const QList<Conflict> &resolved) {
    for (Conflict &c : conflicts) {
        if (!c.needsChoice())
            continue;
        for (const Conflict &r : resolved) {
            if (!r.needsChoice() && r.sameAs(c)) {
                c.resolution = r.resolution;
                break;
            }
        }
    }
}

} // namespace vitrine
