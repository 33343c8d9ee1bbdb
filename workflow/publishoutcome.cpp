#include "workflow/publishoutcome.h"

namespace vitrine {

QString PublishOutcome::statusName(Status status) {
    switch (status) {
    case Status::Published:
        return QStringLiteral("published");
    case Status::PartlyPublished:
        return QStringLiteral("partly-published");
    case Status::NothingToPublish:
        return QStringLiteral("nothing-to-publish");
    case Status::NeedsChoice:
        return QStringLiteral("needs-choice");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Offline:
        return QStringLiteral("offline");
    case Status::Unauthorized:
        return QStringLiteral("unauthorized");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

} // namespace vitrine
