// GalleryLoader over real HTTP on 127.0.0.1 against the store simulator: the gallery as the store
// has it, what the journal keeps of the product, loading or restoring into a session; an
// unreachable store and a refused token leave the session as it was.
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "tests/core/stagedfixtures.h"
#include "tests/net/nettestsupport.h"
#include "workflow/galleryloader.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;
using namespace vitrine::test;

class TestGalleryLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheStoresGallery();
    void readTellsWhatTheJournalKeeps();
    void openLoadsTheStoresGallery();
    void openRestoresKeptEdits();
    void openWithUnreadableKeptEditsLoadsTheStores();
    void productWithoutImages();
    void unreachableStoreLeavesSessionAlone();
    void refusedTokenLeavesSessionAlone();

private:
    std::unique_ptr<StoreClient> client(const QString &token = {}) {
        return makeClient(genericProfile(*m_sim, 10000, 1), token);
    }
    QString storeKey() const { return Journal::storeKey(genericProfile(*m_sim)); }
    // A state kept for m_product with one alt edit on the store's current gallery.
    SessionState keptState() const {
        SessionState s;
        s.productId = m_product;
        s.staged.baseline = m_sim->images(SimDialect::Generic, m_product);
        for (const ProductImage &image : s.staged.baseline)
            s.staged.rows.append(StagedImage{image.id, false, image, {}});
        s.staged.rows[0].image.alt = QStringLiteral("kept from yesterday");
        return s;
    }

    StoreSimulator *m_sim = nullptr;
    QString m_product;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

void TestGalleryLoader::init() {
    m_sim = new StoreSimulator(this);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->lastError()));
    m_product.clear();
    for (const ProductSummary &p : m_sim->products(SimDialect::Generic)) {
        if (m_sim->images(SimDialect::Generic, p.id).size() >= 3) {
            m_product = p.id;
            break;
        }
    }
    QVERIFY(!m_product.isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(m_journal->open());
}

void TestGalleryLoader::cleanup() {
    m_journal.reset();
    m_dir.reset();
    delete m_sim;
    m_sim = nullptr;
}

void TestGalleryLoader::readsTheStoresGallery() {
    // Changed in the store's admin just before: the read sees it.
    const Gallery before = m_sim->images(SimDialect::Generic, m_product);
    ImagePatch patch;
    patch.alt = QStringLiteral("changed by a colleague");
    QVERIFY(m_sim->editImageElsewhere(SimDialect::Generic, m_product, before[1].id, patch));
    auto c = client();
    const Result<GalleryLoader::Opened> opened = await(GalleryLoader::read(c.get(), m_product));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().userMessage()));
    const Gallery expected = m_sim->images(SimDialect::Generic, m_product);
    QCOMPARE(opened->gallery.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(opened->gallery[i].id, expected[i].id);
        QCOMPARE(opened->gallery[i].alt, expected[i].alt);
        QCOMPARE(opened->gallery[i].src, expected[i].src);
        QCOMPARE(opened->gallery[i].position, expected[i].position);
    }
    QCOMPARE(opened->gallery[1].alt, QStringLiteral("changed by a colleague"));
    QVERIFY(!opened->journaled);
    QCOMPARE(countRequests(*m_sim, "GET",
                           QStringLiteral("^/api/v1/product-images/product/%1$").arg(m_product)),
             1);
}

void TestGalleryLoader::readTellsWhatTheJournalKeeps() {
    auto c = client();
    Result<GalleryLoader::Opened> opened =
        await(GalleryLoader::read(c.get(), m_product, m_journal.get()));
    QVERIFY(opened.ok());
    QVERIFY(!opened->journaled);

    QVERIFY(m_journal->saveState(storeKey(), keptState(), QStringLiteral("Grey sofa")));
    // Kept under another store: not this one's.
    QVERIFY(m_journal->saveState(QStringLiteral("Another store"), keptState()));
    opened = await(GalleryLoader::read(c.get(), m_product, m_journal.get()));
    QVERIFY(opened.ok());
    QVERIFY(opened->journaled);
    QCOMPARE(opened->journaled->store, storeKey());
    QCOMPARE(opened->journaled->productId, m_product);
    QCOMPARE(opened->journaled->pendingCount, 1);
    QCOMPARE(opened->journaled->productTitle, QStringLiteral("Grey sofa"));

    // A store key given by the caller (the GUI's after a profile rename) is the one asked.
    opened = await(
        GalleryLoader::read(c.get(), m_product, m_journal.get(), QStringLiteral("Another store")));
    QVERIFY(opened.ok());
    QVERIFY(opened->journaled);
    QCOMPARE(opened->journaled->store, QStringLiteral("Another store"));
    opened = await(GalleryLoader::read(c.get(), m_product, m_journal.get(),
                                       QStringLiteral("A store with nothing kept")));
    QVERIFY(opened.ok());
    QVERIFY(!opened->journaled);
}

