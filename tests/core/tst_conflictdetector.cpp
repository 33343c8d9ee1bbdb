// ConflictDetector: every kind of change made elsewhere, with and without the user's own staged
// change of the same thing, the timestamp and ignore options, and merge() for each resolution.
//
// Scenarios are written in a small language so each data row reads as the story it tests.
// Both sides start from makeGallery(5) (ids 1..5).
//   mine (staged):   alt:ID=TEXT  src:ID=URL  var:ID=a|b  del:ID  delall  add  order:3,1,2,...
//                    (stage() of stagedfixtures.h)
//   theirs (store):  alt:ID=TEXT  src:ID=URL  var:ID=a|b  del:ID  add:ID[@INDEX]  order:...
//                    quietalt:ID=TEXT (value differs, update time unchanged)  touch:ID
//                    renumber (positions 1, 2, ... instead of 10, 20, ...)
// Store-side field edits move the image's update time, as a real store does.
#include "core/conflictdetector.h"
#include "core/publishplanner.h"
#include "stagedfixtures.h"

#include <QTest>

using namespace vitrine;
using namespace vitrine::test;

namespace {

Gallery storeAfter(const QString &script) {
    Gallery g = makeGallery(5);
    bool renumber = false;
    for (const QString &op : ops(script)) {
        const auto [verb, rest] = split(op, QLatin1Char(':'));
        const auto [id, value] = split(rest, QLatin1Char('='));
        auto image = std::find_if(g.begin(), g.end(),
                                  [&key = id](const ProductImage &i) { return i.id == key; });
        if (verb == QLatin1String("alt") || verb == QLatin1String("quietalt"))
            image->alt = value;
        else if (verb == QLatin1String("src"))
            image->src = value;
        else if (verb == QLatin1String("var"))
            image->variantIds = value.split(QLatin1Char('|'));
        if (verb == QLatin1String("alt") || verb == QLatin1String("src") ||
            verb == QLatin1String("var") || verb == QLatin1String("touch")) {
            image->updatedAt = laterTime();
        } else if (verb == QLatin1String("del")) {
            g.erase(image);
        } else if (verb == QLatin1String("add")) {
            const auto [newId, at] = split(rest, QLatin1Char('@'));
            ProductImage added;
            added.id = newId;
            added.productId = QStringLiteral("p1");
            added.src = QStringLiteral("https://cdn.example.com/theirs%1.jpg").arg(newId);
            added.alt = QStringLiteral("added elsewhere");
            added.updatedAt = laterTime();
            g.insert(at.isEmpty() ? g.size() : at.toInt(), added);
        } else if (verb == QLatin1String("order")) {
            Gallery reordered;
            for (const QString &key : keys(rest))
                reordered << *std::find_if(g.cbegin(), g.cend(),
                                           [&key](const ProductImage &i) { return i.id == key; });
            Q_ASSERT(reordered.size() == g.size());
            g = reordered;
        } else if (verb == QLatin1String("renumber")) {
            renumber = true;
        } else if (verb != QLatin1String("alt") && verb != QLatin1String("quietalt") &&
                   verb != QLatin1String("src") && verb != QLatin1String("var") &&
                   verb != QLatin1String("touch")) {
            qFatal("unknown store op %s", qPrintable(op));
        }
    }
    for (int i = 0; i < g.size(); ++i)
        g[i].position = renumber ? i + 1 : (i + 1) * 10;
    return g;
}

// "kind id resolution [mine-deleted] [places=M/T]"
QString summary(const Conflict &c) {
    QString s =
        QStringLiteral("%1 %2 %3")
            .arg(Conflict::kindName(c.kind), c.imageId, Conflict::resolutionName(c.resolution));
    if (c.mineDeleted)
        s += QLatin1String(" mine-deleted");
    if (c.kind == Conflict::Kind::PositionChangedElsewhere)
        s += QStringLiteral(" places=%1/%2").arg(c.minePlace).arg(c.theirsPlace);
    return s;
}

QStringList summaries(const QList<Conflict> &conflicts) {
    QStringList out;
    for (const Conflict &c : conflicts)
        out << summary(c);
    return out;
}

QStringList rowKeys(const SessionState &s) {
    QStringList out;
    for (const StagedImage &r : s.staged.rows)
        out << r.key;
    return out;
}

} // namespace

class TestConflictDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void describedInWords();
    void merge_data();
    void merge();
    void mergeWithoutAnyChangeIsTheFreshGallery();
    void everyReorderOnBothSidesKeepsTheStagedOrder();
    void mergedStatePublishesTheChoices_data();
    void mergedStatePublishesTheChoices();
};

void TestConflictDetector::detect_data() {
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<bool>("useTimestamps");
    QTest::addColumn<QStringList>("ignore");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const char *mine, const char *theirs,
                  const QStringList &expected, bool timestamps = false,
                  const QStringList &ignore = {}) {
        QTest::newRow(name) << QString::fromUtf8(mine) << QString::fromUtf8(theirs) << timestamps
                            << ignore << expected;
    };

    row("nothing anywhere", "", "", {});
    row("only mine", "alt:2=Mine;order:5,1,2,3,4;del:3", "", {});
    row("renumbering alone is no change", "", "renumber", {});
    row("renumbering while the user moved", "order:2,3,1,4,5", "renumber", {});

    // Deleted elsewhere
    row("deleted elsewhere", "", "del:2", {QStringLiteral("deleted-elsewhere 2 take-theirs")});
    row("deleted elsewhere, alt edited by me", "alt:2=Mine", "del:2",
        {QStringLiteral("deleted-elsewhere 2 unresolved")});
    row("deleted elsewhere, moved by me", "order:1,3,4,2,5", "del:2",
        {QStringLiteral("deleted-elsewhere 2 unresolved")});
    row("deleted elsewhere, deleted by me too", "del:2", "del:2",
        {QStringLiteral("deleted-elsewhere 2 take-theirs mine-deleted")});
    row("deleted elsewhere, another edited by me", "alt:3=Mine", "del:2",
        {QStringLiteral("deleted-elsewhere 2 take-theirs")});

    // Added elsewhere
    row("added elsewhere", "", "add:9@1", {QStringLiteral("added-elsewhere 9 take-theirs")});
    row("added elsewhere while I delete every image", "delall", "add:9",
        {QStringLiteral("added-elsewhere 9 unresolved")});
    row("added elsewhere while I delete some", "del:1;del:2", "add:9",
        {QStringLiteral("added-elsewhere 9 take-theirs")});

    // Alt text
    row("alt elsewhere", "", "alt:2=Theirs",
        {QStringLiteral("alt-changed-elsewhere 2 take-theirs")});
    row("alt elsewhere, mine differs", "alt:2=Mine", "alt:2=Theirs",
        {QStringLiteral("alt-changed-elsewhere 2 unresolved")});
    row("alt elsewhere, mine the same", "alt:2=Same", "alt:2=Same",
        {QStringLiteral("alt-changed-elsewhere 2 take-theirs")});
    row("alt elsewhere, I delete the image", "del:2", "alt:2=Theirs",
        {QStringLiteral("alt-changed-elsewhere 2 unresolved mine-deleted")});
    row("alt elsewhere, I changed its address only", "src:2=https://x.example/mine.jpg",
        "alt:2=Theirs", {QStringLiteral("alt-changed-elsewhere 2 take-theirs")});

    // Source
    row("src elsewhere", "", "src:3=https://x.example/theirs.jpg",
        {QStringLiteral("source-changed-elsewhere 3 take-theirs")});
    row("src elsewhere, mine differs", "src:3=https://x.example/mine.jpg",
        "src:3=https://x.example/theirs.jpg",
        {QStringLiteral("source-changed-elsewhere 3 unresolved")});
    row("src elsewhere, I delete the image", "del:3", "src:3=https://x.example/theirs.jpg",
        {QStringLiteral("source-changed-elsewhere 3 unresolved mine-deleted")});

    // Variants
    row("variants elsewhere", "", "var:4=v4|v9",
        {QStringLiteral("variants-changed-elsewhere 4 take-theirs")});
    row("variants elsewhere, mine differ", "var:4=v7", "var:4=v4|v9",
        {QStringLiteral("variants-changed-elsewhere 4 unresolved")});
    row("variants elsewhere, mine the same set", "var:4=v9|v4", "var:4=v4|v9",
        {QStringLiteral("variants-changed-elsewhere 4 take-theirs")});
    row("variants listed in another order are no change", "", "var:4=v4", {});

    // Several fields of one image: one conflict each, in kind order.
    row("alt and src elsewhere", "alt:1=Mine", "alt:1=Theirs;src:1=https://x.example/t.jpg",
        {QStringLiteral("alt-changed-elsewhere 1 unresolved"),
         QStringLiteral("source-changed-elsewhere 1 take-theirs")});

    // Position
    row("moved elsewhere", "", "order:5,1,2,3,4",
        {QStringLiteral("position-changed-elsewhere 5 take-theirs places=5/1")});
    row("moved elsewhere and renumbered", "", "order:5,1,2,3,4;renumber",
        {QStringLiteral("position-changed-elsewhere 5 take-theirs places=5/1")});
    row("moved elsewhere, I moved it elsewhere", "order:1,2,5,3,4", "order:5,1,2,3,4",
        {QStringLiteral("position-changed-elsewhere 5 unresolved places=3/1")});
    row("moved elsewhere, I moved it to the same place", "order:5,1,2,3,4", "order:5,1,2,3,4",
        {QStringLiteral("position-changed-elsewhere 5 take-theirs places=1/1")});
    row("moved elsewhere, I moved another", "order:1,3,4,2,5", "order:5,1,2,3,4",
        {QStringLiteral("position-changed-elsewhere 5 take-theirs places=5/1")});
    row("moved elsewhere, I delete it", "del:5", "order:5,1,2,3,4", {});
    // Ambiguous readings of a reorder (two longest common subsequences of equal length). The
    // user's staged relative order must never be dropped without a choice.
    row("moved to the end elsewhere, I moved it to the front (my swap reads either way)",
        "order:2,1,3,4,5", "order:1,3,4,5,2",
        {QStringLiteral("position-changed-elsewhere 2 unresolved places=1/5")});
    row("moved to the front elsewhere, I moved it to the end", "order:1,3,4,5,2", "order:2,1,3,4,5",
        {QStringLiteral("position-changed-elsewhere 2 unresolved places=5/1")});
    row("adjacent swap elsewhere, I moved one of them further on", "order:2,3,4,5,1",
        "order:2,1,3,4,5", {QStringLiteral("position-changed-elsewhere 2 take-theirs places=1/1")});
    row("adjacent swap elsewhere, I made the same swap", "order:2,1,3,4,5", "order:2,1,3,4,5",
        {QStringLiteral("position-changed-elsewhere 1 take-theirs places=2/2")});
    row("adjacent swap on both sides, different pairs", "order:1,2,3,5,4", "order:2,1,3,4,5",
        {QStringLiteral("position-changed-elsewhere 1 take-theirs places=1/2")});
    row("moved to the end elsewhere, I swapped it with its neighbour", "order:2,1,3,4,5",
        "order:2,3,4,5,1", {QStringLiteral("position-changed-elsewhere 1 take-theirs places=2/5")});
    row("moved to the end elsewhere, I moved it one place back", "order:1,3,2,4,5",
        "order:1,3,4,5,2", {QStringLiteral("position-changed-elsewhere 2 take-theirs places=3/5")});
    row("moved elsewhere, I moved its neighbour across it", "order:1,3,4,2,5", "order:1,3,2,4,5",
        {QStringLiteral("position-changed-elsewhere 3 take-theirs places=2/2")});
    row("moved back elsewhere, I moved it forward", "order:1,4,2,3,5", "order:1,2,3,5,4",
        {QStringLiteral("position-changed-elsewhere 4 unresolved places=2/5")});
    row("moved elsewhere among fewer (one deleted elsewhere)", "", "del:1;order:5,2,3,4",
        {QStringLiteral("position-changed-elsewhere 5 take-theirs places=4/1"),
         QStringLiteral("deleted-elsewhere 1 take-theirs")});
    row("an image added elsewhere moves nothing", "", "add:9@0",
        {QStringLiteral("added-elsewhere 9 take-theirs")});
    row("in the store's display order", "", "order:5,1,2,3,4;alt:2=T;add:9@0;del:3",
        {QStringLiteral("added-elsewhere 9 take-theirs"),
         QStringLiteral("position-changed-elsewhere 5 take-theirs places=4/1"),
         QStringLiteral("alt-changed-elsewhere 2 take-theirs"),
         QStringLiteral("deleted-elsewhere 3 take-theirs")});

    // Timestamps
    row("value differs, time the same, timestamps used", "", "quietalt:2=Normalised", {}, true);
    row("value differs, time the same, timestamps not used", "", "quietalt:2=Normalised",
        {QStringLiteral("alt-changed-elsewhere 2 take-theirs")}, false);
    row("value differs, time moved, timestamps used", "", "alt:2=Theirs",
        {QStringLiteral("alt-changed-elsewhere 2 take-theirs")}, true);
    row("swap explained by the image whose time moved (1)", "", "order:2,1,3,4,5;touch:1",
        {QStringLiteral("position-changed-elsewhere 1 take-theirs places=1/2")}, true);
    row("swap explained by the image whose time moved (2)", "", "order:2,1,3,4,5;touch:2",
        {QStringLiteral("position-changed-elsewhere 2 take-theirs places=2/1")}, true);

    // Ignore (our own request whose outcome is unknown)
    row("ignored image's alt", "alt:2=Mine", "alt:2=Mine", {}, false, {QStringLiteral("2")});
    row("ignored image's deletion", "del:2", "del:2", {}, false, {QStringLiteral("2")});
    row("ignored image's move moves no other", "order:2,1,3,4,5", "order:2,1,3,4,5", {}, false,
        {QStringLiteral("2")});
    row("ignored created image", "", "add:9", {}, false, {QStringLiteral("9")});
    row("other images still reported", "", "alt:2=Mine;alt:3=Theirs",
        {QStringLiteral("alt-changed-elsewhere 3 take-theirs")}, false, {QStringLiteral("2")});
}

