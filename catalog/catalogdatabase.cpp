#include "catalog/catalogdatabase.h"

#include "catalog/cataloglogging.h"
#include "workflow/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vitrine {

namespace {

// 2: products gained vendor and product_type (version 1 files are upgraded when opened).
constexpr int kSchemaVersion = 2;

// This file's texts, translated in the "CatalogDatabase" context (lupdate files Text::tr() under
// it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogDatabase)
};

// Qt binds a null QString as SQL NULL: text columns get "" instead.
QString nonNull(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString stampText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime parseStamp(const QString &text) {
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString compact(const QJsonValue &v) {
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QString &text) {
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString variantsText(const QList<ProductVariant> &variants) {
    QJsonArray a;
    for (const ProductVariant &v : variants) {
        QJsonObject o{{QStringLiteral("id"), v.id}, {QStringLiteral("title"), v.title}};
        if (!v.imageId.isEmpty()) // only Shoplazza's variants name their image
            o.insert(QStringLiteral("imageId"), v.imageId);
        a.append(o);
    }
    return compact(a);
}

QList<ProductVariant> variantsFrom(const QString &text) {
    QList<ProductVariant> out;
    for (const QJsonValue v : parseJson(text).toArray()) {
        const QJsonObject o = v.toObject();
        out << ProductVariant{o.value(QStringLiteral("id")).toString(),
                              o.value(QStringLiteral("title")).toString(),
                              o.value(QStringLiteral("imageId")).toString()};
    }
    return out;
}

QString idsText(const QStringList &ids) {
    return compact(QJsonArray::fromStringList(ids));
}

QStringList idsFrom(const QString &text) {
    QStringList out;
    for (const QJsonValue v : parseJson(text).toArray())
        out << v.toString();
    return out;
}

const char *const kStateLoaded = "loaded";
const char *const kStateBroken = "broken";

} // namespace

struct CatalogDatabase::Private {
    explicit Private(QString path)
        : file(std::move(path), schema()) {}

    SqliteFile file;
    bool open = false;
    QString lastError;
    QString recoveryMessage;

    QSqlDatabase db() const { return file.database(); }

    bool fail(const QString &what, const QSqlError &error) {
        lastError = QStringLiteral("%1: %2").arg(what, error.text());
        qCWarning(lcCatalog) << "catalog:" << lastError;
        return false;
    }
    bool exec(QSqlQuery &q, const QString &what) {
        if (!q.exec())
            return fail(what, q.lastError());
        return true;
    }

    static SqliteFile::Schema schema();
    void close();
    bool setAside(const QString &why);

    // A transaction that rolls back unless committed.
    class Transaction {
    public:
        explicit Transaction(Private *p)
            : m_p(p)
            , m_ok(p->db().transaction()) {
            if (!m_ok)
                p->fail(QStringLiteral("begin"), p->db().lastError());
        }
        ~Transaction() {
            if (m_ok && !m_done)
                m_p->db().rollback();
        }
        bool ok() const { return m_ok; }
        bool commit() {
            m_done = true;
            if (!m_p->db().commit())
                return m_p->fail(QStringLiteral("commit"), m_p->db().lastError());
            return true;
        }

    private:
        Private *m_p;
        bool m_ok;
        bool m_done = false;
    };

    // Replaces products' galleries. The two statements are prepared once for a whole page:
    // preparing them per product cost more than the inserts themselves when a generic store's
    // one-page listing brings 2,000 products.
    class GalleryWriter {
    public:
        explicit GalleryWriter(Private *p);
        bool replace(const QString &store, const QString &productId, const Gallery &gallery);

    private:
        Private *m_p;
        QSqlQuery m_delete;
        QSqlQuery m_insert;
    };
};

SqliteFile::Schema CatalogDatabase::Private::schema() {
    SqliteFile::Schema schema;
    schema.connectionPrefix = QStringLiteral("vitrine-catalog");
    // synchronous=NORMAL: a killed process loses nothing that was committed; a power cut may lose
    // the last pages, which the next scan reads again (the catalog is a cache).
    schema.synchronous = QStringLiteral("NORMAL");
    schema.version = kSchemaVersion;
    schema.tables = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS scans (store TEXT PRIMARY KEY, generation "
                       "INTEGER NOT NULL, running INTEGER NOT NULL, cursor TEXT NOT NULL, listed "
                       "INTEGER NOT NULL, started_at TEXT NOT NULL, finished_at TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS products (store TEXT NOT NULL, id TEXT NOT "
                       "NULL, title TEXT NOT NULL, variants TEXT NOT NULL, updated_at TEXT NOT "
                       "NULL, sort INTEGER NOT NULL, scan INTEGER NOT NULL, gallery_read INTEGER "
                       "NOT NULL, gallery_stamp TEXT NOT NULL, vendor TEXT NOT NULL DEFAULT '', "
                       "product_type TEXT NOT NULL DEFAULT '', PRIMARY KEY (store, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS images (store TEXT NOT NULL, product TEXT NOT "
                       "NULL, place INTEGER NOT NULL, id TEXT NOT NULL, src TEXT NOT NULL, alt "
                       "TEXT NOT NULL, position INTEGER NOT NULL, variant_ids TEXT NOT NULL, width "
                       "INTEGER NOT NULL, height INTEGER NOT NULL, updated_at TEXT NOT NULL, "
                       "PRIMARY KEY (store, product, place))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS picture_checks (url TEXT PRIMARY KEY, state "
                       "TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, error TEXT "
                       "NOT NULL, checked_at TEXT NOT NULL)"),
        // A picture's difference hash (16 hex digits; empty: flat or tiny, no hash), by address.
        // A table of its own, so a catalog written before pictures were hashed opens as it is
        // (its checks without a row here are made again).
        QStringLiteral("CREATE TABLE IF NOT EXISTS picture_hashes (url TEXT PRIMARY KEY, hash "
                       "TEXT NOT NULL)"),
    };
    // A catalog of version 1 keeps its products and images; their vendor and type are empty
    // until the next scan lists them again (every scan writes every listed product's row).
    schema.upgrades = {
        {1,
         {QStringLiteral("ALTER TABLE products ADD COLUMN vendor TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE products ADD COLUMN product_type TEXT NOT NULL DEFAULT ''")}},
    };
    return schema;
}

void CatalogDatabase::Private::close() {
    file.close();
    open = false;
}

bool CatalogDatabase::Private::setAside(const QString &why) {
    const QString aside = file.setAside();
    if (aside.isEmpty()) {
        lastError = Text::tr("The catalog %1 is damaged (%2) and could not be moved aside.")
                        .arg(QDir::toNativeSeparators(file.path()), why);
        return false;
    }
    recoveryMessage =
        Text::tr("The local catalog was damaged (%1). It was moved to %2 and a new one "
                 "was started; the next scan reads the store again.")
            .arg(why, QDir::toNativeSeparators(aside));
    qCInfo(lcCatalog).noquote() << recoveryMessage;
    return true;
}

CatalogDatabase::Private::GalleryWriter::GalleryWriter(Private *p)
    : m_p(p)
    , m_delete(p->db())
    , m_insert(p->db()) {
    m_delete.prepare(QStringLiteral("DELETE FROM images WHERE store = ? AND product = ?"));
    m_insert.prepare(QStringLiteral("INSERT INTO images (store, product, place, id, src, alt, "
                                    "position, variant_ids, width, height, updated_at) VALUES (?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool CatalogDatabase::Private::GalleryWriter::replace(const QString &store,
                                                      const QString &productId,
                                                      const Gallery &gallery) {
    m_delete.bindValue(0, store);
    m_delete.bindValue(1, productId);
    if (!m_p->exec(m_delete, QStringLiteral("delete images")))
        return false;
    for (int place = 0; place < gallery.size(); ++place) {
        const ProductImage &image = gallery.at(place);
        m_insert.bindValue(0, store);
        m_insert.bindValue(1, productId);
        m_insert.bindValue(2, place);
        m_insert.bindValue(3, nonNull(image.id));
        m_insert.bindValue(4, nonNull(image.src));
        m_insert.bindValue(5, nonNull(image.alt));
        m_insert.bindValue(6, image.position);
        m_insert.bindValue(7, idsText(image.variantIds));
        m_insert.bindValue(8, image.width);
        m_insert.bindValue(9, image.height);
        m_insert.bindValue(10, stampText(image.updatedAt));
        if (!m_p->exec(m_insert, QStringLiteral("insert image")))
            return false;
    }
    return true;
}

QString CatalogDatabase::pathBeside(const QString &journalPath) {
    QString env = qEnvironmentVariable("VITRINE_CATALOG");
    if (!env.isEmpty())
        return env;
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("catalog.sqlite"));
}

CatalogDatabase::CatalogDatabase(QString filePath)
    : d(new Private(std::move(filePath))) {}

CatalogDatabase::~CatalogDatabase() {
    d->close();
    delete d;
}

bool CatalogDatabase::open() {
    if (d->open)
        return true;
    d->recoveryMessage.clear();
    const QFileInfo info(d->file.path());
    if (!QDir().mkpath(info.absolutePath())) {
        d->lastError = Text::tr("Cannot create the folder %1 for the local catalog.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QString why;
    SqliteFile::Opened r = d->file.open(&why);
    if (r == SqliteFile::Opened::Damaged) {
        if (!d->setAside(why))
            return false;
        r = d->file.open(&why);
    }
    if (r != SqliteFile::Opened::Ok) {
        d->close();
        d->lastError = Text::tr("Cannot open the local catalog %1: %2")
                           .arg(QDir::toNativeSeparators(d->file.path()), why);
        return false;
    }
    d->open = true;
    return true;
}

bool CatalogDatabase::isOpen() const {
    return d->open;
}

QString CatalogDatabase::filePath() const {
    return d->file.path();
}

QString CatalogDatabase::lastError() const {
    return d->lastError;
}

QString CatalogDatabase::recoveryMessage() const {
    return d->recoveryMessage;
}

CatalogDatabase::ScanState CatalogDatabase::scanState(const QString &store) {
    ScanState state;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT generation, running, cursor, listed, started_at, finished_at "
                             "FROM scans WHERE store = ?"));
    q.addBindValue(store);
    if (!d->exec(q, QStringLiteral("read scan")) || !q.next())
        return state;
    state.generation = q.value(0).toInt();
    state.running = q.value(1).toInt() != 0;
    state.cursor = CatalogCursor::fromJson(parseJson(q.value(2).toString()).toObject())
                       .value_or(CatalogCursor::start());
    state.productsListed = q.value(3).toInt();
    state.startedAt = parseStamp(q.value(4).toString());
    state.finishedAt = parseStamp(q.value(5).toString());
    return state;
}

std::optional<CatalogDatabase::ScanState> CatalogDatabase::beginScan(const QString &store) {
    ScanState state = scanState(store);
    if (state.running)
        return state;
    state.generation += 1;
    state.running = true;
    state.cursor = CatalogCursor::start();
    state.productsListed = 0;
    state.startedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO scans (store, generation, running, cursor, listed, "
                             "started_at, finished_at) VALUES (?, ?, 1, ?, 0, ?, ?) ON "
                             "CONFLICT(store) DO UPDATE SET generation = excluded.generation, "
                             "running = 1, cursor = excluded.cursor, listed = 0, started_at = "
                             "excluded.started_at"));
    q.addBindValue(store);
    q.addBindValue(state.generation);
    q.addBindValue(compact(state.cursor.toJson()));
    q.addBindValue(stampText(state.startedAt));
    q.addBindValue(stampText(state.finishedAt));
    if (!d->exec(q, QStringLiteral("begin scan")))
        return std::nullopt;
    return state;
}

int CatalogDatabase::savePage(const QString &store, int generation,
                              const QList<ListedProduct> &products, const CatalogCursor &next) {
    Private::Transaction transaction(d);
    if (!transaction.ok())
        return -1;
    QSqlQuery listedQuery(d->db());
    listedQuery.prepare(QStringLiteral("SELECT listed FROM scans WHERE store = ?"));
    listedQuery.addBindValue(store);
    if (!d->exec(listedQuery, QStringLiteral("read scan")) || !listedQuery.next())
        return -1;
    int listed = listedQuery.value(0).toInt();
    listedQuery.finish();

    QSqlQuery existing(d->db());
    existing.prepare(QStringLiteral(
        "SELECT scan, gallery_read, gallery_stamp FROM products WHERE store = ? AND id = ?"));
    QSqlQuery upsert(d->db());
    upsert.prepare(QStringLiteral(
        "INSERT INTO products (store, id, title, variants, updated_at, sort, scan, gallery_read, "
        "gallery_stamp, vendor, product_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
        "CONFLICT(store, id) DO UPDATE SET title = excluded.title, variants = excluded.variants, "
        "updated_at = excluded.updated_at, sort = excluded.sort, scan = excluded.scan, "
        "gallery_read = excluded.gallery_read, gallery_stamp = excluded.gallery_stamp, vendor = "
        "excluded.vendor, product_type = excluded.product_type"));
    int repeated = 0;
    Private::GalleryWriter galleries(d);
    for (const ListedProduct &listedProduct : products) {
        const CatalogProduct &p = listedProduct.product;
        existing.bindValue(0, store);
        existing.bindValue(1, p.id);
        if (!d->exec(existing, QStringLiteral("read product")))
            return -1;
        const bool known = existing.next();
        const int knownScan = known ? existing.value(0).toInt() : 0;
        const bool knownRead = known && existing.value(1).toInt() != 0;
        const QString knownStamp = known ? existing.value(2).toString() : QString();
        existing.finish();
        if (known && knownScan == generation) {
            ++repeated;
            continue;
        }
        const QString stamp = stampText(p.updatedAt);
        bool galleryRead = listedProduct.galleryListed;
        QString galleryStamp = stamp;
        if (!galleryRead) {
            // Unchanged since its gallery was read: the store's stamp has not moved.
            galleryRead = knownRead && !stamp.isEmpty() && stamp == knownStamp;
            galleryStamp = knownStamp;
        }
        upsert.bindValue(0, store);
        upsert.bindValue(1, p.id);
        upsert.bindValue(2, nonNull(p.title));
        upsert.bindValue(3, variantsText(p.variants));
        upsert.bindValue(4, stamp);
        upsert.bindValue(5, listed++);
        upsert.bindValue(6, generation);
        upsert.bindValue(7, galleryRead ? 1 : 0);
        upsert.bindValue(8, nonNull(galleryStamp));
        upsert.bindValue(9, nonNull(p.vendor));
        upsert.bindValue(10, nonNull(p.productType));
        if (!d->exec(upsert, QStringLiteral("save product")))
            return -1;
        if (listedProduct.galleryListed && !galleries.replace(store, p.id, p.images))
            return -1;
    }
    QSqlQuery scan(d->db());
    scan.prepare(QStringLiteral("UPDATE scans SET cursor = ?, listed = ? WHERE store = ?"));
    scan.addBindValue(compact(next.toJson()));
    scan.addBindValue(listed);
    scan.addBindValue(store);
    if (!d->exec(scan, QStringLiteral("save scan")) || !transaction.commit())
        return -1;
    return repeated;
}

QStringList CatalogDatabase::galleriesToRead(const QString &store, int generation) {
    QStringList out;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT id FROM products WHERE store = ? AND scan = ? AND "
                             "gallery_read = 0 ORDER BY sort"));
    q.addBindValue(store);
    q.addBindValue(generation);
    if (!d->exec(q, QStringLiteral("read products")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool CatalogDatabase::saveGallery(const QString &store, const QString &productId,
                                  const Gallery &gallery) {
    Private::Transaction transaction(d);
    if (!transaction.ok() || !Private::GalleryWriter(d).replace(store, productId, gallery))
        return false;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE products SET gallery_read = 1, gallery_stamp = updated_at "
                             "WHERE store = ? AND id = ?"));
    q.addBindValue(store);
    q.addBindValue(productId);
    return d->exec(q, QStringLiteral("save gallery")) && transaction.commit();
}

