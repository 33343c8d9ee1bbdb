#include "net/dialectdescription.h"

#include "net/dialectpath.h"
#include "net/jsonlocator.h"
#include "net/namesuggestion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vitrine {

namespace {

// A custom dialect file larger than this is not a dialect description.
constexpr qint64 kMaxFileBytes = qint64(1024) * 1024;

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

// This file's texts, translated in the "DialectDescription" context (lupdate files Text::tr()
// under it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DialectDescription)
};

QString quoted(const QString &s) {
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString didYouMean(const QString &typed, const QStringList &known, const QString &decorate = {}) {
    const QString close = suggestName(typed, known);
    if (close.isEmpty())
        return {};
    return Text::tr("; did you mean %1?").arg(decorate.isEmpty() ? quoted(close) : close);
}

// Collects the problems of one description, each with its place in the file when the file's
// text is known: "acme.json:12:5: "fields.scr" is not a key of "fields"; did you mean "src"?".
class Problems {
public:
    Problems(const JsonLocator *locator, QString fileName)
        : m_locator(locator)
        , m_fileName(std::move(fileName)) {}

    void add(const QString &keyPath, const QString &sentence) {
        QString where;
        if (m_locator && !m_fileName.isEmpty()) {
            const JsonLocator::Position at = m_locator->keyPosition(keyPath);
            where = at.line > 0
                        ? QStringLiteral("%1:%2:%3: ").arg(m_fileName).arg(at.line).arg(at.column)
                        : m_fileName + QStringLiteral(": ");
        }
        m_lines << where + sentence;
    }
    bool isEmpty() const { return m_lines.isEmpty(); }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    const JsonLocator *m_locator;
    QString m_fileName;
    QStringList m_lines;
};

// Reads typed values out of one JSON object (a section) and remembers every key it was asked
// for, so that done() can refuse the keys nobody reads: a misspelt key is never silently a
// default. Adding a key to the format is one more read call in fromJson().
class Reader {
public:
    Reader(QJsonObject o, QString path, Problems *problems)
        : m_o(std::move(o))
        , m_path(std::move(path))
        , m_problems(problems) {}

    QString keyPath(const QString &key) const {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    QJsonValue take(const QString &key) {
        m_known << key;
        return m_o.value(key);
    }
    bool has(const QString &key) const { return m_o.contains(key); }

    Reader object(const QString &key) {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isObject())
            fail(key, Text::tr("an object ({ … })"));
        return {v.toObject(), keyPath(key), m_problems};
    }
    void string(const QString &key, QString *out) {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (v.isString())
            *out = v.toString();
        else if (v.isNull())
            out->clear();
        else
            fail(key, Text::tr("a string"));
    }
    void bytes(const QString &key, QByteArray *out) {
        QString s = QString::fromUtf8(*out);
        string(key, &s);
        *out = s.toUtf8();
    }
    void boolean(const QString &key, bool *out) {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (v.isBool())
            *out = v.toBool();
        else
            fail(key, Text::tr("true or false"));
    }
    void integer(const QString &key, int *out, int min) {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= min)
            *out = v.toInt();
        else
            fail(key, Text::tr("a whole number of at least %1").arg(min));
    }
    void number(const QString &key, double *out) {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (v.isDouble() && v.toDouble() >= 0)
            *out = v.toDouble();
        else
            fail(key, Text::tr("a number of at least 0"));
    }
    // One of `names` (as written in the file), into the matching value; false when absent.
    template <typename T>
    bool choice(const QString &key, const QList<std::pair<QString, T>> &names, T *out) {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return false;
        QStringList spelled;
        for (const auto &[name, value] : names) {
            spelled << quoted(name);
            if (v.isString() && v.toString() == name) {
                *out = value;
                return true;
            }
        }
        QStringList plain;
        for (const auto &[name, value] : names)
            plain << name;
        fail(key, Text::tr("one of %1").arg(spelled.join(QStringLiteral(", "))),
             v.isString() ? didYouMean(v.toString(), plain) : QString());
        return false;
    }
    // An absolute http(s) URL with a host and nothing a store address must not carry.
    void address(const QString &key, QUrl *out) {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return;
        const QUrl url(v.toString(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!v.isString() || !url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
            !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
            fail(key, Text::tr("an http or https address with a host and no user name, query or "
                               "fragment (like https://shop.example.com)"));
            return;
        }
        *out = url;
    }
    // A problem with the value of `key`.
    void problem(const QString &key, const QString &sentence) {
        m_problems->add(keyPath(key), sentence);
    }
    // Refuses every key of this object that no read call asked for.
    void done() {
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            const QString hint = didYouMean(it.key(), m_known);
            if (m_path.isEmpty())
                m_problems->add(it.key(), Text::tr("%1 is not a section or key of a dialect file%2")
                                              .arg(quoted(it.key()), hint));
            else
                m_problems->add(keyPath(it.key()),
                                Text::tr("%1 is not a key of %2%3")
                                    .arg(quoted(keyPath(it.key())), quoted(m_path), hint));
        }
    }

private:
    void fail(const QString &key, const QString &expected, const QString &hint = {}) {
        m_problems->add(keyPath(key),
                        Text::tr("%1 must be %2%3").arg(quoted(keyPath(key)), expected, hint));
    }

    QJsonObject m_o;
    QString m_path;
    Problems *m_problems;
    QStringList m_known;
};

