// The German and Simplified Chinese translations, as a user of those languages meets them: the
// compiled .qm files load for the language, every command of the window's menus is translated,
// and `vitrine --help` answers in the language of LANGUAGE (with Qt's own words, "Options:", from
// Qt's translations).
#include "models/editsession.h"
#include "translations/translationloader.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace vitrine;

namespace {

// Every command of the menus, submenus included: "Menu > Command".
QStringList menuTexts(const MainWindow &window) {
    QStringList texts;
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu,
                                                                   const QString &path) {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            texts << path + QStringLiteral(" > ") + action->text();
            if (action->menu())
                walk(action->menu(), path);
        }
    };
    for (const QAction *top : window.menuBar()->actions()) {
        texts << top->text();
        walk(top->menu(), top->text());
    }
    return texts;
}

QStringList menuTextsIn(const QLocale &locale) {
    TranslationLoader::install(qApp, locale);
    ThumbnailCache cache([](QUrl) -> QCoro::Task<Result<QByteArray>> { co_return QByteArray(); });
    EditSession session;
    MainWindow window(&session, &cache);
    window.setRecentStores({}); // the menu's own commands only
    return menuTexts(window);
}

void removeTranslators() {
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool hasChinese(const QString &text) {
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() {
        removeTranslators();
        TranslationLoader::installEnglish(qApp);
    }

    void bothLanguagesAreAvailable() {
        QCOMPARE(TranslationLoader::availableLanguages(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("zh_CN")}));
    }

    void theLanguageOfTheLocaleIsInstalled_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral("de");
        QTest::newRow("Austrian German")
            << QLocale(QLocale::German, QLocale::Austria) << QStringLiteral("de");
        QTest::newRow("Simplified Chinese")
            << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
            << QStringLiteral("zh_CN");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QString();
        QTest::newRow("French (not translated)") << QLocale(QLocale::French) << QString();
    }
    void theLanguageOfTheLocaleIsInstalled() {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        removeTranslators();
        QCOMPARE(TranslationLoader::install(qApp, locale), language);
    }

    void germanMenusAreTranslated() {
        removeTranslators();
        const QStringList english = menuTextsIn(QLocale(QLocale::English));
        removeTranslators();
        const QStringList german = menuTextsIn(QLocale(QLocale::German));
        QCOMPARE(german.size(), english.size());
        QCOMPARE(german.mid(0, 1), QStringList{QStringLiteral("&Datei")});
        QVERIFY(german.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(german.contains(QStringLiteral("&Hilfe > &Tastenkürzel")));
        // Every command reads differently from the English, but for words German shares.
        const QStringList same = {QStringLiteral("A&nsicht > &Details")};
        for (int i = 0; i < german.size(); ++i)
            QVERIFY2(german.at(i) != english.at(i) || same.contains(german.at(i)),
                     qPrintable(QStringLiteral("untranslated: ") + english.at(i)));
    }

    void chineseMenusAreTranslated() {
        removeTranslators();
        const QStringList chinese =
            menuTextsIn(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        QCOMPARE(chinese.constFirst(), QStringLiteral("文件(&F)"));
        for (const QString &text : chinese)
            QVERIFY2(hasChinese(text.section(QStringLiteral(" > "), -1)),
                     qPrintable(QStringLiteral("untranslated: ") + text));
    }

    void helpIsInTheUsersLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Diese Hilfe anzeigen."),
                                           QStringLiteral("Den eingebauten Demo-Shop öffnen."),
                                           QStringLiteral("Optionen:")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("显示此帮助。"),
                                              QStringLiteral("打开内置的演示店铺。"),
                                              QStringLiteral("选项：")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Show this help."),
                                           QStringLiteral("Options:")};
    }
    void helpIsInTheUsersLanguage() {
        QFETCH(QString, language);
        QFETCH(QStringList, says);
        QProcess vitrine;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DISPLAY"));
        vitrine.setProcessEnvironment(env);
        vitrine.start(QStringLiteral(VITRINE_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(vitrine.waitForFinished(20000));
        QCOMPARE(vitrine.exitCode(), 0);
        const QString help = QString::fromUtf8(vitrine.readAllStandardOutput());
        for (const QString &text : says)
            QVERIFY2(help.contains(text), qPrintable(help));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
