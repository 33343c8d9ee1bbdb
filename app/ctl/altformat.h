#pragma once

#include "core/altimportcomparison.h"
#include "core/alttemplatepreview.h"

#include <QJsonObject>
#include <QString>

namespace vitrine {

// How vitrinectl shows the alt text tools' results: text for people, JSON for scripts (shapes
// documented in docs/vitrinectl.md; fields are only ever added).
class AltFormat {
public:
    static QString templateText(const AltTemplatePreview &preview);
    // staged: how many were staged (-1: a preview, nothing staged).
    static QJsonObject templateJson(const QString &templateText, AltWriteMode mode,
                                    const AltTemplatePreview &preview, int staged);
    // "over-limit", "duplicate-in-gallery", "placeholder-like"
    static QStringList flagNames(AltTemplateChange::Flags flags);

    static QString importText(const AltImportComparison::Result &result);
    static QJsonObject importJson(const QString &file, const AltImportComparison::Result &result,
                                  int staged);
};

} // namespace vitrine
