#pragma once

// Small helpers the benchmarks share: timing until the GUI has settled, medians of interleaved
// runs, ratio lines, resident memory. Benchmarks print; they never decide pass or fail on time.

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace vitrine::bench {

// A store simulator in a child process: this program started again with `args`, so the server's
// work and memory are not the measured process's. The child prints "READY <base URL> <product
// id>" once it serves; baseUrl stays empty when it never does.
struct ChildStore {
    QProcess process;
    QUrl baseUrl;
    QString productId;

    explicit ChildStore(const QStringList &args) {
        process.setProgram(QCoreApplication::applicationFilePath());
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        while (process.waitForReadyRead(120000)) {
            const QList<QByteArray> words = process.readLine().trimmed().split(' ');
            if (words.value(0) == "READY") {
                baseUrl = QUrl(QString::fromUtf8(words.value(1)));
                productId = QString::fromUtf8(words.value(2));
                return;
            }
        }
    }
    ~ChildStore() {
        process.kill();
        process.waitForFinished();
    }
    ChildStore(const ChildStore &) = delete;
    ChildStore &operator=(const ChildStore &) = delete;
};

// True when the program was started with "full" (the sizes of the figures in docs/testing.md);
// without it, CTest runs a small configuration that only proves the benchmark works.
inline bool fullRun() {
    return QCoreApplication::arguments().contains(QStringLiteral("full"));
}

// Runs the event loop until done() holds and no event is left to handle (posted events, due
// timers, socket notifications), then returns the milliseconds since `since` started. -1 when
// done() did not hold within timeoutMs.
inline double settle(const QElapsedTimer &since, const std::function<bool()> &done,
                     int timeoutMs = 120000) {
    QAbstractEventDispatcher *dispatcher = QThread::currentThread()->eventDispatcher();
    while (since.elapsed() < timeoutMs) {
        const bool handled = dispatcher->processEvents(QEventLoop::AllEvents);
        if (done() && !handled && !dispatcher->processEvents(QEventLoop::AllEvents))
            return double(since.nsecsElapsed()) / 1e6;
        if (!handled && !done())
            dispatcher->processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return -1;
}

// Lets the window finish what it put off before the next measurement, its own or its anchor's:
// settle() returns while timers are still to come (an item view lays itself out again 100 ms
// after a resize; a line edit's clear button fades for a few hundred), and that work fell into
// the transfer floor measured next, making the floor slower and the ratio look better.
inline void quiesce(int ms = 300) {
    QEventLoop wait;
    QTimer::singleShot(ms, &wait, &QEventLoop::quit);
    wait.exec();
    QElapsedTimer since;
    since.start();
    settle(since, [] { return true; });
}

// Runs the event loop until done() holds, then paints what is due (the posted update requests)
// and returns the milliseconds since `since` started; -1 on timeout. Unlike settle() it does not
// wait for work that goes on behind (the next screen being prefetched).
inline double untilPainted(const QElapsedTimer &since, const std::function<bool()> &done,
                           int timeoutMs = 120000) {
    QAbstractEventDispatcher *dispatcher = QThread::currentThread()->eventDispatcher();
    while (!done()) {
        if (since.elapsed() > timeoutMs)
            return -1;
        dispatcher->processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateLater);
    return double(since.nsecsElapsed()) / 1e6;
}

inline double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// "  first screen            412.0 ms   anchor 300.0 ms   ratio 1.37  (target <= 1.50)"
inline void printRatio(const char *what, double value, const char *anchorName, double anchor,
                       const char *target) {
    std::printf("  %-40s %9.1f ms   %s %9.1f ms   ratio %5.2f  (target %s)\n", what, value,
                anchorName, anchor, anchor > 0 ? value / anchor : 0.0, target);
    std::fflush(stdout);
}

// CPU time this thread has used, in milliseconds: the GUI thread's own work, which other load on
// the machine does not inflate the way it inflates wall time.
inline double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time of this whole process (every thread), in milliseconds.
inline double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Resident memory of this process in MiB (VmRSS of /proc/self/status); 0 when unknown.
inline double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace vitrine::bench
