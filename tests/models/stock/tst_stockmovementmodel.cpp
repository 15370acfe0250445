// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "models/stock/stockmovementmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace comptoir;

namespace {

const QChar Minus(0x2212);

int fetchAll(StockMovementModel &model)
{
    int fetches = 0;
    while (model.canFetchMore()) {
        model.fetchMore();
        ++fetches;
    }
    return fetches;
}

} // namespace

class TestStockMovementModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void reasonLabels_data();
    void reasonLabels();
    void formatChange_data();
    void formatChange();
    void noVariant();
    void movementsNewestFirst();
    void sameMillisecondKeepsOrder();
    void pagesToTheEnd();
    void refreshAndSwitchVariant();

private:
    // A shop with one product and two variants.
    void makeShop();

    std::unique_ptr<TestShop> m_shop;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestStockMovementModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestStockMovementModel::makeShop()
{
    m_shop = std::make_unique<TestShop>();
    QVERIFY(m_shop->temp.isValid());
    ProductFields product;
    product.name = QStringLiteral("Bougie parfumée");
    VariantFields variant;
    variant.label = QStringLiteral("Rouge");
    variant.priceCents = 1500;
    auto created = m_shop->catalogue.createProduct(product, variant);
    QVERIFY(created);
    m_first = created->variantId;
    variant.label = QStringLiteral("Bleu");
    auto added = m_shop->catalogue.addVariant(created->productId, variant);
    QVERIFY(added);
    m_second = *added;
}

void TestStockMovementModel::reasonLabels_data()
{
    QTest::addColumn<MovementReason>("reason");
    QTest::addColumn<QString>("label");
    QTest::newRow("sale") << MovementReason::Sale << QStringLiteral("Sale");
    QTest::newRow("return") << MovementReason::Return << QStringLiteral("Return");
    QTest::newRow("receipt") << MovementReason::Receipt << QStringLiteral("Receipt");
    QTest::newRow("adjustment") << MovementReason::Adjustment << QStringLiteral("Adjustment");
    QTest::newRow("count") << MovementReason::Count << QStringLiteral("Physical count");
    QTest::newRow("online reserve") << MovementReason::OnlineReserve << QStringLiteral("Online reservation");
    QTest::newRow("online commit") << MovementReason::OnlineCommit << QStringLiteral("Online sale");
    QTest::newRow("online release") << MovementReason::OnlineRelease << QStringLiteral("Online release");
}

void TestStockMovementModel::reasonLabels()
{
    QFETCH(MovementReason, reason);
    QFETCH(QString, label);
    QCOMPARE(StockMovementModel::reasonLabel(reason), label);
}

void TestStockMovementModel::formatChange_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("text");
    QTest::newRow("positive") << qint64(3) << QStringLiteral("+3");
    QTest::newRow("negative") << qint64(-2) << (Minus + QStringLiteral("2"));
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("large") << qint64(-1500) << (Minus + QStringLiteral("1,500"));
}

