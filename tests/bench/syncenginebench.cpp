// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// first_sync, push_throughput, sale_to_marketplace, order_to_till and order_to_alert: one till with the real
// SyncEngine, its page applier and the real marketplace over loopback.

#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/demo/demosecretstore.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/sales/cartmodel.h"
#include "models/sales/salejournal.h"
#include "models/staff/operators.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"
#include "sync/orders/onlineorders.h"
#include "sync/orders/orderacknowledgements.h"
#include "syncbench.h"
#include "ui/orders/orderalerts.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace comptoir::bench {

namespace {

constexpr int LatencySamples = 30;
constexpr int AlertSamples = 20;
constexpr int PushedMovements = 5000;
constexpr int TimeoutMs = 30000;

// Runs the event loop until check() holds (tested every 2 ms) or timeoutMs passed; the elapsed ms
// since `since` was started, or -1 on timeout.
double waitUntil(const std::function<bool()> &check, const QElapsedTimer &since, int timeoutMs = TimeoutMs)
{
    if (check())
        return elapsedMs(since);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    bool held = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (check()) {
            held = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return held ? elapsedMs(since) : -1;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q)
        fail(QStringLiteral("query"), q.error());
    return q.value().next() ? q.value().value(0).toLongLong() : -1;
}

// The marketplace's own file, read-only, on a connection of its own: "visible in the
// marketplace" means committed there.
class MarketFile
{
public:
    explicit MarketFile(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~MarketFile()
    {
        QSqlDatabase::database(name(), false).close();
        QSqlDatabase::removeDatabase(name());
    }
    qint64 onHand(const QString &variantId) const
    {
        QSqlQuery q(QSqlDatabase::database(name(), false));
        q.prepare(QStringLiteral("SELECT on_hand FROM variants WHERE id = ?"));
        q.addBindValue(variantId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    static QString name() { return QStringLiteral("bench-marketplace-file"); }
};

struct Till
{
    explicit Till(Database &database, const Ed25519Key &key)
        : db(database),
          uuids(clock),
          chain(db, key, clock),
          events(db, clock, uuids, chain),
          catalogue(db, clock, uuids, events),
          ledger(db, clock, uuids),
          journal(db, clock, uuids, ledger, chain),
          operators(db, clock, events, 1)
    { }
    Database &db;
    SystemClock clock;
    UuidV7Generator uuids;
    FiscalChain chain;
    EventJournal events;
    Catalogue catalogue;
    StockLedger ledger;
    SaleJournal journal;
    Operators operators;
};

std::optional<EnrolledDevice> enroll(Database &db, SecretStore &secrets, QNetworkAccessManager &network,
                                     const QUrl &url, const QString &code)
{
    Enrollment enrollment(db, secrets, network);
    std::optional<Result<EnrolledDevice>> outcome;
    enrollment.enroll(url.toString(), code, QStringLiteral("Bench till"),
                      [&outcome](Result<EnrolledDevice> result) { outcome = std::move(result); });
    QElapsedTimer timer;
    timer.start();
    waitUntil([&outcome] { return outcome.has_value(); }, timer);
    if (!outcome || !outcome->ok()) {
        std::fprintf(stderr, "comptoir-bench: enrollment failed: %s\n",
                     outcome ? qPrintable(outcome->error().detail) : "no answer");
        return std::nullopt;
    }
    return outcome->value();
}

std::optional<SyncReport> runOnce(SyncEngine &engine)
{
    std::optional<SyncReport> report;
    engine.runOnce([&report](SyncReport r) { report = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    waitUntil([&report] { return report.has_value(); }, timer, 30 * 60 * 1000);
    if (report && report->error) {
        std::fprintf(stderr, "comptoir-bench: sync pass failed: %s (%s)\n", qPrintable(report->error->detail),
                     qPrintable(report->error->subject));
        return std::nullopt;
    }
    return report;
}

bool measurePush(Till &till, SyncEngine &engine, QRandomGenerator &random)
{
    const int count = std::min<int>(PushedMovements,
                                    int(scalar(till.db, QStringLiteral("SELECT count(*) FROM variants"))));
    QList<qint64> variants;
    {
        auto q = till.db.query(QStringLiteral("SELECT id FROM variants ORDER BY id"));
        if (!q)
            fail(QStringLiteral("variants"), q.error());
        while (q.value().next())
            variants << q.value().value(0).toLongLong();
    }
    {
        Transaction transaction(till.db); // made together; pushing them is what is measured
        for (int i = 0; i < count; ++i) {
            const qint64 variant = variants.at(random.bounded(int(variants.size())));
            const auto movement = i % 2 == 0 ? till.ledger.record(variant, 2, MovementReason::Receipt)
                                             : till.ledger.record(variant, -1, MovementReason::Adjustment);
            if (!movement)
                fail(QStringLiteral("movement"), movement.error());
        }
        if (Status s = transaction.commit(); !s)
            fail(QStringLiteral("commit"), s.error());
    }
    QElapsedTimer timer;
    timer.start();
    const std::optional<SyncReport> report = runOnce(engine);
    const double seconds = elapsedMs(timer) / 1000;
    if (!report)
        return false;
    std::fprintf(stderr, "comptoir-bench: push: %d pushed, %d applied, %lld pending, %.2f s\n",
                 report->pushed, report->applied, static_cast<long long>(report->pending), seconds);
    if (report->applied + report->duplicates < count || report->pending != 0) {
        std::fprintf(stderr, "comptoir-bench: push_throughput: %d of %d movements acknowledged\n",
                     report->applied, count);
        return false;
    }
    print("push_throughput", "movements/s", Figure {count / seconds, std::nullopt, 1});
    return true;
}

// A one-line cash sale committed at the till → its movement committed in the marketplace.
bool measureSaleToMarketplace(Till &till, SyncEngine &engine, const MarketFile &market, qint64 cashier,
                              QRandomGenerator &random)
{
    QList<double> samples;
    for (int i = 0; i < LatencySamples; ++i) {
        auto q = till.db.query(QStringLiteral("SELECT id, uuid FROM variants ORDER BY id LIMIT 1 OFFSET ?"),
                               {random.bounded(1000)});
        if (!q || !q.value().next())
            fail(QStringLiteral("variant"), makeError(ErrorCode::NotFound, QStringLiteral("variant")));
        const qint64 variantId = q.value().value(0).toLongLong();
        const QString variantUuid = q.value().value(1).toString();
        const qint64 before = market.onHand(variantUuid);
        CartModel cart(till.catalogue);
        if (auto row = cart.addVariant(variantId); !row)
            fail(QStringLiteral("addVariant"), row.error());
        SaleDraft draft = cart.draft(cashier);
        draft.payments = {Payment {PaymentMethod::Cash, cart.totalCents(), {}}};
        QElapsedTimer timer;
        timer.start();
        if (auto ticket = till.journal.commitSale(draft); !ticket)
            fail(QStringLiteral("commitSale"), ticket.error());
        engine.nudge(); // as the window does after each committed sale
        const double ms = waitUntil([&] { return market.onHand(variantUuid) == before - 1; }, timer);
        if (ms < 0) {
            std::fprintf(stderr, "comptoir-bench: sale %d never reached the marketplace\n", i);
            return false;
        }
        samples << ms;
        pause(100 + random.bounded(200));
    }
    printLatency("sale_to_marketplace", "ms", samples);
    return true;
}

// An order placed online (admin API) → in the till's online_orders, through the long-poll.
bool measureOrderToTill(Till &till, BenchMarketplace &market, QRandomGenerator &random)
{
    auto q = till.db.query(QStringLiteral("SELECT uuid FROM variants ORDER BY id LIMIT 500"));
    if (!q)
        fail(QStringLiteral("variants"), q.error());
    QStringList variants;
    while (q.value().next())
        variants << q.value().value(0).toString();
    QList<double> samples;
    for (int i = 0; i < LatencySamples; ++i) {
        const QString variant = variants.at(random.bounded(int(variants.size())));
        const QJsonObject order {
            {QStringLiteral("customer"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Bench")}}},
            {QStringLiteral("lines"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("variant_id"), variant}, {QStringLiteral("quantity"), 1}}}}};
        QElapsedTimer timer;
        timer.start();
        const auto placed = market.admin().admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(market.shopId()), order);
        const QString orderId = placed.json.value(QStringLiteral("order_id")).toString();
        if (placed.status != 201 || orderId.isEmpty()) {
            std::fprintf(stderr, "comptoir-bench: order %d refused: %s\n", i, placed.body.constData());
            return false;
        }
        const double ms = waitUntil(
            [&] {
                return scalar(till.db, QStringLiteral("SELECT count(*) FROM online_orders WHERE uuid = ?"),
                              {orderId})
                    > 0;
            },
            timer);
        if (ms < 0) {
            std::fprintf(stderr, "comptoir-bench: order %d never reached the till\n", i);
            return false;
        }
        samples << ms;
        pause(100 + random.bounded(200));
    }
    printLatency("order_to_till", "ms", samples);
    return true;
}

// issue 16: an order placed online (admin API) → the till's alert: the badge's count and the sound
// asked for (OrderAlerts::newOrdersAlerted, emitted once both went out), through the long-poll and
// the engine's changesApplied. Each order is then seen (acknowledged) so the next one is new.
bool measureOrderToAlert(Till &till, SyncEngine &engine, BenchMarketplace &market, QRandomGenerator &random)
{
    OnlineOrders orders(till.db, till.clock);
    OrderAcknowledgements acknowledgements(till.db, till.clock);
    OrderAlerts alerts(orders, acknowledgements, till.clock);
    QObject::connect(&engine, &SyncEngine::changesApplied, &alerts, &OrderAlerts::onChangesApplied);
    alerts.check();
    QStringList alerted;
    int rung = 0;
    int badge = 0;
    QObject::connect(&alerts, &OrderAlerts::newOrdersAlerted, &alerts,
                     [&alerted](const QStringList &uuids) { alerted << uuids; });
    QObject::connect(&alerts, &OrderAlerts::ringRequested, &alerts, [&rung] { ++rung; });
    QObject::connect(&alerts, &OrderAlerts::countChanged, &alerts, [&badge](int count) { badge = count; });
    auto q = till.db.query(QStringLiteral("SELECT uuid FROM variants ORDER BY id LIMIT 500"));
    if (!q)
        fail(QStringLiteral("variants"), q.error());
    QStringList variants;
    while (q.value().next())
        variants << q.value().value(0).toString();
    QList<double> samples;
    for (int i = 0; i < AlertSamples; ++i) {
        const QString variant = variants.at(random.bounded(int(variants.size())));
        const QJsonObject order {
            {QStringLiteral("customer"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Bench")}}},
            {QStringLiteral("lines"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("variant_id"), variant}, {QStringLiteral("quantity"), 1}}}}};
        const int rungBefore = rung;
        QElapsedTimer timer;
        timer.start();
        const auto placed = market.admin().admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(market.shopId()), order);
        const QString orderId = placed.json.value(QStringLiteral("order_id")).toString();
        if (placed.status != 201 || orderId.isEmpty()) {
            std::fprintf(stderr, "comptoir-bench: order %d refused: %s\n", i, placed.body.constData());
            return false;
        }
        const double ms
            = waitUntil([&] { return alerted.contains(orderId) && rung > rungBefore && badge > 0; }, timer);
        if (ms < 0) {
            std::fprintf(stderr, "comptoir-bench: order %d never raised the alert\n", i);
            return false;
        }
        samples << ms;
        alerts.acknowledge({orderId}); // someone looked: the next order is the only new one
        pause(100 + random.bounded(200));
    }
    printLatency("order_to_alert", "ms", samples);
    return true;
}

} // namespace

bool measureSyncEngine(BenchMarketplace &market, double floorSeconds, quint32 seed)
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("till.sqlite")));
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Database &db = *opened.value();
    auto key = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x02'));
    if (!key)
        fail(QStringLiteral("signing key"), key.error());
    Till till(db, key.value());
    DemoSecretStore secrets; // in memory: the keychain is not what is measured
    QNetworkAccessManager network;
    const std::optional<EnrolledDevice> device
        = enroll(db, secrets, network, market.server().url(), market.admin().createCode(market.shopId()));
    if (!device)
        return false;
    const auto token = secrets.readNow(Enrollment::tokenKey(device->deviceId));
    if (!token)
        fail(QStringLiteral("token"), token.error());
    if (!token->has_value())
        fail(QStringLiteral("token"), makeError(ErrorCode::NotEnrolled));
    SyncEngine engine(db, till.clock, till.uuids, network, *device, **token);

