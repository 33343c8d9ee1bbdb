// The difference hash and the duplicate finder: the same picture re-encoded, resized or
// recompressed stays within kSamePictureDistance; different product photos on the same white
// background do not; flat pictures have no hash; the finder pairs each later copy once.
#include "core/differencehash.h"
#include "core/pictureduplicates.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace vitrine;

namespace {

// A product photo as shops take them: white background, a shape with a gradient, a shadow.
QImage photo(int variant, QSize size = QSize(800, 800)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size.width() / 800.0, size.height() / 800.0);
    QLinearGradient gradient(0, 0, 800, 800);
    gradient.setColorAt(0, QColor(40 + variant * 30, 60, 160));
    gradient.setColorAt(1, QColor(200, 120 + variant * 20, 60));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(220, 220, 220));
    p.drawEllipse(QRectF(200, 640, 400, 60)); // shadow
    p.setBrush(gradient);
    switch (variant % 3) {
    case 0: // a shirt seen from the front
        p.drawRect(QRectF(250, 200, 300, 420));
        p.drawRect(QRectF(150, 200, 500, 120));
        break;
    case 1: // the same shirt from the side
        p.drawRect(QRectF(330, 200, 140, 420));
        p.drawEllipse(QRectF(300, 180, 200, 160));
        break;
    case 2: // a detail
        p.drawEllipse(QRectF(120, 120, 560, 560));
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(330, 330, 140, 140));
        break;
    }
    return image;
}

std::optional<quint64> hashOf(const QImage &image) {
    // As ThumbnailCache does: the decoded thumbnail, in gray.
    const QImage gray = image
                            .scaled(image.size().boundedTo(QSize(256, 256)), Qt::KeepAspectRatio,
                                    Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_Grayscale8);
    return DifferenceHash::of(gray.constBits(), gray.width(), gray.height(), gray.bytesPerLine());
}

QImage reencoded(const QImage &image, const char *format, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return QImage::fromData(bytes, format);
}

PictureFingerprint print(const QString &key, quint64 hash, const QString &src = {}) {
    return PictureFingerprint{QStringLiteral("p"), key, 0,
                              src.isEmpty() ? QStringLiteral("https://cdn.test/%1").arg(key) : src,
                              hash};
}

} // namespace

