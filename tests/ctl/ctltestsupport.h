#pragma once

// Runs the built vitrinectl binary (VITRINECTL_PATH, from CMake) against the store simulator
// living in the test process. The simulator answers from this process's event loop, so a run
// never blocks it: the process is awaited with a QSignalSpy, which spins the loop.

#include "demostore/storesimulator.h"
#include "tests/net/nettestsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace vitrine::test {

struct CtlRun {
    int exitCode = -1;
    bool crashed = false; // killed, or did not finish in time
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // For QVERIFY2 messages.
    QByteArray dump() const {
        return QStringLiteral("exit %1%2\n--- stdout:\n%3--- stderr:\n%4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString(), out, err)
            .toLocal8Bit();
    }
};

// A private home for vitrinectl: its own settings, data (journal) and cache folders, no token
// from the environment the tests were started in, and no proxy for loopback.
class CtlRunner {
public:
    CtlRunner() {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("VITRINE_TOKEN"));
        m_env.remove(QStringLiteral("VITRINE_JOURNAL"));
        for (const char *dir : {"config", "data", "cache"}) {
            const QString path = m_home.filePath(QString::fromLatin1(dir));
            QDir().mkpath(path);
            m_env.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(dir).toUpper()),
                         path);
        }
        m_env.insert(QStringLiteral("VITRINE_JOURNAL"), journalPath());
        m_env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        m_env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }

    bool isValid() const { return m_home.isValid(); }
    QString journalPath() const { return m_home.filePath(QStringLiteral("journal.sqlite")); }
    QString home() const { return m_home.path(); }
    void setToken(const QString &token) {
        if (token.isEmpty())
            m_env.remove(QStringLiteral("VITRINE_TOKEN"));
        else
            m_env.insert(QStringLiteral("VITRINE_TOKEN"), token);
    }
    QProcessEnvironment &environment() { return m_env; }

    // Starts vitrinectl; the caller waits (finish()).
    std::unique_ptr<QProcess> start(const QStringList &args) const {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_env);
        process->setProgram(QStringLiteral(VITRINECTL_PATH));
        process->setArguments(args);
        process->start();
        return process;
    }

    // Waits for a started process, spinning the event loop so the simulator can answer.
    static CtlRun finish(QProcess &process, int timeoutMs = 30000) {
        CtlRun run;
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy done(&process, &QProcess::finished);
            if (!done.wait(timeoutMs)) {
                process.kill();
                process.waitForFinished(5000);
                run.crashed = true;
            }
        }
        run.crashed = run.crashed || process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    CtlRun run(const QStringList &args, int timeoutMs = 30000) const {
        const std::unique_ptr<QProcess> process = start(args);
        if (!process->waitForStarted(10000)) {
            CtlRun failed;
            failed.crashed = true;
            failed.err = process->errorString();
            return failed;
        }
        return finish(*process, timeoutMs);
    }

    // The store options for one of the simulator's dialects.
    static QStringList store(const StoreSimulator &sim, SimDialect dialect) {
        return {QStringLiteral("--dialect"), simDialectName(dialect), QStringLiteral("--base-url"),
                sim.baseUrl().toString()};
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

// Write requests (anything but GET) the simulator's API received.
inline int countWrites(const StoreSimulator &sim) {
    int n = 0;
    for (const SimRequest &r : sim.recordedRequests()) {
        if (r.listener == SimRequest::Listener::Api && r.method != "GET")
            ++n;
    }
    return n;
}

// A product of its own for a test: `count` images a.jpg, b.jpg, ... with alt texts "alt 1", ...
inline QString makeProduct(StoreSimulator &sim, SimDialect dialect, int count,
                           const QString &title = QStringLiteral("CLI test product")) {
    const ProductSummary product = sim.addProduct(dialect, title);
    const QStringList files = StoreSimulator::demoImageFiles();
    for (int i = 0; i < count; ++i) {
        NewImage image;
        image.src =
            sim.imageUrl(QStringLiteral("p%1-%2").arg(i + 1).arg(files.at(i % files.size())))
                .toString();
        image.alt = QStringLiteral("alt %1").arg(i + 1);
        sim.addImage(dialect, product.id, image);
    }
    return product.id;
}

inline QStringList idsOf(const Gallery &gallery) {
    QStringList ids;
    for (const ProductImage &i : gallery)
        ids << i.id;
    return ids;
}

} // namespace vitrine::test
