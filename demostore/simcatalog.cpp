#include "demostore/simcatalog.h"

#include <QJsonArray>

#include <algorithm>

namespace vitrine {

namespace {

bool displayLess(const SimImage &a, const SimImage &b) {
    if (a.image.position != b.image.position)
        return a.image.position < b.image.position;
    return a.sequence < b.sequence;
}

QString stampText(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime parseStamp(const QJsonValue &v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

SimCatalog::SimCatalog(SimIdGenerator ids, OrderingSemantics ordering)
    : m_ids(std::move(ids))
    , m_ordering(ordering) {}

void SimCatalog::setOrdering(OrderingSemantics ordering) {
    if (m_ordering == ordering)
        return;
    m_ordering = ordering;
    normalize();
}

void SimCatalog::setChangeCallback(std::function<void()> callback) {
    m_onChanged = std::move(callback);
}

const SimProduct *SimCatalog::product(const QString &id) const {
    for (const SimProduct &p : m_products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

SimProduct SimCatalog::addProduct(const QString &title, const QStringList &variantTitles,
                                  const QString &id) {
    SimProduct p;
    p.id = id.isEmpty() ? m_ids.next(SimIdGenerator::Kind::Product) : id;
    p.title = title;
    for (const QString &v : variantTitles)
        p.variants.append({m_ids.next(SimIdGenerator::Kind::Variant), v});
    p.createdAt = p.updatedAt = nextStamp();
    m_products.append(p);
    changed();
    return p;
}

bool SimCatalog::setProductTitle(const QString &productId, const QString &title) {
    for (SimProduct &p : m_products) {
        if (p.id == productId) {
            p.title = title;
            p.updatedAt = nextStamp();
            changed();
            return true;
        }
    }
    return false;
}

bool SimCatalog::setProductVendor(const QString &productId, const QString &vendor,
                                  const QString &productType) {
    for (SimProduct &p : m_products) {
        if (p.id == productId) {
            p.vendor = vendor;
            p.productType = productType;
            p.updatedAt = nextStamp();
            changed();
            return true;
        }
    }
    return false;
}

int SimCatalog::imageCount(const QString &productId) const {
    return int(index().imagesOfProduct.value(productId).size());
}

QList<SimImage> SimCatalog::images(const QString &productId) const {
    QList<SimImage> out = imagesByCreation(productId);
    std::stable_sort(out.begin(), out.end(), displayLess);
    return out;
}

QList<SimImage> SimCatalog::imagesByCreation(const QString &productId) const {
    QList<SimImage> out;
    const QList<qsizetype> rows = index().imagesOfProduct.value(productId);
    out.reserve(rows.size());
    for (const qsizetype row : rows)
        out.append(m_images.at(row));
    return out;
}

QList<SimImage> SimCatalog::allImagesByCreation() const {
    return m_images;
}

std::optional<SimImage> SimCatalog::image(const QString &imageId) const {
    const int i = indexOfImage(imageId);
    if (i < 0)
        return std::nullopt;
    return m_images.at(i);
}

SimImage SimCatalog::addImage(const QString &productId, const NewImage &input) {
    SimImage rec;
    rec.image.id = m_ids.next(SimIdGenerator::Kind::Image);
    rec.image.productId = productId;
    rec.image.src = input.src;
    rec.image.alt = input.alt;
    rec.image.variantIds = input.variantIds;
    rec.image.width = input.width;
    rec.image.height = input.height;
    rec.createdAt = rec.image.updatedAt = nextStamp();
    rec.sequence = m_nextSequence++;
    touchProduct(productId, rec.image.updatedAt);

    if (m_ordering == OrderingSemantics::Absolute) {
        // One pass, no sorting: a benchmark's seed appends 10,000 images.
        bool any = false;
        int last = 0;
        for (const SimImage &i : m_images) {
            if (i.image.productId == productId) {
                any = true;
                last = std::max(last, i.image.position);
            }
        }
        rec.image.position = input.position.value_or(any ? last + 1 : 1);
        m_images.append(rec);
        m_indexStale = true;
        changed();
        return m_images.constLast();
    }
    QStringList order = displayOrderIds(productId);
    const qsizetype index =
        input.position ? std::clamp<qsizetype>(*input.position - 1, 0, order.size()) : order.size();
    m_images.append(rec);
    m_indexStale = true;
    order.insert(index, rec.image.id);
    applyOrder(order);
    changed();
    return *image(rec.image.id);
}

bool SimCatalog::setExtraFields(const QString &imageId, const QJsonObject &extra) {
    const int i = indexOfImage(imageId);
    if (i < 0)
        return false;
    if (m_images[i].extra == extra)
        return true;
    m_images[i].extra = extra;
    m_images[i].image.updatedAt = nextStamp();
    changed();
    return true;
}

std::optional<SimImage> SimCatalog::updateImage(const QString &imageId, const ImagePatch &patch,
                                                std::optional<QSize> size) {
    const int i = indexOfImage(imageId);
    if (i < 0)
        return std::nullopt;
    SimImage &rec = m_images[i];
    ImagePatch rest = patch;
    rest.position.reset();
    rec.image = rest.appliedTo(rec.image);
    if (size) {
        rec.image.width = size->width();
        rec.image.height = size->height();
    }
    rec.image.updatedAt = nextStamp();
    touchProduct(rec.image.productId, rec.image.updatedAt);
    if (patch.position) {
        if (m_ordering == OrderingSemantics::Absolute) {
            rec.image.position = *patch.position;
        } else {
            QStringList order = displayOrderIds(rec.image.productId);
            order.removeOne(imageId);
            order.insert(std::clamp<qsizetype>(*patch.position - 1, 0, order.size()), imageId);
            applyOrder(order);
        }
    }
    changed();
    return image(imageId);
}

bool SimCatalog::moveImageToProduct(const QString &imageId, const QString &productId) {
    const int i = indexOfImage(imageId);
    if (i < 0)
        return false;
    const QString from = m_images.at(i).image.productId;
    if (from == productId)
        return true;
    m_images[i].image.productId = productId;
    m_indexStale = true;
    m_images[i].image.updatedAt = nextStamp();
    touchProduct(from, m_images[i].image.updatedAt);
    touchProduct(productId, m_images[i].image.updatedAt);
    if (m_ordering == OrderingSemantics::Shift) {
        // It arrives last in its new product.
        m_images[i].image.position = imageCount(productId) + 1;
        renumberIfShift(from);
        renumberIfShift(productId);
    }
    changed();
    return true;
}

bool SimCatalog::removeImage(const QString &imageId) {
    const int i = indexOfImage(imageId);
    if (i < 0)
        return false;
    const QString productId = m_images.at(i).image.productId;
    m_images.removeAt(i);
    m_indexStale = true;
    renumberIfShift(productId);
    touchProduct(productId, nextStamp());
    changed();
    return true;
}

int SimCatalog::removeAllImages(const QString &productId) {
    const auto removed =
        m_images.removeIf([&](const SimImage &i) { return i.image.productId == productId; });
    m_indexStale = true;
    if (removed > 0) {
        touchProduct(productId, nextStamp());
        changed();
    }
    return int(removed);
}

void SimCatalog::touchProduct(const QString &productId, const QDateTime &stamp) {
    for (SimProduct &p : m_products) {
        if (p.id == productId) {
            p.updatedAt = stamp;
            return;
        }
    }
}

void SimCatalog::clear() {
    m_products.clear();
    m_images.clear();
    m_indexStale = true;
    m_nextSequence = 1;
    m_lastStamp = {};
    m_ids.reset();
}

void SimCatalog::restoreProduct(const SimProduct &product) {
    m_products.append(product);
    m_lastStamp = std::max(m_lastStamp, product.updatedAt);
}

void SimCatalog::restoreImage(const SimImage &image) {
    SimImage rec = image;
    if (rec.sequence <= 0)
        rec.sequence = m_nextSequence;
    m_nextSequence = std::max(m_nextSequence, rec.sequence + 1);
    m_lastStamp = std::max(m_lastStamp, rec.image.updatedAt);
    m_images.append(rec);
    m_indexStale = true;
}

void SimCatalog::normalize() {
    std::stable_sort(m_images.begin(), m_images.end(),
                     [](const SimImage &a, const SimImage &b) { return a.sequence < b.sequence; });
    m_indexStale = true;
    for (const SimProduct &p : m_products)
        renumberIfShift(p.id);
}

QJsonObject SimCatalog::toJson(const std::function<QString(const QString &)> &encodeSrc) const {
    QJsonArray products;
    for (const SimProduct &p : m_products) {
        QJsonArray variants;
        for (const SimVariant &v : p.variants)
            variants.append(
                QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("title"), v.title}});
        products.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("title"), p.title},
                                    {QStringLiteral("vendor"), p.vendor},
                                    {QStringLiteral("productType"), p.productType},
                                    {QStringLiteral("variants"), variants},
                                    {QStringLiteral("createdAt"), stampText(p.createdAt)},
                                    {QStringLiteral("updatedAt"), stampText(p.updatedAt)}});
    }
    QJsonArray images;
    for (const SimImage &i : m_images) {
        images.append(QJsonObject{
            {QStringLiteral("id"), i.image.id},
            {QStringLiteral("productId"), i.image.productId},
            {QStringLiteral("src"), encodeSrc(i.image.src)},
            {QStringLiteral("alt"), i.image.alt},
            {QStringLiteral("position"), i.image.position},
            {QStringLiteral("variantIds"), QJsonArray::fromStringList(i.image.variantIds)},
            {QStringLiteral("width"), i.image.width},
            {QStringLiteral("height"), i.image.height},
            {QStringLiteral("createdAt"), stampText(i.createdAt)},
            {QStringLiteral("updatedAt"), stampText(i.image.updatedAt)},
            {QStringLiteral("sequence"), i.sequence}});
    }
    return {{QStringLiteral("ids"), m_ids.toJson()},
            {QStringLiteral("products"), products},
            {QStringLiteral("images"), images},
            {QStringLiteral("clock"), stampText(m_lastStamp)}};
}

bool SimCatalog::fromJson(const QJsonObject &json,
                          const std::function<QString(const QString &)> &decodeSrc,
                          QString *error) {
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!json.value(QStringLiteral("products")).isArray() ||
        !json.value(QStringLiteral("images")).isArray() ||
        !json.value(QStringLiteral("ids")).isObject())
        return fail(QStringLiteral("a catalog needs \"ids\", \"products\" and \"images\""));