void TestStockMovementModel::formatChange()
{
    QFETCH(qint64, delta);
    QFETCH(QString, text);
    QCOMPARE(StockMovementModel::formatChange(delta, QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

void TestStockMovementModel::noVariant()
{
    makeShop();
    QVERIFY(m_shop->ledger.record(m_first, 5, MovementReason::Receipt));
    StockMovementModel model(m_shop->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(StockMovementModel::ColumnCount));
    QVERIFY(!model.canFetchMore());
    model.setVariant(m_second); // no movements
    QCOMPARE(model.rowCount(), 0);
    model.setVariant(m_first);
    QCOMPARE(model.rowCount(), 1);
    model.setVariant(0);
    QCOMPARE(model.variantId(), 0);
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(StockMovementModel::ReasonColumn, Qt::Horizontal).toString(),
             QStringLiteral("Reason"));
}

void TestStockMovementModel::movementsNewestFirst()
{
    makeShop();
    StockLedger &ledger = m_shop->ledger;
    QList<QDateTime> times;
    auto step = [&] {
        times.prepend(m_shop->clock.now());
        m_shop->clock.advance(61'500);
    };
    QVERIFY(ledger.record(m_first, 10, MovementReason::Receipt, QStringLiteral("Delivery 42")));
    step();
    QVERIFY(ledger.record(m_first, -2, MovementReason::Sale));
    step();
    QVERIFY(ledger.record(m_second, 7, MovementReason::Receipt)); // other variant: not shown
    m_shop->clock.advance(1000);
    QVERIFY(ledger.record(m_first, 1, MovementReason::Return));
    step();
    QVERIFY(ledger.record(m_first, -1, MovementReason::Adjustment, QStringLiteral("Broken")));
    step();
    QVERIFY(ledger.recordCount(m_first, 5, QStringLiteral("Inventory")));
    step();
    QVERIFY(ledger.record(m_first, -1, MovementReason::OnlineReserve));
    step();

    StockMovementModel model(m_shop->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariant(m_first);
    QCOMPARE(model.variantId(), m_first);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.canFetchMore());

    struct Expected
    {
        MovementReason reason;
        qint64 delta;
        QString change;
        QString counted;
        QString note;
    };
    const QList<Expected> expected = {
        {MovementReason::OnlineReserve, -1, Minus + QStringLiteral("1"), {}, {}},
        {MovementReason::Count, -3, Minus + QStringLiteral("3"), QStringLiteral("5"),
         QStringLiteral("Inventory")},
        {MovementReason::Adjustment, -1, Minus + QStringLiteral("1"), {}, QStringLiteral("Broken")},
        {MovementReason::Return, 1, QStringLiteral("+1"), {}, {}},
        {MovementReason::Sale, -2, Minus + QStringLiteral("2"), {}, {}},
        {MovementReason::Receipt, 10, QStringLiteral("+10"), {}, QStringLiteral("Delivery 42")},
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const Expected &e = expected.at(row);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(StockMovementModel::ReasonColumn).toString(),
                 StockMovementModel::reasonLabel(e.reason));
        QCOMPARE(cell(0, StockMovementModel::ReasonRole).toInt(), int(e.reason));
        QCOMPARE(cell(0, StockMovementModel::DeltaRole).toLongLong(), e.delta);
        QCOMPARE(cell(StockMovementModel::ChangeColumn).toString(), e.change);
        QCOMPARE(cell(StockMovementModel::CountedColumn).toString(), e.counted);
        QCOMPARE(cell(0, StockMovementModel::CountedQuantityRole).isValid(), !e.counted.isEmpty());
        QCOMPARE(cell(StockMovementModel::NoteColumn).toString(), e.note);
        QCOMPARE(cell(0, StockMovementModel::OccurredAtRole).toDateTime(), times.at(row));
        QCOMPARE(cell(StockMovementModel::DateColumn).toString(),
                 StockMovementModel::formatDateTime(times.at(row)));
        QCOMPARE(cell(0, StockMovementModel::OriginRole).toString(), QStringLiteral("local"));
        QVERIFY(!cell(0, StockMovementModel::MovementIdRole).toString().isEmpty());
        QCOMPARE(cell(StockMovementModel::ChangeColumn, Qt::TextAlignmentRole).value<Qt::Alignment>()
                     & Qt::AlignHorizontal_Mask,
                 Qt::AlignRight);
    }
}

void TestStockMovementModel::sameMillisecondKeepsOrder()
{
    // Movements made within one millisecond still list newest first (UUIDv7 ids increase).
    makeShop();
    for (int i = 1; i <= 5; ++i)
        QVERIFY(m_shop->ledger.record(m_first, i, MovementReason::Receipt));
    StockMovementModel model(m_shop->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariant(m_first);
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.index(row, 0).data(StockMovementModel::DeltaRole).toLongLong(), 5 - row);
}

void TestStockMovementModel::pagesToTheEnd()
{
    makeShop();
    const int count = 2 * StockMovementModel::PageSize + 50;
    {
        Transaction tx(m_shop->db());
        for (int i = 1; i <= count; ++i) {
            QVERIFY(m_shop->ledger.record(m_first, i, MovementReason::Receipt));
            if (i % 3 != 0) // some share a millisecond
                m_shop->clock.advance(1);
        }
        QVERIFY(tx.commit());
    }
    StockMovementModel model(m_shop->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariant(m_first);
    QCOMPARE(model.rowCount(), int(StockMovementModel::PageSize));
    QCOMPARE(fetchAll(model), 2);
    QCOMPARE(model.rowCount(), count);
    QSet<QString> ids;
    for (int row = 0; row < count; ++row) {
        QCOMPARE(model.index(row, 0).data(StockMovementModel::DeltaRole).toLongLong(), count - row);
        ids.insert(model.index(row, 0).data(StockMovementModel::MovementIdRole).toString());
    }
    QCOMPARE(ids.size(), count);
}

void TestStockMovementModel::refreshAndSwitchVariant()
{
    makeShop();
    QVERIFY(m_shop->ledger.record(m_first, 4, MovementReason::Receipt));
    QVERIFY(m_shop->ledger.record(m_second, 9, MovementReason::Receipt));
    StockMovementModel model(m_shop->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariant(m_first);
    QCOMPARE(model.rowCount(), 1);

    m_shop->clock.advance(5000);
    QVERIFY(m_shop->ledger.record(m_first, -1, MovementReason::Sale));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, StockMovementModel::ReasonColumn).data().toString(), QStringLiteral("Sale"));

    model.setVariant(m_second);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, StockMovementModel::ChangeColumn).data().toString(), QStringLiteral("+9"));
}

QTEST_GUILESS_MAIN(TestStockMovementModel)
#include "tst_stockmovementmodel.moc"