void TestConflictDetector::detect() {
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(bool, useTimestamps);
    QFETCH(QStringList, ignore);
    QFETCH(QStringList, expected);

    ConflictDetector::Options options;
    options.useTimestamps = useTimestamps;
    options.ignore = QSet<QString>(ignore.cbegin(), ignore.cend());
    const SessionState state = stage(mine);
    const Gallery fresh = storeAfter(theirs);
    const QList<Conflict> conflicts = ConflictDetector::detect(state, fresh, options);
    QCOMPARE(summaries(conflicts), expected);

    for (const Conflict &c : conflicts) {
        // A choice is needed exactly when the user changed the same thing differently.
        QCOMPARE(c.needsChoice(), c.mineChanged);
        QVERIFY(!c.describe().isEmpty());
        // Values carried for the dialog: base as loaded, theirs as the store has it now.
        if (c.kind != Conflict::Kind::AddedElsewhere)
            QCOMPARE(c.base.id, c.imageId);
        if (c.kind != Conflict::Kind::DeletedElsewhere)
            QCOMPARE(c.theirs.id, c.imageId);
        if (!c.mineDeleted && c.kind != Conflict::Kind::AddedElsewhere)
            QCOMPARE(c.mine.id, c.imageId);
    }
    // The check is stable: the same inputs give conflicts that are sameAs the first ones.
    const QList<Conflict> again = ConflictDetector::detect(state, fresh, options);
    QCOMPARE(again.size(), conflicts.size());
    for (int i = 0; i < again.size(); ++i)
        QVERIFY(again[i].sameAs(conflicts[i]));
}

