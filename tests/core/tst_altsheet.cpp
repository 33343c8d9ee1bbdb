// The alt text spreadsheet round trip: what an export writes, what an import reads back, and
// the three-way comparison that never overwrites a change made on the store since the export.
#include "core/altimportcomparison.h"
#include "core/altsheet.h"
#include "core/csv.h"

#include <QTest>

using namespace vitrine;

namespace {

StagedImage image(const QString &id, const QString &alt) {
    StagedImage i;
    i.key = id;
    i.image.id = id;
    i.image.src = QStringLiteral("https://cdn.test/%1.jpg").arg(id);
    i.image.alt = alt;
    return i;
}

AltTextProduct shirt() {
    AltTextProduct p;
    p.id = QStringLiteral("101");
    p.title = QStringLiteral("Linen Shirt, \"classic\"");
    p.variants.names = {{QStringLiteral("v1"), QStringLiteral("Blue / S")}};
    p.images = {image(QStringLiteral("11"), QStringLiteral("Front")),
                image(QStringLiteral("12"), QStringLiteral("=cmd|' /C calc'!A0")),
                image(QStringLiteral("13"), QString()),
                image(QStringLiteral("14"), QStringLiteral("Détail – col"))};
    p.images[0].image.variantIds = {QStringLiteral("v1")};
    return p;
}

AltTextProduct mug() {
    AltTextProduct p;
    p.id = QStringLiteral("202");
    p.title = QStringLiteral("Mug");
    p.images = {image(QStringLiteral("21"), QStringLiteral("Mug, side")),
                image(QStringLiteral("22"), QStringLiteral("Mug, top"))};
    return p;
}

// Exports the products, lets edit() change the text as a spreadsheet user would, and reads it.
AltSheet::Read roundTrip(const QList<AltTextProduct> &products,
                         const std::function<void(QString &)> &edit = {}) {
    QString text = QString::fromUtf8(AltSheet::write(products, {}));
    if (edit)
        edit(text);
    return AltSheet::read(text.toUtf8());
}

// "line:field:exported|file|store" per cell.
QStringList describe(const QList<AltImportCell> &cells) {
    QStringList out;
    for (const AltImportCell &c : cells)
        out << QStringLiteral("%1:%2:%3|%4|%5")
                   .arg(c.line)
                   .arg(c.field == AltImportCell::Field::Alt ? QStringLiteral("alt")
                                                             : QStringLiteral("place"))
                   .arg(c.hasExported ? c.exported : QStringLiteral("?"), c.inFile, c.onStore);
    return out;
}

QList<int> linesOf(const QList<AltSheetProblem> &problems) {
    QList<int> lines;
    for (const AltSheetProblem &p : problems)
        lines << p.line;
    return lines;
}

} // namespace

