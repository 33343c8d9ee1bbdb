#include "app/ctl/ctledits.h"

#include "models/editsession.h"
#include "models/gallerymodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

CtlEdits::Outcome refused(QString message) {
    return {false, std::move(message), {}};
}

CtlEdits::Outcome staged(QString message, QString key = {}) {
    return {true, std::move(message), std::move(key)};
}

// The rows of ids, or a sentence naming those the product does not have.
QString rowsOf(const EditSession &session, const QStringList &ids, QList<int> &rows) {
    QStringList missing;
    for (const QString &id : ids) {
        const QList<int> r = session.rowsOfKeys({id});
        if (r.isEmpty())
            missing << id;
        else
            rows << r.constFirst();
    }
    if (missing.isEmpty())
        return {};
    return missing.size() == 1 ? Text::tr("Product %1 has no image %2.")
                                     .arg(session.productId(), missing.constFirst())
                               : Text::tr("Product %1 has no images %2.")
                                     .arg(session.productId(), missing.join(QStringLiteral(", ")));
}

CtlEdits::Outcome add(EditSession &session, const CtlInvocation &inv) {
    const int count = session.model()->rowCount();
    const int row = inv.position ? std::min(*inv.position - 1, count) : -1;
    QString why;
    const QString key = session.addImage(inv.url, inv.altText, row, &why);
    if (key.isEmpty())
        return refused(why);
    const int place = row < 0 ? count + 1 : row + 1;
    return staged(Text::tr("Add %1 at place %2.").arg(inv.url.trimmed()).arg(place), key);
}

CtlEdits::Outcome setAlt(EditSession &session, const CtlInvocation &inv) {
    QList<int> rows;
    if (const QString e = rowsOf(session, {inv.imageId}, rows); !e.isEmpty())
        return refused(e);
    QString why;
    if (!session.setAltText(rows, inv.altText, &why))
        return refused(why);
    return staged(Text::tr("Set the alt text of image %1.").arg(inv.imageId));
}

CtlEdits::Outcome reorder(EditSession &session, const CtlInvocation &inv) {
    QList<int> rows;
    if (const QString e = rowsOf(session, inv.imageIds, rows); !e.isEmpty())
        return refused(e);
    // Place the named images one by one at the front: each lands at index i, right after the
    // ones placed before it; the others slide back in their relative order.
    for (int i = 0; i < inv.imageIds.size(); ++i) {
        const int row = session.rowsOfKeys({inv.imageIds.at(i)}).constFirst();
        if (row == i)
            continue;
        QString why;
        if (!session.moveRows({row}, i, &why))
            return refused(why);
    }
    return staged(Text::tr("Reorder: %1 first.").arg(inv.imageIds.join(QStringLiteral(", "))));
}

CtlEdits::Outcome remove(EditSession &session, const CtlInvocation &inv) {
    QList<int> rows;
    if (inv.all) {
        for (int r = 0; r < session.model()->rowCount(); ++r)
            rows << r;
        if (rows.isEmpty())
            return staged(Text::tr("Product %1 has no images.").arg(session.productId()));
    } else if (const QString e = rowsOf(session, inv.imageIds, rows); !e.isEmpty()) {
        return refused(e);
    }
    QString why;
    if (!session.deleteRows(rows, &why))
        return refused(why);
    return staged(rows.size() == 1 ? Text::tr("Delete 1 image.")
                                   : Text::tr("Delete %1 images.").arg(rows.size()));
}

} // namespace

CtlEdits::Outcome CtlEdits::apply(EditSession &session, const CtlInvocation &invocation) {
    switch (invocation.command) {
    case CtlCommand::Add:
        return add(session, invocation);
    case CtlCommand::SetAlt:
        return setAlt(session, invocation);
    case CtlCommand::Reorder:
        return reorder(session, invocation);
    case CtlCommand::Delete:
        return remove(session, invocation);
    default:
        break;
    }
    return refused(Text::tr("This command does not edit a gallery."));
}

} // namespace vitrine
