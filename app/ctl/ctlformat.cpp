#include "app/ctl/ctlformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vitrine {

namespace {

// This file's texts, translated in the "vitrinectl" context (lupdate files Text::tr() under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(vitrinectl)
};

QJsonValue orNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue positiveOrNull(int n) {
    return n > 0 ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
}

QString dialectOf(const StoreProfile &p) {
    return p.dialect == QLatin1String("custom") ? p.customDialectFile : p.dialect;
}

// The product's variants as the listing gives them: id, name, and the image each shows where
// the variant names it (Shoplazza); sorted by id.
QJsonArray variantsJson(const VariantLinks &variants) {
    QStringList ids = variants.names.keys() + variants.images.keys();
    ids.sort();
    ids.removeDuplicates();
    QJsonArray out;
    for (const QString &id : std::as_const(ids)) {
        QJsonObject v{{QStringLiteral("id"), id},
                      {QStringLiteral("name"), orNull(variants.names.value(id))}};
        if (variants.images.contains(id))
            v.insert(QStringLiteral("image_id"), variants.images.value(id));
        out.append(v);
    }
    return out;
}

} // namespace

QString CtlFormat::cell(const QString &text) {
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return out;
}

QString CtlFormat::table(const QStringList &header, const QList<QStringList> &rows) {
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    // QString, not auto: with QT_USE_QSTRINGBUILDER an auto return would dangle on `out`.
    auto line = [&widths](const QStringList &row) -> QString {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                out += QStringLiteral("  ");
            out += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c)) : row.at(c);
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString CtlFormat::productsText(const QList<ProductSummary> &products) {
    QList<QStringList> rows;
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : cell(text);
    };
    for (const ProductSummary &p : products)
        rows << QStringList{p.id,
                            p.imageCount >= 0 ? QString::number(p.imageCount) : QStringLiteral("-"),
                            orDash(p.vendor), orDash(p.productType), cell(p.title)};
    return table({Text::tr("ID"), Text::tr("IMAGES"), Text::tr("VENDOR"), Text::tr("TYPE"),
                  Text::tr("TITLE")},
                 rows);
}

QJsonObject CtlFormat::productsJson(const QList<ProductSummary> &products) {
    QJsonArray list;
    for (const ProductSummary &p : products) {
        list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("title"), p.title},
                                {QStringLiteral("image_count"), p.imageCount >= 0
                                                                    ? QJsonValue(p.imageCount)
                                                                    : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("vendor"), orNull(p.vendor)},
                                {QStringLiteral("type"), orNull(p.productType)},
                                {QStringLiteral("variants"), variantsJson(p.variants)}});
    }
    return QJsonObject{{QStringLiteral("products"), list}};
}

QString CtlFormat::galleryText(const Gallery &gallery) {
    QList<QStringList> rows;
    int index = 0;
    for (const ProductImage &image : gallery) {
        const QString size = image.width > 0 && image.height > 0
                                 ? QStringLiteral("%1x%2").arg(image.width).arg(image.height)
                                 : QStringLiteral("-");
        rows << QStringList{QString::number(++index),
                            image.id,
                            QString::number(image.position),
                            size,
                            cell(image.src),
                            image.alt.isEmpty() ? QStringLiteral("-") : cell(image.alt)};
    }
    return table({QStringLiteral("#"), Text::tr("ID"), Text::tr("POSITION"), Text::tr("SIZE"),
                  Text::tr("SRC"), Text::tr("ALT")},
                 rows);
}