int CatalogDatabase::finishScan(const QString &store, int generation) {
    Private::Transaction transaction(d);
    if (!transaction.ok())
        return -1;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM images WHERE store = ? AND product IN (SELECT id FROM "
                             "products WHERE store = ? AND scan < ?)"));
    q.addBindValue(store);
    q.addBindValue(store);
    q.addBindValue(generation);
    if (!d->exec(q, QStringLiteral("drop images")))
        return -1;
    q.prepare(QStringLiteral("DELETE FROM products WHERE store = ? AND scan < ?"));
    q.addBindValue(store);
    q.addBindValue(generation);
    if (!d->exec(q, QStringLiteral("drop products")))
        return -1;
    const int gone = q.numRowsAffected();
    q.prepare(QStringLiteral("UPDATE scans SET running = 0, cursor = ?, finished_at = ? WHERE "
                             "store = ?"));
    q.addBindValue(compact(CatalogCursor::end().toJson()));
    q.addBindValue(stampText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(store);
    if (!d->exec(q, QStringLiteral("finish scan")) || !transaction.commit())
        return -1;
    return gone;
}

QList<CatalogProduct> CatalogDatabase::products(const QString &store) {
    QList<CatalogProduct> out;
    QHash<QString, qsizetype> indexOf;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, variants, updated_at, vendor, product_type FROM "
                             "products WHERE store = ? ORDER BY sort"));
    q.addBindValue(store);
    if (!d->exec(q, QStringLiteral("read products")))
        return out;
    while (q.next()) {
        CatalogProduct p;
        p.id = q.value(0).toString();
        p.title = q.value(1).toString();
        p.variants = variantsFrom(q.value(2).toString());
        p.updatedAt = parseStamp(q.value(3).toString());
        p.vendor = q.value(4).toString();
        p.productType = q.value(5).toString();
        indexOf.insert(p.id, out.size());
        out << std::move(p);
    }
    QSqlQuery images(d->db());
    images.setForwardOnly(true);
    images.prepare(QStringLiteral("SELECT product, id, src, alt, position, variant_ids, width, "
                                  "height, updated_at FROM images WHERE store = ? ORDER BY "
                                  "product, place"));
    images.addBindValue(store);
    if (!d->exec(images, QStringLiteral("read images")))
        return out;
    while (images.next()) {
        const auto it = indexOf.constFind(images.value(0).toString());
        if (it == indexOf.cend())
            continue;
        ProductImage image;
        image.productId = images.value(0).toString();
        image.id = images.value(1).toString();
        image.src = images.value(2).toString();
        image.alt = images.value(3).toString();
        image.position = images.value(4).toInt();
        image.variantIds = idsFrom(images.value(5).toString());
        image.width = images.value(6).toInt();
        image.height = images.value(7).toInt();
        image.updatedAt = parseStamp(images.value(8).toString());
        out[*it].images << std::move(image);
    }
    return out;
}

