// The review's findings as a table model.
#include "models/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

namespace {
ReviewFinding finding(int place, ReviewFinding::Kind kind, ReviewFinding::Severity severity) {
    ReviewFinding f;
    f.place = place;
    f.kind = kind;
    f.severity = severity;
    f.key = QStringLiteral("k%1").arg(place);
    f.message = QStringLiteral("Image %1 has a problem.").arg(place);
    return f;
}
} // namespace

class TstReviewModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsFindings() {
        ReviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ReviewModel::ColumnCount));
        model.setFindings(
            {finding(2, ReviewFinding::Kind::MissingAlt, ReviewFinding::Severity::Error),
             finding(5, ReviewFinding::Kind::TinyImage, ReviewFinding::Severity::Warning)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReviewModel::PlaceColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, ReviewModel::ProblemColumn).data().toString(),
                 QStringLiteral("Missing alt text"));
        QCOMPARE(model.index(1, ReviewModel::MessageColumn).data().toString(),
                 QStringLiteral("Image 5 has a problem."));
        QCOMPARE(model.index(1, 0).data(ReviewModel::KeyRole).toString(), QStringLiteral("k5"));
        QCOMPARE(model.index(1, 0).data(ReviewModel::SeverityRole).toInt(),
                 int(ReviewFinding::Severity::Warning));
        QCOMPARE(model.index(0, 0).data(ReviewModel::KindRole).toInt(),
                 int(ReviewFinding::Kind::MissingAlt));
        QVERIFY(model.index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Error, Missing alt text")));
        QVERIFY(model.index(0, ReviewModel::ProblemColumn).data(Qt::DecorationRole).isNull());
        QPixmap red(8, 8);
        red.fill(Qt::red);
        QPixmap yellow(8, 8);
        yellow.fill(Qt::yellow);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSeverityIcons(QIcon(red), QIcon(yellow));
        QCOMPARE(changed.size(), 1);
        const auto errorIcon =
            model.index(0, ReviewModel::ProblemColumn).data(Qt::DecorationRole).value<QIcon>();
        const auto warningIcon =
            model.index(1, ReviewModel::ProblemColumn).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(errorIcon.pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::red));
        QCOMPARE(warningIcon.pixmap(8, 8).toImage().pixelColor(4, 4), QColor(Qt::yellow));
        QVERIFY(model.index(0, ReviewModel::MessageColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.headerData(ReviewModel::ProblemColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Problem"));
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sameFindingsDoNotReset() {
        ReviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ReviewFinding> findings = {
            finding(1, ReviewFinding::Kind::BrokenImage, ReviewFinding::Severity::Error)};
        model.setFindings(findings);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFindings(findings);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 0);
    }

    // A re-review changes only the rows that differ: the view keeps its selection and does not
    // lay out every row again (the review panel re-runs for every thumbnail that arrives).
    void onlyTheRowsThatDifferChange_data() {
        using K = ReviewFinding::Kind;
        using S = ReviewFinding::Severity;
        QTest::addColumn<QList<ReviewFinding>>("before");
        QTest::addColumn<QList<ReviewFinding>>("after");
        QTest::addColumn<QString>("signals"); // "-first..last", "+first..last", "~first..last"
        const ReviewFinding a = finding(1, K::MissingAlt, S::Error);
        const ReviewFinding b = finding(2, K::DuplicateAlt, S::Warning);
        const ReviewFinding c = finding(3, K::TinyImage, S::Warning);
        const ReviewFinding d = finding(4, K::BrokenImage, S::Error);
        ReviewFinding bMoved = b; // the same problem of the same image, now at place 5
        bMoved.place = 5;
        bMoved.message = QStringLiteral("Image 5 has a problem.");
        QTest::newRow("one added in the middle")
            << QList<ReviewFinding>{a, b, d} << QList<ReviewFinding>{a, b, c, d}
            << QStringLiteral("+2..2");
        QTest::newRow("one gone") << QList<ReviewFinding>{a, b, c, d}
                                  << QList<ReviewFinding>{a, c, d} << QStringLiteral("-1..1");
        QTest::newRow("added at the end")
            << QList<ReviewFinding>{a} << QList<ReviewFinding>{a, b, c} << QStringLiteral("+1..2");
        QTest::newRow("new words, same problem")
            << QList<ReviewFinding>{a, b, c} << QList<ReviewFinding>{a, bMoved, c}
            << QStringLiteral("~1..1");
        QTest::newRow("one replaced")
            << QList<ReviewFinding>{a, b, d} << QList<ReviewFinding>{a, c, d}
            << QStringLiteral("-1..1 +1..1");
        QTest::newRow("all gone") << QList<ReviewFinding>{a, b} << QList<ReviewFinding>{}
                                  << QStringLiteral("-0..1");
    }
    void onlyTheRowsThatDifferChange() {
        QFETCH(QList<ReviewFinding>, before);
        QFETCH(QList<ReviewFinding>, after);
        QFETCH(QString, signals);
        ReviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(before);
        QStringList seen;
        connect(&model, &QAbstractItemModel::modelReset, this,
                [&] { seen << QStringLiteral("reset"); });
        connect(&model, &QAbstractItemModel::rowsRemoved, this,
                [&](const QModelIndex &, int first, int last) {
                    seen << QStringLiteral("-%1..%2").arg(first).arg(last);
                });
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    seen << QStringLiteral("+%1..%2").arg(first).arg(last);
                });
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from, const QModelIndex &to) {
                    seen << QStringLiteral("~%1..%2").arg(from.row()).arg(to.row());
                });
        model.setFindings(after);
        QCOMPARE(seen.join(QLatin1Char(' ')), signals);
        QCOMPARE(model.findings(), after);
    }

    void everyKindHasATitle() {
        for (int k = 0; k <= int(ReviewFinding::Kind::TinyImage); ++k)
            QVERIFY(!ReviewModel::problemTitle(ReviewFinding::Kind(k)).isEmpty());
    }
};

QTEST_MAIN(TstReviewModel)
#include "tst_reviewmodel.moc"
