// How long the review panel takes to settle when it is turned on for a 250-image gallery, next to
// an anchor measured in the same run: one alt edit settling in the same window (an action the
// issue found settling in ~0.07 s). Two cases: every thumbnail already in memory (the panel's own
// work), and none (the panel waits for 250 fetches and decodes; its anchor is the same loads by
// the thumbnail cache with no panel). Prints; asserts nothing about time.
//
//   bench_reviewpanel          (CTest: 3 interleaved runs)
//   bench_reviewpanel full     (15 runs, the figure of docs/testing.md)
#include "benchsupport.h"
#include "models/editsession.h"
#include "models/gallerymodel.h"
#include "models/reviewmodel.h"
#include "tests/ui/uifixtures.h"
#include "ui/mainwindow.h"
#include "ui/reviewpanel.h"
#include "ui/thumbnailcache.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLoggingCategory>

using namespace vitrine;
using namespace vitrine::bench;

namespace {

constexpr int kImages = 250;

// A gallery as QA meets it: some alt texts missing, some repeated, some file names.
Gallery gallery() {
    Gallery g = test::makeGallery(kImages);
    for (ProductImage &image : g) {
        const int i = image.id.toInt();
        if (i % 5 == 0)
            image.alt.clear();
        else if (i % 11 == 0)
            image.alt = QStringLiteral("IMG_%1.jpg").arg(i);
        else if (i % 7 == 0)
            image.alt = QStringLiteral("Grey sofa, front");
        else
            image.alt = QStringLiteral("Grey sofa, view %1 of the cushions and the frame").arg(i);
    }
    return g;
}

bool allJudged(ReviewPanel *panel) {
    return !panel->summaryLabel()->text().contains(QStringLiteral("loading"));
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*.debug=false\nvitrine.*.info=false"));
    const int runs = fullRun() ? 15 : 3;

    // Image bytes from memory, as fast as a fetch can be: what is measured is the GUI side.
    // Every 50th image is broken (404), every 23rd tiny.
    const Gallery images = gallery();
    test::FakeImageHost host;
    const QByteArray normal = test::pngBytes(QSize(320, 320), QColor(0x44, 0x88, 0xaa));
    const QByteArray tiny = test::pngBytes(QSize(40, 40), Qt::red);
    for (const ProductImage &image : images) {
        const int n = image.id.toInt();
        if (n % 50 != 0)
            host.files.insert(QUrl(image.src), n % 23 == 0 ? tiny : normal);
    }
    ThumbnailCache cache(host.fetcher());
    EditSession session;
    StoreCapabilities caps;
    caps.altMaxOnUpdate = 512;
    caps.altMaxOnCreate = 255;
    session.setCapabilities(caps);
    MainWindow window(&session, &cache);
    window.setConfirmCloseWithPending(false);
    window.resize(1280, 800);
    window.show();
    session.load(QStringLiteral("p"), images);
    window.setCurrentProduct(QStringLiteral("p"), QStringLiteral("Grey sofa"));
    QDockWidget *dock = window.reviewDock();
    ReviewPanel *panel = window.reviewPanel();
    QElapsedTimer warm;
    warm.start();
    settle(warm, [&] { return cache.fetchesInFlight() == 0 && cache.queuedCount() == 0; });

    std::vector<double> warmPanel, coldPanel, coldFloor, altEdit;
    std::vector<double> warmPanelCpu, coldPanelCpu, coldFloorCpu;
    int edit = 0;
    for (int run = 0; run < runs; ++run) {
        // Anchor: one alt edit settling, panel off.
        dock->hide();
        QElapsedTimer t;
        t.start();
        settle(t, [] { return true; });
        t.start();
        session.setAltText({3}, QStringLiteral("Grey sofa, edit %1").arg(++edit));
        altEdit.push_back(settle(t, [] { return true; }));

        // Every thumbnail in memory: the panel's own work.
        cache.clear();
        for (const ProductImage &image : images)
            cache.request(QUrl(image.src));
        t.start();
        settle(t, [&] { return cache.fetchesInFlight() == 0 && cache.queuedCount() == 0; });
        t.start();
        double cpu = threadCpuMs();
        dock->show();
        warmPanel.push_back(settle(t, [&] { return allJudged(panel); }));
        warmPanelCpu.push_back(threadCpuMs() - cpu);

        // Nothing in memory: the floor is the same loads without the panel.
        dock->hide();
        cache.clear();
        t.start();
        cpu = threadCpuMs();
        for (const ProductImage &image : images)
            cache.request(QUrl(image.src));
        coldFloor.push_back(
            settle(t, [&] { return cache.fetchesInFlight() == 0 && cache.queuedCount() == 0; }));
        coldFloorCpu.push_back(threadCpuMs() - cpu);
        cache.clear();
        t.start();
        cpu = threadCpuMs();
        dock->show();
        coldPanel.push_back(settle(t, [&] { return allJudged(panel); }));
        coldPanelCpu.push_back(threadCpuMs() - cpu);
    }

    std::printf("\nReview panel on %d images (median of %d interleaved runs)\n", kImages, runs);
    printRatio("panel on, thumbnails in memory", median(warmPanel), "alt edit", median(altEdit),
               "<= 100 ms");
    printRatio("panel on, thumbnails to load", median(coldPanel), "loads alone", median(coldFloor),
               "~1");
    std::printf("  GUI thread CPU: panel on (in memory) %.1f ms; panel on (to load) %.1f ms, "
                "loads alone %.1f ms\n",
                median(warmPanelCpu), median(coldPanelCpu), median(coldFloorCpu));
    std::printf("  findings: %lld; summary: %s\n",
                static_cast<long long>(panel->model()->rowCount()),
                qPrintable(panel->summaryLabel()->text()));
    return 0;
}
