#pragma once
// One complete window with a journal, as main() builds it, for the window tests. The demo store
// keeps its data in the test's XDG data directory, so a second WindowHarness is "the app started
// again".
#include "app/gui/gallerycontroller.h"
#include "app/gui/storelauncher.h"
#include "demostore/storesimulator.h"
#include "models/editsession.h"
#include "net/thumbnailfetcher.h"
#include "ui/gallerystatusbar.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "workflow/journal.h"

#include <QCoroTask>
#include <QStringList>
#include <QUrl>

namespace vitrine::test {

struct WindowHarness {
    Journal journal;
    StoreLauncher launcher{nullptr, nullptr};
    ThumbnailFetcher fetcher{
        ThumbnailFetcher::Options{6, qint64(20) * 1024 * 1024, 10000, QStringLiteral("-"), 0}};
    ThumbnailCache thumbnails{[this](QUrl url) { return fetcher.fetch(std::move(url)); }};
    EditSession session;
    MainWindow window{&session, &thumbnails};
    GalleryController controller{&window, &session, &fetcher, &launcher};
    QStringList prompts; // what the restore prompt was asked
    bool continueKept = true;

    // The journal may fail to open (tests of an unusable journal): check journal.isOpen().
    explicit WindowHarness(const QString &journalPath)
        : journal(journalPath) {
        window.setConfirmCloseWithPending(false);
        journal.open();
        controller.setJournal(&journal);
        controller.setRestorePrompt([this](const QString &description) {
            prompts << description;
            return continueKept;
        });
    }

    bool open(const LaunchOptions &options) {
        const Result<StoreTarget> target = QCoro::waitFor(launcher.resolve(options));
        if (!target.ok())
            return false;
        QCoro::waitFor(controller.openStore(target.value()));
        return true;
    }
    bool openDemo(bool reset, const QString &product = {}) {
        LaunchOptions options;
        options.store = LaunchOptions::Store::Demo;
        options.resetDemo = reset;
        options.productId = product;
        return open(options);
    }
    bool openDirect(const QUrl &baseUrl, const QString &product = {}) {
        LaunchOptions options;
        options.store = LaunchOptions::Store::Direct;
        options.dialect = QStringLiteral("generic");
        options.baseUrl = baseUrl;
        options.productId = product;
        return open(options);
    }
    QString error() const { return window.galleryStatusBar()->errorText(); }
    QString status() const { return window.galleryStatusBar()->currentMessage(); }
    StoreSimulator *store() const { return launcher.demoStore(); }
};

} // namespace vitrine::test