void TestConflictDetector::describedInWords() {
    const QList<Conflict> conflicts = ConflictDetector::detect(
        stage(QStringLiteral("alt:2=Mine")), storeAfter(QStringLiteral("alt:2=Theirs")));
    QCOMPARE(conflicts.size(), 1);
    const QString text = conflicts.first().describe();
    QVERIFY2(text.contains(QLatin1String("Theirs")) && text.contains(QLatin1String("Mine")),
             qPrintable(text));
    QCOMPARE(conflicts.first().mine.alt, QStringLiteral("Mine"));
    QCOMPARE(conflicts.first().theirs.alt, QStringLiteral("Theirs"));
    QCOMPARE(conflicts.first().base.alt, QStringLiteral("alt 2"));
}

void TestConflictDetector::merge_data() {
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    // take-theirs / keep-mine: every conflict gets it; "preset": the detected resolutions as they
    // are (unresolved ones count as keep-mine); "none": merge is given no conflicts at all.
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("deleted");
    QTest::addColumn<QString>("fields"); // "alt:KEY=TEXT;src:KEY=URL;var:KEY=a|b"
    QTest::addColumn<int>("pending");

    auto row = [](const char *name, const char *mine, const char *theirs, const char *choice,
                  const char *order, const char *deleted, const char *fields, int pending) {
        QTest::newRow(name) << QString::fromUtf8(mine) << QString::fromUtf8(theirs)
                            << QString::fromUtf8(choice) << QString::fromUtf8(order)
                            << QString::fromUtf8(deleted) << QString::fromUtf8(fields) << pending;
    };

    // Deleted elsewhere
    row("deleted, edited by me, take theirs", "alt:2=Mine", "del:2", "take-theirs", "1,3,4,5", "",
        "", 0);
    row("deleted, edited by me, keep mine: added again", "alt:2=Mine", "del:2", "keep-mine",
        "1,new:1,3,4,5", "", "alt:new:1=Mine;src:new:1=https://cdn.example.com/img2.jpg", 1);
    row("deleted, unresolved counts as keep mine", "alt:2=Mine", "del:2", "preset", "1,new:1,3,4,5",
        "", "alt:new:1=Mine", 1);
    row("deleted, added again after my own new keys", "alt:2=Mine;add;add", "del:2", "keep-mine",
        "1,new:3,3,4,5,new:1,new:2", "", "alt:new:3=Mine", 3);
    row("deleted by both", "del:2", "del:2", "keep-mine", "1,3,4,5", "", "", 0);

    // Added elsewhere
    row("added, take theirs: where the store has it", "", "add:9@1", "take-theirs", "1,9,2,3,4,5",
        "", "alt:9=added elsewhere", 0);
    row("added, keep mine: deleted too", "delall", "add:9", "keep-mine", "", "1,2,3,4,5,9", "", 6);
    row("added while deleting all, take theirs", "delall", "add:9", "take-theirs", "9", "1,2,3,4,5",
        "", 5);
    row("added, kept among my moves", "order:2,1,3,4,5", "add:9@3", "preset", "2,1,3,9,4,5", "", "",
        1);

    // Alt text
    row("alt, take theirs", "alt:2=Mine", "alt:2=Theirs", "take-theirs", "1,2,3,4,5", "",
        "alt:2=Theirs", 0);
    row("alt, keep mine", "alt:2=Mine", "alt:2=Theirs", "keep-mine", "1,2,3,4,5", "", "alt:2=Mine",
        1);
    row("alt, only theirs, preset", "", "alt:2=Theirs", "preset", "1,2,3,4,5", "", "alt:2=Theirs",
        0);
    row("alt, only theirs, keep mine reverts it", "", "alt:2=Theirs", "keep-mine", "1,2,3,4,5", "",
        "alt:2=alt 2", 1);
    row("alt, I delete it, take theirs: kept with their alt", "del:2", "alt:2=Theirs",
        "take-theirs", "1,2,3,4,5", "", "alt:2=Theirs", 0);
    row("alt, I delete it, keep mine: still deleted", "del:2", "alt:2=Theirs", "keep-mine",
        "1,3,4,5", "2", "", 1);
    row("alt, I moved it and delete nothing, take theirs keeps my move", "order:2,1,3,4,5;alt:2=M",
        "alt:2=Theirs", "take-theirs", "2,1,3,4,5", "", "alt:2=Theirs", 1);

    // Source
    row("src, take theirs", "src:3=https://x.example/m.jpg", "src:3=https://x.example/t.jpg",
        "take-theirs", "1,2,3,4,5", "", "src:3=https://x.example/t.jpg", 0);
    row("src, keep mine", "src:3=https://x.example/m.jpg", "src:3=https://x.example/t.jpg",
        "keep-mine", "1,2,3,4,5", "", "src:3=https://x.example/m.jpg", 1);

    // Variants
    row("variants, take theirs", "var:4=v7", "var:4=v4|v9", "take-theirs", "1,2,3,4,5", "",
        "var:4=v4|v9", 0);
    row("variants, keep mine", "var:4=v7", "var:4=v4|v9", "keep-mine", "1,2,3,4,5", "", "var:4=v7",
        1);

    // Position
    row("moved, take theirs", "order:1,2,5,3,4", "order:5,1,2,3,4", "take-theirs", "5,1,2,3,4", "",
        "", 0);
    row("moved, keep mine", "order:1,2,5,3,4", "order:5,1,2,3,4", "keep-mine", "1,2,5,3,4", "", "",
        1);
    row("moved by them, another by me: both", "order:1,2,4,3,5", "order:5,1,2,3,4", "preset",
        "5,1,2,4,3", "", "", 1);
    row("moved by them only, renumbered", "", "order:3,1,2,4,5;renumber", "preset", "3,1,2,4,5", "",
        "", 0);
    // Ambiguous readings: the staged order survives unless the user chose the store's.
    row("to the end by them, to the front by me, keep mine", "order:2,1,3,4,5", "order:1,3,4,5,2",
        "preset", "2,1,3,4,5", "", "", 1);
    row("to the end by them, to the front by me, take theirs", "order:2,1,3,4,5", "order:1,3,4,5,2",
        "take-theirs", "1,3,4,5,2", "", "", 0);
    row("adjacent swap by them, one of the pair moved on by me", "order:2,3,4,5,1",
        "order:2,1,3,4,5", "preset", "2,3,4,5,1", "", "", 1);
    row("moved one place by them, its neighbour moved across it by me", "order:1,3,4,2,5",
        "order:1,3,2,4,5", "preset", "1,3,4,2,5", "", "", 1);
    row("moved by them, another moved by me far from it", "order:1,2,3,5,4", "order:3,1,2,4,5",
        "preset", "3,1,2,5,4", "", "", 1);

    // Differences the caller's list does not name: the user's edits stay, the store's are
    // followed where the user did not touch the thing.
    row("unnamed: store only", "", "alt:2=Theirs;order:5,1,2,3,4", "none", "5,1,2,3,4", "",
        "alt:2=Theirs", 0);
    row("unnamed: both changed", "alt:2=Mine", "alt:2=Theirs", "none", "1,2,3,4,5", "",
        "alt:2=Mine", 1);
    row("unnamed: deleted, edited by me", "alt:2=Mine", "del:2", "none", "1,new:1,3,4,5", "",
        "alt:new:1=Mine", 1);
    row("unnamed: added", "", "add:9", "none", "1,2,3,4,5,9", "", "", 0);
}