const QList<std::pair<QString, DialectDescription::IdKind>> kIdKinds{
    {QStringLiteral("any"), DialectDescription::IdKind::Any},
    {QStringLiteral("digits"), DialectDescription::IdKind::Digits},
    {QStringLiteral("uuid"), DialectDescription::IdKind::Uuid}};
const QList<std::pair<QString, PagingStyle>> kPagingStyles{
    {QStringLiteral("none"), PagingStyle::None},
    {QStringLiteral("page"), PagingStyle::Pages},
    {QStringLiteral("link-header"), PagingStyle::LinkHeader}};
const QList<std::pair<QString, OrderingSemantics>> kOrderings{
    {QStringLiteral("absolute"), OrderingSemantics::Absolute},
    {QStringLiteral("shift"), OrderingSemantics::Shift}};
using UpdateMethod = DialectDescription::UpdateMethod;
const QList<std::pair<QString, UpdateMethod>> kUpdateMethods{
    {QStringLiteral("PUT"), UpdateMethod::Put}, {QStringLiteral("PATCH"), UpdateMethod::Patch}};
const QList<std::pair<QString, bool>> kUpdateShapes{{QStringLiteral("replace"), true},
                                                    {QStringLiteral("merge"), false}};

QString updateMethodName(UpdateMethod m) {
    return m == UpdateMethod::Patch ? QStringLiteral("PATCH") : QStringLiteral("PUT");
}

// One operation's path: a string, or {"path", "query", and for updateImage "method", "shape"}.
// The query object's fixed parameters join the path's own query.
struct OperationReader {
    Reader &paths;
    void read(const QString &key, QString *out, UpdateMethod *method = nullptr,
              bool *replace = nullptr, bool *shapeGiven = nullptr) {
        const QJsonValue v = paths.take(key);
        if (v.isUndefined())
            return;
        if (v.isString() || v.isNull()) {
            *out = v.toString();
            return;
        }
        if (!v.isObject()) {
            paths.problem(key,
                          Text::tr("%1 must be a path or an object with \"path\" and \"query\"")
                              .arg(quoted(paths.keyPath(key))));
            return;
        }
        Reader op = paths.object(key);
        QString path;
        op.string(QStringLiteral("path"), &path);
        if (path.isEmpty())
            op.problem(
                QStringLiteral("path"),
                Text::tr("%1 is missing or empty").arg(quoted(op.keyPath(QStringLiteral("path")))));
        Reader query = op.object(QStringLiteral("query"));
        const QJsonObject params =
            paths.take(key).toObject().value(QLatin1String("query")).toObject();
        QStringList items;
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            QString value;
            query.string(it.key(), &value);
            items << it.key() + QLatin1Char('=') + value;
            if (it.key().contains(QLatin1Char('&')) || value.contains(QLatin1Char('&')))
                query.problem(it.key(), Text::tr("a fixed parameter cannot contain &: write one "
                                                 "parameter per key"));
        }
        query.done();
        if (!items.isEmpty())
            path += (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                    items.join(QLatin1Char('&'));
        if (method) {
            const bool methodGiven = op.choice(QStringLiteral("method"), kUpdateMethods, method);
            bool shape = *replace;
            *shapeGiven = op.choice(QStringLiteral("shape"), kUpdateShapes, &shape);
            if (*shapeGiven)
                *replace = shape;
            else if (methodGiven)
                *replace = *method == UpdateMethod::Put;
        }
        op.done();
        *out = path;
    }
};