class TstDifferenceHash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samePictureStaysClose_data() {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QImage>("copy");
        for (int v = 0; v < 3; ++v) {
            const QImage original = photo(v);
            const QByteArray name = QByteArray::number(v);
            QTest::newRow(QByteArray(name + " jpeg 60").constData())
                << v << reencoded(original, "JPEG", 60);
            QTest::newRow(QByteArray(name + " jpeg 20").constData())
                << v << reencoded(original, "JPEG", 20);
            QTest::newRow(QByteArray(name + " png").constData())
                << v << reencoded(original, "PNG", -1);
            QTest::newRow(QByteArray(name + " half size").constData())
                << v << photo(v, QSize(400, 400));
            QTest::newRow(QByteArray(name + " 1000 px jpeg").constData())
                << v << reencoded(photo(v, QSize(1000, 1000)), "JPEG", 75);
            QTest::newRow(QByteArray(name + " a little wider").constData())
                << v << photo(v, QSize(840, 800)); // a CDN's resize that ignores the ratio
        }
    }
    void samePictureStaysClose() {
        QFETCH(int, variant);
        QFETCH(QImage, copy);
        QVERIFY(!copy.isNull());
        const std::optional<quint64> a = hashOf(photo(variant));
        const std::optional<quint64> b = hashOf(copy);
        QVERIFY(a && b);
        const int d = DifferenceHash::distance(*a, *b);
        QVERIFY2(d <= DifferenceHash::kSamePictureDistance, qPrintable(QString::number(d)));
    }

    void differentPicturesAreFar() {
        for (int a = 0; a < 6; ++a) {
            for (int b = a + 1; b < 6; ++b) {
                if (a % 3 == b % 3)
                    continue; // the same shape in other colours is the same picture to a dHash
                const int d = DifferenceHash::distance(*hashOf(photo(a)), *hashOf(photo(b)));
                QVERIFY2(d > 2 * DifferenceHash::kSamePictureDistance,
                         qPrintable(QStringLiteral("%1 vs %2: %3").arg(a).arg(b).arg(d)));
            }
        }
    }

    void flatOrTinyPicturesHaveNoHash() {
        QImage white(300, 300, QImage::Format_Grayscale8);
        white.fill(255);
        QCOMPARE(hashOf(white), std::nullopt);
        QImage black(300, 300, QImage::Format_Grayscale8);
        black.fill(0);
        QCOMPARE(hashOf(black), std::nullopt);
        QImage tiny(8, 8, QImage::Format_Grayscale8);
        tiny.fill(10);
        tiny.setPixel(7, 7, qRgb(200, 200, 200));
        QCOMPARE(hashOf(tiny), std::nullopt);
        QCOMPARE(DifferenceHash::of(nullptr, 100, 100, 100), std::nullopt);
    }

    // A left-to-right ramp: every cell lighter than its left neighbour, every bit set; a
    // right-to-left ramp none.
    void bitsFollowTheGradient() {
        QImage ramp(90, 80, QImage::Format_Grayscale8);
        for (int y = 0; y < 80; ++y)
            for (int x = 0; x < 90; ++x)
                ramp.scanLine(y)[x] = uchar(x * 2);
        QCOMPARE(DifferenceHash::of(ramp.constBits(), 90, 80, ramp.bytesPerLine()),
                 std::optional<quint64>(~quint64(0)));
        const QImage mirrored = ramp.mirrored(true, false);
        QCOMPARE(DifferenceHash::of(mirrored.constBits(), 90, 80, mirrored.bytesPerLine()),
                 std::optional<quint64>(0));
        QCOMPARE(DifferenceHash::distance(0, ~quint64(0)), 64);
        QCOMPARE(DifferenceHash::distance(0b1011, 0b0001), 2);
    }

    void findPairs() {
        const quint64 a = 0x0123456789ABCDEFULL;
        const quint64 b = 0xF0F0F0F00F0F0F0FULL;
        const QList<PictureFingerprint> prints{
            print(QStringLiteral("1"), a),
            print(QStringLiteral("2"), b),
            print(QStringLiteral("3"), a ^ 0b101),                // 2 bits from 1
            print(QStringLiteral("4"), b ^ (quint64(0xF) << 40)), // 4 bits from 2
            print(QStringLiteral("5"), a ^ 0x1F0),                // 5 bits from 1: too far
            print(QStringLiteral("6"), a ^ 0b1),                  // 1 from 1, 1 from 3
        };
        QCOMPARE(PictureDuplicates::find(prints, DifferenceHash::kSamePictureDistance),
                 (QList<PicturePair>{{0, 2, 2}, {1, 3, 4}, {0, 5, 1}}));
        // One address twice is the duplicate-image rule's, not a pixel duplicate.
        QCOMPARE(PictureDuplicates::find(
                     {print(QStringLiteral("1"), a),
                      print(QStringLiteral("2"), a, QStringLiteral("https://cdn.test/1"))},
                     4),
                 (QList<PicturePair>{}));
        QCOMPARE(PictureDuplicates::find(prints, 0), (QList<PicturePair>{}));
        QCOMPARE(PictureDuplicates::find({}, 4), (QList<PicturePair>{}));
    }

    // The banded search finds exactly what comparing every pair finds.
    void bandsFindWhatEveryPairFinds() {
        QList<PictureFingerprint> prints;
        quint64 state = 42;
        auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return state;
        };
        for (int i = 0; i < 400; ++i) {
            quint64 h = next();
            if (i % 4 != 0 && !prints.isEmpty()) { // a near copy of an earlier one
                h = prints.at(int(next() % quint64(prints.size()))).hash;
                for (int flips = int(next() % 7); flips > 0; --flips)
                    h ^= quint64(1) << (next() % 64);
            }
            prints << print(QString::number(i), h);
        }
        const QList<PicturePair> found = PictureDuplicates::find(prints, 4);
        QList<PicturePair> expected;
        for (int i = 0; i < int(prints.size()); ++i) {
            for (int j = 0; j < i; ++j) {
                const int d = DifferenceHash::distance(prints.at(j).hash, prints.at(i).hash);
                if (d <= 4) {
                    expected << PicturePair{j, i, d};
                    break;
                }
            }
        }
        QCOMPARE(found, expected);
        QVERIFY(found.size() > 100);
    }
};

QTEST_MAIN(TstDifferenceHash)
#include "tst_differencehash.moc"
