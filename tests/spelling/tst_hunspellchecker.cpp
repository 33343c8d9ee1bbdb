// The Hunspell spell checker with real dictionaries: Debian's en_US (hunspell-en-us, in
// scripts/debian-packages.txt), and small dictionaries written here to check finding them
// through DICPATH and reading a Latin-1 one.
#include "core/altqualityrules.h"
#include "spelling/hunspellchecker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {
void write(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TstHunspellChecker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!HunspellChecker::installedLanguages().contains(QStringLiteral("en_US"))) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("The en_US dictionary is not installed (hunspell-en-us, "
                      "scripts/debian-packages.txt).");
            QSKIP("The en_US dictionary is not installed (apt-get install hunspell-en-us).");
        }
        m_english = HunspellChecker::open(QStringLiteral("en_US"));
    }

    void englishWords_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("shirt") << QStringLiteral("shirt") << true;
        QTest::newRow("capitalised") << QStringLiteral("Linen") << true;
        QTest::newRow("plural") << QStringLiteral("collars") << true;
        QTest::newRow("contraction") << QStringLiteral("doesn't") << true;
        QTest::newRow("misspelt") << QStringLiteral("blak") << false;
        QTest::newRow("letters swapped") << QStringLiteral("sleeev") << false;
    }
    void englishWords() {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        QVERIFY(m_english);
        QCOMPARE(m_english->language(), QStringLiteral("en_US"));
        QCOMPARE(m_english->isCorrect(word), correct);
        QCOMPARE(m_english->isCorrect(word), correct); // the cached answer
    }

    void suggestions() {
        const HunspellChecker *checker = m_english.get();
        const QStringList ten = checker->suggestions(QStringLiteral("blak"), 10);
        QVERIFY2(ten.contains(QStringLiteral("black")), qPrintable(ten.join(u',')));
        QCOMPARE(checker->suggestions(QStringLiteral("blak"), 3), ten.mid(0, 3));
        QCOMPARE(checker->suggestions(QStringLiteral("blak"), 1).size(), 1);
    }

    void choosingTheDictionary() {
        QVERIFY(HunspellChecker::forLocale(QLocale(QStringLiteral("en_US"))));
        // No en_GB installed here: another English one serves.
        if (!HunspellChecker::installedLanguages().contains(QStringLiteral("en_GB")))
            QCOMPARE(HunspellChecker::forLocale(QLocale(QStringLiteral("en_GB")))->language(),
                     QStringLiteral("en_US"));
        // Never a dictionary of another language.
        if (!HunspellChecker::installedLanguages().join(u' ').contains(QStringLiteral("sw_")))
            QVERIFY(!HunspellChecker::forLocale(QLocale(QStringLiteral("sw_KE"))));
        QVERIFY(!HunspellChecker::open(QStringLiteral("xx_NONE")));
        QVERIFY(!HunspellChecker::open(QStringLiteral("../hunspell/en_US")));
    }

    // DICPATH's folders come first; a Latin-1 dictionary reads accented words right.
    void dictionariesFromDicpath() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("xx_TEST.aff")), "SET ISO8859-1\n");
        write(dir.filePath(QStringLiteral("xx_TEST.dic")), "2\ncaf\xE9\nkaftan\n");
        qputenv("DICPATH", dir.path().toLocal8Bit());
        QVERIFY(HunspellChecker::installedLanguages().contains(QStringLiteral("xx_TEST")));
        const auto checker = HunspellChecker::open(QStringLiteral("xx_TEST"));
        qunsetenv("DICPATH");
        QVERIFY(checker);
        QVERIFY(checker->isCorrect(QStringLiteral("café")));
        QVERIFY(checker->isCorrect(QStringLiteral("kaftan")));
        QVERIFY(!checker->isCorrect(QStringLiteral("cafe")));
        QVERIFY(checker->suggestions(QStringLiteral("cafe"), 3).contains(QStringLiteral("café")));
    }

    // The review's spelling rule with the real dictionary.
    void reviewRule() {
        const HunspellChecker *checker = m_english.get();
        ReviewOptions options;
        options.productTitle = QStringLiteral("Zeyna kaftan");
        options.spelling = checker;
        ReviewImage image;
        image.key = QStringLiteral("k1");
        image.place = 1;
        image.alt = QStringLiteral("Blak Zeyna kaftan with a wide colar, seen from the front");
        const QList<ReviewFinding> findings = AltQualityRules::run({image}, options);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, ReviewFinding::Kind::AltSpelling);
        const QString message = findings.first().message;
        QVERIFY2(message.contains(QStringLiteral("\"Blak\" (did you mean \"")) &&
                     message.contains(QStringLiteral("\"colar\" (did you mean \"")) &&
                     message.contains(QStringLiteral("en_US")) &&
                     !message.contains(QStringLiteral("kaftan")),
                 qPrintable(message));
    }

private:
    std::unique_ptr<HunspellChecker> m_english;
};

QTEST_GUILESS_MAIN(TstHunspellChecker)
#include "tst_hunspellchecker.moc"