std::optional<CatalogProduct> CatalogDatabase::product(const QString &store,
                                                       const QString &productId) {
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT title, variants, updated_at, vendor, product_type FROM "
                             "products WHERE store = ? AND id = ?"));
    q.addBindValue(store);
    q.addBindValue(productId);
    if (!d->exec(q, QStringLiteral("read product")) || !q.next())
        return std::nullopt;
    CatalogProduct p;
    p.id = productId;
    p.title = q.value(0).toString();
    p.variants = variantsFrom(q.value(1).toString());
    p.updatedAt = parseStamp(q.value(2).toString());
    p.vendor = q.value(3).toString();
    p.productType = q.value(4).toString();
    QSqlQuery images(d->db());
    images.prepare(QStringLiteral("SELECT id, src, alt, position, variant_ids, width, height, "
                                  "updated_at FROM images WHERE store = ? AND product = ? ORDER "
                                  "BY place"));
    images.addBindValue(store);
    images.addBindValue(productId);
    if (!d->exec(images, QStringLiteral("read images")))
        return std::nullopt;
    while (images.next()) {
        ProductImage image;
        image.productId = productId;
        image.id = images.value(0).toString();
        image.src = images.value(1).toString();
        image.alt = images.value(2).toString();
        image.position = images.value(3).toInt();
        image.variantIds = idsFrom(images.value(4).toString());
        image.width = images.value(5).toInt();
        image.height = images.value(6).toInt();
        image.updatedAt = parseStamp(images.value(7).toString());
        p.images << std::move(image);
    }
    return p;
}

