#pragma once

#include "core/productimage.h"
#include "core/sessionstate.h"
#include "workflow/journal.h"

#include <QSet>
#include <QString>

#include <optional>

namespace vitrine {

// Recognises a create whose answer was lost (a timeout, a dropped connection, a 5xx or an
// unreadable answer, a crash while it was in flight) on a fresh read of the gallery, so the
// image is adopted and never created twice. See docs/journal.md.
class LostCreates {
public:
    // The image of fresh an uncertain create made: its id when the store's answer was known,
    // otherwise an image that did not exist before with the same address (and alt text, if one
    // with both exists). known: ids that existed before or are accounted for otherwise.
    static std::optional<ProductImage> find(const Gallery &fresh, const Journal::UncertainOp &op,
                                            const QSet<QString> &known);

    // Turns the staged new image of op into the image the store in fact created (found in
    // fresh): the baseline gets the store's image, the row its id. Returns the adopted image;
    // nullopt when op is not a create, its image is not staged as new any more, or the store
    // does not have it. known: as for find() (op's own knownIds are added).
    static std::optional<ProductImage> adopt(SessionState &state, const Gallery &fresh,
                                             const Journal::UncertainOp &op, QSet<QString> known);

    // The same picture address, whatever scheme a store reports it with (Shoplazza stores
    // protocol-relative sources) and however it spells the host.
    static QString sourceKey(const QString &src);
};

} // namespace vitrine
