#include "net/backoff.h"
#include "net/ratelimitheaders.h"
#include "net/throttle.h"

#include <QtTest>

using namespace vitrine;

// Throttle, backoff and rate-limit headers: pure logic with the clock passed in.
class TstThrottle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unlimitedNeverWaits() {
        Throttle t;
        for (int i = 0; i < 100; ++i)
            QCOMPARE(t.reserve(0), 0);
    }

    void burstThenRate() {
        Throttle t(RateLimit{4, 40}); // SHOPLINE: 4/s, burst 40 (one slot kept spare)
        for (int i = 0; i < 39; ++i)
            QCOMPARE(t.reserve(1000), 0);
        // Then one slot every 250 ms, handed out in order.
        QCOMPARE(t.reserve(1000), 250);
        QCOMPARE(t.reserve(1000), 500);
        QCOMPARE(t.reserve(1000), 750);
        // Time passes: the queue drains.
        QCOMPARE(t.reserve(2000), 0);
    }

    void rateWithoutBurst() {
        Throttle t(RateLimit{2, 1}); // Shoplazza: 2/s, paced 2% under it (no slot to spare)
        QCOMPARE(t.reserve(0), 0);
        QCOMPARE(t.reserve(0), 511);
        QCOMPARE(t.reserve(500), 521);
    }

    void rateLimitedPausesAndSlowsDown() {
        Throttle t(RateLimit{4, 10});
        QCOMPARE(t.reserve(0), 0);
        t.onRateLimited(0, 2000);
        QCOMPARE(t.pausedUntil(), 2000);
        QCOMPARE(t.effectiveRate(), 2.0);
        QVERIFY(t.reserve(0) >= 2000);
        // Successes bring the speed back.
        for (int i = 0; i < 40; ++i)
            t.onSuccess();
        QCOMPARE(t.effectiveRate(), 4.0);
    }

    // Three 429s halve the rate three times; as soon as the store accepts requests again, each
    // success doubles it back: the full rate after three successes, not dozens.
    void rateComesBackAfterAsManySuccessesAs429s() {
        Throttle t(RateLimit{2, 40}); // Shopify standard
        for (int i = 0; i < 3; ++i)
            t.onRateLimited(0, 0);
        QCOMPARE(t.effectiveRate(), 0.25);
        t.onSuccess();
        QCOMPARE(t.effectiveRate(), 0.5);
        t.onSuccess();
        t.onSuccess();
        QCOMPARE(t.effectiveRate(), 2.0);
        t.onSuccess();
        QCOMPARE(t.effectiveRate(), 2.0);
    }

    // A 429 empties the bucket but for the retry the store asked for; once probeAfter() requests
    // in a row went through at full speed, the store's bucket is taken as drained and the burst
    // is back.
    void burstComesBackWhenTheStoreKeepsAccepting() {
        Throttle t(RateLimit{4, 40}); // SHOPLINE: no header tells how full its bucket is
        t.onRateLimited(0, 0);
        QCOMPARE(t.reserve(0), 0); // the retry, when the pause ends
        QVERIFY(t.reserve(0) > 0); // then the bucket is empty
        t.onSuccess();             // full speed again
        QCOMPARE(t.effectiveRate(), 4.0);
        QCOMPARE(t.probeAfter(), 4);
        for (int i = 0; i < 3; ++i)
            t.onSuccess();
        QVERIFY(t.reserve(0) > 0); // not yet given back: still paced
        t.onSuccess();
        for (int i = 0; i < 39; ++i) // the burst but the slot kept spare
            QCOMPARE(t.reserve(0), 0);
        QVERIFY(t.reserve(0) > 0); // the burst, and not more
    }

    // Giving the burst back and being refused again: the next time it takes twice as many
    // successes. A store whose bucket really is full costs one 429 per probe, ever rarer.
    void refusedProbeWaitsTwiceAsLong() {
        Throttle t(RateLimit{4, 40});
        t.onRateLimited(0, 0);
        for (int i = 0; i < 1 + 4; ++i)
            t.onSuccess();
        QCOMPARE(t.probeAfter(), 4);
        t.onRateLimited(1000, 0); // the probe was refused
        QCOMPARE(t.probeAfter(), 8);
        QCOMPARE(t.reserve(1000), 0); // its retry
        t.onSuccess();                // full speed
        for (int i = 0; i < 7; ++i)
            t.onSuccess();
        QVERIFY(t.reserve(1000) > 0); // seven at full speed are not enough now
        t.onSuccess();
        QCOMPARE(t.reserve(1000), 0);
        // A 429 that is not a refused probe leaves the wait as it is.
        Throttle u(RateLimit{4, 40});
        u.onRateLimited(0, 0);
        u.onRateLimited(0, 0);
        QCOMPARE(u.probeAfter(), 4);
    }

    // A store with no known limit that answered 429 is assumed to allow 4 a second; while it
    // keeps accepting, that doubles up to kMaxLearnedRate.
    void learnedLimitGrowsBack() {
        Throttle t;
        t.onRateLimited(0, 0);
        QCOMPARE(t.effectiveRate(), Throttle::kAssumedRateAfter429);
        t.onSuccess();
        QCOMPARE(t.effectiveRate(), 2 * Throttle::kAssumedRateAfter429);
        for (int i = 0; i < 10; ++i)
            t.onSuccess();
        QCOMPARE(t.effectiveRate(), Throttle::kMaxLearnedRate);
    }

    // The store's own report of its bucket wins both ways: a drained bucket gives the burst back
    // at once, a full one holds requests back; slots promised to waiting requests stay promised.
    void callLimitReportRestoresTheBurst() {
        Throttle t(RateLimit{2, 40});
        t.onRateLimited(0, 0);
        QCOMPARE(t.reserve(0), 0); // the retry
        QVERIFY(t.reserve(0) > 0);
        t.onCallLimit(0, 2, 40); // 37 left, one of them promised just now
        for (int i = 0; i < 36; ++i)
            QCOMPARE(t.reserve(0), 0);
        QVERIFY(t.reserve(0) > 0);
    }

    void unknownLimitLearnsFrom429() {
        Throttle t;
        QCOMPARE(t.effectiveRate(), 0.0);
        t.onRateLimited(0, 1000);
        QVERIFY(t.effectiveRate() > 0);
        QCOMPARE(t.reserve(0), 1000);
        QVERIFY(t.reserve(1000) > 0); // now spaced out
    }

    void callLimitHeaderSlowsNearTheCap() {
        Throttle t(RateLimit{2, 40}); // Shopify standard
        QCOMPARE(t.reserve(0), 0);
        // The store says its bucket holds 39 of 40: at most 0 left once one spare is kept.
        t.onCallLimit(0, 39, 40);
        QVERIFY(t.reserve(0) >= 500);
        Throttle low(RateLimit{2, 40});
        low.onCallLimit(0, 10, 40);
        QCOMPARE(low.reserve(0), 0);
    }

    // Requests sent concurrently and not answered yet may not be in the store's count: their
    // slots are taken as used, so a burst of concurrent writes never overfills the bucket.
    void callLimitCountsRequestsStillOnTheWire() {
        Throttle t(RateLimit{2, 40});
        t.onCallLimit(0, 30, 40, 9); // 30 counted, 9 on the wire: none left once one is spare
        QVERIFY(t.reserve(0) >= 500);
        Throttle counted(RateLimit{2, 40});
        counted.onCallLimit(0, 30, 40, 0);
        QCOMPARE(counted.reserve(0), 0);
        // Requests waiting for their slot keep it: 9 left, 9 waiting.
        Throttle waiting(RateLimit{2, 40});
        waiting.onCallLimit(0, 30, 40, 0, 9);
        QVERIFY(waiting.reserve(0) >= 500);
    }

    void backoffIsExponentialWithJitter() {
        // Jitter source fixed at its extremes: delays are between half and all of the cap.
        Backoff high(100, 1000, [] { return 0.999999; });
        Backoff low(100, 1000, [] { return 0.0; });
        QCOMPARE(high.delayMs(0), 100);
        QCOMPARE(high.delayMs(1), 200);
        QCOMPARE(high.delayMs(2), 400);
        QCOMPARE(high.delayMs(3), 800);
        QCOMPARE(high.delayMs(4), 1000); // capped
        QCOMPARE(high.delayMs(40), 1000);
        QCOMPARE(low.delayMs(0), 50);
        QCOMPARE(low.delayMs(3), 400);
        // A seeded generator gives the same sequence every run.
        auto seeded = [] {
            auto gen = std::make_shared<QRandomGenerator>(42);
            return Backoff(100, 10000, [gen] { return gen->generateDouble(); });
        };
        const Backoff a = seeded();
        const Backoff b = seeded();
        for (int i = 0; i < 6; ++i)
            QCOMPARE(a.delayMs(i), b.delayMs(i));
    }

    void retryAfter_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("Shopify float") << QByteArray("2.0") << qint64(2000);
        QTest::newRow("fraction") << QByteArray(" 0.25 ") << qint64(250);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::newRow("date in the past")
            << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("absurd") << QByteArray("99999999") << qint64(86400000);
    }
    void retryAfter() {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(RateLimitHeaders::retryAfterMs(value, now).value_or(-1), expected);
    }

    void callLimit() {
        const auto l = RateLimitHeaders::callLimit("32/40");
        QVERIFY(l.has_value());
        QCOMPARE(l->used, 32);
        QCOMPARE(l->capacity, 40);
        QVERIFY(!RateLimitHeaders::callLimit("32").has_value());
        QVERIFY(!RateLimitHeaders::callLimit("a/b").has_value());
        QVERIFY(!RateLimitHeaders::callLimit("3/0").has_value());
    }
};

QTEST_GUILESS_MAIN(TstThrottle)
#include "tst_throttle.moc"