class TstAltSheet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesOneRowPerImage() {
        AltTextProduct p = shirt();
        StagedImage fresh = image(QString(), QStringLiteral("not yet on the store"));
        fresh.key = QStringLiteral("new:1");
        fresh.isNew = true;
        p.images << fresh;
        const QByteArray bytes = AltSheet::write({p}, {});
        QVERIFY(!bytes.startsWith(Csv::utf8Bom()));
        const Csv::Table table = Csv::parse(QString::fromUtf8(bytes));
        QCOMPARE(table.records.size(), 5); // header + 4 images; the new one has no id
        QCOMPARE(table.records.at(0).cells, AltSheet::columnNames());
        QCOMPARE(table.records.at(1).cells.mid(0, 7),
                 (QStringList{QStringLiteral("101"), QStringLiteral("Linen Shirt, \"classic\""),
                              QStringLiteral("11"), QStringLiteral("1"),
                              QStringLiteral("https://cdn.test/11.jpg"), QStringLiteral("Front"),
                              QStringLiteral("Blue / S")}));
        // The formula is neutralised as the review export does it.
        QCOMPARE(table.records.at(2).cells.at(5), QStringLiteral("'=cmd|' /C calc'!A0"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(AltSheet::write({p}, {true}).startsWith(Csv::utf8Bom()));
    }

    // The variant column names the variants an image shows from whichever side the store links
    // them (the image's list, or a variant naming the image as Shoplazza's do): names where
    // every one has a name, else the ids.
    void variantColumnFromEitherSide_data() {
        QTest::addColumn<QStringList>("imageLists");
        QTest::addColumn<QString>("variantNaming"); // a variant naming image 12, "" for none
        QTest::addColumn<QString>("cell");          // image 12's variant cell
        QTest::newRow("none") << QStringList() << QString() << QString();
        QTest::newRow("the image lists it")
            << QStringList{QStringLiteral("v1")} << QString() << QStringLiteral("Blue / S");
        QTest::newRow("the variant names the image")
            << QStringList() << QStringLiteral("v1") << QStringLiteral("Blue / S");
        QTest::newRow("both sides, counted once")
            << QStringList{QStringLiteral("v1")} << QStringLiteral("v1")
            << QStringLiteral("Blue / S");
        QTest::newRow("a variant without a name: the ids")
            << QStringList{QStringLiteral("v1")} << QStringLiteral("v9")
            << QStringLiteral("v1, v9");
    }
    void variantColumnFromEitherSide() {
        QFETCH(QStringList, imageLists);
        QFETCH(QString, variantNaming);
        QFETCH(QString, cell);
        AltTextProduct p = shirt();
        p.images[1].image.variantIds = imageLists;
        if (!variantNaming.isEmpty())
            p.variants.images.insert(variantNaming, QStringLiteral("12"));
        p.variants.images.insert(QStringLiteral("v7"), QStringLiteral("99")); // another image's
        const Csv::Table table = Csv::parse(QString::fromUtf8(AltSheet::write({p}, {})));
        QCOMPARE(table.records.at(2).cells.at(2), QStringLiteral("12"));
        QCOMPARE(table.records.at(2).cells.at(6), cell);
    }

    void readsBackWhatWasWritten() {
        const AltSheet::Read read = roundTrip({shirt(), mug()});
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(read.problems.isEmpty());
        QVERIFY(read.hasAlt && read.hasPlace && read.hasExported);
        QCOMPARE(read.rows.size(), 6);
        const AltSheetRow &formula = read.rows.at(1);
        QCOMPARE(formula.alt, std::optional<QString>(QStringLiteral("=cmd|' /C calc'!A0")));
        QCOMPARE(formula.exported,
                 std::optional(AltSheetExported{QStringLiteral("=cmd|' /C calc'!A0"), 2}));
        QCOMPARE(read.rows.at(3).alt, std::optional<QString>(QStringLiteral("Détail – col")));
        QCOMPARE(read.rows.at(4).line, 6);
        QCOMPARE(read.rows.at(4).place, std::optional<int>(1));
    }

    void exportedCell() {
        const QString cell = AltSheet::exportedCell(QStringLiteral("101"), QStringLiteral("11"), 3,
                                                    QStringLiteral("Front – ünï"));
        QVERIFY(cell.startsWith(QStringLiteral("v1.3.")));
        QCOMPARE(AltSheet::parseExportedCell(cell, QStringLiteral("101"), QStringLiteral("11")),
                 std::optional(AltSheetExported{QStringLiteral("Front – ünï"), 3}));
        // Copied to another row, or edited: no base.
        QCOMPARE(AltSheet::parseExportedCell(cell, QStringLiteral("101"), QStringLiteral("12")),
                 std::nullopt);
        QString edited = cell;
        edited.replace(QStringLiteral("v1.3."), QStringLiteral("v1.4."));
        QCOMPARE(AltSheet::parseExportedCell(edited, QStringLiteral("101"), QStringLiteral("11")),
                 std::nullopt);
        QCOMPARE(AltSheet::parseExportedCell(QStringLiteral("garbage"), QStringLiteral("101"),
                                             QStringLiteral("11")),
                 std::nullopt);
        QCOMPARE(AltSheet::exportedCell(QStringLiteral("1"), QStringLiteral("2"), 1, QString())
                     .count(QLatin1Char('.')),
                 3);
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not utf-8")
            << QByteArray("product id,image id,alt\n1,2,Caf\xE9\n") << QStringLiteral("UTF-8");
        QTest::newRow("other columns")
            << QByteArray("name,price\nshirt,3\n") << QStringLiteral("name, price");
    }
    void badFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const AltSheet::Read read = AltSheet::read(bytes);
        QVERIFY(read.rows.isEmpty());
        QVERIFY2(read.error.contains(mentions), qPrintable(read.error));
    }

