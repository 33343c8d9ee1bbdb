// Alt text templates: what each template says for which product data, how empty parts vanish,
// which texts are refused, and the preview's choices (modes, limits, flags).
#include "core/alttemplate.h"
#include "core/alttemplatepreview.h"

#include <QTest>

using namespace vitrine;

Q_DECLARE_METATYPE(vitrine::AltTemplateFields)

namespace {

AltTemplateFields shirt(int place, const QString &variant = {}) {
    AltTemplateFields f;
    f.title = QStringLiteral("Linen Shirt");
    f.variant = variant;
    f.place = place;
    f.count = 4;
    f.vendor = QStringLiteral("Acme");
    f.productType = QStringLiteral("Shirts");
    f.file = QStringLiteral("linen shirt front");
    return f;
}

StagedImage image(const QString &id, const QString &alt, const QStringList &variants = {}) {
    StagedImage i;
    i.key = id;
    i.image.id = id;
    i.image.src = QStringLiteral("https://cdn.test/p/%1.jpg").arg(id);
    i.image.alt = alt;
    i.image.variantIds = variants;
    return i;
}

AltTextProduct product(const QString &id, const QString &title, QList<StagedImage> images) {
    AltTextProduct p;
    p.id = id;
    p.title = title;
    p.variants.names = {{QStringLiteral("v1"), QStringLiteral("Blue / S")},
                        {QStringLiteral("v2"), QStringLiteral("Blue / M")},
                        {QStringLiteral("v3"), QStringLiteral("Red / S")}};
    p.images = std::move(images);
    return p;
}

// "place:before->after[flags]" per change: a preview in one comparable value.
QStringList describe(const AltTemplatePreview &preview) {
    QStringList out;
    using Flag = AltTemplateChange::Flag;
    for (const AltTemplateChange &c : preview.changes()) {
        QString flags;
        if (c.flags.testFlag(Flag::OverLimit))
            flags += QStringLiteral("L");
        if (c.flags.testFlag(Flag::DuplicateInGallery))
            flags += QStringLiteral("D%1").arg(c.duplicateOfPlace);
        if (c.flags.testFlag(Flag::PlaceholderLike))
            flags += QStringLiteral("P");
        out << QStringLiteral("%1/%2:%3->%4%5")
                   .arg(c.productId)
                   .arg(c.place)
                   .arg(c.before, c.after,
                        flags.isEmpty() ? QString() : QLatin1Char('[') + flags + QLatin1Char(']'));
    }
    return out;
}

} // namespace

class TstAltTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void render_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<AltTemplateFields>("fields");
        QTest::addColumn<QString>("expected");
        const QString issue = QStringLiteral("{title} – {variant}, view {place} of {count}");
        QTest::newRow("the issue's example") << issue << shirt(2, QStringLiteral("Blue"))
                                             << QStringLiteral("Linen Shirt – Blue, view 2 of 4");
        QTest::newRow("no variant: its separator goes")
            << issue << shirt(2) << QStringLiteral("Linen Shirt, view 2 of 4");
        QTest::newRow("empty first placeholder takes the separator after it")
            << QStringLiteral("{variant} – {title}") << shirt(1) << QStringLiteral("Linen Shirt");
        QTest::newRow("every field")
            << QStringLiteral("{vendor} {type}: {title} ({file}) {place}/{count}") << shirt(3)
            << QStringLiteral("Acme Shirts: Linen Shirt (linen shirt front) 3/4");
        QTest::newRow("empty in brackets leaves no brackets")
            << QStringLiteral("{title} ({variant})") << shirt(1) << QStringLiteral("Linen Shirt");
        QTest::newRow("optional part kept")
            << QStringLiteral("{title}[ in {variant}]") << shirt(1, QStringLiteral("Blue"))
            << QStringLiteral("Linen Shirt in Blue");
        QTest::newRow("optional part dropped") << QStringLiteral("{title}[ in {variant}], side")
                                               << shirt(1) << QStringLiteral("Linen Shirt, side");
        QTest::newRow("placeholder names ignore case and spaces")
            << QStringLiteral("{ Title }") << shirt(1) << QStringLiteral("Linen Shirt");
        QTest::newRow("escaped characters") << QStringLiteral("{{{title}}} [[new]]") << shirt(1)
                                            << QStringLiteral("{Linen Shirt} [new]");
        QTest::newRow("spaces in values closed up") << QStringLiteral("{title}") << [] {
            AltTemplateFields f;
            f.title = QStringLiteral("  Linen \n Shirt ");
            return f;
        }() << QStringLiteral("Linen Shirt");
        QTest::newRow("nothing known")
            << QStringLiteral("{vendor} – {variant}") << AltTemplateFields() << QString();
        QTest::newRow("plain text")
            << QStringLiteral("Our shirt") << shirt(1) << QStringLiteral("Our shirt");
    }
    void render() {
        QFETCH(QString, text);
        QFETCH(AltTemplateFields, fields);
        QFETCH(QString, expected);
        const AltTemplate t = AltTemplate::parse(text);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QCOMPARE(t.render(fields), expected);
    }

    void refused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown placeholder")
            << QStringLiteral("{title} {colour}") << QStringLiteral("'{colour}' at character 9");
        QTest::newRow("unclosed placeholder")
            << QStringLiteral("{title") << QStringLiteral("character 1");
        QTest::newRow("stray close") << QStringLiteral("a } b") << QStringLiteral("character 3");
        QTest::newRow("unclosed optional")
            << QStringLiteral("{title}[ in {variant}") << QStringLiteral("character 8");
        QTest::newRow("nested optional") << QStringLiteral("[a [b]]") << QStringLiteral("nested");
        QTest::newRow("stray bracket") << QStringLiteral("a ] b") << QStringLiteral("character 3");
        QTest::newRow("empty placeholder") << QStringLiteral("{}") << QStringLiteral("'{}'");
    }
    void refused() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const AltTemplate t = AltTemplate::parse(text);
        QVERIFY(!t.isValid());
        QVERIFY2(t.error().contains(mentions), qPrintable(t.error()));
        QCOMPARE(t.render(shirt(1)), QString());
    }

    void fieldsUsed() {
        const AltTemplate t =
            AltTemplate::parse(QStringLiteral("{place} {title}[ {variant}] {place}"));
        QCOMPARE(t.fields(),
                 (QList<AltTemplate::Field>{AltTemplate::Field::Place, AltTemplate::Field::Title,
                                            AltTemplate::Field::Variant}));
    }

    void variantLabel_data() {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("label");
        QTest::newRow("none") << QStringList() << QString();
        QTest::newRow("one") << QStringList{QStringLiteral("Blue / S")}
                             << QStringLiteral("Blue / S");
        QTest::newRow("shared option")
            << QStringList{QStringLiteral("Blue / S"), QStringLiteral("Blue / M")}
            << QStringLiteral("Blue");
        QTest::newRow("nothing shared")
            << QStringList{QStringLiteral("Blue / S"), QStringLiteral("Red / M")}
            << QStringLiteral("Blue / S, Red / M");
        QTest::newRow("repeated name once")
            << QStringList{QStringLiteral("Blue"), QStringLiteral("Blue")}
            << QStringLiteral("Blue");
    }
    void variantLabel() {
        QFETCH(QStringList, names);
        QFETCH(QString, label);
        QCOMPARE(AltTemplate::variantLabel(names), label);
    }

    void fileWords_data() {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("words");
        QTest::newRow("dashes and query")
            << QStringLiteral("https://cdn.test/x/blue-linen_shirt.jpg?v=2")
            << QStringLiteral("blue linen shirt");
        QTest::newRow("percent-encoded") << QStringLiteral("https://cdn.test/caf%C3%A9%20table.png")
                                         << QStringLiteral("café table");
        QTest::newRow("no file") << QStringLiteral("https://cdn.test/") << QString();
    }
    void fileWords() {
        QFETCH(QString, src);
        QFETCH(QString, words);
        QCOMPARE(AltTemplate::fileWords(src), words);
    }

    void modes_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<int>("keptByMode");
        QTest::addColumn<int>("unchanged");
        QTest::newRow("empty") << QStringLiteral("empty")
                               << QStringList{QStringLiteral("p/2:->Shirt 2"),
                                              QStringLiteral("p/3:->Shirt 3")}
                               << 2 << 0;
        QTest::newRow("replace") << QStringLiteral("replace")
                                 << QStringList{QStringLiteral("p/1:Front->Shirt 1"),
                                                QStringLiteral("p/2:->Shirt 2"),
                                                QStringLiteral("p/3:->Shirt 3")}
                                 << 0 << 1;
        QTest::newRow("append") << QStringLiteral("append")
                                << QStringList{QStringLiteral("p/1:Front->Front Shirt 1"),
                                               QStringLiteral("p/2:->Shirt 2"),
                                               QStringLiteral("p/3:->Shirt 3")}
                                << 0 << 1;
    }
    void modes() {
        QFETCH(QString, mode);
        QFETCH(QStringList, changes);
        QFETCH(int, keptByMode);
        QFETCH(int, unchanged);
        // Image 3 has only spaces: empty for every mode. Image 4 already says what the template
        // would (for append: it ends with it).
        const AltTextProduct p = product(QStringLiteral("p"), QStringLiteral("Shirt"),
                                         {image(QStringLiteral("1"), QStringLiteral("Front")),
                                          image(QStringLiteral("2"), {}),
                                          image(QStringLiteral("3"), QStringLiteral("  ")),
                                          image(QStringLiteral("4"), QStringLiteral("Shirt 4"))});
        const std::optional<AltWriteMode> m = parseAltWriteMode(mode);
        QVERIFY(m);
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {p}, AltTemplate::parse(QStringLiteral("{title} {place}")), *m, {});
        QStringList got = describe(preview);
        got.replaceInStrings(QStringLiteral("p/3:  ->"), QStringLiteral("p/3:->"));
        QCOMPARE(got, changes);
        QCOMPARE(preview.keptByMode(), keptByMode);
        QCOMPARE(preview.unchanged(), unchanged);
        QCOMPARE(preview.imageCount(), 4);
        QCOMPARE(preview.productCount(), 1);
    }

    void flags() {
        StagedImage fresh = image(QStringLiteral("n"), {});
        fresh.isNew = true;
        fresh.key = QStringLiteral("new:1");
        fresh.image.src = QStringLiteral("https://cdn.test/p/new-image.jpg");
        StagedImage camera = image(QStringLiteral("c"), {});
        camera.image.src = QStringLiteral("https://cdn.test/IMG_0042.jpg");
        const AltTextProduct p =
            product(QStringLiteral("p"), QStringLiteral("A shirt with a long name"),
                    {image(QStringLiteral("1"), {}, {QStringLiteral("v1")}),
                     image(QStringLiteral("2"), {}, {QStringLiteral("v1"), QStringLiteral("v2")}),
                     image(QStringLiteral("3"), {}, {QStringLiteral("v3")}), fresh, camera});
        // {variant}: image 1 "Blue / S", image 2 the shared "Blue", image 3 "Red / S".
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {p}, AltTemplate::parse(QStringLiteral("{variant}[ {file}]")), AltWriteMode::Empty,
            {/*onUpdate*/ 0, /*onCreate*/ 5});
        QCOMPARE(
            describe(preview),
            (QStringList{QStringLiteral("p/1:->Blue / S 1"), QStringLiteral("p/2:->Blue 2"),
                         QStringLiteral("p/3:->Red / S 3"), QStringLiteral("p/4:->new image[L]"),
                         QStringLiteral("p/5:->IMG 0042[P]")}));
        QCOMPARE(preview.changes().at(3).limit, 5);
        QCOMPARE(preview.changes().at(3).key, QStringLiteral("new:1"));
        QVERIFY(preview.changes().at(3).imageId.isEmpty());

        const AltTemplatePreview same = AltTemplatePreview::compute(
            {p}, AltTemplate::parse(QStringLiteral("{title}")), AltWriteMode::Empty, {10, 10});
        QCOMPARE(describe(same),
                 (QStringList{QStringLiteral("p/1:->A shirt with a long name[LD2]"),
                              QStringLiteral("p/2:->A shirt with a long name[LD1]"),
                              QStringLiteral("p/3:->A shirt with a long name[LD1]"),
                              QStringLiteral("p/4:->A shirt with a long name[LD1]"),
                              QStringLiteral("p/5:->A shirt with a long name[LD1]")}));
        QCOMPARE(same.flagged(AltTemplateChange::Flag::OverLimit), 5);
        QCOMPARE(same.stageableCount(), 0);
    }

    // A new text equal to one another image keeps (unchanged by the template) is a duplicate too.
    void duplicateOfAnUntouchedImage() {
        const AltTextProduct p = product(
            QStringLiteral("p"), QStringLiteral("Shirt"),
            {image(QStringLiteral("1"), QStringLiteral("shirt")), image(QStringLiteral("2"), {})});
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {p}, AltTemplate::parse(QStringLiteral("{title}")), AltWriteMode::Empty, {});
        QCOMPARE(describe(preview), QStringList{QStringLiteral("p/2:->Shirt[D1]")});
    }

    void emptyResultsAndSeveralProducts() {
        const AltTextProduct a =
            product(QStringLiteral("a"), QStringLiteral("Shirt"), {image(QStringLiteral("1"), {})});
        const AltTextProduct b =
            product(QStringLiteral("b"), QString(),
                    {image(QStringLiteral("2"), {}), image(QStringLiteral("3"), {})});
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {a, b}, AltTemplate::parse(QStringLiteral("{title}")), AltWriteMode::Replace, {});
        QCOMPARE(describe(preview), QStringList{QStringLiteral("a/1:->Shirt")});
        QCOMPARE(preview.emptyResults(), 2);
        QCOMPARE(preview.productCount(), 2);
        QCOMPARE(preview.imageCount(), 3);
        QVERIFY(preview.summary().contains(QStringLiteral("1 image")));
    }

    // Over the catalog with --problem: only the chosen images are written and counted; the
    // others of their galleries still count for {count} and the duplicate check.
    void scope_data() {
        QTest::addColumn<QStringList>("chosen"); // "product/key"
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("products");
        QTest::newRow("every image (no scope)")
            << QStringList{QStringLiteral("*")}
            << QStringList{QStringLiteral("a/2:->Shirt 2 of 3"),
                           QStringLiteral("a/3:->Shirt 3 of 3"), QStringLiteral("b/1:->Mug 1 of 1")}
            << 4 << 2;
        QTest::newRow("one image of one product")
            << QStringList{QStringLiteral("a/3")}
            << QStringList{QStringLiteral("a/3:->Shirt 3 of 3")} << 1 << 1;
        QTest::newRow("an image with text in scope, mode empty")
            << QStringList{QStringLiteral("a/1"), QStringLiteral("b/4")}
            << QStringList{QStringLiteral("b/1:->Mug 1 of 1")} << 2 << 2;
        QTest::newRow("nothing chosen") << QStringList() << QStringList() << 0 << 0;
    }
    void scope() {
        QFETCH(QStringList, chosen);
        QFETCH(QStringList, changes);
        QFETCH(int, images);
        QFETCH(int, products);
        const AltTextProduct a =
            product(QStringLiteral("a"), QStringLiteral("Shirt"),
                    {image(QStringLiteral("1"), QStringLiteral("Front")),
                     image(QStringLiteral("2"), {}), image(QStringLiteral("3"), {})});
        const AltTextProduct b =
            product(QStringLiteral("b"), QStringLiteral("Mug"), {image(QStringLiteral("4"), {})});
        std::optional<AltTemplatePreview::ImageScope> scope;
        if (chosen != QStringList{QStringLiteral("*")}) {
            scope.emplace();
            for (const QString &c : chosen)
                (*scope)[c.section(QLatin1Char('/'), 0, 0)].insert(c.section(QLatin1Char('/'), 1));
        }
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {a, b}, AltTemplate::parse(QStringLiteral("{title} {place} of {count}")),
            AltWriteMode::Empty, {}, scope ? &*scope : nullptr);
        QCOMPARE(describe(preview), changes);
        QCOMPARE(preview.imageCount(), images);
        QCOMPARE(preview.productCount(), products);
    }

    // An image outside the scope still makes a chosen one's new text a duplicate.
    void scopeKeepsTheGalleryForDuplicates() {
        const AltTextProduct p = product(
            QStringLiteral("p"), QStringLiteral("Shirt"),
            {image(QStringLiteral("1"), QStringLiteral("Shirt")), image(QStringLiteral("2"), {})});
        const AltTemplatePreview::ImageScope scope{
            {QStringLiteral("p"), QSet<QString>{QStringLiteral("2")}}};
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {p}, AltTemplate::parse(QStringLiteral("{title}")), AltWriteMode::Empty, {}, &scope);
        QCOMPARE(describe(preview), QStringList{QStringLiteral("p/2:->Shirt[D1]")});
    }

    // The preview says which placeholders were empty for an image (the store gives no vendor, the
    // image has no variant), so "left out" is never a surprise.
    void emptyPlaceholdersAreNamed_data() {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("perImage"); // image 1 (variant v1), image 2 (none)
        QTest::addColumn<int>("withEmpty");
        QTest::newRow("the store gives vendor and type")
            << QStringLiteral("Acme") << QStringLiteral("Shirts")
            << QStringList{QString(), QStringLiteral("{variant}")} << 1;
        QTest::newRow("no vendor")
            << QString() << QStringLiteral("Shirts")
            << QStringList{QStringLiteral("{vendor}"), QStringLiteral("{vendor},{variant}")} << 2;
        QTest::newRow("neither") << QString() << QString()
                                 << QStringList{QStringLiteral("{vendor},{type}"),
                                                QStringLiteral("{vendor},{type},{variant}")}
                                 << 2;
    }
    void emptyPlaceholdersAreNamed() {
        QFETCH(QString, vendor);
        QFETCH(QString, type);
        QFETCH(QStringList, perImage);
        QFETCH(int, withEmpty);
        AltTextProduct p = product(QStringLiteral("p"), QStringLiteral("Shirt"),
                                   {image(QStringLiteral("1"), {}, {QStringLiteral("v1")}),
                                    image(QStringLiteral("2"), {})});
        p.vendor = vendor;
        p.productType = type;
        const AltTemplatePreview preview = AltTemplatePreview::compute(
            {p}, AltTemplate::parse(QStringLiteral("{title}[ by {vendor}][ ({type})] – {variant}")),
            AltWriteMode::Empty, {});
        QCOMPARE(preview.changes().size(), 2);
        QStringList got;
        for (const AltTemplateChange &c : preview.changes())
            got << c.emptyPlaceholders.join(QLatin1Char(','));
        QCOMPARE(got, perImage);
        QCOMPARE(preview.withEmptyPlaceholders(), withEmpty);
        QVERIFY2(preview.summary().contains(QStringLiteral("placeholder the store gives nothing")),
                 qPrintable(preview.summary()));
    }

    void modeNames() {
        QCOMPARE(parseAltWriteMode(QStringLiteral("Replace")),
                 std::optional(AltWriteMode::Replace));
        QCOMPARE(parseAltWriteMode(QStringLiteral("overwrite")), std::nullopt);
        QCOMPARE(altWriteModeName(AltWriteMode::Append), QStringLiteral("append"));
    }
};

QTEST_GUILESS_MAIN(TstAltTemplate)
#include "tst_alttemplate.moc"
