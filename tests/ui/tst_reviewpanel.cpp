// The review panel follows the staged gallery and the images' load results, leads back to the
// image, and exports what it found.
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/reviewmodel.h"
#include "ui/reviewpanel.h"
#include "uifixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {
struct Fixture {
    FakeImageHost host;
    EditSession session;
    ThumbnailCache cache{host.fetcher()};
    ReviewPanel panel{&session, &cache};

    // The panel is shown: hidden, it does no work until it is shown.
    explicit Fixture(const Gallery &gallery, bool shown = true) {
        host.serve(gallery, QSize(800, 800));
        session.setCapabilities(capabilitiesWithAltLimits(20, 30));
        session.load(QStringLiteral("sofa"), gallery);
        panel.setProduct(QStringLiteral("sofa"), QStringLiteral("Grey sofa"));
        if (shown)
            panel.show();
    }
    QStringList problems() const {
        QStringList out;
        for (const ReviewFinding &f : panel.model()->findings())
            out << QStringLiteral("%1:%2").arg(f.place).arg(ReviewFinding::kindName(f.kind));
        return out;
    }
    // Waits for the coalesced re-review.
    void settle() {
        QTest::qWait(0);
        QCoreApplication::processEvents();
    }
};
} // namespace

class TstReviewPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheStagedGallery() {
        Fixture f(makeGallery(3));
        QCOMPARE(f.problems(), QStringList());
        QVERIFY(f.session.setAltText({1}, QString()));
        f.settle();
        QCOMPARE(f.problems(), QStringList{QStringLiteral("2:missing-alt")});
        QVERIFY(f.panel.summaryLabel()->text().startsWith(QStringLiteral("1 error.")));
        // Moving the image moves the finding with it.
        f.session.moveRows({1}, 0);
        f.settle();
        QCOMPARE(f.problems(), QStringList{QStringLiteral("1:missing-alt")});
        f.session.undoStack()->undo();
        f.session.undoStack()->undo();
        f.settle();
        QCOMPARE(f.problems(), QStringList());
    }

    void altLimitsAreTheStoresForNewAndExistingImages() {
        Fixture f(makeGallery(1));
        QVERIFY(f.session.setAltText({0}, QString(25, QLatin1Char('a')))); // under 30: fine
        const QString key = f.session.addImage(QStringLiteral("https://cdn.test/new.jpg"),
                                               QString(25, QLatin1Char('b'))); // over 20
        QVERIFY(key.isEmpty()); // the session refuses to stage it
        QVERIFY(!f.session
                     .addImage(QStringLiteral("https://cdn.test/new.jpg"),
                               QStringLiteral("Cushion detail"))
                     .isEmpty());
        f.settle();
        QCOMPARE(f.problems().join(QLatin1Char(' ')), QString());
    }

    void brokenAndTinyImagesOnceLoaded() {
        Gallery gallery = makeGallery(3);
        Fixture f(gallery, false);
        f.host.files.insert(QUrl(gallery.at(1).src), pngBytes(QSize(120, 90), Qt::red));
        f.host.files.remove(QUrl(gallery.at(2).src)); // 404
        f.panel.show();                               // showing the panel loads every image
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QTRY_COMPARE(f.problems(), (QStringList{QStringLiteral("2:tiny-image"),
                                                QStringLiteral("3:broken-image")}));
        QTRY_VERIFY(!f.panel.summaryLabel()->text().contains(QStringLiteral("loading")));
        QCOMPARE(f.panel.reviewImages().at(1).size, QSize(120, 90));
    }

    void unloadedImagesAreSaidToBeLoading() {
        // Shown, the panel reviews at once, before the images it asks for have arrived.
        Fixture f(makeGallery(2));
        QVERIFY(
            f.panel.summaryLabel()->text().contains(QStringLiteral("2 images are still loading")));
    }

    void aHiddenPanelReviewsWhenShown() {
        Fixture f(makeGallery(3), false);
        QVERIFY(f.session.setAltText({1}, QString()));
        f.settle();
        QCOMPARE(f.problems(), QStringList()); // hidden: no work
        QCOMPARE(f.host.fetches, 0);
        f.panel.show();
        QCOMPARE(f.problems(), QStringList{QStringLiteral("2:missing-alt")});
        QTRY_VERIFY(!f.panel.summaryLabel()->text().contains(QStringLiteral("loading")));
        QCOMPARE(f.host.fetches, 3); // every image, to judge broken and tiny ones
    }

    void activatingAFindingNamesTheImage() {
        Fixture f(makeGallery(3));
        QVERIFY(f.session.setAltText({2}, QString()));
        f.settle();
        QSignalSpy activated(&f.panel, &ReviewPanel::imageActivated);
        Q_EMIT f.panel.view()->activated(f.panel.model()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(),
                 f.session.model()->index(2).data(GalleryModel::KeyRole).toString());
    }

    void exports_data() {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("csv") << QStringLiteral("review.csv");
        QTest::newRow("json") << QStringLiteral("review.JSON");
    }
    void exports() {
        QFETCH(QString, fileName);
        Fixture f(makeGallery(2));
        QVERIFY(f.session.setAltText({0}, QString()));
        f.settle();
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QString error;
        QVERIFY2(f.panel.exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (fileName.endsWith(QStringLiteral(".csv"))) {
            QVERIFY(bytes.startsWith("place,image id,severity,problem,message,image url\r\n"));
            QVERIFY(bytes.contains("\r\n1,1,error,missing-alt,"));
        } else {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(root.value(QStringLiteral("product"))
                         .toObject()
                         .value(QStringLiteral("title"))
                         .toString(),
                     QStringLiteral("Grey sofa"));
            QCOMPARE(root.value(QStringLiteral("findings")).toArray().size(), 1);
        }
    }

    void exportToAnUnwritablePlaceSaysWhy() {
        Fixture f(makeGallery(1));
        QString error;
        QVERIFY(!f.panel.exportTo(QStringLiteral("/nonexistent-dir/review.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/review.csv")));
    }
};

QTEST_MAIN(TstReviewPanel)
#include "tst_reviewpanel.moc"