void TestConflictDetector::merge() {
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, choice);
    QFETCH(QString, order);
    QFETCH(QString, deleted);
    QFETCH(QString, fields);
    QFETCH(int, pending);

    const SessionState state = stage(mine);
    const Gallery fresh = storeAfter(theirs);
    QList<Conflict> conflicts = ConflictDetector::detect(state, fresh);
    if (choice == QLatin1String("none")) {
        conflicts.clear();
    } else if (choice != QLatin1String("preset")) {
        Conflict::Resolution r;
        QVERIFY(Conflict::parseResolution(choice, &r));
        for (Conflict &c : conflicts)
            c.resolution = r;
    }
    const SessionState merged = ConflictDetector::merge(state, fresh, conflicts);

    QCOMPARE(merged.productId, state.productId);
    QCOMPARE(merged.staged.baseline, fresh);
    QCOMPARE(rowKeys(merged), keys(order));
    QCOMPARE(merged.staged.deletedIds, keys(deleted));
    for (const QString &check : ops(fields)) {
        // "alt:KEY=TEXT" where KEY may itself hold a colon (new:1)
        const qsizetype colon = check.indexOf(QLatin1Char(':'));
        const qsizetype eq = check.indexOf(QLatin1Char('='));
        const QString what = check.left(colon);
        const QString key = check.mid(colon + 1, eq - colon - 1);
        const QString value = check.mid(eq + 1);
        const auto row = std::find_if(merged.staged.rows.cbegin(), merged.staged.rows.cend(),
                                      [&key](const StagedImage &r) { return r.key == key; });
        QVERIFY2(row != merged.staged.rows.cend(), qPrintable(key));
        if (what == QLatin1String("alt"))
            QCOMPARE(row->image.alt, value);
        else if (what == QLatin1String("src"))
            QCOMPARE(row->image.src, value);
        else if (what == QLatin1String("var"))
            QCOMPARE(row->image.variantIds, value.split(QLatin1Char('|')));
        else
            QFAIL(qPrintable(check));
    }
    QCOMPARE(merged.pendingCount(), pending);
    // Store images carry the store's facts; images added again are new (no id, no time).
    for (const StagedImage &row : merged.staged.rows) {
        if (row.isNew) {
            QVERIFY(row.image.id.isEmpty() || !row.key.startsWith(QLatin1String("new:")));
            continue;
        }
        const auto f = std::find_if(fresh.cbegin(), fresh.cend(),
                                    [&row](const ProductImage &i) { return i.id == row.key; });
        QVERIFY(f != fresh.cend());
        QCOMPARE(row.image.position, f->position);
        QCOMPARE(row.image.updatedAt, f->updatedAt);
    }
    // Merged on the fresh gallery, nothing conflicts with it any more.
    QCOMPARE(summaries(ConflictDetector::detect(merged, fresh)), QStringList());
    // And the merged state is one the journal can keep.
    QString error;
    const std::optional<SessionState> kept = SessionState::fromJson(merged.toJson(), &error);
    QVERIFY2(kept.has_value(), qPrintable(error));
}

