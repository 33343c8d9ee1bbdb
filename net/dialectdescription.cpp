#include "net/dialectdescription.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace vitrine {

namespace {

// A custom dialect file larger than this is not a dialect description.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

using PagingStyle = DialectDescription::ProductPaging::Style;

QString pagingStyleName(PagingStyle style) {
    switch (style) {
    case PagingStyle::Pages:
        return QStringLiteral("page");
    case PagingStyle::LinkHeader:
        return QStringLiteral("link-header");
    case PagingStyle::None:
        break;
    }
    return QStringLiteral("none");
}

QString idKindName(DialectDescription::IdKind k) {
    switch (k) {
    case DialectDescription::IdKind::Digits:
        return QStringLiteral("digits");
    case DialectDescription::IdKind::Uuid:
        return QStringLiteral("uuid");
    case DialectDescription::IdKind::Any:
        break;
    }
    return QStringLiteral("any");
}

// Reads typed values out of one JSON object, remembering the first problem with its key path.
class Reader {
public:
    Reader(QJsonObject o, QString path, QString *error)
        : m_o(std::move(o))
        , m_path(std::move(path))
        , m_error(error) {}

    Reader object(const QString &key) {
        const QJsonValue v = m_o.value(key);
        if (!v.isUndefined() && !v.isObject())
            fail(key, QStringLiteral("an object"));
        return Reader(v.toObject(), m_path + key + QLatin1Char('.'), m_error);
    }
    void string(const QString &key, QString *out) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return;
        if (v.isString())
            *out = v.toString();
        else if (v.isNull())
            out->clear();
        else
            fail(key, QStringLiteral("a string"));
    }
    void bytes(const QString &key, QByteArray *out) {
        QString s = QString::fromUtf8(*out);
        string(key, &s);
        *out = s.toUtf8();
    }
    void boolean(const QString &key, bool *out) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return;
        if (v.isBool())
            *out = v.toBool();
        else
            fail(key, QStringLiteral("true or false"));
    }
    void integer(const QString &key, int *out, int min) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return;
        if (v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= min)
            *out = v.toInt();
        else
            fail(key, QStringLiteral("a whole number of at least %1").arg(min));
    }
    bool has(const QString &key) const { return m_o.contains(key); }
    void number(const QString &key, double *out) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return;
        if (v.isDouble() && v.toDouble() >= 0)
            *out = v.toDouble();
        else
            fail(key, QStringLiteral("a number of at least 0"));
    }
    void idKind(const QString &key, DialectDescription::IdKind *out) {
        QString s = idKindName(*out);
        string(key, &s);
        if (s == QLatin1String("any"))
            *out = DialectDescription::IdKind::Any;
        else if (s == QLatin1String("digits"))
            *out = DialectDescription::IdKind::Digits;
        else if (s == QLatin1String("uuid"))
            *out = DialectDescription::IdKind::Uuid;
        else
            fail(key, QStringLiteral("\"any\", \"digits\" or \"uuid\""));
    }
    void pagingStyle(const QString &key, PagingStyle *out) {
        QString s = pagingStyleName(*out);
        string(key, &s);
        for (const PagingStyle style :
             {PagingStyle::None, PagingStyle::Pages, PagingStyle::LinkHeader}) {
            if (s == pagingStyleName(style)) {
                *out = style;
                return;
            }
        }
        fail(key, QStringLiteral("\"none\", \"page\" or \"link-header\""));
    }
    // An absolute http(s) URL with a host and nothing a store address must not carry.
    void address(const QString &key, QUrl *out) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const QUrl url(v.toString(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!v.isString() || !url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
            !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
            fail(key, QStringLiteral("an http or https address with a host and no user name, "
                                     "query or fragment (like https://shop.example.com)"));
            return;
        }
        *out = url;
    }
    void ordering(const QString &key, OrderingSemantics *out) {
        QString s = orderingName(*out);
        string(key, &s);
        if (!parseOrdering(s, out))
            fail(key, QStringLiteral("\"absolute\" or \"shift\""));
    }

private:
    void fail(const QString &key, const QString &expected) {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("\"%1%2\" must be %3").arg(m_path, key, expected);
    }

    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

} // namespace

