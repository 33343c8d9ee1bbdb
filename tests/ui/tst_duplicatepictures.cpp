// The same picture under two addresses, end to end in real widgets: the thumbnail cache hashes
// what it decodes, the review finds duplicate-picture on the later copy, selecting the finding
// shows both pictures side by side, and its button asks to delete the later copy. Also the
// review's other inputs from the panel: the product title (alt-is-title) and the variants.
#include "core/spellchecker.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/reviewmodel.h"
#include "ui/duplicatepairview.h"
#include "ui/reviewpanel.h"
#include "uifixtures.h"

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

#include <memory>

using namespace vitrine;
using namespace vitrine::test;

namespace {

// A product shot: a shape on white; `variant` moves and recolours it.
QByteArray shot(int variant, QSize size, const char *format = "PNG") {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(40 + 60 * variant, 80, 160));
    p.drawEllipse(QRectF(size.width() * (0.1 + 0.3 * variant), size.height() * 0.2,
                         size.width() * 0.4, size.height() * 0.6));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 70);
    return bytes;
}

QStringList problems(const ReviewPanel &panel) {
    QStringList out;
    for (const ReviewFinding &f : panel.model()->findings())
        out << QStringLiteral("%1:%2").arg(f.place).arg(ReviewFinding::kindName(f.kind));
    return out;
}

class NoWordsKnown : public SpellChecker {
public:
    QString language() const override { return QStringLiteral("xx"); }
    bool isCorrect(const QString &) const override { return false; }
    QStringList suggestions(const QString &, int) const override { return {}; }
};

// Three pictures, the third the first again (re-encoded smaller, as a CDN would), and the Review
// over them, closed until a test shows it.
struct GalleryWithACopy {
    Gallery gallery = makeGallery(3);
    FakeImageHost host;
    EditSession session;
    ThumbnailCache cache{host.fetcher()};
    std::unique_ptr<ReviewPanel> panel;

    GalleryWithACopy() {
        host.files.insert(QUrl(gallery[0].src), shot(0, QSize(800, 800)));
        host.files.insert(QUrl(gallery[1].src), shot(1, QSize(800, 800)));
        host.files.insert(QUrl(gallery[2].src), shot(0, QSize(500, 500), "JPEG"));
        session.load(QStringLiteral("sofa"), gallery);
        panel = std::make_unique<ReviewPanel>(&session, &cache);
    }
};

} // namespace

class TstDuplicatePictures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samePictureUnderAnotherAddress() {
        GalleryWithACopy f;
        EditSession &session = f.session;
        const Gallery &gallery = f.gallery;
        ThumbnailCache &cache = f.cache;
        ReviewPanel &panel = *f.panel;
        panel.setProduct(QStringLiteral("sofa"), QStringLiteral("Grey sofa"));
        QSignalSpy deletions(&panel, &ReviewPanel::deleteRequested);
        panel.show(); // showing it loads every picture
        QTRY_VERIFY_WITH_TIMEOUT(cache.pictureHash(QUrl(gallery[2].src)).has_value(), 10000);
        QVERIFY(cache.pictureHash(QUrl(gallery[0].src)).has_value());
        QTRY_COMPARE(problems(panel), QStringList{QStringLiteral("3:duplicate-picture")});

        QVERIFY(!panel.duplicatePairView()->isVisible());
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        DuplicatePairView *pair = panel.duplicatePairView();
        QVERIFY(pair->isVisible());
        QVERIFY(!pair->earlierPicture()->pixmap().isNull());
        QVERIFY(!pair->laterPicture()->pixmap().isNull());
        QCOMPARE(pair->laterKey(), QStringLiteral("3"));
        pair->deleteButton()->click();
        QCOMPARE(deletions.size(), 1);
        QCOMPARE(deletions.first().first().toString(), QStringLiteral("3"));

        // Deleted (as the window does after asking), the finding and the pair go.
        QVERIFY(session.deleteRows({2}));
        QTRY_COMPARE(problems(panel), QStringList());
        QVERIFY(!pair->isVisible());
    }

    void picturesLoadedBeforeTheReviewOpensAreComparedToo() {
        GalleryWithACopy f;
        const Gallery &gallery = f.gallery;
        ThumbnailCache &cache = f.cache;
        ReviewPanel &panel = *f.panel;
        // The grid loads the pictures while the review is closed: nothing compares them, so
        // nothing hashes them.
        QSignalSpy idle(&cache, &ThumbnailCache::idle);
        for (const ProductImage &image : gallery)
            cache.request(QUrl(image.src));
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), 10000);
        for (const ProductImage &image : gallery) {
            QCOMPARE(cache.state(QUrl(image.src)), ThumbnailCache::State::Ready);
            QCOMPARE(cache.pictureHash(QUrl(image.src)), std::nullopt);
        }
        QVERIFY(!cache.pictureHashesWanted());

        // Opened, the review hashes what is in memory and finds the copy. The decoder threads are
        // held busy first, so the hashing is seen under way.
        QSemaphore held;
        cache.decodePool()->setMaxThreadCount(1);
        cache.decodePool()->start([&held] { held.acquire(); });
        panel.show();
        QVERIFY(cache.pictureHashesWanted());
        QVERIFY(cache.isHashing(QUrl(gallery[2].src)));
        // Until then the images count as not judged, not as different pictures.
        QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral("still loading")),
                 qPrintable(panel.summaryLabel()->text()));
        held.release();
        QTRY_COMPARE(problems(panel), QStringList{QStringLiteral("3:duplicate-picture")});
        QVERIFY(cache.pictureHash(QUrl(gallery[0].src)).has_value());
        panel.hide();
        QVERIFY(!cache.pictureHashesWanted());
    }

    void titleVariantsAndSpellingReachTheRules() {
        Gallery gallery = makeGallery(2);
        gallery[0].alt = QStringLiteral("Grey sofa");
        gallery[1].alt = QStringLiteral("grey SOFA");
        gallery[1].variantIds = {QStringLiteral("v1")};
        FakeImageHost host;
        host.serve(gallery, QSize(800, 800));
        EditSession session;
        session.load(QStringLiteral("sofa"), gallery);
        ThumbnailCache cache(host.fetcher());
        ReviewPanel panel(&session, &cache);
        panel.setProduct(QStringLiteral("sofa"), QStringLiteral("Grey Sofa"));
        panel.setVariants({{{QStringLiteral("v1"), QStringLiteral("Ochre / Velvet")}}, {}});
        panel.show();
        QTRY_COMPARE(problems(panel), (QStringList{QStringLiteral("1:alt-is-title"),
                                                   QStringLiteral("2:duplicate-alt"),
                                                   QStringLiteral("2:alt-is-title"),
                                                   QStringLiteral("2:alt-misses-variant")}));
        NoWordsKnown checker;
        panel.setSpellChecker(&checker);
        // The title's words are names: nothing left to flag.
        QCoreApplication::processEvents();
        QTest::qWait(100);
        QVERIFY(!problems(panel).contains(QStringLiteral("1:alt-spelling")));
        QVERIFY(session.setAltText({0}, QStringLiteral("Grey sofa, armrest")));
        QTRY_VERIFY(problems(panel).contains(QStringLiteral("1:alt-spelling")));
    }
};

QTEST_MAIN(TstDuplicatePictures)
#include "tst_duplicatepictures.moc"