// Which placeholders each operation's path may and must hold.
struct PathRule {
    QString key;
    QString DialectDescription::*path;
    QStringList allowed;
    QStringList required; // every one of them
};

QList<PathRule> pathRules() {
    const QString p = QStringLiteral("{productId}");
    const QString i = QStringLiteral("{imageId}");
    using D = DialectDescription;
    return {{QStringLiteral("listProducts"), &D::listProductsPath, {}, {}},
            {QStringLiteral("listImages"), &D::listImagesPath, {p}, {p}},
            {QStringLiteral("getImage"), &D::getImagePath, {p, i}, {i}},
            {QStringLiteral("createImage"), &D::createImagePath, {p}, {}},
            {QStringLiteral("updateImage"), &D::updateImagePath, {p, i}, {i}},
            {QStringLiteral("deleteImage"), &D::deleteImagePath, {p, i}, {i}},
            {QStringLiteral("deleteAllImages"), &D::deleteAllImagesPath, {p}, {p}}};
}

// Placeholders, the leading '/', and characters that would be encoded twice or end the path.
void checkPaths(const DialectDescription &d, Problems *problems) {
    for (const PathRule &rule : pathRules()) {
        const QString &pattern = d.*rule.path;
        const QString key = QStringLiteral("paths.") + rule.key;
        if (pattern.isEmpty())
            continue;
        if (!pattern.startsWith(QLatin1Char('/')))
            problems->add(key, Text::tr("the path %1 must start with /").arg(quoted(pattern)));
        if (pattern.contains(QLatin1Char('%')) || pattern.contains(QLatin1Char('#')))
            problems->add(key, Text::tr("the path %1 must be written as it is meant, without %% "
                                        "escapes or #: Vitrine percent-encodes it when sending")
                                   .arg(quoted(pattern)));
        const DialectPath parsed = DialectPath::parse(pattern);
        QStringList known = rule.allowed;
        for (const QString &placeholder : parsed.placeholders()) {
            if (rule.allowed.contains(placeholder))
                continue;
            const QString hint = didYouMean(
                placeholder, {QStringLiteral("{productId}"), QStringLiteral("{imageId}")},
                QStringLiteral("plain"));
            problems->add(key,
                          rule.allowed.isEmpty()
                              ? Text::tr("%1 has the placeholder %2, but this path takes none%3")
                                    .arg(quoted(key), placeholder, hint)
                              : Text::tr("%1 has the placeholder %2, which is not one of %3%4")
                                    .arg(quoted(key), placeholder,
                                         rule.allowed.join(QStringLiteral(", ")), hint));
        }
        for (const QString &required : rule.required) {
            if (parsed.mentions(required))
                continue;
            problems->add(key,
                          rule.key == QLatin1String("listImages")
                              ? Text::tr("%1 must name %2: without it the path lists the images of "
                                         "every product")
                                    .arg(quoted(key), required)
                          : rule.key == QLatin1String("deleteAllImages")
                              ? Text::tr("%1 must name %2: without it the request deletes the "
                                         "images of every product")
                                    .arg(quoted(key), required)
                              : Text::tr("%1 must name %2").arg(quoted(key), required));
        }
    }
    if (!d.createImagePath.isEmpty() && !d.productIdInBody &&
        !DialectPath::parse(d.createImagePath).mentions(QStringLiteral("{productId}")))
        problems->add(
            QStringLiteral("paths.createImage"),
            Text::tr("\"paths.createImage\" must name {productId}, or \"ids.productIdInBody\" "
                     "must be true: otherwise a new image belongs to no product"));
    const QString prefix = d.apiPrefix;
    QString withoutVersion = prefix;
    withoutVersion.remove(QStringLiteral("{version}"));
    if (withoutVersion.contains(QLatin1Char('{')) || withoutVersion.contains(QLatin1Char('?')) ||
        withoutVersion.contains(QLatin1Char('%')))
        problems->add(QStringLiteral("apiPrefix"),
                      Text::tr("\"apiPrefix\" may hold only {version} and no query (%1)")
                          .arg(quoted(prefix)));
}

