#pragma once

#include "core/conflict.h"
#include "core/productimage.h"
#include "net/storeprofile.h"
#include "workflow/publishoutcome.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitrine {

// How vitrinectl shows results: aligned text for people, JSON for scripts. The JSON shapes are a
// documented interface (docs/vitrinectl.md): field names never change, ids are always strings,
// unknown values are null, and new fields may only be added.
class CtlFormat {
public:
    // Columns padded to their widest cell; the last column is not padded.
    static QString table(const QStringList &header, const QList<QStringList> &rows);

    static QString productsText(const QList<ProductSummary> &products);
    static QJsonObject productsJson(const QList<ProductSummary> &products);

    static QString galleryText(const Gallery &gallery);
    static QJsonObject galleryJson(const QString &productId, const Gallery &gallery);
    static QJsonObject imageJson(const ProductImage &image, int index);

    static QString profilesText(const QList<StoreProfile> &profiles, const QString &current);
    static QJsonObject profilesJson(const QList<StoreProfile> &profiles, const QString &current);

    // publish --json: what one product's publish did.
    static QJsonObject publishJson(const QString &productId, const PublishOutcome &outcome);
    // A product whose publish could not start (its gallery could not be read).
    static QJsonObject publishFailureJson(const QString &productId, const StoreError &error,
                                          const QString &message);
    static QJsonObject conflictJson(const Conflict &conflict);

    // Indented JSON with a final newline.
    static QString json(const QJsonObject &object);
    // One line of text for an alt text or URL cell: control characters shown as spaces.
    static QString cell(const QString &text);
};

} // namespace vitrine
