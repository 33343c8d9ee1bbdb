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
        const QIcon errorIcon =
            model.index(0, ReviewModel::ProblemColumn).data(Qt::DecorationRole).value<QIcon>();
        const QIcon warningIcon =
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
        model.setFindings(findings);
        QCOMPARE(resets.size(), 0);
        model.setFindings({});
        QCOMPARE(resets.size(), 1);
    }

    void everyKindHasATitle() {
        for (int k = 0; k <= int(ReviewFinding::Kind::TinyImage); ++k)
            QVERIFY(!ReviewModel::problemTitle(ReviewFinding::Kind(k)).isEmpty());
    }
};

QTEST_MAIN(TstReviewModel)
#include "tst_reviewmodel.moc"
