#include "core/publishplan.h"
#include "ui/addimagedialog.h"
#include "ui/alttextlineedit.h"
#include "ui/deleteconfirmation.h"
#include "ui/imageurlfield.h"
#include "ui/productname.h"
#include "ui/publishdialog.h"
#include "ui/replaceurldialog.h"
#include "ui/variantdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace vitrine;

namespace {
QPushButton *okButton(QDialog &dialog) {
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

PublishPlan oneAltEdit() {
    WriteOp alt;
    alt.kind = WriteOp::Kind::Update;
    alt.imageId = QStringLiteral("12");
    alt.patch.alt = QStringLiteral("Front");
    PublishPlan plan;
    plan.ops = {alt};
    return plan;
}
} // namespace

// The dialogs' live validation (OK disabled with the reason), the delete question's wording and
// the publish dialog's three steps.
class TstDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addImageValidatesAsYouType_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("alt");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << QString() << QString() << false << QStringLiteral("http");
        QTest::newRow("https") << QStringLiteral("https://cdn.example.com/a.jpg") << QString()
                               << true << QString();
        QTest::newRow("http with alt") << QStringLiteral("http://127.0.0.1:8080/a.png")
                                       << QStringLiteral("Sofa") << true << QString();
        QTest::newRow("pasted with newline")
            << QStringLiteral("https://cdn.example.com/a.jpg\n") << QString() << true << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/a.jpg") << QString() << false
                             << QStringLiteral("ftp");
        QTest::newRow("no scheme") << QStringLiteral("cdn.example.com/a.jpg") << QString() << false
                                   << QStringLiteral("https://");
        QTest::newRow("space") << QStringLiteral("https://cdn.example.com/a b.jpg") << QString()
                               << false << QStringLiteral("space");
        QTest::newRow("alt over create limit")
            << QStringLiteral("https://cdn.example.com/a.jpg") << QString(11, QLatin1Char('a'))
            << false << QStringLiteral("at most 10");
    }
    void addImageValidatesAsYouType() {
        QFETCH(QString, url);
        QFETCH(QString, alt);
        QFETCH(bool, acceptable);
        QFETCH(QString, reasonContains);
        AddImageDialog dialog;
        dialog.setAltLimit(10);
        dialog.urlField()->lineEdit()->setText(url);
        dialog.altEdit()->setText(alt);
        QCOMPARE(dialog.isAcceptable(), acceptable);
        QCOMPARE(okButton(dialog)->isEnabled(), acceptable);
        if (!acceptable) {
            QVERIFY2(dialog.problem().contains(reasonContains, Qt::CaseInsensitive),
                     qPrintable(dialog.problem()));
            QCOMPARE(okButton(dialog)->toolTip(), dialog.problem());
        } else {
            QCOMPARE(dialog.url(), url.trimmed());
            QCOMPARE(dialog.altText(), alt);
        }
    }

    void addImageOkRefusesUntilValid() {
        AddImageDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.urlField()->lineEdit(), QStringLiteral("not a url"));
        QTest::keyClick(dialog.urlField()->lineEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.urlField()->lineEdit()->setText(QStringLiteral("https://cdn.example.com/ok.jpg"));
        QTest::keyClick(dialog.urlField()->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void replaceUrlMustDiffer() {
        ReplaceUrlDialog dialog;
        dialog.setCurrentUrl(QStringLiteral("https://cdn.example.com/old.jpg"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("currentUrl"))->text(),
                 QStringLiteral("https://cdn.example.com/old.jpg"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(okButton(dialog)->toolTip().contains(QStringLiteral("current")));
        dialog.urlField()->lineEdit()->setText(QStringLiteral("mailto:x@example.com"));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.urlField()->lineEdit()->setText(QStringLiteral("https://cdn.example.com/new.jpg"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.url(), QStringLiteral("https://cdn.example.com/new.jpg"));
    }

    void variantIdsAreParsed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty unlinks") << QString() << QStringList() << true;
        QTest::newRow("one") << QStringLiteral("40123") << QStringList{QStringLiteral("40123")}
                             << true;
        QTest::newRow("spaces, repeats, empties")
            << QStringLiteral(" 1, 2 ,,2, 3 ")
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")} << true;
        QTest::newRow("missing comma") << QStringLiteral("1 2") << QStringList() << false;
    }
    void variantIdsAreParsed() {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QFETCH(bool, ok);
        QString reason;
        QCOMPARE(VariantDialog::parse(text, &reason), ids);
        QCOMPARE(reason.isEmpty(), ok);
        VariantDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("variantIds"))->setText(text);
        QCOMPARE(okButton(dialog)->isEnabled(), ok);
        if (ok)
            QCOMPARE(dialog.variantIds(), ids);
    }

    void deleteQuestionNamesCountAndProduct_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("question");
        QTest::newRow("one") << 1 << 6 << QStringLiteral("Delete 1 image of “Grey sofa”?");
        QTest::newRow("three") << 3 << 6 << QStringLiteral("Delete 3 images of “Grey sofa”?");
        QTest::newRow("all") << 6 << 6 << QStringLiteral("Delete all 6 images of “Grey sofa”?");
    }

    void deleteQuestionNamesAProductWithoutTitleByItsId() {
        QCOMPARE(
            DeleteConfirmation::question(3, 6, ProductName::inSentence(QStringLiteral("101"), {})),
            QStringLiteral("Delete 3 images of product 101?"));
        QCOMPARE(DeleteConfirmation::explanation(1, 6, true).left(11),
                 QStringLiteral("It is remov"));
    }
    void deleteQuestionNamesCountAndProduct() {
        QFETCH(int, count);
        QFETCH(int, total);
        QFETCH(QString, question);
        QCOMPARE(DeleteConfirmation::question(
                     count, total,
                     ProductName::inSentence(QStringLiteral("101"), QStringLiteral("Grey sofa"))),
                 question);
        const QString explanation = DeleteConfirmation::explanation(count, total, true);
        QVERIFY(explanation.contains(QStringLiteral("cannot be undone after publishing")));
        QCOMPARE(explanation.contains(QStringLiteral("one request")), count == total);
        QVERIFY(!DeleteConfirmation::explanation(total, total, false)
                     .contains(QStringLiteral("one request")));
    }

    void deleteConfirmationDefaultsToCancel() {
        // Enter on the question must not delete.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::keyClick(box, Qt::Key_Return);
        });
        QVERIFY(!DeleteConfirmation::ask(nullptr, 2, 5, QStringLiteral("Grey sofa"), false));
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        });
        QVERIFY(DeleteConfirmation::ask(nullptr, 2, 5, QStringLiteral("Grey sofa"), false));
    }

    void publishDialogWalksThroughItsSteps() {
        PublishPlan plan;
        plan.productId = QStringLiteral("sofa");
        WriteOp move;
        move.kind = WriteOp::Kind::Update;
        move.imageId = QStringLiteral("11");
        move.patch.position = 1;
        WriteOp alt;
        alt.kind = WriteOp::Kind::Update;
        alt.imageId = QStringLiteral("12");
        alt.patch.alt = QStringLiteral("Front");
        WriteOp remove;
        remove.kind = WriteOp::Kind::Delete;
        remove.imageId = QStringLiteral("13");
        plan.ops = {move, move, alt, remove};

        PublishDialog dialog;
        QSignalSpy confirmed(&dialog, &PublishDialog::publishConfirmed);
        QSignalSpy cancel(&dialog, &PublishDialog::cancelRequested);
        dialog.showPreview(QStringLiteral("Demo store"), QStringLiteral("Grey sofa"), plan);
        dialog.show();
        QCOMPARE(dialog.stage(), PublishDialog::Stage::Preview);
        QCOMPARE(dialog.summaryText(),
                 QStringLiteral("2 reorders, 1 alt text edit, 1 delete → 4 requests"));
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("publishRequests"))->count(), 4);

        dialog.findChild<QPushButton *>(QStringLiteral("publishButton"))->click();
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(dialog.stage(), PublishDialog::Stage::Sending);
        dialog.setProgress(1, 4, QStringLiteral("update 11 (position=1)"));
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("publishProgress"));
        QCOMPARE(progress->maximum(), 4);
        QCOMPARE(progress->value(), 1);
        dialog.addResult(QStringLiteral("update 11"), true);
        dialog.addResult(QStringLiteral("update alt of 12"), false,
                         QStringLiteral("alt: is too long (maximum is 512 characters)"));

        // Closing while sending asks to cancel instead of hiding the work.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QCOMPARE(cancel.size(), 1);
        dialog.reject();
        QCOMPARE(cancel.size(), 1); // asked once

        dialog.finish(QString());
        QCOMPARE(dialog.stage(), PublishDialog::Stage::Done);
        auto *failures = dialog.findChild<QListWidget *>(QStringLiteral("publishFailures"));
        QCOMPARE(failures->count(), 1);
        QVERIFY(failures->item(0)->text().contains(QStringLiteral("maximum is 512")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("publishOutcome"))
                    ->text()
                    .contains(QStringLiteral("1 failed")));
        dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        QVERIFY(!dialog.isVisible());
    }

    // The dialog is as tall as what it shows: a folded request list or an empty failure list
    // leaves no blank area.
    void publishDialogFitsWhatItShows() {
        const PublishPlan plan = oneAltEdit();
        PublishDialog dialog;
        dialog.showPreview(QStringLiteral("Demo store"), QStringLiteral("Grey sofa"), plan);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *requests = dialog.findChild<QListWidget *>(QStringLiteral("publishRequests"));
        const int folded = dialog.height();
        // Header, summary, the fold button and the buttons: less than the list alone.
        QVERIFY2(folded < requests->sizeHint().height(), qPrintable(QString::number(folded)));
        auto *toggle = dialog.findChild<QToolButton *>();
        QVERIFY(toggle);
        toggle->click();
        const int unfolded = dialog.height();
        QVERIFY2(unfolded > folded + 100, qPrintable(QString::number(unfolded)));
        toggle->click();
        // Folded again, the list's room goes (a wrapped line more or less in the headline).
        const int refolded = dialog.height();
        QVERIFY2(refolded < unfolded - 100 && refolded < folded + 40,
                 qPrintable(QStringLiteral("%1 / %2").arg(refolded).arg(unfolded)));

        toggle->click(); // unfolded when publishing: the list goes with the preview
        dialog.findChild<QPushButton *>(QStringLiteral("publishButton"))->click();
        QVERIFY(requests->isHidden());
        QVERIFY2(dialog.height() <= refolded, qPrintable(QString::number(dialog.height())));
        dialog.addResult(QStringLiteral("update alt of 12"), true);
        dialog.finish(QString());
        const int done = dialog.height();
        QVERIFY2(done <= refolded, qPrintable(QStringLiteral("%1 > %2").arg(done).arg(refolded)));
        QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("publishFailures"))->isHidden());
    }

    // A long product and store name wrap over several lines, all of them visible.
    void publishHeadlineIsNeverClipped() {
        const PublishPlan plan = oneAltEdit();
        PublishDialog dialog;
        dialog.showPreview(QStringLiteral("Shoplazza at shop-with-a-long-name.example.com"),
                           QStringLiteral("Grey three-seat sofa in washed linen with oak legs, "
                                          "delivered assembled"),
                           plan);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *headline = dialog.findChild<QLabel *>(QStringLiteral("publishHeadline"));
        QVERIFY(headline);
        QVERIFY(headline->heightForWidth(headline->width()) > headline->fontMetrics().height());
        QVERIFY2(headline->height() >= headline->heightForWidth(headline->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(headline->height())
                                .arg(headline->heightForWidth(headline->width()))));
    }

    void emptyPlanCannotBePublished() {
        PublishDialog dialog;
        dialog.showPreview(QStringLiteral("Demo store"), QStringLiteral("Grey sofa"),
                           PublishPlan{});
        QCOMPARE(dialog.summaryText(), QStringLiteral("Nothing to publish"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
    }
};

QTEST_MAIN(TstDialogs)
#include "tst_dialogs.moc"