    // first_sync
    QElapsedTimer timer;
    timer.start();
    const std::optional<SyncReport> first = runOnce(engine);
    const double seconds = elapsedMs(timer) / 1000;
    if (!first)
        return false;
    const qint64 products = scalar(db, QStringLiteral("SELECT count(*) FROM products"));
    std::fprintf(stderr, "comptoir-bench: first sync: %d pages, %d changes, snapshot %d, %lld products\n",
                 first->pages, first->changes, int(first->snapshot), static_cast<long long>(products));
    if (products != market.products()) {
        std::fprintf(stderr, "comptoir-bench: the first sync stored %lld products of %d\n",
                     static_cast<long long>(products), market.products());
        return false;
    }
    print("first_sync", "s", Figure {seconds, std::nullopt, 1});
    print("first_sync_rate", "products/s", Figure {products / seconds, std::nullopt, 1});
    if (floorSeconds > 0)
        print("first_sync_floor_ratio", "x", Figure {seconds / floorSeconds, std::nullopt, 1});

    QRandomGenerator random(seed);
    if (!measurePush(till, engine, random))
        return false;

    // The latencies: the engine in continuous mode, long-polling between changes.
    auto cashier = till.operators.add(QStringLiteral("Bench"), OperatorRole::Cashier, QStringLiteral("0000"));
    if (!cashier)
        fail(QStringLiteral("operator"), cashier.error());
    const MarketFile marketFile(market.server().dbPath());
    engine.start();
    pause(500);
    const bool ok = measureSaleToMarketplace(till, engine, marketFile, *cashier, random)
        && measureOrderToTill(till, market, random) && measureOrderToAlert(till, engine, market, random);
    engine.stop();
    return ok;
}

} // namespace comptoir::bench
