// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What sync parses from the marketplace holds the till's money bounds (models/moneylimits.h): a
// variant's price, a stock level, an order's quantities and prices at their bound are taken, one
// past it refuses the whole page (MarketplaceResponseInvalid naming the field), in a feed page and
// a snapshot page alike; and the engine, given such a page, changes nothing (cursor unmoved,
// nothing applied), against a fake network (tests/support/fakenetwork.h).
#include "fakenetwork.h"
#include "fixtures.h"
#include "models/moneylimits.h"
#include "models/storage/database.h"
#include "responsebodies.h"
#include "sync/client/jsonreader.h"
#include "sync/client/marketplacechanges.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace comptoir;
namespace b = comptoir::bodies;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    auto q = db.query(sql);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

// A page of bodies::changes() that is the last one, with the value at path replaced.
QJsonObject lastPage(const QString &path = {}, const QJsonValue &value = {})
{
    QJsonObject page = b::changes();
    page.insert(QStringLiteral("has_more"), false);
    return path.isEmpty() ? page : b::withValue(page, path, value);
}

// A till enrolled with bodies::ShopId, at cursor 100 of epoch 3 (bodies::changesQuery()).
struct FakeShop
{
    TestShop shop;
    FakeNetwork network;
    std::optional<EnrolledDevice> device;

    bool begin()
    {
        Database &db = shop.db();
        const bool ok
            = db.setMeta(QString::fromLatin1(Enrollment::MetaUrl), QStringLiteral("http://127.0.0.1:9")).ok()
            && db.setMeta(QString::fromLatin1(Enrollment::MetaShopId), b::ShopId).ok()
            && db.setMeta(QString::fromLatin1(Enrollment::MetaShopName), QStringLiteral("Boutique")).ok()
            && db.setMeta(QString::fromLatin1(Enrollment::MetaDeviceId), b::DeviceId).ok()
            && db.exec(QStringLiteral("UPDATE sync_state SET epoch = 3, cursor = 100, needs_snapshot = 0"))
                   .ok();
        if (!ok)
            return false;
        auto current = Enrollment::current(db);
        if (!current || !current->has_value())
            return false;
        device = **current;
        return true;
    }

    SyncReport runOnce()
    {
        SyncEngine engine(shop.db(), shop.clock, shop.uuids, network, *device, b::Token);
        engine.setBackoff(Backoff([] { return 0.5; }, 10, 50));
        auto result = std::make_shared<std::optional<SyncReport>>();
        engine.runOnce([result](SyncReport report) { *result = std::move(report); });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 20000)) {
            engine.stop();
            return {};
        }
        return **result;
    }
};

} // namespace

class TestSyncLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncReport>(); }
    void feedPage_data();
    void feedPage();
    void snapshotPage_data();
    void snapshotPage();
    void pricePastTheBoundChangesNothing();
    void priceAtTheBoundIsApplied();
};

void TestSyncLimits::feedPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("accepted");

    const qint64 price = MoneyLimits::MaxUnitPriceCents;
    const qint64 stock = MoneyLimits::MaxStockQuantity;
    const QString variantPrice = QStringLiteral("changes[0].data.variants[0].price_cents");
    QTest::newRow("price at bound") << variantPrice << price << true;
    QTest::newRow("price past bound") << variantPrice << price + 1 << false;
    QTest::newRow("price a 13-digit barcode") << variantPrice << qint64(3760123456789) << false;
    QTest::newRow("price 2^53") << variantPrice << JsonReader::MaxSafeInteger << false;
    const QString safety = QStringLiteral("changes[0].data.variants[0].safety_stock");
    QTest::newRow("variant safety stock at bound") << safety << stock << true;
    QTest::newRow("variant safety stock past bound") << safety << stock + 1 << false;
    // Stock states: on_hand moves with available so that available = on_hand − reserved − safety.
    QTest::newRow("on hand past bound") << QStringLiteral("changes[1].data.on_hand") << stock + 1 << false;
    QTest::newRow("on hand below −bound") << QStringLiteral("changes[1].data.on_hand") << -stock - 1 << false;
    QTest::newRow("reserved past bound") << QStringLiteral("changes[1].data.reserved") << stock + 1 << false;
    QTest::newRow("order quantity at bound")
        << QStringLiteral("changes[2].data.lines[0].quantity") << MoneyLimits::MaxQuantity << true;
    QTest::newRow("order quantity past bound")
        << QStringLiteral("changes[2].data.lines[0].quantity") << MoneyLimits::MaxQuantity + 1 << false;
    QTest::newRow("order unit price at bound")
        << QStringLiteral("changes[2].data.lines[0].unit_price_cents") << price << true;
    QTest::newRow("order unit price past bound")
        << QStringLiteral("changes[2].data.lines[0].unit_price_cents") << price + 1 << false;
    QTest::newRow("order total at bound")
        << QStringLiteral("changes[2].data.total_cents") << MoneyLimits::MaxTicketCents << true;
    QTest::newRow("order total past bound")
        << QStringLiteral("changes[2].data.total_cents") << MoneyLimits::MaxTicketCents + 1 << false;
}

