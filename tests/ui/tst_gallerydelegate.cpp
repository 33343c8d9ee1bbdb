#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "ui/alttexteditor.h"
#include "ui/gallerydelegate.h"
#include "ui/galleryview.h"
#include "ui/theme.h"
#include "ui/thumbnailcache.h"
#include "uifixtures.h"

#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace vitrine;
using namespace vitrine::test;

namespace {

const QColor kImageColour(0x33, 0x99, 0x66);

// Pixels of image inside area whose colour is within tolerance of colour.
int pixelsNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 6) {
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance &&
                qAbs(c.green() - colour.green()) <= tolerance &&
                qAbs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

QPalette lightPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

} // namespace

// What a card shows, checked on rendered pixels, and the inline alt editor's limits.
class TstGalleryDelegate : public QObject {
    Q_OBJECT

    struct Fixture {
        FakeImageHost host;
        ThumbnailCache cache{host.fetcher()};
        GalleryDelegate delegate{&cache};
        EditSession session;

        Fixture() {
            Gallery gallery = makeGallery(3);
            gallery[1].alt.clear();
            host.serve(gallery, QSize(400, 300), kImageColour);
            host.files.remove(QUrl(gallery[2].src)); // image 3 is broken (404)
            session.setCapabilities(capabilitiesWithAltLimits(10, 20));
            session.load(QStringLiteral("sofa"), gallery);
            delegate.setCapabilities(session.capabilities());
        }
        QModelIndex index(int row) const { return session.model()->index(row); }
        QImage render(int row) {
            QImage image(delegate.cardSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.rect = image.rect();
            option.palette = lightPalette();
            option.font = QApplication::font();
            option.state = QStyle::State_Enabled;
            delegate.paint(&painter, option, index(row));
            painter.end();
            return image;
        }
        QRect thumbArea() const {
            return QRect(QPoint(0, 0), delegate.cardSize())
                .adjusted(0, 0, 0,
                          -(delegate.cardSize().height() - cache.thumbnailSize().height() - 12));
        }
        QRect textArea() const {
            const QSize card = delegate.cardSize();
            return {0, card.height() - 44, card.width(), 44};
        }
        QRect topRight() const {
            const QSize card = delegate.cardSize();
            return {card.width() / 2, 0, card.width() / 2, 60};
        }
    };

private Q_SLOTS:
    void cardSizeIsConstantAndFitsTheThumbnail() {
        Fixture f;
        const QSize card = f.delegate.cardSize();
        QVERIFY(card.width() > f.cache.thumbnailSize().width());
        QVERIFY(card.height() >
                f.cache.thumbnailSize().height() + QFontMetrics(QApplication::font()).height());
        QCOMPARE(f.delegate.sizeHint({}, f.index(0)), card);
        QCOMPARE(f.delegate.sizeHint({}, f.index(2)), card);
    }

    void paintsAPlaceholderUntilTheThumbnailArrives() {
        Fixture f;
        QSignalSpy ready(&f.cache, &ThumbnailCache::thumbnailReady);
        const QImage loading = f.render(0); // asks the cache, which starts loading
        QCOMPARE(pixelsNear(loading, f.thumbArea(), kImageColour), 0);
        QVERIFY(ready.wait(10000));

        const QImage loaded = f.render(0);
        // 400×300 scaled into the 160 box is 160×120 of the image's colour.
        QVERIFY(pixelsNear(loaded, f.thumbArea(), kImageColour) >= 150 * 110);
    }

    void paintsABrokenImageMark() {
        Fixture f;
        QSignalSpy failed(&f.cache, &ThumbnailCache::thumbnailFailed);
        f.render(2);
        QVERIFY(failed.wait(10000));
        const QImage broken = f.render(2);
        const QColor red = Theme::color(Theme::Role::Failed, lightPalette());
        QVERIFY(pixelsNear(broken, f.thumbArea(), red, 30) > 20);
        QVERIFY(f.delegate.toolTip(f.index(2)).contains(QStringLiteral("Broken image")));
        QCOMPARE(pixelsNear(f.render(0), f.thumbArea(), red, 30), 0);
    }

    void missingAltTextIsAVisibleWarning() {
        Fixture f;
        const QColor amber(0xf2, 0xb1, 0x34); // the warning triangle's fill
        QVERIFY(pixelsNear(f.render(1), f.textArea(), amber, 30) > 15);
        QCOMPARE(pixelsNear(f.render(0), f.textArea(), amber, 30), 0);
        QVERIFY(GalleryDelegate::accessibleText(f.index(1))
                    .contains(QStringLiteral("no alt"), Qt::CaseInsensitive));
    }

