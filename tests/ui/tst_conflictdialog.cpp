#include "core/conflict.h"
#include "ui/conflictdialog.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace vitrine;

namespace {

using Kind = Conflict::Kind;
using Resolution = Conflict::Resolution;

ProductImage image(const QString &id, const QString &alt, int position = 1) {
    ProductImage i;
    i.id = id;
    i.productId = QStringLiteral("p1");
    i.src = QStringLiteral("https://cdn.example.com/%1.jpg").arg(id);
    i.alt = alt;
    i.position = position;
    return i;
}

// Alt text changed on both sides: a choice is needed.
Conflict altBothChanged() {
    Conflict c;
    c.imageId = QStringLiteral("11");
    c.kind = Kind::AltChangedElsewhere;
    c.base = image(c.imageId, QStringLiteral("Sofa"));
    c.mine = image(c.imageId, QStringLiteral("Grey sofa, front"));
    c.theirs = image(c.imageId, QStringLiteral("Sofa in grey"));
    c.mineChanged = true;
    return c;
}

// Deleted on the store while the user edited it: a choice is needed.
Conflict deletedButEdited() {
    Conflict c;
    c.imageId = QStringLiteral("12");
    c.kind = Kind::DeletedElsewhere;
    c.base = image(c.imageId, QStringLiteral("Side"), 2);
    c.mine = image(c.imageId, QStringLiteral("Side view"), 2);
    c.mineChanged = true;
    return c;
}

// Only the store moved it: taken, no choice needed.
Conflict movedElsewhereOnly() {
    Conflict c;
    c.imageId = QStringLiteral("13");
    c.kind = Kind::PositionChangedElsewhere;
    c.base = c.mine = image(c.imageId, QStringLiteral("Back"), 3);
    c.theirs = image(c.imageId, QStringLiteral("Back"), 1);
    c.minePlace = 3;
    c.theirsPlace = 1;
    c.resolution = Resolution::TakeTheirs;
    return c;
}

// Added on the store while the user deletes everything: a choice is needed.
Conflict addedWhileDeletingAll() {
    Conflict c;
    c.imageId = QStringLiteral("14");
    c.kind = Kind::AddedElsewhere;
    c.theirs = image(c.imageId, QStringLiteral("New angle"), 4);
    c.mineChanged = true;
    return c;
}

QList<Conflict> mixed() {
    return {altBothChanged(), deletedButEdited(), movedElsewhereOnly(), addedWhileDeletingAll()};
}

QString rowText(const ConflictDialog &d, int index, const QString &objectName) {
    const auto *frame = d.findChild<QFrame *>(QStringLiteral("conflict%1").arg(index));
    if (!frame)
        return {};
    const auto *label = frame->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

} // namespace

// The conflict dialog: one row per change made elsewhere (what happened, mine beside theirs, a
// choice), OK only once every conflict has a choice, "all mine"/"all theirs", and the resolved
// list it returns.
class TstConflictDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEachConflictInWords() {
        ConflictDialog d;
        d.setConflicts(mixed(), QStringLiteral("Grey sofa"));
        QCOMPARE(d.count(), 4);
        for (int i = 0; i < d.count(); ++i)
            QCOMPARE(rowText(d, i, QStringLiteral("conflictDescription")),
                     mixed().at(i).describe());
        QCOMPARE(rowText(d, 0, QStringLiteral("mineValue")), QStringLiteral("“Grey sofa, front”"));
        QCOMPARE(rowText(d, 0, QStringLiteral("theirsValue")), QStringLiteral("“Sofa in grey”"));
        QCOMPARE(rowText(d, 1, QStringLiteral("theirsValue")), QStringLiteral("deleted"));
        QCOMPARE(rowText(d, 2, QStringLiteral("mineValue")), QStringLiteral("place 3"));
        QCOMPARE(rowText(d, 2, QStringLiteral("theirsValue")), QStringLiteral("place 1"));
        QVERIFY(rowText(d, 3, QStringLiteral("theirsValue")).contains(QStringLiteral("14.jpg")));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("conflictHeading"))
                    ->text()
                    .contains(QStringLiteral("“Grey sofa”")));
    }

    void choicesHaveAccessibleNames() {
        ConflictDialog d;
        d.setConflicts(mixed());
        for (int i = 0; i < d.count(); ++i) {
            const QString id = mixed().at(i).imageId;
            QCOMPARE(d.keepMineButton(i)->accessibleName(),
                     QStringLiteral("Keep mine for image %1").arg(id));
            QCOMPARE(d.takeTheirsButton(i)->accessibleName(),
                     QStringLiteral("Take theirs for image %1").arg(id));
            QCOMPARE(d.keepMineButton(i)->accessibleDescription(), mixed().at(i).describe());
        }
        // What each choice means where it is not obvious.
        QVERIFY(d.keepMineButton(1)->text().contains(QStringLiteral("add it again")));
        QVERIFY(d.keepMineButton(3)->text().contains(QStringLiteral("delete it")));
    }

    void okOnlyOnceEveryConflictHasAChoice() {
        ConflictDialog d;
        QSignalSpy changes(&d, &ConflictDialog::resolutionsChanged);
        d.setConflicts(mixed());
        QCOMPARE(d.unresolvedCount(), 3);
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(d.statusLabel()->text().contains(QStringLiteral("3 changes")));
        // The store-only change comes with its choice made.
        QVERIFY(d.takeTheirsButton(2)->isChecked());
        QVERIFY(!d.keepMineButton(0)->isChecked());
        QVERIFY(!d.takeTheirsButton(0)->isChecked());

        d.keepMineButton(0)->click();
        QCOMPARE(changes.size(), 1);
        QVERIFY(!d.okButton()->isEnabled());
        d.takeTheirsButton(1)->click();
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(d.statusLabel()->text().contains(QStringLiteral("1 change")));
        d.takeTheirsButton(3)->click();
        QVERIFY(d.okButton()->isEnabled());
        QCOMPARE(d.unresolvedCount(), 0);

        const QList<Conflict> out = d.conflicts();
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.at(0).resolution, Resolution::KeepMine);
        QCOMPARE(out.at(1).resolution, Resolution::TakeTheirs);
        QCOMPARE(out.at(2).resolution, Resolution::TakeTheirs);
        QCOMPARE(out.at(3).resolution, Resolution::TakeTheirs);
        // Everything else about each conflict is returned as given.
        for (int i = 0; i < out.size(); ++i) {
            Conflict expected = mixed().at(i);
            expected.resolution = out.at(i).resolution;
            QCOMPARE(out.at(i), expected);
        }

        // Changing one's mind is a choice too.
        d.keepMineButton(1)->click();
        QCOMPARE(d.conflicts().at(1).resolution, Resolution::KeepMine);
        // Taking a choice back disables OK again.
        d.setResolution(1, Resolution::Unresolved);
        QVERIFY(!d.keepMineButton(1)->isChecked());
        QVERIFY(!d.takeTheirsButton(1)->isChecked());
        QVERIFY(!d.okButton()->isEnabled());
    }

    void allMineOrAllTheirs_data() {
        QTest::addColumn<bool>("mine");
        QTest::newRow("keep all mine") << true;
        QTest::newRow("take all theirs") << false;
    }
    void allMineOrAllTheirs() {
        QFETCH(bool, mine);
        ConflictDialog d;
        d.setConflicts(mixed());
        (mine ? d.keepAllMineButton() : d.takeAllTheirsButton())->click();
        QVERIFY(d.okButton()->isEnabled());
        const Resolution chosen = mine ? Resolution::KeepMine : Resolution::TakeTheirs;
        const QList<Conflict> out = d.conflicts();
        QCOMPARE(out.at(0).resolution, chosen);
        QCOMPARE(out.at(1).resolution, chosen);
        QCOMPARE(out.at(3).resolution, chosen);
        // The change only the store made stays taken: "all mine" is about what the user changed.
        QCOMPARE(out.at(2).resolution, Resolution::TakeTheirs);
        QCOMPARE((mine ? d.keepMineButton(0) : d.takeTheirsButton(0))->isChecked(), true);
    }

    void onlyStoreChangesNeedNoChoice() {
        ConflictDialog d;
        d.setConflicts({movedElsewhereOnly()});
        QVERIFY(d.okButton()->isEnabled());
        QVERIFY(!d.keepAllMineButton()->isEnabled());
        QVERIFY(!d.takeAllTheirsButton()->isEnabled());
    }

    void resolveReturnsTheChoicesOrNothing() {
        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            d->okButton()->click(); // disabled: nothing happens
            QVERIFY(d->isVisible());
            d->takeAllTheirsButton()->click();
            d->keepMineButton(0)->click();
            d->okButton()->click();
        });
        const auto resolved = ConflictDialog::resolve(nullptr, mixed(), QStringLiteral("Sofa"));
        QVERIFY(resolved.has_value());
        QCOMPARE(resolved->at(0).resolution, Resolution::KeepMine);
        QCOMPARE(resolved->at(1).resolution, Resolution::TakeTheirs);
        QVERIFY(unresolved(*resolved).isEmpty());

        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            d->reject();
        });
        QVERIFY(!ConflictDialog::resolve(nullptr, mixed()).has_value());
    }

    void aNewListReplacesTheRows() {
        ConflictDialog d;
        d.setConflicts(mixed());
        d.setConflicts({altBothChanged()});
        QCOMPARE(d.count(), 1);
        QCOMPARE(d.findChildren<QRadioButton *>().size(), 2);
        QVERIFY(!d.okButton()->isEnabled());
        d.setResolution(0, Resolution::TakeTheirs);
        QVERIFY(d.takeTheirsButton(0)->isChecked());
        QVERIFY(d.okButton()->isEnabled());
    }
};

QTEST_MAIN(TstConflictDialog)
#include "tst_conflictdialog.moc"
