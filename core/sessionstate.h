#pragma once

#include "core/stagedgallery.h"
#include "core/storecapabilities.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vitrine {

// Everything staged for one product, as a plain value: what the journal keeps and what a conflict
// merge rewrites (EditSession::state() takes it, EditSession::restore() puts it back). Small (the
// gallery twice), so it is saved whole after every change rather than as a log of commands to
// replay.
struct SessionState {
    QString productId;
    StagedGallery staged;
    std::optional<OrderingSemantics> observedOrdering; // what a verify saw, if it differs

    // Images with staged differences plus staged deletions, counted like GalleryModel does.
    int pendingCount() const { return staged.pendingCount(); }

    QJsonObject toJson() const;
    // nullopt, with *error set, when json is not a session state this version understands.
    static std::optional<SessionState> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const SessionState &, const SessionState &) = default;
};

} // namespace vitrine
