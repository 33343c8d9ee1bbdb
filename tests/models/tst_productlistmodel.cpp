#include "models/productlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vitrine;

class TestProductListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsProducts();
    void imageCountUpdates();
};

void TestProductListModel::listsProducts() {
    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProducts({{QStringLiteral("12"), QStringLiteral("Sofa"), 5},
                       {QStringLiteral("9007199254740993123"), QString(), -1},
                       {QStringLiteral("3"), QStringLiteral("Lamp"), 1}});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Sofa"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Product 9007199254740993123"));
    QCOMPARE(model.index(1).data(ProductListModel::ProductIdRole).toString(),
             QStringLiteral("9007199254740993123"));
    QCOMPARE(model.index(1).data(ProductListModel::ImageCountRole).toInt(), -1);
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Sofa, id 12, 5 images"));
    QCOMPARE(model.index(2).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Lamp, id 3, 1 image"));
    QCOMPARE(model.rowOfId(QStringLiteral("3")), 2);
    QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);
    QCOMPARE(model.product(0).title, QStringLiteral("Sofa"));
    QCOMPARE(model.product(7), ProductSummary{});
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEditable));
    model.setProducts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestProductListModel::imageCountUpdates() {
    ProductListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProducts({{QStringLiteral("12"), QStringLiteral("Sofa"), 5}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setImageCount(QStringLiteral("12"), 7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(ProductListModel::ImageCountRole).toInt(), 7);
    model.setImageCount(QStringLiteral("12"), 7);
    model.setImageCount(QStringLiteral("missing"), 1);
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestProductListModel)
#include "tst_productlistmodel.moc"