    // Parse into locals first: a half-read catalog must never replace a good one.
    QList<SimProduct> products;
    for (const QJsonValue v : json.value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = v.toObject();
        SimProduct p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.title = o.value(QStringLiteral("title")).toString();
        // Absent from data files written before products had them: none.
        p.vendor = o.value(QStringLiteral("vendor")).toString();
        p.productType = o.value(QStringLiteral("productType")).toString();
        if (p.id.isEmpty())
            return fail(QStringLiteral("a product without an id"));
        for (const QJsonValue vv : o.value(QStringLiteral("variants")).toArray()) {
            const QJsonObject vo = vv.toObject();
            p.variants.append({vo.value(QStringLiteral("id")).toString(),
                               vo.value(QStringLiteral("title")).toString()});
        }
        p.createdAt = parseStamp(o.value(QStringLiteral("createdAt")));
        p.updatedAt = parseStamp(o.value(QStringLiteral("updatedAt")));
        products.append(p);
    }
    QList<SimImage> images;
    for (const QJsonValue v : json.value(QStringLiteral("images")).toArray()) {
        const QJsonObject o = v.toObject();
        SimImage i;
        i.image.id = o.value(QStringLiteral("id")).toString();
        i.image.productId = o.value(QStringLiteral("productId")).toString();
        i.image.src = decodeSrc(o.value(QStringLiteral("src")).toString());
        i.image.alt = o.value(QStringLiteral("alt")).toString();
        i.image.position = o.value(QStringLiteral("position")).toInt();
        for (const QJsonValue id : o.value(QStringLiteral("variantIds")).toArray())
            i.image.variantIds.append(id.toString());
        i.image.width = o.value(QStringLiteral("width")).toInt();
        i.image.height = o.value(QStringLiteral("height")).toInt();
        i.createdAt = parseStamp(o.value(QStringLiteral("createdAt")));
        i.image.updatedAt = parseStamp(o.value(QStringLiteral("updatedAt")));
        i.sequence = o.value(QStringLiteral("sequence")).toInteger();
        if (i.image.id.isEmpty() || i.image.productId.isEmpty())
            return fail(QStringLiteral("an image without an id or product"));
        const bool known =
            std::any_of(products.cbegin(), products.cend(),
                        [&](const SimProduct &p) { return p.id == i.image.productId; });
        if (!known)
            return fail(QStringLiteral("image %1 belongs to no product").arg(i.image.id));
        images.append(i);
    }

