// Templates saved by name, in the settings the app and vitrinectl share: names with any
// characters, replacing, removing, and refusing what is not a template.
#include "workflow/savedtemplates.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class TstSavedTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saveReplaceRemove() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            SavedTemplates saved(&settings);
            QVERIFY(saved.all().isEmpty());
            QCOMPARE(
                saved.save(QStringLiteral(" Views / angles "), QStringLiteral("{title} {place}")),
                QString());
            QCOMPARE(saved.save(QStringLiteral("Über \\ weird=name"), QStringLiteral("{title}")),
                     QString());
            QCOMPARE(
                saved.save(QStringLiteral("Views / angles"), QStringLiteral("{title}, {place}")),
                QString()); // replaced
        }
        QSettings settings(file, QSettings::IniFormat); // read again from the file
        SavedTemplates saved(&settings);
        QCOMPARE(saved.all(),
                 (QMap<QString, QString>{
                     {QStringLiteral("Views / angles"), QStringLiteral("{title}, {place}")},
                     {QStringLiteral("Über \\ weird=name"), QStringLiteral("{title}")}}));
        QVERIFY(saved.contains(QStringLiteral("Views / angles ")));
        QCOMPARE(saved.text(QStringLiteral("Über \\ weird=name")), QStringLiteral("{title}"));
        saved.remove(QStringLiteral("Views / angles"));
        QCOMPARE(saved.all().keys(), QStringList{QStringLiteral("Über \\ weird=name")});
    }

    void refused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("{title}")
                                 << QStringLiteral("name");
        QTest::newRow("no text") << QStringLiteral("x") << QStringLiteral(" ")
                                 << QStringLiteral("empty");
        QTest::newRow("not a template")
            << QStringLiteral("x") << QStringLiteral("{colour}") << QStringLiteral("{colour}");
    }
    void refused() {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SavedTemplates saved(&settings);
        const QString problem = saved.save(name, text);
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY(saved.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSavedTemplates)
#include "tst_savedtemplates.moc"