void TestConflictDetector::mergeWithoutAnyChangeIsTheFreshGallery() {
    const SessionState state = stage({});
    const Gallery fresh =
        storeAfter(QStringLiteral("alt:1=A;src:2=https://x.example/b.jpg;var:3=v8;del:4;add:9@0;"
                                  "order:9,5,1,2,3;renumber"));
    const QList<Conflict> conflicts = ConflictDetector::detect(state, fresh);
    QVERIFY(unresolved(conflicts).isEmpty());
    const SessionState merged = ConflictDetector::merge(state, fresh, conflicts);
    QCOMPARE(merged.pendingCount(), 0);
    QCOMPARE(rowKeys(merged), keys(QStringLiteral("9,5,1,2,3")));
    for (int i = 0; i < merged.staged.rows.size(); ++i)
        QCOMPARE(merged.staged.rows[i].image, fresh[i]);
}

// Every reorder of five images staged against a third of the store's (120 × 40, a different third
// for each staged one, to keep a Debug run short): the staged relative order is never dropped
// without a choice, and where nothing needs a choice nobody's reorder is undone.
void TestConflictDetector::everyReorderOnBothSidesKeepsTheStagedOrder() {
    QList<int> base{1, 2, 3, 4, 5};
    QList<QList<int>> perms;
    QList<int> p = base;
    do
        perms << p;
    while (std::next_permutation(p.begin(), p.end()));
    auto script = [](const QList<int> &order) -> QString {
        QStringList parts;
        for (int i : order)
            parts << QString::number(i);
        return QStringLiteral("order:") + parts.join(QLatin1Char(','));
    };
    auto before = [](const QStringList &order, int a, int b) {
        return order.indexOf(QString::number(a)) < order.indexOf(QString::number(b));
    };
    int asked = 0;
    int combinations = 0;
    for (int i = 0; i < perms.size(); ++i) {
        const QList<int> &minePerm = perms[i];
        const SessionState state = stage(script(minePerm));
        const QStringList mine = rowKeys(state);
        for (int j = 0; j < perms.size(); ++j) {
            if ((i + j) % 3 != 0)
                continue;
            ++combinations;
            const QList<int> &theirsPerm = perms[j];
            const Gallery fresh = storeAfter(script(theirsPerm));
            QStringList theirs;
            for (const ProductImage &image : fresh)
                theirs << image.id;
            const QList<Conflict> conflicts = ConflictDetector::detect(state, fresh);
            const bool choice = !unresolved(conflicts).isEmpty();
            asked += choice ? 1 : 0;
            // The preset merge (a choice counts as keep-mine).
            const QStringList merged = rowKeys(ConflictDetector::merge(state, fresh, conflicts));
            const QByteArray where =
                (script(minePerm) + QLatin1String(" / ") + script(theirsPerm)).toUtf8();
            if (minePerm == base || minePerm == theirsPerm) {
                // Only the store reordered, or both the same way: nothing to ask, its order wins.
                QVERIFY2(!choice, where.constData());
                QVERIFY2(merged == theirs, where.constData());
            }
            if (theirsPerm == base) {
                QVERIFY2(conflicts.isEmpty(), where.constData());
                QVERIFY2(merged == mine, where.constData());
            }
            for (int a = 1; a <= 5; ++a) {
                for (int b = a + 1; b <= 5; ++b) {
                    const bool mineFlipped = !before(mine, a, b);
                    const bool theirsFlipped = !before(theirs, a, b);
                    // A pair the user reordered stays as staged.
                    if (mineFlipped)
                        QVERIFY2(!before(merged, a, b), where.constData());
                    // Without a choice, a pair only the store reordered stays as the store has it
                    // and one nobody reordered stays as loaded.
                    if (!choice && !mineFlipped)
                        QVERIFY2(before(merged, a, b) != theirsFlipped, where.constData());
                }
            }
        }
    }
    // Most combinations conflict somewhere, but not all need asking.
    QVERIFY(asked > 0 && asked < combinations);
}