void TestSyncLimits::feedPage()
{
    QFETCH(QString, path);
    QFETCH(qint64, value);
    QFETCH(bool, accepted);
    QJsonObject page = lastPage(path, value);
    if (path.endsWith(QLatin1String("on_hand"))) // keep available consistent: only the bound speaks
        page = b::withValue(page, QStringLiteral("changes[1].data.available"), value - 2 - 1);
    const auto parsed = parseChangesPage(b::json(page), b::ShopId, b::changesQuery());
    QCOMPARE(parsed.ok(), accepted);
    if (!accepted) {
        QCOMPARE(parsed.error().code, ErrorCode::MarketplaceResponseInvalid);
        QCOMPARE(parsed.error().subject, path);
    }
}

void TestSyncLimits::snapshotPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("accepted");
    const QString price = QStringLiteral("items[0].data.variants[0].price_cents");
    QTest::newRow("price at bound") << price << MoneyLimits::MaxUnitPriceCents << true;
    QTest::newRow("price past bound") << price << MoneyLimits::MaxUnitPriceCents + 1 << false;
    QTest::newRow("safety stock past bound")
        << QStringLiteral("items[1].data.safety_stock") << MoneyLimits::MaxStockQuantity + 1 << false;
}

void TestSyncLimits::snapshotPage()
{
    QFETCH(QString, path);
    QFETCH(qint64, value);
    QFETCH(bool, accepted);
    const QJsonObject page = b::withValue(b::snapshot(), path, value);
    const auto parsed = parseSnapshotPage(b::json(page), b::ShopId, SnapshotQuery {});
    QCOMPARE(parsed.ok(), accepted);
    if (!accepted) {
        QCOMPARE(parsed.error().code, ErrorCode::MarketplaceResponseInvalid);
        QCOMPARE(parsed.error().subject, path);
    }
}

void TestSyncLimits::pricePastTheBoundChangesNothing()
{
    FakeShop f;
    QVERIFY(f.begin());
    const qint64 variantsBefore = scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM variants"));
    const QByteArray spoiled
        = b::json(lastPage(QStringLiteral("changes[0].data.variants[0].price_cents"), qint64(3760123456789)));
    for (int i = 0; i < 3; ++i) // runOnce tries three times in all
        f.network.enqueue(CannedReply::json(200, spoiled));
    const SyncReport report = f.runOnce();
    QVERIFY(report.error);
    QCOMPARE(report.error->code, ErrorCode::MarketplaceResponseInvalid);
    QCOMPARE(report.error->subject, QStringLiteral("changes[0].data.variants[0].price_cents"));
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT cursor FROM sync_state")), qint64(100));
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM variants")), variantsBefore);
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM online_orders")), qint64(0));
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM stock_server_state")), qint64(0));
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM sync_entity_cursors")), qint64(0));
}

void TestSyncLimits::priceAtTheBoundIsApplied()
{
    // The control: the same page with the price at the bound is applied, price and all.
    FakeShop f;
    QVERIFY(f.begin());
    f.network.enqueue(
        CannedReply::json(200,
                          b::json(lastPage(QStringLiteral("changes[0].data.variants[0].price_cents"),
                                           MoneyLimits::MaxUnitPriceCents))));
    const SyncReport report = f.runOnce();
    QVERIFY2(!report.error,
             qPrintable(report.error ? report.error->subject + QLatin1Char(' ') + report.error->detail
                                     : QString()));
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT cursor FROM sync_state")), qint64(107));
    QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT max(price_cents) FROM variants")),
             MoneyLimits::MaxUnitPriceCents);
}

QTEST_GUILESS_MAIN(TestSyncLimits)
#include "tst_synclimits.moc"