    void marksEditedNewAndFailedImages() {
        Fixture f;
        const QPalette palette = lightPalette();
        const QColor edited = Theme::color(Theme::Role::Edited, palette);
        const QColor added = Theme::color(Theme::Role::New, palette);
        const QColor failed = Theme::color(Theme::Role::Failed, palette);
        QCOMPARE(pixelsNear(f.render(0), f.topRight(), edited), 0);

        QVERIFY(f.session.setAltText({0}, QStringLiteral("Front")));
        QVERIFY(pixelsNear(f.render(0), f.topRight(), edited) > 50);

        const QString key = f.session.addImage(QStringLiteral("https://cdn.example.com/new.png"));
        QVERIFY(!key.isEmpty());
        const int newRow = f.session.model()->rowOfKey(key);
        QVERIFY(pixelsNear(f.render(newRow), f.topRight(), added) > 50);

        f.session.model()->setError(QStringLiteral("2"), QStringLiteral("alt is too long"));
        QVERIFY(pixelsNear(f.render(1), f.topRight(), failed) > 50);
        QVERIFY(f.delegate.toolTip(f.index(1)).contains(QStringLiteral("alt is too long")));
    }

    void editorUsesTheLimitForNewOrExistingImages() {
        Fixture f;
        QWidget parent;
        std::unique_ptr<QWidget> existing(f.delegate.createEditor(&parent, {}, f.index(0)));
        auto *line = qobject_cast<AltTextEditor *>(existing.get());
        QVERIFY(line);
        QCOMPARE(line->limit(), 20); // update limit
        const QString key = f.session.addImage(QStringLiteral("https://cdn.example.com/new.png"));
        std::unique_ptr<QWidget> added(f.delegate.createEditor(
            &parent, {}, f.session.model()->index(f.session.model()->rowOfKey(key))));
        QCOMPARE(qobject_cast<AltTextEditor *>(added.get())->limit(), 10); // create limit
    }

    void overLimitTextIsRefusedWithTheReason() {
        Fixture f;
        QWidget parent;
        std::unique_ptr<QWidget> editor(f.delegate.createEditor(&parent, {}, f.index(0)));
        auto *line = qobject_cast<AltTextEditor *>(editor.get());
        QSignalSpy refused(&f.delegate, &GalleryDelegate::editRefused);
        line->setText(QString(21, QLatin1Char('x')));
        QVERIFY(!line->isAcceptable());
        QVERIFY(line->refusal().contains(QStringLiteral("20")));
        f.delegate.setModelData(line, f.session.model(), f.index(0));
        QCOMPARE(refused.size(), 1);
        QVERIFY(
            refused.constFirst().constFirst().toString().contains(QStringLiteral("at most 20")));
        QCOMPARE(f.index(0).data(GalleryModel::AltTextRole).toString(), QStringLiteral("alt 1"));
        QCOMPARE(f.session.undoStack()->count(), 0);

        line->setText(QStringLiteral("  Sofa  "));
        f.delegate.setModelData(line, f.session.model(), f.index(0));
        QCOMPARE(f.index(0).data(GalleryModel::AltTextRole).toString(), QStringLiteral("Sofa"));
        QCOMPARE(f.session.undoStack()->count(), 1);
        f.delegate.setModelData(line, f.session.model(), f.index(0)); // unchanged: no new step
        QCOMPARE(f.session.undoStack()->count(), 1);
    }

    void enterOnOverLimitTextKeepsEditing() {
        Fixture f;
        GalleryView view(&f.cache);
        view.setModel(f.session.model());
        view.setEditSession(&f.session);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy refused(view.galleryDelegate(), &GalleryDelegate::editRefused);
        view.edit(f.index(0));
        auto *line = view.findChild<AltTextEditor *>();
        QVERIFY(line);
        line->setText(QString(25, QLatin1Char('y')));
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(refused.size(), 1);
        QVERIFY(view.findChild<AltTextEditor *>()); // still open, text kept
        QCOMPARE(line->text().size(), 25);
        QCOMPARE(f.index(0).data(GalleryModel::AltTextRole).toString(), QStringLiteral("alt 1"));
    }
};

QTEST_MAIN(TstGalleryDelegate)
#include "tst_gallerydelegate.moc"