    void badRowsAreSkippedByLine() {
        const QByteArray bytes = "\xEF\xBB\xBFImage ID;Alt;Product ID;Place;notes\r\n"
                                 "11;Front;101;1;x\r\n"
                                 ";;;;\r\n"        // a spreadsheet's empty row: ignored
                                 "12;Side;;2;\r\n" // no product
                                 "13;Back;101;two;\r\n"
                                 "14;;101;;\r\n" // blank place: not given
                                 "11;Again;101;1;\r\n"
                                 "15;\"never closed;101;1\r\n";
        const AltSheet::Read read = AltSheet::read(bytes);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(!read.hasExported);
        QCOMPARE(read.rows.size(), 2);
        QCOMPARE(read.rows.at(0).imageId, QStringLiteral("11"));
        QCOMPARE(read.rows.at(0).exported, std::nullopt);
        QCOMPARE(read.rows.at(1).imageId, QStringLiteral("14"));
        QCOMPARE(read.rows.at(1).place, std::nullopt);
        QCOMPARE(read.rows.at(1).alt, std::optional<QString>(QString()));
        QCOMPARE(linesOf(read.problems), (QList<int>{4, 5, 7, 8}));
        QVERIFY(read.problems.at(1).message.contains(QStringLiteral("\"two\"")));
        QVERIFY(read.problems.at(2).message.contains(QStringLiteral("line 2")));
    }

