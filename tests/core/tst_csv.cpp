// CSV as spreadsheets read and write it: RFC 4180 quoting, formula cells neutralised so that an
// import gets every text back exactly, UTF-8 with or without a BOM, ';' files, broken files.
#include "core/csv.h"

#include <QTest>

using namespace vitrine;

namespace {
// Records as "line:cell|cell" strings: a whole table in one comparable value.
QStringList describe(const Csv::Table &table) {
    QStringList out;
    for (const Csv::Record &r : table.records)
        out << QStringLiteral("%1:%2").arg(r.line).arg(r.cells.join(QLatin1Char('|')));
    return out;
}
} // namespace

class TstCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void neutralized_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Front view") << QStringLiteral("Front view");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23");
        QTest::newRow("minus") << QStringLiteral("-5%") << QStringLiteral("'-5%");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
        QTest::newRow("apostrophe word")
            << QStringLiteral("'Tis the season") << QStringLiteral("'Tis the season");
        QTest::newRow("apostrophe then formula")
            << QStringLiteral("'=already quoted") << QStringLiteral("''=already quoted");
        QTest::newRow("two apostrophes then formula")
            << QStringLiteral("''-x") << QStringLiteral("'''-x");
        QTest::newRow("formula character later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void neutralized() {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(Csv::neutralized(text), cell);
        QCOMPARE(Csv::restored(cell), text);
    }

    void quoted_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("quote") << QStringLiteral("5\" screen")
                               << QStringLiteral("\"5\"\" screen\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    }
    void quoted() {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(Csv::quoted(cell), written);
    }

    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QString>("delimiter");
        const QString comma = QStringLiteral(",");
        QTest::newRow("crlf") << QStringLiteral("a,b\r\n1,2\r\n")
                              << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2")}
                              << comma;
        QTest::newRow("lf, no final newline")
            << QStringLiteral("a,b\n1,2")
            << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2")} << comma;
        QTest::newRow("old mac cr")
            << QStringLiteral("a,b\r1,2\r")
            << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2")} << comma;
        QTest::newRow("empty cells")
            << QStringLiteral("a,,c\n,,\n")
            << QStringList{QStringLiteral("1:a||c"), QStringLiteral("2:||")} << comma;
        QTest::newRow("blank lines skipped, lines still counted")
            << QStringLiteral("a,b\n\n\r\n1,2\n")
            << QStringList{QStringLiteral("1:a|b"), QStringLiteral("4:1|2")} << comma;
        QTest::newRow("quoted comma, quote, line break")
            << QStringLiteral("h\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext\n")
            << QStringList{QStringLiteral("1:h"), QStringLiteral("2:a,b|say \"hi\"|two\nlines"),
                           QStringLiteral("4:next")}
            << comma;
        QTest::newRow("one empty quoted cell is a record")
            << QStringLiteral("h\n\"\"\n")
            << QStringList{QStringLiteral("1:h"), QStringLiteral("2:")} << comma;
        QTest::newRow("semicolon file")
            << QStringLiteral("product id;alt\n1;\"a;b, c\"\n")
            << QStringList{QStringLiteral("1:product id|alt"), QStringLiteral("2:1|a;b, c")}
            << QStringLiteral(";");
        QTest::newRow("tab file") << QStringLiteral("a\tb\n1\t2,3\n")
                                  << QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2,3")}
                                  << QStringLiteral("\t");
        QTest::newRow("stray quote inside a cell is text")
            << QStringLiteral("a,5\" wide\n") << QStringList{QStringLiteral("1:a|5\" wide")}
            << comma;
        QTest::newRow("empty text") << QString() << QStringList() << comma;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QStringList, records);
        QFETCH(QString, delimiter);
        const Csv::Table table = Csv::parse(text);
        QCOMPARE(describe(table), records);
        QCOMPARE(QString(table.delimiter), delimiter);
        QVERIFY(table.error.isEmpty());
    }

    void unterminatedQuoteKeepsTheRecordsBefore() {
        const Csv::Table table = Csv::parse(QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n"));
        QCOMPARE(describe(table), (QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2")}));
        QCOMPARE(table.errorLine, 3);
        QVERIFY2(table.error.contains(QStringLiteral("line 3")), qPrintable(table.error));
    }

    // What line() writes, parse() and restored() read back exactly, whatever the text.
    void roundTrip() {
        const QStringList cells{QStringLiteral("=HYPERLINK(\"x\")"),
                                QStringLiteral("a, \"b\"\r\nc"),
                                QString(),
                                QStringLiteral("'=kept"),
                                QStringLiteral("Ünïcødé – 日本語 🙂"),
                                QStringLiteral("-"),
                                QStringLiteral(" leading and trailing spaces ")};
        const QString text = Csv::line(cells) + Csv::line(cells);
        const Csv::Table table = Csv::parse(text);
        QCOMPARE(table.records.size(), 2);
        for (const Csv::Record &r : table.records) {
            QStringList back;
            for (const QString &cell : r.cells)
                back << Csv::restored(cell);
            QCOMPARE(back, cells);
        }
        QCOMPARE(table.records.at(1).line, 3); // the first record spans two lines
    }

    void decodeUtf8() {
        const QString text = QStringLiteral("alt\nCafé – 日本");
        QCOMPARE(Csv::decodeUtf8(text.toUtf8()), std::optional<QString>(text));
        QCOMPARE(Csv::decodeUtf8(Csv::utf8Bom() + text.toUtf8()), std::optional<QString>(text));
        // Latin-1 "Café" as a legacy spreadsheet save writes it: not UTF-8, refused.
        QCOMPARE(Csv::decodeUtf8(QByteArray("alt\nCaf\xE9")), std::nullopt);
        QCOMPARE(Csv::decodeUtf8(QByteArray()), std::optional<QString>(QString()));
    }
};

QTEST_GUILESS_MAIN(TstCsv)
#include "tst_csv.moc"