void TestConflictDetector::mergedStatePublishesTheChoices_data() {
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("plan"); // what the session's plan then does

    auto row = [](const char *name, const char *mine, const char *theirs, const char *choice,
                  const char *plan) {
        QTest::newRow(name) << QString::fromUtf8(mine) << QString::fromUtf8(theirs)
                            << QString::fromUtf8(choice) << QString::fromUtf8(plan);
    };
    row("alt, keep mine: sent", "alt:2=Mine", "alt:2=Theirs", "keep-mine", "alt=1");
    row("alt, take theirs: nothing sent", "alt:2=Mine", "alt:2=Theirs", "take-theirs", "");
    row("alt only theirs: never reverted", "alt:3=Mine", "alt:2=Theirs", "preset", "alt=1");
    row("src, keep mine", "src:3=https://x.example/m.jpg", "src:3=https://x.example/t.jpg",
        "keep-mine", "src=1");
    row("variants, take theirs", "var:4=v7", "var:4=v4|v9", "take-theirs", "");
    row("deleted, keep mine: created again", "alt:2=Mine", "del:2", "keep-mine", "adds=1");
    row("deleted, take theirs", "alt:2=Mine", "del:2", "take-theirs", "");
    row("added, keep mine while deleting all: it goes too", "delall", "add:9", "keep-mine",
        "deletes=6");
    row("added, take theirs while deleting all: it stays", "delall", "add:9", "take-theirs",
        "deletes=5");
    row("moved, keep mine: moved back", "order:1,2,5,3,4", "order:5,1,2,3,4", "keep-mine",
        "moves=1");
    row("moved, take theirs", "order:1,2,5,3,4", "order:5,1,2,3,4", "take-theirs", "");
    row("deletion given up for their alt", "del:2", "alt:2=Theirs", "take-theirs", "");
}

