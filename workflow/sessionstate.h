#pragma once

#include "core/productimage.h"
#include "core/storecapabilities.h"
#include "models/gallerymodel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace vitrine {

class EditSession;

// Everything staged for one product, as a plain value: what the journal keeps and what a conflict
// merge rewrites. Small (the gallery twice), so it is saved whole after every change rather than
// as a log of commands to replay.
struct SessionState {
    QString productId;
    Gallery baseline;        // the store's gallery the edits are relative to
    QList<StagedImage> rows; // the wanted gallery, display order
    QStringList deletedIds;  // baseline images staged for deletion
    QHash<QString, QString> deleteErrors;
    std::optional<OrderingSemantics> observedOrdering; // what a verify saw, if it differs

    // Images with staged differences plus staged deletions, counted like GalleryModel does.
    int pendingCount() const;

    static SessionState capture(const EditSession &session);
    // Replaces the session's staged state (EditSession::restore); the capabilities stay.
    void restoreInto(EditSession &session) const;

    QJsonObject toJson() const;
    // nullopt, with *error set, when json is not a session state this version understands.
    static std::optional<SessionState> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const SessionState &, const SessionState &) = default;
};

} // namespace vitrine