    clear();
    m_ids.restore(json.value(QStringLiteral("ids")).toObject());
    for (const SimProduct &p : products)
        restoreProduct(p);
    for (const SimImage &i : images)
        restoreImage(i);
    m_lastStamp = std::max(m_lastStamp, parseStamp(json.value(QStringLiteral("clock"))));
    normalize();
    return true;
}

int SimCatalog::indexOfImage(const QString &imageId) const {
    return int(index().rowOfImage.value(imageId, -1));
}

const SimCatalog::Index &SimCatalog::index() const {
    if (m_indexStale) {
        m_index.imagesOfProduct.clear();
        m_index.rowOfImage.clear();
        m_index.rowOfImage.reserve(m_images.size());
        for (qsizetype row = 0; row < m_images.size(); ++row) {
            const ProductImage &image = m_images.at(row).image;
            m_index.imagesOfProduct[image.productId].append(row);
            m_index.rowOfImage.insert(image.id, row);
        }
        m_indexStale = false;
    }
    return m_index;
}

QStringList SimCatalog::displayOrderIds(const QString &productId) const {
    QStringList ids;
    for (const SimImage &i : images(productId))
        ids.append(i.image.id);
    return ids;
}

void SimCatalog::applyOrder(const QStringList &ids) {
    for (int n = 0; n < ids.size(); ++n)
        m_images[indexOfImage(ids.at(n))].image.position = n + 1;
}

void SimCatalog::renumberIfShift(const QString &productId) {
    if (m_ordering == OrderingSemantics::Shift)
        applyOrder(displayOrderIds(productId));
}

QDateTime SimCatalog::nextStamp() {
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    if (m_lastStamp.isValid() && now <= m_lastStamp)
        now = m_lastStamp.addSecs(1);
    m_lastStamp = now;
    return now;
}

void SimCatalog::changed() {
    if (m_onChanged)
        m_onChanged();
}

} // namespace vitrine
