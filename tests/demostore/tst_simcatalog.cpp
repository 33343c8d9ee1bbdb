// The simulator's catalog on its own: both ordering semantics, the clock, ids and the JSON round
// trip. No HTTP: these are the rules every dialect inherits.
#include "demostore/simcatalog.h"

#include <QtTest>

using namespace vitrine;
using namespace Qt::StringLiterals;

namespace {

SimCatalog makeCatalog(OrderingSemantics ordering, int images) {
    SimCatalog c(SimIdGenerator(SimIdGenerator::Scheme::Integer,
                                {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}),
                 ordering);
    c.addProduct(QStringLiteral("P"));
    for (int i = 0; i < images; ++i) {
        NewImage n;
        n.src = QStringLiteral("https://example.com/%1.jpg").arg(i + 1);
        c.addImage(QStringLiteral("1"), n);
    }
    return c;
}

// "id:position" of each image in display order.
QStringList order(const SimCatalog &c) {
    QStringList out;
    for (const SimImage &i : c.images(QStringLiteral("1")))
        out.append(i.image.id + QLatin1Char(':') + QString::number(i.image.position));
    return out;
}

} // namespace

class TstSimCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void moveAnImage_data() {
        QTest::addColumn<OrderingSemantics>("ordering");
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("position");
        QTest::addColumn<QStringList>("expected");
        const auto A = OrderingSemantics::Absolute;
        const auto S = OrderingSemantics::Shift;
        QTest::newRow("absolute: stored as given")
            << A << u"4"_s << 2 << QStringList{u"1:1"_s, u"2:2"_s, u"4:2"_s, u"3:3"_s};
        QTest::newRow("absolute: value beyond the end")
            << A << u"1"_s << 10 << QStringList{u"2:2"_s, u"3:3"_s, u"4:4"_s, u"1:10"_s};
        QTest::newRow("shift: to the front renumbers")
            << S << u"4"_s << 1 << QStringList{u"4:1"_s, u"1:2"_s, u"2:3"_s, u"3:4"_s};
        QTest::newRow("shift: to the middle")
            << S << u"1"_s << 3 << QStringList{u"2:1"_s, u"3:2"_s, u"1:3"_s, u"4:4"_s};
        QTest::newRow("shift: beyond the end is last")
            << S << u"2"_s << 99 << QStringList{u"1:1"_s, u"3:2"_s, u"4:3"_s, u"2:4"_s};
        QTest::newRow("shift: below 1 is first")
            << S << u"3"_s << 0 << QStringList{u"3:1"_s, u"1:2"_s, u"2:3"_s, u"4:4"_s};
        QTest::newRow("shift: same place")
            << S << u"2"_s << 2 << QStringList{u"1:1"_s, u"2:2"_s, u"3:3"_s, u"4:4"_s};
    }
    void moveAnImage() {
        QFETCH(OrderingSemantics, ordering);
        QFETCH(QString, image);
        QFETCH(int, position);
        QFETCH(QStringList, expected);
        SimCatalog c = makeCatalog(ordering, 4);
        ImagePatch p;
        p.position = position;
        QVERIFY(c.updateImage(image, p));
        QCOMPARE(order(c), expected);
    }

    void createWithAndWithoutPosition_data() {
        QTest::addColumn<OrderingSemantics>("ordering");
        QTest::addColumn<std::optional<int>>("position");
        QTest::addColumn<QStringList>("expected");
        const auto A = OrderingSemantics::Absolute;
        const auto S = OrderingSemantics::Shift;
        QTest::newRow("absolute: appended after the highest")
            << A << std::optional<int>() << QStringList{u"1:1"_s, u"2:2"_s, u"3:3"_s, u"4:4"_s};
        QTest::newRow("absolute: value kept, ties by creation")
            << A << std::optional<int>(2) << QStringList{u"1:1"_s, u"2:2"_s, u"4:2"_s, u"3:3"_s};
        QTest::newRow("shift: appended")
            << S << std::optional<int>() << QStringList{u"1:1"_s, u"2:2"_s, u"3:3"_s, u"4:4"_s};
        QTest::newRow("shift: inserted and renumbered")
            << S << std::optional<int>(1) << QStringList{u"4:1"_s, u"1:2"_s, u"2:3"_s, u"3:4"_s};
    }
    void createWithAndWithoutPosition() {
        QFETCH(OrderingSemantics, ordering);
        QFETCH(std::optional<int>, position);
        QFETCH(QStringList, expected);
        SimCatalog c = makeCatalog(ordering, 3);
        NewImage n;
        n.src = QStringLiteral("https://example.com/new.jpg");
        n.position = position;
        c.addImage(QStringLiteral("1"), n);
        QCOMPARE(order(c), expected);
    }

    void deleteRenumbersOnlyInShift() {
        SimCatalog a = makeCatalog(OrderingSemantics::Absolute, 4);
        QVERIFY(a.removeImage(QStringLiteral("2")));
        QCOMPARE(order(a), (QStringList{u"1:1"_s, u"3:3"_s, u"4:4"_s}));
        SimCatalog s = makeCatalog(OrderingSemantics::Shift, 4);
        QVERIFY(s.removeImage(QStringLiteral("2")));
        QCOMPARE(order(s), (QStringList{u"1:1"_s, u"3:2"_s, u"4:3"_s}));
        QVERIFY(!s.removeImage(QStringLiteral("2")));
        QCOMPARE(s.removeAllImages(QStringLiteral("1")), 3);
        QCOMPARE(s.removeAllImages(QStringLiteral("1")), 0);
    }

    void switchingToShiftCloseGaps() {
        SimCatalog c = makeCatalog(OrderingSemantics::Absolute, 3);
        ImagePatch p;
        p.position = 30;
        c.updateImage(QStringLiteral("1"), p);
        QCOMPARE(order(c), (QStringList{u"2:2"_s, u"3:3"_s, u"1:30"_s}));
        c.setOrdering(OrderingSemantics::Shift);
        QCOMPARE(order(c), (QStringList{u"2:1"_s, u"3:2"_s, u"1:3"_s}));
    }

    void everyChangeIsStrictlyNewer() {
        SimCatalog c = makeCatalog(OrderingSemantics::Shift, 2);
        QDateTime last = c.image(QStringLiteral("2"))->image.updatedAt;
        for (int i = 0; i < 3; ++i) {
            ImagePatch p;
            p.alt = QString::number(i);
            const QDateTime now = c.updateImage(QStringLiteral("1"), p)->image.updatedAt;
            QVERIFY(now > last);
            QCOMPARE(now.time().msec(), 0); // second precision, like the stores
            last = now;
        }
    }

    void changeCallbackFires() {
        SimCatalog c = makeCatalog(OrderingSemantics::Absolute, 1);
        int calls = 0;
        c.setChangeCallback([&] { ++calls; });
        ImagePatch p;
        p.alt = QStringLiteral("x");
        c.updateImage(QStringLiteral("1"), p);
        c.removeImage(QStringLiteral("1"));
        c.addProduct(QStringLiteral("Q"));
        QCOMPARE(calls, 3);
        c.updateImage(QStringLiteral("nope"), p);
        QCOMPARE(calls, 3);
    }

    void idSchemes() {
        SimIdGenerator longDigits(SimIdGenerator::Scheme::LongDigits,
                                  {QStringLiteral("160578502648452507"),
                                   QStringLiteral("5785060242375689"), QStringLiteral("1805")});
        const QString product = longDigits.next(SimIdGenerator::Kind::Product);
        QCOMPARE(product, QStringLiteral("16057850264845250700000001"));
        const QString image = longDigits.next(SimIdGenerator::Kind::Image);
        QCOMPARE(image.size(), 24);
        bool fits = false;
        image.toLongLong(&fits);
        QVERIFY(!fits); // beyond int64 on purpose
        SimIdGenerator uuids(SimIdGenerator::Scheme::Uuid, {});
        const QString u = uuids.next(SimIdGenerator::Kind::Image);
        QVERIFY(!QUuid::fromString(u).isNull());
        QCOMPARE(u.size(), 36);
        SimIdGenerator again(SimIdGenerator::Scheme::Uuid, {});
        QCOMPARE(again.next(SimIdGenerator::Kind::Image), u); // deterministic
        QVERIFY(again.next(SimIdGenerator::Kind::Image) != u);
    }

    void jsonRoundTrip() {
        SimCatalog c = makeCatalog(OrderingSemantics::Absolute, 3);
        c.addProduct(QStringLiteral("With variants"), {QStringLiteral("S"), QStringLiteral("M")});
        ImagePatch p;
        p.alt = QStringLiteral("alt");
        p.variantIds = QStringList{QStringLiteral("v")};
        c.updateImage(QStringLiteral("2"), p);
        const auto identity = [](const QString &s) { return s; };
        const QJsonObject json = c.toJson(identity);

        SimCatalog d(
            SimIdGenerator(SimIdGenerator::Scheme::Integer,
                           {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}),
            OrderingSemantics::Absolute);
        QString error;
        QVERIFY2(d.fromJson(json, identity, &error), qPrintable(error));
        QCOMPARE(order(d), order(c));
        QCOMPARE(d.image(QStringLiteral("2"))->image, c.image(QStringLiteral("2"))->image);
        QCOMPARE(d.products().size(), 2);
        QCOMPARE(d.products().last().variants.size(), 2);
        // Counters continue: the next image is 4, not 1.
        NewImage n;
        n.src = QStringLiteral("https://example.com/n.jpg");
        QCOMPARE(d.addImage(QStringLiteral("1"), n).image.id, QStringLiteral("4"));
        // A later change is newer than anything restored.
        QVERIFY(d.image(QStringLiteral("4"))->image.updatedAt >
                c.image(QStringLiteral("2"))->image.updatedAt);
    }

    void invalidJsonChangesNothing() {
        SimCatalog c = makeCatalog(OrderingSemantics::Absolute, 2);
        QString error;
        const auto identity = [](const QString &s) { return s; };
        QVERIFY(!c.fromJson(QJsonObject{{QStringLiteral("products"), 3}}, identity, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(c.images(QStringLiteral("1")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstSimCatalog)
#include "tst_simcatalog.moc"