namespace {
int countOf(const QSqlDatabase &db, const QString &sql, const QString &store) {
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(store);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}
} // namespace

int CatalogDatabase::productCount(const QString &store) {
    return countOf(d->db(), QStringLiteral("SELECT COUNT(*) FROM products WHERE store = ?"), store);
}

int CatalogDatabase::imageCount(const QString &store) {
    return countOf(d->db(), QStringLiteral("SELECT COUNT(*) FROM images WHERE store = ?"), store);
}

QHash<QString, PictureCheck> CatalogDatabase::pictureChecks() {
    QHash<QString, PictureCheck> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT url, state, width, height, error, checked_at FROM picture_checks"))) {
        d->fail(QStringLiteral("read picture checks"), q.lastError());
        return out;
    }
    while (q.next()) {
        PictureCheck check;
        check.state = q.value(1).toString() == QLatin1String(kStateBroken)
                          ? PictureCheck::State::Broken
                          : PictureCheck::State::Loaded;
        if (check.state == PictureCheck::State::Loaded)
            check.size = QSize(q.value(2).toInt(), q.value(3).toInt());
        check.error = q.value(4).toString();
        check.checkedAt = parseStamp(q.value(5).toString());
        out.insert(q.value(0).toString(), check);
    }
    QSqlQuery hashes(d->db());
    hashes.setForwardOnly(true);
    if (!hashes.exec(QStringLiteral("SELECT url, hash FROM picture_hashes"))) {
        d->fail(QStringLiteral("read picture hashes"), hashes.lastError());
        return out;
    }
    while (hashes.next()) {
        const auto it = out.find(hashes.value(0).toString());
        if (it == out.end() || it->state != PictureCheck::State::Loaded)
            continue;
        it->hashed = true;
        bool ok = false;
        const quint64 hash = hashes.value(1).toString().toULongLong(&ok, 16);
        if (ok)
            it->hash = hash;
    }
    return out;
}

