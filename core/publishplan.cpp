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
    auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    add(s.reorders,
        QCoreApplication::translate("PublishPlan", "%n reorder(s)", nullptr, s.reorders));
    add(s.altEdits,
        QCoreApplication::translate("PublishPlan", "%n alt text edit(s)", nullptr, s.altEdits));
    add(s.sourceEdits,
        QCoreApplication::translate("PublishPlan", "%n URL change(s)", nullptr, s.sourceEdits));
    add(s.variantEdits, QCoreApplication::translate("PublishPlan", "%n variant change(s)", nullptr,
                                                    s.variantEdits));
    add(s.deletes, QCoreApplication::translate("PublishPlan", "%n delete(s)", nullptr, s.deletes));
    add(s.adds, QCoreApplication::translate("PublishPlan", "%n add(s)", nullptr, s.adds));
    if (parts.isEmpty())
        return QCoreApplication::translate("PublishPlan", "Nothing to publish");
    return parts.join(QStringLiteral(", ")) + QStringLiteral(" → ") +
           QCoreApplication::translate("PublishPlan", "%n request(s)", nullptr, s.requests);
}

} // namespace vitrine