QString DialectDescription::resolvedPrefix() const {
    QString prefix = apiPrefix;
    prefix.replace(QLatin1String("{version}"), apiVersion);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix;
}

Result<DialectDescription> DialectDescription::fromJson(const QJsonObject &json,
                                                        DialectDescription d) {
    QString error;
    Reader root(json, QString(), &error);
    root.string(QStringLiteral("name"), &d.name);
    root.address(QStringLiteral("baseUrl"), &d.baseUrl);
    root.string(QStringLiteral("apiPrefix"), &d.apiPrefix);
    root.string(QStringLiteral("apiVersion"), &d.apiVersion);

    Reader paths = root.object(QStringLiteral("paths"));
    paths.string(QStringLiteral("listProducts"), &d.listProductsPath);
    paths.string(QStringLiteral("listImages"), &d.listImagesPath);
    paths.string(QStringLiteral("getImage"), &d.getImagePath);
    paths.string(QStringLiteral("createImage"), &d.createImagePath);
    paths.string(QStringLiteral("updateImage"), &d.updateImagePath);
    paths.string(QStringLiteral("deleteImage"), &d.deleteImagePath);
    paths.string(QStringLiteral("deleteAllImages"), &d.deleteAllImagesPath);

    Reader envelopes = root.object(QStringLiteral("envelopes"));
    envelopes.string(QStringLiteral("image"), &d.imageEnvelope);
    envelopes.string(QStringLiteral("images"), &d.imagesEnvelope);
    envelopes.string(QStringLiteral("products"), &d.productsEnvelope);

    Reader fields = root.object(QStringLiteral("fields"));
    fields.string(QStringLiteral("id"), &d.fields.id);
    fields.string(QStringLiteral("productId"), &d.fields.productId);
    fields.string(QStringLiteral("src"), &d.fields.src);
    fields.string(QStringLiteral("alt"), &d.fields.alt);
    fields.string(QStringLiteral("position"), &d.fields.position);
    fields.string(QStringLiteral("variants"), &d.fields.variants);
    fields.boolean(QStringLiteral("variantsIsList"), &d.fields.variantsIsList);
    fields.string(QStringLiteral("width"), &d.fields.width);
    fields.string(QStringLiteral("height"), &d.fields.height);
    fields.string(QStringLiteral("updatedAt"), &d.fields.updatedAt);

    Reader productFields = root.object(QStringLiteral("productFields"));
    productFields.string(QStringLiteral("id"), &d.productFields.id);
    productFields.string(QStringLiteral("title"), &d.productFields.title);
    productFields.string(QStringLiteral("imageCount"), &d.productFields.imageCount);

    DialectDescription::ProductPaging &paging = d.productPaging;
    Reader pagingReader = root.object(QStringLiteral("productPaging"));
    pagingReader.pagingStyle(QStringLiteral("style"), &paging.style);
    pagingReader.string(QStringLiteral("pageParam"), &paging.pageParam);
    pagingReader.string(QStringLiteral("sizeParam"), &paging.sizeParam);
    pagingReader.integer(QStringLiteral("firstPage"), &paging.firstPage, 0);
    pagingReader.integer(QStringLiteral("pageSize"), &paging.pageSize, 1);

    Reader auth = root.object(QStringLiteral("auth"));
    auth.bytes(QStringLiteral("header"), &d.authHeader);
    auth.string(QStringLiteral("prefix"), &d.authPrefix);
    root.bytes(QStringLiteral("contentType"), &d.contentType);

    Reader ids = root.object(QStringLiteral("ids"));
    ids.idKind(QStringLiteral("product"), &d.productIdKind);
    ids.idKind(QStringLiteral("image"), &d.imageIdKind);
    ids.boolean(QStringLiteral("numericInBody"), &d.numericIdsInBody);
    ids.boolean(QStringLiteral("productIdInBody"), &d.productIdInBody);

    StoreCapabilities &c = d.capabilities;
    Reader caps = root.object(QStringLiteral("capabilities"));
    caps.ordering(QStringLiteral("ordering"), &c.ordering);
    caps.integer(QStringLiteral("altMaxOnCreate"), &c.altMaxOnCreate, 0);
    caps.integer(QStringLiteral("altMaxOnUpdate"), &c.altMaxOnUpdate, 0);
    caps.boolean(QStringLiteral("canReplaceSource"), &c.canReplaceSource);
    caps.boolean(QStringLiteral("hasVariants"), &c.hasVariants);
    caps.boolean(QStringLiteral("positionOnCreate"), &c.positionOnCreate);
    caps.boolean(QStringLiteral("fullReplaceUpdate"), &c.fullReplaceUpdate);
    caps.boolean(QStringLiteral("hasTimestamps"), &c.hasTimestamps);
    caps.integer(QStringLiteral("firstPosition"), &c.firstPosition, 0);
    if (caps.has(QStringLiteral("minPosition"))) {
        int lowest = 0;
        caps.integer(QStringLiteral("minPosition"), &lowest, 0);
        c.minPosition = lowest;
    }
    caps.integer(QStringLiteral("maxImagesPerProduct"), &c.maxImagesPerProduct, 0);
    Reader rate = caps.object(QStringLiteral("rateLimit"));
    rate.number(QStringLiteral("requestsPerSecond"), &c.rateLimit.requestsPerSecond);
    rate.integer(QStringLiteral("burst"), &c.rateLimit.burst, 1);

    if (!error.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput,
                                QStringLiteral("dialect description: ") + error);

    // What the store can do follows from where its paths are.
    c.canDeleteAll = !d.deleteAllImagesPath.isEmpty();
    c.canListProducts = !d.listProductsPath.isEmpty();
    c.hasVariants = c.hasVariants && !d.fields.variants.isEmpty();
    c.dialectName = d.name;

    QStringList missing;
    if (d.name.trimmed().isEmpty())
        missing << QStringLiteral("name");
    if (d.listImagesPath.isEmpty())
        missing << QStringLiteral("paths.listImages");
    if (d.fields.id.isEmpty())
        missing << QStringLiteral("fields.id");
    if (d.fields.src.isEmpty())
        missing << QStringLiteral("fields.src");
    if (d.authHeader.isEmpty() || d.authHeader.contains(':') || d.authHeader.contains('\n') ||
        d.authHeader.contains(' '))
        missing << QStringLiteral("auth.header (a header name without spaces or colons)");
    if (paging.style != PagingStyle::None) {
        if (d.listProductsPath.isEmpty())
            missing << QStringLiteral("paths.listProducts (productPaging pages it)");
        if (paging.sizeParam.trimmed().isEmpty())
            missing << QStringLiteral("productPaging.sizeParam");
        if (paging.style == PagingStyle::Pages && paging.pageParam.trimmed().isEmpty())
            missing << QStringLiteral("productPaging.pageParam");
    }
    if (!missing.isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput,
                                QStringLiteral("dialect description: missing or empty %1")
                                    .arg(missing.join(QStringLiteral(", "))));
    const QStringList allPaths{d.listProductsPath,   d.listImagesPath,  d.getImagePath,
                               d.createImagePath,    d.updateImagePath, d.deleteImagePath,
                               d.deleteAllImagesPath};
    for (const QString &p : allPaths) {
        if (!p.isEmpty() && !p.startsWith(QLatin1Char('/')))
            return StoreError::make(StoreError::Code::InvalidInput,
                                    QStringLiteral("dialect description: path \"%1\" must start "
                                                   "with /")
                                        .arg(p));
    }
    return d;
}