// Placeholders other than {width} in a value of the "thumbnails" section.
void checkWidthPlaceholder(Reader &section, const QString &key, const QString &value) {
    static const QRegularExpression braces(QStringLiteral("\\{[^{}]*\\}"));
    const QString width = QStringLiteral("{width}");
    for (const QRegularExpressionMatch &m : braces.globalMatch(value)) {
        const QString placeholder = m.captured();
        if (placeholder == width)
            continue;
        section.problem(key, Text::tr("%1 has the placeholder %2, but only {width} is known "
                                      "there%3")
                                 .arg(quoted(section.keyPath(key)), placeholder,
                                      didYouMean(placeholder, {width}, QStringLiteral("plain"))));
    }
}

// The "thumbnails" section: {"query": {"w": "{width}", "h": ""}, "fileSuffix": "_{width}x"}.
// A query value holds {width} or a fixed value; an empty or null one removes the parameter from
// the image's address. The parameters are set in the order of their names.
void readThumbnails(Reader &root, ThumbnailRule *rule) {
    Reader section = root.object(QStringLiteral("thumbnails"));
    Reader query = section.object(QStringLiteral("query"));
    const QJsonObject params = section.take(QStringLiteral("query")).toObject();
    if (section.has(QStringLiteral("query")))
        rule->query.clear(); // the file's parameters, not the defaults' and the file's
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        QString value;
        query.string(it.key(), &value);
        checkWidthPlaceholder(query, it.key(), value);
        static const QRegularExpression unsafe(QStringLiteral("[&=#?%{}\\s]"));
        if (it.key().isEmpty() || it.key().contains(unsafe))
            query.problem(it.key(), Text::tr("%1 is not a query parameter name: it must be "
                                             "written plain, without spaces, braces or &, =, #, "
                                             "?, %")
                                        .arg(quoted(query.keyPath(it.key()))));
        rule->query.append({it.key(), value});
    }
    query.done();
    section.string(QStringLiteral("fileSuffix"), &rule->fileSuffix);
    checkWidthPlaceholder(section, QStringLiteral("fileSuffix"), rule->fileSuffix);
    static const QRegularExpression notInAName(QStringLiteral("[/?#%\\s]"));
    if (rule->fileSuffix.contains(notInAName))
        section.problem(QStringLiteral("fileSuffix"),
                        Text::tr("%1 goes into the file name: it cannot hold /, ?, #, % or spaces")
                            .arg(quoted(section.keyPath(QStringLiteral("fileSuffix")))));
    section.done();
}

} // namespace

QString DialectDescription::resolvedPrefix() const {
    QString prefix = apiPrefix;
    prefix.replace(QLatin1String("{version}"), apiVersion);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix;
}