bool CatalogDatabase::savePictureChecks(const QHash<QString, PictureCheck> &checks) {
    Private::Transaction transaction(d);
    if (!transaction.ok())
        return false;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO picture_checks (url, state, width, height, "
                             "error, checked_at) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery hash(d->db());
    hash.prepare(QStringLiteral("INSERT OR REPLACE INTO picture_hashes (url, hash) VALUES (?, ?)"));
    QSqlQuery noHash(d->db());
    noHash.prepare(QStringLiteral("DELETE FROM picture_hashes WHERE url = ?"));
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        const PictureCheck &c = it.value();
        q.bindValue(0, it.key());
        q.bindValue(
            1, QLatin1String(c.state == PictureCheck::State::Broken ? kStateBroken : kStateLoaded));
        q.bindValue(2, c.size.isValid() ? c.size.width() : 0);
        q.bindValue(3, c.size.isValid() ? c.size.height() : 0);
        q.bindValue(4, nonNull(c.error));
        q.bindValue(5, stampText(c.checkedAt));
        if (!d->exec(q, QStringLiteral("save picture check")))
            return false;
        if (c.state == PictureCheck::State::Loaded && c.hashed) {
            hash.bindValue(0, it.key());
            hash.bindValue(1, c.hash ? QStringLiteral("%1").arg(*c.hash, 16, 16, QLatin1Char('0'))
                                     : nonNull(QString()));
            if (!d->exec(hash, QStringLiteral("save picture hash")))
                return false;
        } else {
            noHash.bindValue(0, it.key());
            if (!d->exec(noHash, QStringLiteral("save picture hash")))
                return false;
        }
    }
    return transaction.commit();
}

} // namespace vitrine
