// StagedGallery, ImageField and SessionState: what counts as an edit of a staged gallery, the one
// mapping between field names and the enum, and the JSON the journal keeps — including what the
// previous version wrote. Staged scenarios use stage() of stagedfixtures.h.
#include "core/imagefield.h"
#include "core/sessionstate.h"
#include "core/stagedgallery.h"
#include "stagedfixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace vitrine;
using namespace vitrine::test;
using namespace Qt::StringLiterals;

namespace {
// "KEY=name|name" for every edited row, in display order: the edits as the app shows them.
QStringList describeEdits(const StagedGallery &staged) {
    const QList<ImageFields> edits = staged.editedFieldsOfRows();
    QStringList out;
    for (int r = 0; r < staged.rows.size(); ++r)
        if (edits[r] != ImageFields())
            out << staged.rows[r].key + QLatin1Char('=') +
                       imageFieldNames(edits[r]).join(QLatin1Char('|'));
    return out;
}
} // namespace

class TestStagedGallery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldNames_data();
    void fieldNames();
    void unknownFieldNames_data();
    void unknownFieldNames();
    void fieldSetsListNamesInOneOrder();
    void editedFields_data();
    void editedFields();
    void explicitMovesDecideWhichImageMoved();
    void stateRoundTripsThroughJson();
    void stateOfThePreviousVersionLoads();
};

void TestStagedGallery::fieldNames_data() {
    QTest::addColumn<ImageField>("field");
    QTest::addColumn<QString>("name");
    // These names are in EditedFieldsRole and vitrinectl's --json: they never change.
    QTest::newRow("new") << ImageField::New << QStringLiteral("new");
    QTest::newRow("position") << ImageField::Position << QStringLiteral("position");
    QTest::newRow("alt") << ImageField::Alt << QStringLiteral("alt");
    QTest::newRow("src") << ImageField::Source << QStringLiteral("src");
    QTest::newRow("variants") << ImageField::Variants << QStringLiteral("variants");
}

void TestStagedGallery::fieldNames() {
    QFETCH(ImageField, field);
    QFETCH(QString, name);
    QCOMPARE(imageFieldName(field), name);
    QCOMPARE(imageFieldFromName(name), std::optional<ImageField>(field));
}

void TestStagedGallery::unknownFieldNames_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("misspelt") << QStringLiteral("atl");
    QTest::newRow("other case") << QStringLiteral("Alt");
    QTest::newRow("struct member, not field name") << QStringLiteral("variantIds");
    QTest::newRow("empty") << QString();
}

void TestStagedGallery::unknownFieldNames() {
    QFETCH(QString, name);
    QCOMPARE(imageFieldFromName(name), std::nullopt);
    QCOMPARE(imageFieldsFromNames({QStringLiteral("alt"), name}), std::nullopt);
}

void TestStagedGallery::fieldSetsListNamesInOneOrder() {
    const ImageFields fields = ImageField::Variants | ImageField::Alt | ImageField::Position;
    const QStringList names = {QStringLiteral("position"), QStringLiteral("alt"),
                               QStringLiteral("variants")};
    QCOMPARE(imageFieldNames(fields), names);
    QCOMPARE(imageFieldsFromNames(names), std::optional<ImageFields>(fields));
    QCOMPARE(imageFieldNames({}), QStringList());
}

void TestStagedGallery::editedFields_data() {
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<int>("pending");
    QTest::newRow("nothing") << QString() << QStringList() << 0;
    QTest::newRow("alt") << u"alt:2=Front"_s << QStringList{u"2=alt"_s} << 1;
    QTest::newRow("alt back to the store's") << u"alt:2=x;alt:2=alt 2"_s << QStringList() << 0;
    QTest::newRow("src and variants") << u"src:3=https://cdn.example.com/b.jpg;var:3=a|b"_s
                                      << QStringList{u"3=src|variants"_s} << 1;
    QTest::newRow("variants are a set") << u"var:1=v1"_s << QStringList() << 0;
    QTest::newRow("one image moved, not the ones it shifted")
        << u"order:5,1,2,3,4"_s << QStringList{u"5=position"_s} << 1;
    QTest::newRow("moved and edited") << u"order:2,3,4,5,1;alt:1=x;alt:3=y"_s
                                      << QStringList{u"3=alt"_s, u"1=position|alt"_s} << 2;
    QTest::newRow("new image") << u"add"_s << QStringList{u"new:1=new"_s} << 1;
    QTest::newRow("deletion counts, the others did not move")
        << u"del:2;del:4"_s << QStringList() << 2;
    QTest::newRow("everything") << u"del:4;alt:1=x;order:3,1,2,5;add"_s
                                << QStringList{u"3=position"_s, u"1=alt"_s, u"new:1=new"_s} << 4;
}

void TestStagedGallery::editedFields() {
    QFETCH(QString, script);
    QFETCH(QStringList, edits);
    QFETCH(int, pending);
    const SessionState state = stage(script);
    QCOMPARE(describeEdits(state.staged), edits);
    QCOMPARE(state.staged.pendingCount(), pending);
    QCOMPARE(state.pendingCount(), pending);
}

void TestStagedGallery::explicitMovesDecideWhichImageMoved() {
    // 1 and 2 swapped: either image explains it. The one the user moved is the moved one.
    const SessionState swapped = stage(QStringLiteral("order:2,1,3,4,5"));
    QCOMPARE(swapped.staged.movedKeys({QStringLiteral("1")}), QSet<QString>{QStringLiteral("1")});
    QCOMPARE(swapped.staged.movedKeys({QStringLiteral("2")}), QSet<QString>{QStringLiteral("2")});
    QCOMPARE(swapped.staged.movedKeys().size(), 1);
}

void TestStagedGallery::stateRoundTripsThroughJson() {
    SessionState state = previousVersionState();
    const std::optional<SessionState> read = SessionState::fromJson(state.toJson());
    QVERIFY(read);
    QCOMPARE(*read, state);
    state.observedOrdering.reset();
    state.staged = StagedGallery::unchanged({});
    QCOMPARE(SessionState::fromJson(state.toJson()), std::optional<SessionState>(state));
}

void TestStagedGallery::stateOfThePreviousVersionLoads() {
    // The staged state as the journal of version 0.1.0 (a flat SessionState, field names as
    // strings in the models) wrote it, pretty-printed.
    QFile file(QFINDTESTDATA("data/sessionstate-0.1.0.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    QVERIFY(json.isObject());
    QString error;
    const std::optional<SessionState> state = SessionState::fromJson(json.object(), &error);
    QVERIFY2(state, qPrintable(error));
    QCOMPARE(*state, previousVersionState());
    QCOMPARE(describeEdits(state->staged),
             (QStringList{u"3=position"_s, u"1=alt"_s, u"2=src|variants"_s, u"new:1=new"_s}));
    QCOMPARE(state->pendingCount(), 5);
}

QTEST_GUILESS_MAIN(TestStagedGallery)
#include "tst_stagedgallery.moc"
