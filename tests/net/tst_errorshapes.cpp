#include "nettestsupport.h"

#include "net/storeclient.h"
#include "net/thumbnailfetcher.h"

#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const SimDialect G = SimDialect::Generic;
const SimDialect S = SimDialect::Shoplazza;

StoreProfile shoplazzaProfile(const StoreSimulator &sim) {
    StoreProfile p;
    p.name = QStringLiteral("Shoplazza");
    p.dialect = QStringLiteral("shoplazza");
    p.baseUrl = sim.baseUrl();
    p.rateLimit = RateLimit{200, 40};
    p.maxRetries = 1;
    return p;
}

} // namespace

// The error bodies the documents show besides each store's usual ones, over real HTTP (the
// simulator sends them itself: StoreSimulator::setErrorStyle, Shoplazza's non-JSON 400), and
// the sentence a user reads for what was asked: a listing that is not there, an image the image
// host lacks, a store that stays rate limited after the retries.
class TstErrorShapes : public QObject {
    Q_OBJECT
private:
    StoreSimulator *m_sim = nullptr;

    static int occurrences(const QString &text, const QString &part) {
        return int(text.count(part));
    }

private Q_SLOTS:
    void init() {
        m_sim = new StoreSimulator(this);
        QVERIFY(m_sim->start());
    }
    void cleanup() { delete m_sim; }

    // "some deployments send details instead of errors" (STORES.md).
    void genericDetails() {
        m_sim->setErrorStyle(G, SimErrorStyle::Details);
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.position = 2000000000; // over what the store takes
        const Result<ProductImage> r =
            await(makeClient(genericProfile(*m_sim))->createImage(QStringLiteral("101"), n));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 400);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Validation failed"));
        QCOMPARE(r.error().fieldErrors,
                 QStringList{QStringLiteral("displayOrder: Display order must be an integer")});
        QVERIFY2(r.error().userMessage().contains(QStringLiteral("displayOrder")),
                 qPrintable(r.error().userMessage()));
    }

    // "… or only {status, error}".
    void genericStatusAndErrorOnly() {
        m_sim->setErrorStyle(G, SimErrorStyle::StatusAndError);
        const Result<ProductImage> r =
            await(makeClient(genericProfile(*m_sim))
                      ->getImage(QStringLiteral("101"), QStringLiteral("999")));
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Not Found"));
        QCOMPARE(r.error().userMessage(),
                 QStringLiteral("The store does not have this item any more (it may have been "
                                "deleted elsewhere): Not Found [HTTP 404]."));
    }

    // Seed 002: a 400 whose body is the bare words "Bad Request".
    void shoplazzaPlainTextBadRequest() {
        m_sim->setErrorStyle(S, SimErrorStyle::PlainText);
        NewImage n;
        n.src = m_sim->imageUrl(StoreSimulator::demoImageFiles().first()).toString();
        n.position = 2000000; // beyond what the store takes
        const QString product = m_sim->products(S).first().id;
        const Result<ProductImage> r =
            await(makeClient(shoplazzaProfile(*m_sim), QStringLiteral("test-token"))
                      ->createImage(product, n));
        QCOMPARE(r.error().code, StoreError::Code::Validation);
        QCOMPARE(r.error().httpStatus, 400);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Bad Request"));
        QCOMPARE(r.error().userMessage(),
                 QStringLiteral("The store refused the change: Bad Request [HTTP 400]."));
    }

    // Seed 002: a 401 whose body is the bare word "Unauthorized"; never retried.
    void shoplazzaPlainTextUnauthorized() {
        m_sim->setErrorStyle(S, SimErrorStyle::PlainText);
        const QString product = m_sim->products(S).first().id;
        const Result<Gallery> r = await(
            makeClient(shoplazzaProfile(*m_sim), QStringLiteral("wrong"))->listImages(product));
        QCOMPARE(r.error().code, StoreError::Code::Unauthorized);
        QCOMPARE(r.error().storeMessage, QStringLiteral("Unauthorized"));
        QVERIFY(!r.error().retryable);
        QCOMPARE(m_sim->recordedRequests().size(), 1);
    }

    // A store address that already ends in the API path: the listing is not there. That is a
    // wrong address, not an item deleted elsewhere.
    void listingAtAWrongAddress_data() {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("extraPath");
        QTest::newRow("generic") << QStringLiteral("generic") << QStringLiteral("/api/v1");
        QTest::newRow("shopify") << QStringLiteral("shopify") << QStringLiteral("/admin");
    }
    void listingAtAWrongAddress() {
        QFETCH(QString, dialect);
        QFETCH(QString, extraPath);
        StoreProfile p = genericProfile(*m_sim);
        p.dialect = dialect;
        p.baseUrl = QUrl(m_sim->baseUrl().toString() + extraPath);
        const Result<QList<ProductSummary>> r =
            await(makeClient(p, QStringLiteral("test-token"))->listProducts());
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(r.error().subject, StoreError::Subject::Address);
        const QString m = r.error().userMessage();
        QVERIFY2(m.startsWith(QStringLiteral("The store has no such address — check the store "
                                             "address (asked for ") +
                              p.baseUrl.toString()),
                 qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("any more")), qPrintable(m));
        QCOMPARE(occurrences(m, QStringLiteral("HTTP 404")), 1);
    }

    // The image host is not the store, and the status is said once.
    void imageHostWithoutTheImage() {
        QTemporaryDir cache;
        ThumbnailFetcher::Options o;
        o.cacheDirectory = cache.path();
        ThumbnailFetcher fetcher(o);
        fetcher.networkAccessManager()->setProxy(QNetworkProxy::NoProxy);
        const Result<QByteArray> r =
            await(fetcher.fetch(m_sim->imageUrl(StoreSimulator::brokenDemoImageFile())));
        QCOMPARE(r.error().code, StoreError::Code::NotFound);
        QCOMPARE(r.error().subject, StoreError::Subject::ImageHost);
        QCOMPARE(r.error().userMessage(),
                 QStringLiteral("The image host has no image at this address [HTTP 404]."));
    }

    // The error a caller gets is what is left after the retries: it says so.
    void rateLimitedAfterTheRetries() {
        m_sim->addFault(fault("GET", QStringLiteral("/product-images/product/101$"), 429,
                              "{\"status\":429,\"error\":\"Too Many Requests\"}", -1));
        const Result<Gallery> r =
            await(makeClient(genericProfile(*m_sim, 10000, 2))->listImages(QStringLiteral("101")));
        QCOMPARE(r.error().code, StoreError::Code::RateLimited);
        QCOMPARE(countRequests(*m_sim, "GET", QStringLiteral("/product-images/product/101$")), 3);
        const QString m = r.error().userMessage();
        QVERIFY2(m.contains(QStringLiteral("retries ran out")), qPrintable(m));
        QVERIFY2(!m.contains(QStringLiteral("will slow down and retry")), qPrintable(m));
    }
};

QTEST_GUILESS_MAIN(TstErrorShapes)
#include "tst_errorshapes.moc"
