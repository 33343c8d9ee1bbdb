#include "core/publishplan.h"

#include <QCoreApplication>

namespace vitrine {

QString WriteOp::describe() const {
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create %1").arg(image.src);
    case Kind::Delete:
        return QStringLiteral("delete %1").arg(imageId);
    case Kind::DeleteAll:
        return QStringLiteral("delete all images of %1").arg(productId);
    case Kind::Update: {
        QStringList parts;
        if (patch.position)
            parts << QStringLiteral("position=%1").arg(*patch.position);
        if (patch.alt)
            parts << QStringLiteral("alt");
        if (patch.src)
            parts << QStringLiteral("src");
        if (patch.variantIds)
            parts << QStringLiteral("variants");
        return QStringLiteral("update %1 (%2)").arg(imageId, parts.join(QStringLiteral(", ")));
    }
    }
    return {};
}

PublishPlan::Summary PublishPlan::summary(int imagesRemovedByDeleteAll) const {
    Summary s;
    for (const WriteOp &op : ops) {
        switch (op.kind) {
        case WriteOp::Kind::Create:
            ++s.adds;
            break;
        case WriteOp::Kind::Delete:
            ++s.deletes;
            break;
        case WriteOp::Kind::DeleteAll:
            s.deletes += imagesRemovedByDeleteAll;
            break;
        case WriteOp::Kind::Update:
            s.reorders += op.patch.position ? 1 : 0;
            s.altEdits += op.patch.alt ? 1 : 0;
            s.sourceEdits += op.patch.src ? 1 : 0;
            s.variantEdits += op.patch.variantIds ? 1 : 0;
            break;
        }
    }
    s.requests = int(ops.size());
    return s;
}

QString describeSummary(const PublishPlan::Summary &s) {
    QStringList parts;
    auto add = [&parts](int n, const char *one, const char *many) {
        if (n > 0)
            parts << QCoreApplication::translate("PublishPlan", n == 1 ? one : many).arg(n);
    };
    add(s.reorders, "%1 reorder", "%1 reorders");
    add(s.altEdits, "%1 alt text edit", "%1 alt text edits");
    add(s.sourceEdits, "%1 URL change", "%1 URL changes");
    add(s.variantEdits, "%1 variant change", "%1 variant changes");
    add(s.deletes, "%1 delete", "%1 deletes");
    add(s.adds, "%1 add", "%1 adds");
    if (parts.isEmpty())
        return QCoreApplication::translate("PublishPlan", "Nothing to publish");
    return parts.join(QStringLiteral(", ")) + QStringLiteral(" → ") +
           QCoreApplication::translate("PublishPlan",
                                       s.requests == 1 ? "%1 request" : "%1 requests")
               .arg(s.requests);
}

} // namespace vitrine