namespace {

Result<DialectDescription> readDescription(const QJsonObject &json, DialectDescription d,
                                           Problems *problems) {
    Reader root(json, QString(), problems);
    root.string(QStringLiteral("name"), &d.name);
    root.address(QStringLiteral("baseUrl"), &d.baseUrl);
    root.string(QStringLiteral("apiPrefix"), &d.apiPrefix);
    root.string(QStringLiteral("apiVersion"), &d.apiVersion);

    StoreCapabilities &c = d.capabilities;
    bool replace = c.fullReplaceUpdate;
    bool shapeGiven = false;
    Reader paths = root.object(QStringLiteral("paths"));
    OperationReader ops{paths};
    ops.read(QStringLiteral("listProducts"), &d.listProductsPath);
    ops.read(QStringLiteral("listImages"), &d.listImagesPath);
    ops.read(QStringLiteral("getImage"), &d.getImagePath);
    ops.read(QStringLiteral("createImage"), &d.createImagePath);
    ops.read(QStringLiteral("updateImage"), &d.updateImagePath, &d.updateMethod, &replace,
             &shapeGiven);
    ops.read(QStringLiteral("deleteImage"), &d.deleteImagePath);
    ops.read(QStringLiteral("deleteAllImages"), &d.deleteAllImagesPath);
    paths.done();

    Reader envelopes = root.object(QStringLiteral("envelopes"));
    envelopes.string(QStringLiteral("image"), &d.imageEnvelope);
    envelopes.string(QStringLiteral("images"), &d.imagesEnvelope);
    envelopes.string(QStringLiteral("products"), &d.productsEnvelope);
    envelopes.done();

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
    fields.done();

    Reader productFields = root.object(QStringLiteral("productFields"));
    productFields.string(QStringLiteral("id"), &d.productFields.id);
    productFields.string(QStringLiteral("title"), &d.productFields.title);
    productFields.string(QStringLiteral("imageCount"), &d.productFields.imageCount);
    productFields.string(QStringLiteral("vendor"), &d.productFields.vendor);
    productFields.string(QStringLiteral("type"), &d.productFields.productType);
    productFields.string(QStringLiteral("variants"), &d.productFields.variants);
    productFields.string(QStringLiteral("variantId"), &d.productFields.variantId);
    productFields.string(QStringLiteral("variantTitle"), &d.productFields.variantTitle);
    productFields.string(QStringLiteral("variantImage"), &d.productFields.variantImage);
    productFields.done();

    DialectDescription::ProductPaging &paging = d.productPaging;
    Reader pagingReader = root.object(QStringLiteral("productPaging"));
    pagingReader.choice(QStringLiteral("style"), kPagingStyles, &paging.style);
    pagingReader.string(QStringLiteral("pageParam"), &paging.pageParam);
    pagingReader.string(QStringLiteral("sizeParam"), &paging.sizeParam);
    pagingReader.integer(QStringLiteral("firstPage"), &paging.firstPage, 0);
    pagingReader.integer(QStringLiteral("pageSize"), &paging.pageSize, 1);
    pagingReader.string(QStringLiteral("firstPageParam"), &paging.firstPageParam);
    pagingReader.done();

    Reader auth = root.object(QStringLiteral("auth"));
    auth.bytes(QStringLiteral("header"), &d.authHeader);
    auth.string(QStringLiteral("prefix"), &d.authPrefix);
    auth.done();
    root.bytes(QStringLiteral("contentType"), &d.contentType);

    Reader ids = root.object(QStringLiteral("ids"));
    ids.choice(QStringLiteral("product"), kIdKinds, &d.productIdKind);
    ids.choice(QStringLiteral("image"), kIdKinds, &d.imageIdKind);
    ids.boolean(QStringLiteral("numericInBody"), &d.numericIdsInBody);
    ids.boolean(QStringLiteral("productIdInBody"), &d.productIdInBody);
    ids.done();

    Reader caps = root.object(QStringLiteral("capabilities"));
    caps.choice(QStringLiteral("ordering"), kOrderings, &c.ordering);
    c.orderingKnown = caps.has(QStringLiteral("ordering")); // the file's author said so
    caps.integer(QStringLiteral("altMaxOnCreate"), &c.altMaxOnCreate, 0);
    caps.integer(QStringLiteral("altMaxOnUpdate"), &c.altMaxOnUpdate, 0);
    caps.boolean(QStringLiteral("canReplaceSource"), &c.canReplaceSource);
    caps.boolean(QStringLiteral("hasVariants"), &c.hasVariants);
    caps.boolean(QStringLiteral("positionOnCreate"), &c.positionOnCreate);
    // The older spelling of paths.updateImage.shape; both may be given when they agree.
    if (caps.has(QStringLiteral("fullReplaceUpdate"))) {
        bool full = replace;
        caps.boolean(QStringLiteral("fullReplaceUpdate"), &full);
        if (shapeGiven && full != replace)
            caps.problem(QStringLiteral("fullReplaceUpdate"),
                         Text::tr("\"capabilities.fullReplaceUpdate\" says %1 but "
                                  "\"paths.updateImage.shape\" says %2")
                             .arg(full ? QStringLiteral("replace") : QStringLiteral("merge"),
                                  replace ? QStringLiteral("replace") : QStringLiteral("merge")));
        replace = full;
    } else {
        caps.take(QStringLiteral("fullReplaceUpdate"));
    }
    caps.boolean(QStringLiteral("hasTimestamps"), &c.hasTimestamps);
    caps.integer(QStringLiteral("firstPosition"), &c.firstPosition, 0);
    if (caps.has(QStringLiteral("minPosition"))) {
        int lowest = 0;
        caps.integer(QStringLiteral("minPosition"), &lowest, 0);
        c.minPosition = lowest;
    } else {
        caps.take(QStringLiteral("minPosition"));
    }
    caps.integer(QStringLiteral("maxImagesPerProduct"), &c.maxImagesPerProduct, 0);
    Reader rate = caps.object(QStringLiteral("rateLimit"));
    rate.number(QStringLiteral("requestsPerSecond"), &c.rateLimit.requestsPerSecond);
    rate.integer(QStringLiteral("burst"), &c.rateLimit.burst, 1);
    rate.done();
    caps.done();
    readThumbnails(root, &d.thumbnails);
    root.done();
    c.fullReplaceUpdate = replace;

    // What the store can do follows from where its paths are.
    c.canDeleteAll = !d.deleteAllImagesPath.isEmpty();
    c.canListProducts = !d.listProductsPath.isEmpty();
    c.hasVariants = c.hasVariants && !d.fields.variants.isEmpty();
    c.dialectName = d.name;

    const auto missing = [&](const QString &key, const QString &why = {}) {
        problems->add(key, why.isEmpty()
                               ? Text::tr("%1 is missing or empty").arg(quoted(key))
                               : Text::tr("%1 is missing or empty (%2)").arg(quoted(key), why));
    };
    if (d.name.trimmed().isEmpty())
        missing(QStringLiteral("name"));
    if (d.listImagesPath.isEmpty())
        missing(QStringLiteral("paths.listImages"));
    if (d.fields.id.isEmpty())
        missing(QStringLiteral("fields.id"));
    if (d.fields.src.isEmpty())
        missing(QStringLiteral("fields.src"));
    if (d.authHeader.isEmpty() || d.authHeader.contains(':') || d.authHeader.contains('\n') ||
        d.authHeader.contains(' '))
        problems->add(QStringLiteral("auth.header"),
                      Text::tr("\"auth.header\" must be a header name without spaces or colons"));
    if (paging.style != PagingStyle::None) {
        if (d.listProductsPath.isEmpty())
            missing(QStringLiteral("paths.listProducts"), Text::tr("productPaging pages it"));
        if (paging.sizeParam.trimmed().isEmpty())
            missing(QStringLiteral("productPaging.sizeParam"));
        if (paging.style == PagingStyle::Pages && paging.pageParam.trimmed().isEmpty())
            missing(QStringLiteral("productPaging.pageParam"));
    }
    checkPaths(d, problems);
    if (!problems->isEmpty())
        return StoreError::make(StoreError::Code::InvalidInput, problems->text());
    d.lookBeforeWriting = true;
    return d;
}

} // namespace

