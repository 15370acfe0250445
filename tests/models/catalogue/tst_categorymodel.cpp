// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "models/catalogue/categorymodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace comptoir;

namespace {

QStringList names(const CategoryModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data().toString();
    return result;
}

} // namespace

class TestCategoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void empty();
    void orderedIgnoringAccentsAndCase();
    void refreshAfterChanges();
};

void TestCategoryModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestCategoryModel::empty()
{
    TestShop shop;
    CategoryModel model(shop.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfCategory(1), -1);
    QCOMPARE(model.categoryIdAt(0), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}

void TestCategoryModel::orderedIgnoringAccentsAndCase()
{
    TestShop shop;
    QHash<QString, qint64> ids;
    for (const QString &name :
         {QStringLiteral("Zinc"), QStringLiteral("Épicerie"), QStringLiteral("boissons"),
          QStringLiteral("Hygiène"), QStringLiteral("état"), QStringLiteral("Eaux")}) {
        auto added = shop.catalogue.addCategory(name);
        QVERIFY(added);
        ids.insert(name, *added);
    }
    CategoryModel model(shop.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList expected
        = {QStringLiteral("boissons"), QStringLiteral("Eaux"),    QStringLiteral("Épicerie"),
           QStringLiteral("état"),     QStringLiteral("Hygiène"), QStringLiteral("Zinc")};
    QCOMPARE(names(model), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(CategoryModel::IdRole).toLongLong(), ids.value(expected.at(row)));
        QCOMPARE(model.index(row, 0).data(Qt::UserRole).toLongLong(), ids.value(expected.at(row)));
        QCOMPARE(model.categoryIdAt(row), ids.value(expected.at(row)));
        QCOMPARE(model.rowOfCategory(ids.value(expected.at(row))), row);
    }
}

void TestCategoryModel::refreshAfterChanges()
{
    TestShop shop;
    auto grocery = shop.catalogue.addCategory(QStringLiteral("Épicerie"));
    QVERIFY(grocery);
    CategoryModel model(shop.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(names(model), QStringList {QStringLiteral("Épicerie")});

    QVERIFY(shop.catalogue.addCategory(QStringLiteral("Boissons")));
    QVERIFY(shop.catalogue.renameCategory(*grocery, QStringLiteral("Alimentation")));
    QCOMPARE(model.rowCount(), 1); // until refreshed
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(names(model), (QStringList {QStringLiteral("Alimentation"), QStringLiteral("Boissons")}));
    QCOMPARE(model.rowOfCategory(*grocery), 0);
}

QTEST_GUILESS_MAIN(TestCategoryModel)
#include "tst_categorymodel.moc"
