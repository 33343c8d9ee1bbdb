#include "core/publishplan.h"

#include <QCoreApplication>
#include <QUrl>

namespace vitrine {

namespace {
// A new image has no store id yet: it is named by its URL's file name (else its local key).
QString newImageName(const NewImage &image, const QString &localKey) {
    const QString file = QUrl(image.src).fileName();
    return file.isEmpty() ? localKey : file;
}
} // namespace

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
        const QString who = imageId.isEmpty()
                                ? QStringLiteral("new image ") + newImageName(image, localKey)
                                : imageId;
        return QStringLiteral("update %1 (%2)").arg(who, parts.join(QStringLiteral(", ")));
    }
    case Kind::UpdateAltTexts: {
        QStringList ids;
        for (const AltTextEdit &e : altTexts)
            ids << e.imageId;
        return QStringLiteral("update alt text of %1 %2 (%3)")
            .arg(altTexts.size())
            .arg(altTexts.size() == 1 ? QStringLiteral("image") : QStringLiteral("images"),
                 ids.join(QStringLiteral(", ")));
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
            s.reorders += op.patch.position && !op.keepsPlace ? 1 : 0;
            s.altEdits += op.patch.alt ? 1 : 0;
            s.sourceEdits += op.patch.src ? 1 : 0;
            s.variantEdits += op.patch.variantIds ? 1 : 0;
            break;
        case WriteOp::Kind::UpdateAltTexts:
            s.altEdits += int(op.altTexts.size());
            break;
        }
    }
    s.requests = requestCount();
    return s;
}

int PublishPlan::requestCount() const {
    int n = 0;
    for (const WriteOp &op : ops)
        n += op.requests;
    return n;
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
