// The `vitrine` executable's command line, run as a process the way a user runs it: usage errors,
// --help and --version are answered before any window exists, so they work without a display
// (here: a platform plugin that does not exist, which would abort a QApplication).
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

class TestVitrineExecutable : public QObject {
    Q_OBJECT
private:
    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display to connect to: a QApplication created now would abort (rc 134).
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("vitrine-no-such-platform"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VITRINE_EXECUTABLE), args);
        Run r;
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.status = p.exitStatus();
        r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
        r.err = QString::fromLocal8Bit(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void usageErrorsExitTwoWithoutADisplay_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("dialect without url")
            << QStringList{QStringLiteral("--dialect"), QStringLiteral("generic")}
            << QStringLiteral("go together");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--product")} << QStringLiteral("product");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("gallery.json")} << QStringLiteral("Unexpected argument");
        // Qt's own options are no usage error; what else is wrong still is.
        QTest::newRow("with Qt options")
            << QStringList{QStringLiteral("-style"), QStringLiteral("Fusion"),
                           QStringLiteral("--reverse"), QStringLiteral("--frobnicate")}
            << QStringLiteral("frobnicate");
    }
    void usageErrorsExitTwoWithoutADisplay() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("rc %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("vitrine --help")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersionWithoutADisplay_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")}
                              << QStringLiteral("--base-url");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                                 << QStringLiteral("vitrine ");
        QTest::newRow("help with a Qt option")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("--help")}
            << QStringLiteral("--base-url");
    }
    void helpAndVersionWithoutADisplay() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("rc %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.contains(says), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestVitrineExecutable)
#include "tst_vitrineexecutable.moc"
