#include "core/altimportcomparison.h"
#include "core/altsheet.h"
#include "core/alttemplatepreview.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace vitrine;

// The figures of docs/alttext.md: a template's preview over a catalog of N images (target: 20,000
// in ≤ 1 s), an import of an N-row sheet up to its preview (target: ≤ 2 s), and the untouched
// round trip (0 edits: asserted, it is a fact, not a timing). Each time is printed with the
// time of an anchor measured in the same run — the least any implementation must do over the
// same data — so the ratio says how much more this code costs, whatever the machine. N comes
// from VITRINE_BENCH_IMAGES: CTest runs a small catalog; run it with 20000 for the figures
// (`VITRINE_BENCH_IMAGES=20000 build/dev/tests/bench/bench_alttext`). Nothing is asserted on
// timing.
namespace {

int imageCount() {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("VITRINE_BENCH_IMAGES", &ok);
    return ok && n > 0 ? n : 20000;
}

// Products of 10 images: a third without alt text, variants on every other image.
QList<AltTextProduct> catalog(int images) {
    QList<AltTextProduct> products;
    for (int p = 0; p * 10 < images; ++p) {
        AltTextProduct product;
        product.id = QString::number(7000000 + p);
        product.title = QStringLiteral("Linen shirt model %1").arg(p);
        product.vendor = QStringLiteral("Acme");
        product.productType = QStringLiteral("Shirts");
        product.variants.names = {{QStringLiteral("v1"), QStringLiteral("Blue / S")},
                                  {QStringLiteral("v2"), QStringLiteral("Blue / M")},
                                  {QStringLiteral("v3"), QStringLiteral("Sand / S")}};
        for (int i = 0; i < 10 && p * 10 + i < images; ++i) {
            StagedImage image;
            image.image.id = QString::number(900000000 + p * 10 + i);
            image.key = image.image.id;
            image.image.src =
                QStringLiteral("https://cdn.example.com/s/files/1/%1/shirt-%2-view_%3.jpg?v=17")
                    .arg(p)
                    .arg(p)
                    .arg(i);
            if (i % 3 != 0)
                image.image.alt =
                    QStringLiteral("Linen shirt %1, view %2, on a, \"model\"").arg(p).arg(i);
            if (i % 2 == 0)
                image.image.variantIds = {QStringLiteral("v%1").arg(1 + i % 3)};
            product.images << image;
        }
        products << product;
    }
    return products;
}

// The best of three runs, in milliseconds.
double bestOfThree(const std::function<void()> &run) {
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void printLine(const char *what, double ms, double anchorMs, double targetMs) {
    std::printf("%-44s %9.1f ms  %6.1f × anchor  target ≤ %.0f ms\n", what, ms,
                anchorMs > 0 ? ms / anchorMs : 0.0, targetMs);
}

} // namespace

class BenchAltText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void templatePreview() {
        const int n = imageCount();
        const QList<AltTextProduct> products = catalog(n);
        const AltTemplate t =
            AltTemplate::parse(QStringLiteral("{title} – {variant}, view {place} of {count}"));
        // Anchor: the least a template can do — one string per image from its product's title.
        qsizetype sink = 0;
        const double anchor = bestOfThree([&] {
            for (const AltTextProduct &p : products)
                for (qsizetype i = 0; i < p.images.size(); ++i)
                    sink += (p.title + QStringLiteral(", view ") + QString::number(i + 1)).size();
        });
        AltTemplatePreview preview;
        const double replace = bestOfThree([&] {
            preview = AltTemplatePreview::compute(products, t, AltWriteMode::Replace, {512, 255});
        });
        QCOMPARE(int(preview.changes().size()), n);
        const double empty = bestOfThree([&] {
            preview = AltTemplatePreview::compute(products, t, AltWriteMode::Empty, {512, 255});
        });
        QVERIFY(preview.changes().size() > 0);
        std::printf("\nAlt text templates over %d images in %lld products (anchor %.1f ms: one "
                    "string per image)\n",
                    n, static_cast<long long>(products.size()), anchor);
        printLine("preview, mode replace (every image)", replace, anchor, 1000);
        printLine("preview, mode empty", empty, anchor, 1000);
        std::fflush(stdout);
        QVERIFY(sink > 0);
    }

    void spreadsheetRoundTrip() {
        const int n = imageCount();
        const QList<AltTextProduct> products = catalog(n);
        QByteArray bytes;
        const double write = bestOfThree([&] { bytes = AltSheet::write(products, {true}); });
        // Anchor: the least any import does — decode the bytes and cut them into lines.
        qsizetype lines = 0;
        const double anchor = bestOfThree(
            [&] { lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n")).size(); });
        QCOMPARE(lines, qsizetype(n) + 2); // header, rows, the empty piece after the last CRLF
        AltImportComparison::Result result;
        const double import = bestOfThree([&] {
            const AltSheet::Read read = AltSheet::read(bytes);
            result = AltImportComparison::compare(read.rows, products, {512, 255});
        });
        // The untouched round trip stages nothing.
        QCOMPARE(result.rows, n);
        QCOMPARE(result.changes.size(), 0);
        QCOMPARE(result.conflicts.size(), 0);
        QCOMPARE(result.problems.size(), 0);

        // Every third alt text changed in the file, and a tenth of those changed on the store too.
        QString text = QString::fromUtf8(bytes);
        text.replace(QStringLiteral(", on a, \"\"model\"\""), QStringLiteral(", worn"));
        const QByteArray edited = text.toUtf8();
        QList<AltTextProduct> now = products;
        for (int p = 0; p < int(now.size()); p += 10)
            now[p].images[1].image.alt = QStringLiteral("changed on the store");
        const double editedImport = bestOfThree([&] {
            result = AltImportComparison::compare(AltSheet::read(edited).rows, now, {512, 255});
        });
        QVERIFY(result.changes.size() > 0);
        QVERIFY(result.conflicts.size() > 0);

        std::printf("\nAlt text spreadsheet of %d rows, %.1f MB (anchor %.1f ms: decode and split "
                    "into lines)\n",
                    n, double(bytes.size()) / 1e6, anchor);
        printLine("export (write the file)", write, anchor, 2000);
        printLine("import to the preview, untouched: 0 edits", import, anchor, 2000);
        std::printf("%-44s %9.1f ms  %6.1f × anchor  target ≤ %.0f ms  (%lld to stage, %lld "
                    "conflicts)\n",
                    "import to the preview, edited", editedImport, editedImport / anchor, 2000.0,
                    static_cast<long long>(result.changes.size()),
                    static_cast<long long>(result.conflicts.size()));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchAltText)
#include "bench_alttext.moc"