void TestConflictDetector::mergedStatePublishesTheChoices() {
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, choice);
    QFETCH(QString, plan);

    const SessionState state = stage(mine);
    const Gallery fresh = storeAfter(theirs);
    QList<Conflict> conflicts = ConflictDetector::detect(state, fresh);
    if (choice != QLatin1String("preset")) {
        Conflict::Resolution r;
        QVERIFY(Conflict::parseResolution(choice, &r));
        for (Conflict &c : conflicts)
            c.resolution = r;
    }
    StoreCapabilities caps;
    caps.hasVariants = true;
    const SessionState merged = ConflictDetector::merge(state, fresh, conflicts);
    QCOMPARE(merged.staged.baseline, fresh);

    const PublishPlan::Summary s = PublishPlanner::plan(merged.productId, merged.staged.baseline,
                                                        merged.staged.targets(), caps)
                                       .summary(int(fresh.size()));
    QStringList parts;
    for (const auto &[name, n] :
         {std::pair{"adds", s.adds}, std::pair{"deletes", s.deletes}, std::pair{"alt", s.altEdits},
          std::pair{"src", s.sourceEdits}, std::pair{"variants", s.variantEdits},
          std::pair{"moves", s.reorders}}) {
        if (n > 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(n);
    }
    QCOMPARE(parts.join(QLatin1Char(' ')), plan);
}

QTEST_GUILESS_MAIN(TestConflictDetector)
#include "tst_conflictdetector.moc"
