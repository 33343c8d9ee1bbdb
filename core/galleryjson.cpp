#include "core/galleryjson.h"

#include <limits>

namespace vitrine::galleryjson {

bool readString(const QJsonObject &o, const char *key, QString *out, bool required) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return !required;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool readInt(const QJsonObject &o, const char *key, int *out, bool required) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return !required;
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < double(std::numeric_limits<int>::min()) ||
        d > double(std::numeric_limits<int>::max()))
        return false;
    *out = int(d);
    return true;
}

bool readOptionalInt(const QJsonObject &o, const char *key, std::optional<int> *out) {
    if (!o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull()) {
        out->reset();
        return true;
    }
    int v = 0;
    if (!readInt(o, key, &v))
        return false;
    *out = v;
    return true;
}

QJsonArray toJson(const QStringList &list) {
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

bool fromJson(const QJsonValue &value, QStringList *out) {
    if (!value.isArray())
        return false;
    QStringList list;
    for (const QJsonValue v : value.toArray()) {
        if (!v.isString())
            return false;
        list << v.toString();
    }
    *out = list;
    return true;
}

QJsonObject toJson(const ProductImage &image) {
    QJsonObject o;
    o.insert(QLatin1String("id"), image.id);
    o.insert(QLatin1String("productId"), image.productId);
    o.insert(QLatin1String("src"), image.src);
    o.insert(QLatin1String("alt"), image.alt);
    o.insert(QLatin1String("position"), image.position);
    o.insert(QLatin1String("variantIds"), toJson(image.variantIds));
    o.insert(QLatin1String("width"), image.width);
    o.insert(QLatin1String("height"), image.height);
    if (image.updatedAt.isValid())
        o.insert(QLatin1String("updatedAt"), image.updatedAt.toString(Qt::ISODateWithMs));
    return o;
}

bool fromJson(const QJsonValue &value, ProductImage *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    ProductImage image;
    if (!readString(o, "id", &image.id) || !readString(o, "productId", &image.productId) ||
        !readString(o, "src", &image.src) || !readString(o, "alt", &image.alt) ||
        !readInt(o, "position", &image.position) || !readInt(o, "width", &image.width) ||
        !readInt(o, "height", &image.height) ||
        !fromJson(o.value(QLatin1String("variantIds")), &image.variantIds))
        return false;
    QString updated;
    if (!readString(o, "updatedAt", &updated, false))
        return false;
    if (!updated.isEmpty()) {
        image.updatedAt = QDateTime::fromString(updated, Qt::ISODateWithMs);
        if (!image.updatedAt.isValid())
            return false;
    }
    *out = image;
    return true;
}

QJsonArray toJson(const Gallery &gallery) {
    QJsonArray a;
    for (const ProductImage &image : gallery)
        a.append(toJson(image));
    return a;
}

bool fromJson(const QJsonValue &value, Gallery *out) {
    if (!value.isArray())
        return false;
    Gallery gallery;
    for (const QJsonValue v : value.toArray()) {
        ProductImage image;
        if (!fromJson(v, &image))
            return false;
        gallery.append(image);
    }
    *out = gallery;
    return true;
}

QJsonObject toJson(const StagedImage &row) {
    QJsonObject o;
    o.insert(QLatin1String("key"), row.key);
    o.insert(QLatin1String("isNew"), row.isNew);
    o.insert(QLatin1String("image"), toJson(row.image));
    if (!row.error.isEmpty())
        o.insert(QLatin1String("error"), row.error);
    return o;
}

bool fromJson(const QJsonValue &value, StagedImage *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    StagedImage row;
    const QJsonValue isNew = o.value(QLatin1String("isNew"));
    if (!readString(o, "key", &row.key) || row.key.isEmpty() || !isNew.isBool() ||
        !fromJson(o.value(QLatin1String("image")), &row.image) ||
        !readString(o, "error", &row.error, false))
        return false;
    row.isNew = isNew.toBool();
    *out = row;
    return true;
}

} // namespace vitrine::galleryjson
