#include "core/conflict.h"

#include <QCoreApplication>

namespace vitrine {

namespace {
// This file's texts, translated in the "Conflict" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Conflict)
};

QString quoted(const QString &s) {
    return s.isEmpty() ? Text::tr("(none)") : QStringLiteral("\u201C%1\u201D").arg(s);
}
} // namespace

QString Conflict::describe() const {
    const QString image = Text::tr("Image %1").arg(imageId);
    switch (kind) {
    case Kind::DeletedElsewhere:
        return mineChanged ? Text::tr("%1 was deleted on the store; you edited it.").arg(image)
                           : Text::tr("%1 was deleted on the store.").arg(image);
    case Kind::AddedElsewhere:
        return mineChanged
                   ? Text::tr("%1 (%2) was added on the store; you are deleting every image.")
                         .arg(image, theirs.src)
                   : Text::tr("%1 (%2) was added on the store.").arg(image, theirs.src);
    case Kind::AltChangedElsewhere:
        if (mineDeleted)
            return Text::tr("The alt text of image %1 was changed on the store to %2; you are "
                            "deleting it.")
                .arg(imageId, quoted(theirs.alt));
        return mineChanged
                   ? Text::tr("The alt text of image %1 was changed on the store to %2; yours "
                              "is %3.")
                         .arg(imageId, quoted(theirs.alt), quoted(mine.alt))
                   : Text::tr("The alt text of image %1 was changed on the store to %2.")
                         .arg(imageId, quoted(theirs.alt));
    case Kind::SourceChangedElsewhere:
        if (mineDeleted)
            return Text::tr("The address of image %1 was changed on the store to %2; you are "
                            "deleting it.")
                .arg(imageId, theirs.src);
        return mineChanged
                   ? Text::tr("The address of image %1 was changed on the store to %2; yours "
                              "is %3.")
                         .arg(imageId, theirs.src, mine.src)
                   : Text::tr("The address of image %1 was changed on the store to %2.")
                         .arg(imageId, theirs.src);
    case Kind::VariantsChangedElsewhere:
        if (mineDeleted)
            return Text::tr(
                       "The variants of image %1 were changed on the store; you are deleting it.")
                .arg(imageId);
        return mineChanged
                   ? Text::tr(
                         "The variants of image %1 were changed on the store (%2); yours are %3.")
                         .arg(imageId, theirs.variantIds.join(QStringLiteral(", ")),
                              mine.variantIds.join(QStringLiteral(", ")))
                   : Text::tr("The variants of image %1 were changed on the store (%2).")
                         .arg(imageId, theirs.variantIds.join(QStringLiteral(", ")));
    case Kind::PositionChangedElsewhere:
        return mineChanged
                   ? Text::tr("Image %1 was moved to place %2 on the store; you moved it to "
                              "place %3.")
                         .arg(imageId)
                         .arg(theirsPlace)
                         .arg(minePlace)
                   : Text::tr("Image %1 was moved to place %2 on the store.")
                         .arg(imageId)
                         .arg(theirsPlace);
    }
    return {};
}

QString Conflict::kindName(Kind kind) {
    switch (kind) {
    case Kind::DeletedElsewhere:
        return QStringLiteral("deleted-elsewhere");
    case Kind::AddedElsewhere:
        return QStringLiteral("added-elsewhere");
    case Kind::AltChangedElsewhere:
        return QStringLiteral("alt-changed-elsewhere");
    case Kind::SourceChangedElsewhere:
        return QStringLiteral("source-changed-elsewhere");
    case Kind::VariantsChangedElsewhere:
        return QStringLiteral("variants-changed-elsewhere");
    case Kind::PositionChangedElsewhere:
        return QStringLiteral("position-changed-elsewhere");
    }
    return {};
}

QString Conflict::resolutionName(Resolution resolution) {
    switch (resolution) {
    case Resolution::Unresolved:
        return QStringLiteral("unresolved");
    case Resolution::KeepMine:
        return QStringLiteral("keep-mine");
    case Resolution::TakeTheirs:
        return QStringLiteral("take-theirs");
    }
    return {};
}

bool Conflict::parseResolution(const QString &name, Resolution *out) {
    for (const Resolution r :
         {Resolution::Unresolved, Resolution::KeepMine, Resolution::TakeTheirs}) {
        if (resolutionName(r) == name) {
            *out = r;
            return true;
        }
    }
    return false;
}

bool Conflict::sameAs(const Conflict &other) const {
    if (imageId != other.imageId || kind != other.kind)
        return false;
    switch (kind) {
    case Kind::DeletedElsewhere:
        return true;
    case Kind::AddedElsewhere:
        return theirs.src == other.theirs.src && theirs.alt == other.theirs.alt;
    case Kind::AltChangedElsewhere:
        return theirs.alt == other.theirs.alt;
    case Kind::SourceChangedElsewhere:
        return theirs.src == other.theirs.src;
    case Kind::VariantsChangedElsewhere:
        return theirs.variantIds == other.theirs.variantIds;
    case Kind::PositionChangedElsewhere:
        return theirsPlace == other.theirsPlace;
    }
    return false;
}

void resolveAll(QList<Conflict> &conflicts, Conflict::Resolution resolution) {
    for (Conflict &c : conflicts)
        if (c.needsChoice())
            c.resolution = resolution;
}

QList<Conflict> unresolved(const QList<Conflict> &conflicts) {
    QList<Conflict> out;
    for (const Conflict &c : conflicts)
        if (c.needsChoice())
            out.append(c);
    return out;
}

} // namespace vitrine