Result<DialectDescription> DialectDescription::fromJson(const QJsonObject &json,
                                                        DialectDescription defaults) {
    Problems problems(nullptr, QString());
    return readDescription(json, std::move(defaults), &problems);
}

Result<DialectDescription> DialectDescription::fromJson(const QJsonObject &json) {
    // A file's update is a PUT unless it says PATCH, and a PUT replaces unless it says merge:
    // sending the record back whole is safe with both kinds of store.
    DialectDescription defaults;
    defaults.capabilities.fullReplaceUpdate = true;
    return fromJson(json, std::move(defaults));
}

Result<DialectDescription> DialectDescription::fromText(const QByteArray &text,
                                                        const QString &fileName) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const JsonLocator::Position at = JsonLocator::positionOfOffset(text, pe.offset);
        return StoreError::make(StoreError::Code::InvalidInput,
                                Text::tr("%1:%2:%3: the file is not valid JSON: %4")
                                    .arg(fileName)
                                    .arg(at.line)
                                    .arg(at.column)
                                    .arg(pe.errorString()));
    }
    if (!doc.isObject())
        return StoreError::make(
            StoreError::Code::InvalidInput,
            Text::tr("%1:1:1: a dialect file is one JSON object ({ … })").arg(fileName));
    const JsonLocator locator(text);
    Problems problems(&locator, fileName);
    for (const QString &key : locator.duplicateKeys())
        problems.add(key, Text::tr("%1 is written twice; only one may stay").arg(quoted(key)));
    DialectDescription defaults;
    defaults.capabilities.fullReplaceUpdate = true;
    Result<DialectDescription> d = readDescription(doc.object(), std::move(defaults), &problems);
    if (d)
        d.value().sourceFile = fileName;
    return d;
}