Result<DialectDescription> DialectDescription::fromJson(const QJsonObject &json) {
    return fromJson(json, DialectDescription());
}

Result<DialectDescription> DialectDescription::fromFile(const QString &path) {
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return StoreError::make(
            StoreError::Code::InvalidInput,
            QStringLiteral("cannot read the custom dialect file \"%1\"").arg(path));
    if (file.size() > kMaxFileBytes)
        return StoreError::make(
            StoreError::Code::InvalidInput,
            QStringLiteral("the custom dialect file \"%1\" is too large").arg(path));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return StoreError::make(StoreError::Code::InvalidInput,
                                QStringLiteral("the custom dialect file \"%1\" is not a JSON "
                                               "object (%2)")
                                    .arg(path, pe.errorString()));
    return fromJson(doc.object());
}

QJsonObject DialectDescription::toJson() const {
    QJsonObject paths{{QStringLiteral("listProducts"), listProductsPath},
                      {QStringLiteral("listImages"), listImagesPath},
                      {QStringLiteral("getImage"), getImagePath},
                      {QStringLiteral("createImage"), createImagePath},
                      {QStringLiteral("updateImage"), updateImagePath},
                      {QStringLiteral("deleteImage"), deleteImagePath},
                      {QStringLiteral("deleteAllImages"), deleteAllImagesPath}};
    QJsonObject envelopes{{QStringLiteral("image"), imageEnvelope},
                          {QStringLiteral("images"), imagesEnvelope},
                          {QStringLiteral("products"), productsEnvelope}};
    QJsonObject f{{QStringLiteral("id"), fields.id},
                  {QStringLiteral("productId"), fields.productId},
                  {QStringLiteral("src"), fields.src},
                  {QStringLiteral("alt"), fields.alt},
                  {QStringLiteral("position"), fields.position},
                  {QStringLiteral("variants"), fields.variants},
                  {QStringLiteral("variantsIsList"), fields.variantsIsList},
                  {QStringLiteral("width"), fields.width},
                  {QStringLiteral("height"), fields.height},
                  {QStringLiteral("updatedAt"), fields.updatedAt}};
    QJsonObject pf{{QStringLiteral("id"), productFields.id},
                   {QStringLiteral("title"), productFields.title},
                   {QStringLiteral("imageCount"), productFields.imageCount}};
    QJsonObject auth{{QStringLiteral("header"), QString::fromUtf8(authHeader)},
                     {QStringLiteral("prefix"), authPrefix}};
    QJsonObject ids{{QStringLiteral("product"), idKindName(productIdKind)},
                    {QStringLiteral("image"), idKindName(imageIdKind)},
                    {QStringLiteral("numericInBody"), numericIdsInBody},
                    {QStringLiteral("productIdInBody"), productIdInBody}};
    const StoreCapabilities &c = capabilities;
    QJsonObject rate{{QStringLiteral("requestsPerSecond"), c.rateLimit.requestsPerSecond},
                     {QStringLiteral("burst"), c.rateLimit.burst}};
    QJsonObject caps{{QStringLiteral("ordering"), orderingName(c.ordering)},
                     {QStringLiteral("altMaxOnCreate"), c.altMaxOnCreate},
                     {QStringLiteral("altMaxOnUpdate"), c.altMaxOnUpdate},
                     {QStringLiteral("canReplaceSource"), c.canReplaceSource},
                     {QStringLiteral("hasVariants"), c.hasVariants},
                     {QStringLiteral("positionOnCreate"), c.positionOnCreate},
                     {QStringLiteral("fullReplaceUpdate"), c.fullReplaceUpdate},
                     {QStringLiteral("hasTimestamps"), c.hasTimestamps},
                     {QStringLiteral("firstPosition"), c.firstPosition},
                     {QStringLiteral("maxImagesPerProduct"), c.maxImagesPerProduct},
                     {QStringLiteral("rateLimit"), rate}};
    if (c.minPosition)
        caps.insert(QStringLiteral("minPosition"), *c.minPosition);
    QJsonObject paging{{QStringLiteral("style"), pagingStyleName(productPaging.style)},
                       {QStringLiteral("pageParam"), productPaging.pageParam},
                       {QStringLiteral("sizeParam"), productPaging.sizeParam},
                       {QStringLiteral("firstPage"), productPaging.firstPage},
                       {QStringLiteral("pageSize"), productPaging.pageSize}};
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("apiPrefix"), apiPrefix},
                    {QStringLiteral("apiVersion"), apiVersion},
                    {QStringLiteral("paths"), paths},
                    {QStringLiteral("envelopes"), envelopes},
                    {QStringLiteral("fields"), f},
                    {QStringLiteral("productFields"), pf},
                    {QStringLiteral("auth"), auth},
                    {QStringLiteral("contentType"), QString::fromUtf8(contentType)},
                    {QStringLiteral("ids"), ids},
                    {QStringLiteral("productPaging"), paging},
                    {QStringLiteral("capabilities"), caps}};
    if (!baseUrl.isEmpty())
        out.insert(QStringLiteral("baseUrl"), baseUrl.toString());
    return out;
}

} // namespace vitrine