    // The figure of the issue, as an ordinary test: an untouched round trip stages nothing.
    void untouchedRoundTripStagesNothing() {
        const QList<AltTextProduct> products{shirt(), mug()};
        const AltSheet::Read read = roundTrip(products);
        const AltImportComparison::Result result =
            AltImportComparison::compare(read.rows, products, {512, 255});
        QVERIFY(result.changes.isEmpty());
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows, 6);
        QCOMPARE(result.unchangedCells, 12);
    }

    // Rows whose every cell is as exported stage nothing whatever the store says: an import of
    // a catalog's sheet does not read their products.
    void untouchedRows_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<bool>>("untouched"); // per row, file order
        QTest::newRow("as exported")
            << QString() << QString() << QList<bool>{true, true, true, true, true, true};
        QTest::newRow("an alt text edited")
            << QStringLiteral(",Front,") << QStringLiteral(",Front view,")
            << QList<bool>{false, true, true, true, true, true};
        QTest::newRow("spaces around a text are no edit")
            << QStringLiteral(",Front,") << QStringLiteral(",  Front ,")
            << QList<bool>{true, true, true, true, true, true};
        QTest::newRow("a place edited") << QStringLiteral("22,2,") << QStringLiteral("22,1,")
                                        << QList<bool>{true, true, true, true, true, false};
        QTest::newRow("an exported cell damaged")
            << QStringLiteral(",v1.1.") << QStringLiteral(",v1.9.")
            << QList<bool>{false, true, true, true, true, true};
    }
    void untouchedRows() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QList<bool>, untouched);
        const AltSheet::Read read = roundTrip({shirt(), mug()}, [&](QString &text) {
            if (!from.isEmpty()) {
                QVERIFY(text.contains(from));
                text.replace(text.indexOf(from), from.size(), to);
            }
        });
        QList<bool> got;
        for (const AltSheetRow &row : read.rows)
            got << AltImportComparison::isUntouched(row);
        QCOMPARE(got, untouched);
        // Counting them without their galleries gives what comparing them gives.
        QList<AltSheetRow> same;
        for (const AltSheetRow &row : read.rows)
            if (AltImportComparison::isUntouched(row))
                same << row;
        AltImportComparison::Result counted;
        AltImportComparison::countUntouched(same, &counted);
        const AltImportComparison::Result compared =
            AltImportComparison::compare(same, {shirt(), mug()}, {});
        QCOMPARE(counted.rows, compared.rows);
        QCOMPARE(counted.unchangedCells, compared.unchangedCells);
        QVERIFY(compared.changes.isEmpty() && compared.conflicts.isEmpty());
    }

    void threeWays() {
        const QList<AltTextProduct> exported{shirt(), mug()};
        const AltSheet::Read read = roundTrip(exported, [](QString &text) {
            text.replace(QStringLiteral(",Front,"), QStringLiteral(",Front view,")); // line 2
            text.replace(QStringLiteral("\"Mug, side\""), QStringLiteral("Mug from the side"));
            text.replace(QStringLiteral("Mug, top"), QStringLiteral("Mug from above")); // line 7
            text.replace(QStringLiteral("Détail – col"), QStringLiteral("Collar"));     // line 5
        });
        QCOMPARE(read.rows.size(), 6);
        // Meanwhile on the store: image 21 got the same text as the file, image 22 another one,
        // image 14 kept its text, image 12 (untouched in the file) changed.
        QList<AltTextProduct> now = exported;
        now[1].images[0].image.alt = QStringLiteral("Mug from the side");
        now[1].images[1].image.alt = QStringLiteral("Mug seen from the top");
        now[0].images[1].image.alt = QStringLiteral("Back");
        const AltImportComparison::Result result = AltImportComparison::compare(read.rows, now, {});
        QCOMPARE(describe(result.changes),
                 (QStringList{QStringLiteral("2:alt:Front|Front view|Front"),
                              QStringLiteral("5:alt:Détail – col|Collar|Détail – col")}));
        QCOMPARE(
            describe(result.conflicts),
            QStringList{QStringLiteral("7:alt:Mug, top|Mug from above|Mug seen from the top")});
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.unchangedCells, 9);
    }

    void withoutTheExportedColumnEveryDifferenceIsAConflict() {
        const QList<AltTextProduct> products{mug()};
        const QByteArray bytes = "product id,image id,alt,place\n"
                                 "202,21,Mug from the side,1\n"
                                 "202,22,\"Mug, top\",2\n";
        const AltImportComparison::Result result =
            AltImportComparison::compare(AltSheet::read(bytes).rows, products, {});
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(describe(result.conflicts),
                 QStringList{QStringLiteral("2:alt:?|Mug from the side|Mug, side")});
        QCOMPARE(result.unchangedCells, 3);
    }

    void rowsSkipped() {
        const QList<AltTextProduct> products{shirt()};
        const AltSheet::Read read = roundTrip({shirt(), mug()}, [](QString &text) {
            text.replace(QStringLiteral(",Front,"),
                         QStringLiteral(",") + QString(30, QLatin1Char('x')) +
                             QStringLiteral(",")); // over the limit of 20
            text.replace(
                QStringLiteral("101,\"Linen Shirt, \"\"classic\"\"\",13,3"),
                QStringLiteral("101,\"Linen Shirt, \"\"classic\"\"\",13,9")); // past the end
            text.replace(
                QStringLiteral("101,\"Linen Shirt, \"\"classic\"\"\",14"),
                QStringLiteral("101,\"Linen Shirt, \"\"classic\"\"\",99")); // unknown image
        });
        const AltImportComparison::Result result =
            AltImportComparison::compare(read.rows, products, {20, 20});
        // Lines 2 (over the limit), 4 (place 9 of 4), 5 (no image 99), 6 (product 202, 2 lines).
        QCOMPARE(linesOf(result.problems), (QList<int>{2, 4, 5, 6}));
        QVERIFY(result.problems.at(0).message.contains(QStringLiteral("20")));
        QVERIFY(result.problems.at(1).message.contains(QStringLiteral("9")));
        QVERIFY(result.problems.at(2).message.contains(QStringLiteral("99")));
        QVERIFY(result.problems.at(3).message.contains(QStringLiteral("202")));
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(result.rows, 1); // image 12, untouched
    }

    void places() {
        const AltTextProduct p = shirt(); // 11 12 13 14
        // The user moved image 14 to place 1 and renumbered the others, and moved 12 to the end.
        const AltSheet::Read read = roundTrip({p}, [](QString &text) {
            QStringList lines = text.split(QStringLiteral("\r\n"));
            auto setPlace = [&lines](int line, int place) {
                const Csv::Table table = Csv::parse(lines[line - 1]);
                QStringList cells;
                for (const QString &cell : table.records.first().cells)
                    cells << Csv::restored(cell);
                cells[3] = QString::number(place);
                lines[line - 1] = Csv::line(cells).chopped(2);
            };
            setPlace(2, 2); // 11
            setPlace(3, 4); // 12
            setPlace(4, 3); // 13 (stays third)
            setPlace(5, 1); // 14
            text = lines.join(QStringLiteral("\r\n"));
        });
        const AltImportComparison::Result result = AltImportComparison::compare(read.rows, {p}, {});
        QCOMPARE(describe(result.changes),
                 (QStringList{QStringLiteral("2:place:1|2|1"), QStringLiteral("3:place:2|4|2"),
                              QStringLiteral("5:place:4|1|4")}));
        const AltImportComparison::ProductEdits edits =
            AltImportComparison::editsFor(p, result.changes);
        QCOMPARE(edits.order, (QStringList{QStringLiteral("14"), QStringLiteral("11"),
                                           QStringLiteral("13"), QStringLiteral("12")}));
        QVERIFY(edits.alts.isEmpty());
    }

    void summary_data() {
        QTest::addColumn<int>("alts");
        QTest::addColumn<int>("places");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << 0 << 0 << 0 << 0 << "Nothing to stage.";
        QTest::newRow("alt only") << 2 << 0 << 0 << 0 << "To stage: 2 alt texts.";
        QTest::newRow("place only") << 0 << 1 << 0 << 0 << "To stage: 1 place.";
        QTest::newRow("everything")
            << 1 << 1 << 2 << 1
            << "To stage: 1 alt text and 1 place; 2 conflicts with changes made on the store "
               "since the export; 1 line skipped.";
    }
    void summary() {
        QFETCH(int, alts);
        QFETCH(int, places);
        QFETCH(int, conflicts);
        QFETCH(int, skipped);
        QFETCH(QString, expected);
        AltImportComparison::Result result;
        AltImportCell cell;
        for (int i = 0; i < alts; ++i)
            result.changes << cell;
        cell.field = AltImportCell::Field::Place;
        for (int i = 0; i < places; ++i)
            result.changes << cell;
        for (int i = 0; i < conflicts; ++i)
            result.conflicts << cell;
        for (int i = 0; i < skipped; ++i)
            result.problems << AltSheetProblem{i + 2, QStringLiteral("bad")};
        QCOMPARE(AltImportComparison::summary(result), expected);
    }

    void editsFor_data() {
        QTest::addColumn<QStringList>("moves"); // "id>place"
        QTest::addColumn<QStringList>("order");
        QTest::newRow("one to the front, others renumbered by nobody")
            << QStringList{QStringLiteral("14>1")}
            << QStringList{QStringLiteral("14"), QStringLiteral("11"), QStringLiteral("12"),
                           QStringLiteral("13")};
        QTest::newRow("two asking for one place: file order")
            << QStringList{QStringLiteral("13>1"), QStringLiteral("12>1")}
            << QStringList{QStringLiteral("13"), QStringLiteral("12"), QStringLiteral("11"),
                           QStringLiteral("14")};
        QTest::newRow("to the end") << QStringList{QStringLiteral("11>4")}
                                    << QStringList{QStringLiteral("12"), QStringLiteral("13"),
                                                   QStringLiteral("14"), QStringLiteral("11")};
        QTest::newRow("where it is already")
            << QStringList{QStringLiteral("12>2")} << QStringList();
    }
    void editsFor() {
        QFETCH(QStringList, moves);
        QFETCH(QStringList, order);
        QList<AltImportCell> cells;
        int line = 2;
        for (const QString &move : moves) {
            AltImportCell c;
            c.field = AltImportCell::Field::Place;
            c.productId = QStringLiteral("101");
            c.imageId = move.section(QLatin1Char('>'), 0, 0);
            c.inFile = move.section(QLatin1Char('>'), 1);
            c.line = line++;
            cells << c;
        }
        AltImportCell alt;
        alt.productId = QStringLiteral("101");
        alt.imageId = QStringLiteral("13");
        alt.inFile = QStringLiteral("Back");
        cells << alt;
        AltImportCell otherProduct = alt;
        otherProduct.productId = QStringLiteral("202");
        cells << otherProduct;
        const AltImportComparison::ProductEdits edits =
            AltImportComparison::editsFor(shirt(), cells);
        QCOMPARE(edits.order, order);
        QCOMPARE(edits.alts,
                 (QHash<QString, QString>{{QStringLiteral("13"), QStringLiteral("Back")}}));
    }
};

QTEST_GUILESS_MAIN(TstAltSheet)
#include "tst_altsheet.moc"