Result<DialectDescription> DialectDescription::fromFile(const QString &path) {
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Code::InvalidInput,
                                Text::tr("cannot read the custom dialect file \"%1\"").arg(path));
    if (file.size() > kMaxFileBytes)
        return StoreError::make(StoreError::Code::InvalidInput,
                                Text::tr("the custom dialect file \"%1\" is too large").arg(path));
    return fromText(file.readAll(), path);
}

QJsonObject DialectDescription::toJson() const {
    QJsonObject paths{
        {QStringLiteral("listProducts"), listProductsPath},
        {QStringLiteral("listImages"), listImagesPath},
        {QStringLiteral("getImage"), getImagePath},
        {QStringLiteral("createImage"), createImagePath},
        {QStringLiteral("updateImage"),
         updateImagePath.isEmpty()
             ? QJsonValue(QString())
             : QJsonValue(QJsonObject{{QStringLiteral("path"), updateImagePath},
                                      {QStringLiteral("method"), updateMethodName(updateMethod)},
                                      {QStringLiteral("shape"), capabilities.fullReplaceUpdate
                                                                    ? QStringLiteral("replace")
                                                                    : QStringLiteral("merge")}})},
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
                   {QStringLiteral("imageCount"), productFields.imageCount},
                   {QStringLiteral("vendor"), productFields.vendor},
                   {QStringLiteral("type"), productFields.productType},
                   {QStringLiteral("variants"), productFields.variants},
                   {QStringLiteral("variantId"), productFields.variantId},
                   {QStringLiteral("variantTitle"), productFields.variantTitle},
                   {QStringLiteral("variantImage"), productFields.variantImage}};
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
                       {QStringLiteral("pageSize"), productPaging.pageSize},
                       {QStringLiteral("firstPageParam"), productPaging.firstPageParam}};
    QJsonObject thumbnailQuery;
    for (const auto &[key, value] : thumbnails.query)
        thumbnailQuery.insert(key, value);
    QJsonObject thumbnailRule{{QStringLiteral("query"), thumbnailQuery},
                              {QStringLiteral("fileSuffix"), thumbnails.fileSuffix}};
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
                    {QStringLiteral("capabilities"), caps},
                    {QStringLiteral("thumbnails"), thumbnailRule}};
    if (!baseUrl.isEmpty())
        out.insert(QStringLiteral("baseUrl"), baseUrl.toString());
    return out;
}

} // namespace vitrine