void TestGalleryLoader::openLoadsTheStoresGallery() {
    QVERIFY(m_journal->saveState(storeKey(), keptState()));
    EditSession session;
    auto c = client();
    const Result<GalleryLoader::Opened> opened =
        await(GalleryLoader::open(c.get(), &session, m_product, m_journal.get(), false));
    QVERIFY(opened.ok());
    QCOMPARE(session.productId(), m_product);
    QCOMPARE(session.capabilities().dialectName, QStringLiteral("generic"));
    QCOMPARE(session.model()->baseline(), opened->gallery);
    QCOMPARE(session.pendingCount(), 0);
    // Not restored, and not forgotten: the user has not chosen yet.
    QVERIFY(opened->journaled);
    QCOMPARE(m_journal->loadState(storeKey(), m_product).value_or(SessionState{}), keptState());
}

void TestGalleryLoader::openRestoresKeptEdits() {
    const SessionState kept = keptState();
    QVERIFY(m_journal->saveState(storeKey(), kept));
    EditSession session;
    auto c = client();
    const Result<GalleryLoader::Opened> opened =
        await(GalleryLoader::open(c.get(), &session, m_product, m_journal.get(), true));
    QVERIFY(opened.ok());
    QCOMPARE(session.state(), kept);
    QCOMPARE(session.pendingCount(), 1);
    QCOMPARE(session.capabilities().dialectName, QStringLiteral("generic"));
    QVERIFY(opened->journaled);
    QCOMPARE(opened->gallery.size(), kept.staged.baseline.size());
}

void TestGalleryLoader::openWithUnreadableKeptEditsLoadsTheStores() {
    QVERIFY(m_journal->saveState(storeKey(), keptState()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_journal->filePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE staged SET state = '{\"format\": 1'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    EditSession session;
    auto c = client();
    const Result<GalleryLoader::Opened> opened =
        await(GalleryLoader::open(c.get(), &session, m_product, m_journal.get(), true));
    QVERIFY(opened.ok());
    QCOMPARE(session.productId(), m_product);
    QCOMPARE(session.model()->baseline(), opened->gallery);
    QCOMPARE(session.pendingCount(), 0);
    QVERIFY2(m_journal->recoveryMessage().contains(QLatin1String("could not be read")),
             qPrintable(m_journal->recoveryMessage()));
}

void TestGalleryLoader::productWithoutImages() {
    // The generic store answers an empty list for a product it has no images of.
    EditSession session;
    session.load(QStringLiteral("earlier"), makeGallery(2));
    auto c = client();
    const Result<GalleryLoader::Opened> opened = await(
        GalleryLoader::open(c.get(), &session, QStringLiteral("999999"), m_journal.get(), true));
    QVERIFY(opened.ok());
    QVERIFY(opened->gallery.isEmpty());
    QVERIFY(!opened->journaled);
    QCOMPARE(session.productId(), QStringLiteral("999999"));
    QCOMPARE(session.model()->rowCount(), 0);
}

void TestGalleryLoader::unreachableStoreLeavesSessionAlone() {
    EditSession session;
    session.load(QStringLiteral("earlier"), makeGallery(2));
    QVERIFY(session.setAltText({0}, QStringLiteral("staged")));
    const StoreProfile profile = genericProfile(*m_sim, 10000, 1);
    delete m_sim; // nothing listens on that port any more
    m_sim = nullptr;
    auto c = makeClient(profile);
    const Result<GalleryLoader::Opened> opened =
        await(GalleryLoader::open(c.get(), &session, m_product, m_journal.get(), true));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, StoreError::Code::Network);
    QVERIFY(!opened.error().userMessage().isEmpty());
    QCOMPARE(session.productId(), QStringLiteral("earlier"));
    QCOMPARE(session.pendingCount(), 1);
}

void TestGalleryLoader::refusedTokenLeavesSessionAlone() {
    m_sim->setRequiredToken(SimDialect::Generic, QStringLiteral("the-right-token"));
    EditSession session;
    session.load(QStringLiteral("earlier"), makeGallery(2));
    QVERIFY(session.setAltText({0}, QStringLiteral("staged")));
    auto c = client(QStringLiteral("an-expired-token"));
    const Result<GalleryLoader::Opened> opened =
        await(GalleryLoader::open(c.get(), &session, m_product, m_journal.get(), true));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, StoreError::Code::Unauthorized);
    QCOMPARE(session.productId(), QStringLiteral("earlier"));
    QCOMPARE(session.pendingCount(), 1);
    // With the right token it opens.
    auto good = client(QStringLiteral("the-right-token"));
    QVERIFY(
        await(GalleryLoader::open(good.get(), &session, m_product, m_journal.get(), true)).ok());
    QCOMPARE(session.productId(), m_product);
}

QTEST_GUILESS_MAIN(TestGalleryLoader)
#include "tst_galleryloader.moc"
