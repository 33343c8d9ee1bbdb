#pragma once

#include <QString>

namespace vitrine {

// Where the worklist's inline alt text edits go (the catalog's editor): it stages them in the
// journal per product and answers whether it accepted. Models stay free of the journal.
class WorklistEditor {
public:
    virtual ~WorklistEditor() = default;
    virtual bool requestAltText(const QString &productId, const QString &imageKey,
                                const QString &text, QString *whyNot) = 0;
};

} // namespace vitrine