QJsonObject CtlFormat::imageJson(const ProductImage &image, int index) {
    QJsonArray variants;
    for (const QString &v : image.variantIds)
        variants.append(v);
    return QJsonObject{
        {QStringLiteral("index"), index},
        {QStringLiteral("id"), image.id},
        {QStringLiteral("position"), image.position},
        {QStringLiteral("src"), image.src},
        {QStringLiteral("alt"), image.alt},
        {QStringLiteral("width"), positiveOrNull(image.width)},
        {QStringLiteral("height"), positiveOrNull(image.height)},
        {QStringLiteral("variant_ids"), variants},
        {QStringLiteral("updated_at"),
         image.updatedAt.isValid() ? QJsonValue(image.updatedAt.toUTC().toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject CtlFormat::galleryJson(const QString &productId, const Gallery &gallery) {
    QJsonArray images;
    int index = 0;
    for (const ProductImage &image : gallery)
        images.append(imageJson(image, ++index));
    return QJsonObject{{QStringLiteral("product"), productId}, {QStringLiteral("images"), images}};
}

QString CtlFormat::profilesText(const QList<StoreProfile> &profiles, const QString &current) {
    QList<QStringList> rows;
    for (const StoreProfile &p : profiles) {
        QStringList notes;
        if (p.ordering)
            notes << Text::tr("ordering %1").arg(orderingName(*p.ordering));
        if (p.rateLimit)
            notes << Text::tr("%1/s").arg(p.rateLimit->requestsPerSecond);
        if (!p.apiVersion.isEmpty())
            notes << Text::tr("api %1").arg(p.apiVersion);
        rows << QStringList{p.name == current ? QStringLiteral("*") : QString(), cell(p.name),
                            dialectOf(p), p.baseUrl.toString(), notes.join(QStringLiteral(", "))};
    }
    return table(
        {QString(), Text::tr("NAME"), Text::tr("DIALECT"), Text::tr("BASE URL"), Text::tr("NOTES")},
        rows);
}

QJsonObject CtlFormat::profilesJson(const QList<StoreProfile> &profiles, const QString &current) {
    QJsonArray list;
    for (const StoreProfile &p : profiles) {
        QJsonValue rate(QJsonValue::Null);
        if (p.rateLimit)
            rate =
                QJsonObject{{QStringLiteral("requests_per_second"), p.rateLimit->requestsPerSecond},
                            {QStringLiteral("burst"), p.rateLimit->burst}};
        list.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("dialect"), p.dialect},
            {QStringLiteral("custom_dialect_file"), orNull(p.customDialectFile)},
            {QStringLiteral("base_url"), p.baseUrl.toString()},
            {QStringLiteral("api_version"), p.effectiveApiVersion().isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(p.effectiveApiVersion())},
            {QStringLiteral("ordering"),
             p.ordering ? QJsonValue(orderingName(*p.ordering)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("rate_limit"), rate},
            {QStringLiteral("current"), p.name == current},
        });
    }
    return QJsonObject{{QStringLiteral("current"), orNull(current)},
                       {QStringLiteral("profiles"), list}};
}

QJsonObject CtlFormat::conflictJson(const Conflict &c) {
    auto side = [](const ProductImage &image, bool present) -> QJsonValue {
        if (!present)
            return {QJsonValue::Null};
        QJsonArray variants;
        for (const QString &v : image.variantIds)
            variants.append(v);
        return QJsonObject{{QStringLiteral("src"), image.src},
                           {QStringLiteral("alt"), image.alt},
                           {QStringLiteral("variant_ids"), variants}};
    };
    const bool mine = !c.mineDeleted && c.kind != Conflict::Kind::AddedElsewhere;
    const bool theirs = c.kind != Conflict::Kind::DeletedElsewhere;
    return QJsonObject{
        {QStringLiteral("image"), c.imageId},
        {QStringLiteral("kind"), Conflict::kindName(c.kind)},
        {QStringLiteral("resolution"), Conflict::resolutionName(c.resolution)},
        {QStringLiteral("needs_choice"), c.needsChoice()},
        {QStringLiteral("mine"), side(c.mine, mine)},
        {QStringLiteral("mine_deleted"), c.mineDeleted},
        {QStringLiteral("theirs"), side(c.theirs, theirs)},
        {QStringLiteral("description"), c.describe()},
    };
}

QJsonObject CtlFormat::publishJson(const QString &productId, const PublishOutcome &o) {
    QJsonArray conflicts;
    for (const Conflict &c : o.conflicts)
        conflicts.append(conflictJson(c));
    QJsonArray taken;
    for (const Conflict &c : o.takenFromStore)
        taken.append(conflictJson(c));
    return QJsonObject{
        {QStringLiteral("product"), productId},
        {QStringLiteral("status"), PublishOutcome::statusName(o.status)},
        {QStringLiteral("changes"), o.changes},
        {QStringLiteral("requests"), o.requests},
        {QStringLiteral("succeeded"), o.succeeded},
        {QStringLiteral("failed"), o.failed},
        {QStringLiteral("not_sent"), o.notSent},
        {QStringLiteral("still_pending"), o.stillPending},
        {QStringLiteral("verified"), o.verified},
        {QStringLiteral("repair_rounds"), o.repairRounds},
        {QStringLiteral("repair_requests"), o.repairRequests},
        {QStringLiteral("resumed"), o.resumed},
        {QStringLiteral("resumed_requests"), o.resumedRequests},
        {QStringLiteral("adopted_creates"), o.adoptedCreates},
        {QStringLiteral("unconfirmed"), o.unconfirmed},
        {QStringLiteral("observed_ordering"), o.observedOrdering
                                                  ? QJsonValue(orderingName(*o.observedOrdering))
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("learned_ordering"), o.learnedOrdering
                                                 ? QJsonValue(orderingName(*o.learnedOrdering))
                                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("learning_requests"), o.learningWrites},
        {QStringLiteral("tied_images"), o.plan.tiedImages},
        {QStringLiteral("tie_requests"), o.plan.tieWrites},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("taken_from_store"), taken},
        {QStringLiteral("error"),
         o.error ? QJsonValue(o.error->userMessage()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), o.message},
    };
}

QJsonObject CtlFormat::publishFailureJson(const QString &productId, const StoreError &error,
                                          const QString &message) {
    PublishOutcome o;
    switch (error.code) {
    case StoreError::Code::Network:
    case StoreError::Code::Timeout:
        o.status = PublishOutcome::Status::Offline;
        break;
    case StoreError::Code::Unauthorized:
    case StoreError::Code::Forbidden:
        o.status = PublishOutcome::Status::Unauthorized;
        break;
    default:
        o.status = PublishOutcome::Status::Failed;
        break;
    }
    o.error = error;
    o.message = message;
    return publishJson(productId, o);
}

QString CtlFormat::json(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace vitrine
