#pragma once

#include <QString>
#include <QStringList>

namespace vitrine {

// The candidate a mistyped name most likely meant ("scr" -> "src", "feilds" -> "fields",
// "alttext" -> "altText", "{productID}" -> "{productId}"), or an empty string when none is close:
// the same name in other case, else the fewest single-character edits (a swap of two neighbours
// counts as one), at most a third of the name's length and never more than 3.
QString suggestName(const QString &typed, const QStringList &candidates);

} // namespace vitrine
