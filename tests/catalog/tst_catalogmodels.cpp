// The catalog's item models under QAbstractItemModelTester: the products table (sorting numbers as
// numbers, updating one product) and the worklist (a product's rows replaced in place when it is
// audited again, inline edits sent to the editor, refusals reported).
#include "models/catalogproductsmodel.h"
#include "models/gallerymodel.h"
#include "models/worklisteditor.h"
#include "models/worklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace vitrine;

Q_DECLARE_METATYPE(vitrine::WorklistEntry)

namespace {

ProductAudit productAudit(const QString &id, const QString &title, int images, int withAlt,
                          int errors) {
    ProductAudit a;
    a.productId = id;
    a.title = title;
    a.images = images;
    a.imagesWithAlt = withAlt;
    a.errors = errors;
    return a;
}

WorklistEntry entry(const QString &product, int order, int place, const QString &alt,
                    const QList<ReviewFinding::Kind> &kinds = {ReviewFinding::Kind::MissingAlt}) {
    WorklistEntry e;
    e.productId = product;
    e.productTitle = QStringLiteral("Product ") + product;
    e.productOrder = order;
    e.image.key = QStringLiteral("%1-%2").arg(product).arg(place);
    e.image.imageId = e.image.key;
    e.image.place = place;
    e.image.alt = alt;
    e.image.src = QStringLiteral("https://cdn.example.com/%1.jpg").arg(e.image.key);
    for (const ReviewFinding::Kind k : kinds) {
        ReviewFinding f;
        f.kind = k;
        f.place = place;
        f.key = e.image.key;
        f.message = QStringLiteral("problem of ") + e.image.key;
        e.problems << f;
    }
    return e;
}

QStringList strings(std::initializer_list<const char *> items) {
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

QStringList keys(const WorklistModel &model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(GalleryModel::KeyRole).toString();
    return out;
}

class RecordingEditor : public WorklistEditor {
public:
    bool requestAltText(const QString &productId, const QString &imageKey, const QString &text,
                        QString *whyNot) override {
        calls << QStringList{productId, imageKey, text};
        if (text.size() > 10) {
            *whyNot = QStringLiteral("too long");
            return false;
        }
        return true;
    }
    QList<QStringList> calls;
};

} // namespace

class TestCatalogModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void productsTableSortsNumbersAsNumbers() {
        CatalogProductsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAudit({productAudit(QStringLiteral("1"), QStringLiteral("Sofa"), 9, 9, 0),
                        productAudit(QStringLiteral("2"), QStringLiteral("Lamp"), 10, 5, 3),
                        productAudit(QStringLiteral("3"), QStringLiteral("Table"), 2, 1, 12)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CatalogProductsModel::ColumnCount));
        QCOMPARE(model.index(1, CatalogProductsModel::AltCoverage).data().toString(),
                 QStringLiteral("50.0 %"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CatalogProductsModel::SortRole);
        proxy.sort(CatalogProductsModel::Errors, Qt::DescendingOrder);
        // 12 > 3 > 0 as numbers (as text "3" would sort above "12").
        QCOMPARE(proxy.index(0, CatalogProductsModel::Title).data().toString(),
                 QStringLiteral("Table"));
        QCOMPARE(proxy.index(1, CatalogProductsModel::Title).data().toString(),
                 QStringLiteral("Lamp"));
        proxy.setFilterKeyColumn(CatalogProductsModel::Title);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("L"));
        QCOMPARE(proxy.rowCount(), 2); // Lamp, Table: case-insensitive

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ProductAudit lamp = *model.product(1);
        lamp.errors = 0;
        lamp.pendingEdits = 3;
        model.updateProduct(lamp);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, CatalogProductsModel::Staged).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(model.index(0, CatalogProductsModel::Staged).data(), QVariant());
        QCOMPARE(model.index(1, 0).data(CatalogProductsModel::ProductIdRole).toString(),
                 QStringLiteral("2"));
    }

    void worklistReplacesAProductsRowsInPlace_data() {
        QTest::addColumn<QList<WorklistEntry>>("replacement");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one fixed: its row leaves")
            << QList<WorklistEntry>{entry(QStringLiteral("b"), 1, 2, {})}
            << strings({"a-1", "b-2", "c-1"});
        QTest::newRow("all fixed") << QList<WorklistEntry>{} << strings({"a-1", "c-1"});
        QTest::newRow("one more") << QList<WorklistEntry>{entry(QStringLiteral("b"), 1, 1, {}),
                                                          entry(QStringLiteral("b"), 1, 2, {}),
                                                          entry(QStringLiteral("b"), 1, 3, {})}
                                  << strings({"a-1", "b-1", "b-2", "b-3", "c-1"});
    }
    void worklistReplacesAProductsRowsInPlace() {
        QFETCH(QList<WorklistEntry>, replacement);
        QFETCH(QStringList, expected);
        WorklistModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(
            {entry(QStringLiteral("a"), 0, 1, {}), entry(QStringLiteral("b"), 1, 1, {}),
             entry(QStringLiteral("b"), 1, 2, {}), entry(QStringLiteral("c"), 2, 1, {})});
        model.replaceProduct(QStringLiteral("b"), 1, replacement);
        QCOMPARE(keys(model), expected);
    }

    // A product with no rows yet gets them at its place in the catalog's order.
    void worklistInsertsAProductAtItsPlace() {
        WorklistModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(
            {entry(QStringLiteral("a"), 0, 1, {}), entry(QStringLiteral("c"), 2, 1, {})});
        model.replaceProduct(QStringLiteral("b"), 1, {entry(QStringLiteral("b"), 1, 4, {})});
        QCOMPARE(keys(model), (strings({"a-1", "b-4", "c-1"})));
        model.replaceProduct(QStringLiteral("d"), 3, {entry(QStringLiteral("d"), 3, 1, {})});
        QCOMPARE(keys(model), (strings({"a-1", "b-4", "c-1", "d-1"})));
    }

    void worklistShowsAndEdits() {
        WorklistModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordingEditor editor;
        model.setEditor(&editor);
        model.setEntries(
            {entry(QStringLiteral("a"), 0, 3, {},
                   {ReviewFinding::Kind::MissingAlt, ReviewFinding::Kind::TinyImage})});
        const QModelIndex alt = model.index(0, WorklistModel::AltText);
        QVERIFY(model.flags(alt) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, WorklistModel::Problem)) & Qt::ItemIsEditable));
        QCOMPARE(alt.data().toString(), QStringLiteral("(no alt text)"));
        QCOMPARE(alt.data(Qt::EditRole).toString(), QString());
        QCOMPARE(model.index(0, WorklistModel::Problem).data().toString(),
                 QStringLiteral("problem of a-3 · problem of a-3"));
        QCOMPARE(model.index(0, WorklistModel::Problem)
                     .data(WorklistModel::ProblemNamesRole)
                     .toStringList(),
                 strings({"missing-alt", "tiny-image"}));
        QCOMPARE(model.index(0, WorklistModel::Place).data().toInt(), 3);
        QCOMPARE(
            model.index(0, WorklistModel::Thumbnail).data(GalleryModel::SourceUrlRole).toString(),
            QStringLiteral("https://cdn.example.com/a-3.jpg"));

        // Accepted: the editor stages it (the model changes when the product is audited again).
        QVERIFY(model.setData(alt, QStringLiteral("Side view")));
        QCOMPARE(editor.calls.last(), (strings({"a", "a-3", "Side view"})));
        // Refused: the reason is reported.
        QSignalSpy refused(&model, &WorklistModel::editRefused);
        QVERIFY(!model.setData(alt, QStringLiteral("far too long text")));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("too long"));
        QVERIFY(!model.setData(model.index(0, WorklistModel::Product), QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
