// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The technical events journal (EventJournal) and the clock watch (ClockWatch).
#include "fixtures.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/clockwatch.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

qint64 count(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

class FailingSigner final : public Signer
{
public:
    QByteArray publicKey() const override { return QByteArray(32, '\x01'); }
    Result<QByteArray> sign(const QByteArray &) const override
    {
        return makeError(ErrorCode::CryptoFailed, {}, QStringLiteral("test signer"));
    }
};

// A shop with an operator and the events journal.
struct EventShop
{
    TestShop shop;
    EventJournal events {shop.db(), shop.clock, shop.uuids, shop.chain};
    qint64 operatorId = 0;

    bool setUp()
    {
        if (!shop.temp.isValid())
            return false;
        auto op = shop.db().insert(
            QStringLiteral("INSERT INTO operators (name, role, pin_hash, created_at) "
                           "VALUES ('Camille', 'cashier', 'x', '2026-11-27T08:00:00.000Z')"));
        if (!op)
            return false;
        operatorId = *op;
        return true;
    }

    QDateTime now() const { return shop.clock.now(); }
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TestEventJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindKeys_data();
    void kindKeys();
    void recordStoresTheRow();
    void recordAppendsASignedLink();
    void eventsAreWriteOnce();
    void detailRoundTrips();
    void recentIsNewestFirst();
    void failedSigningStoresNothing();
    void clockWatchFirstStartRecordsNothing();
    void clockWatchAtStart_data();
    void clockWatchAtStart();
    void clockWatchSeesATicketLaterThanNow();
    void clockWatchChecks();
    void clockWatchGapIsConfigurable();
};

void TestEventJournal::kindKeys_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    const QList<std::pair<EventKind, const char *>> rows = {
        {EventKind::Start, "start"},
        {EventKind::Stop, "stop"},
        {EventKind::Login, "login"},
        {EventKind::FailedLogin, "failed_login"},
        {EventKind::Logout, "logout"},
        {EventKind::TicketCancelled, "ticket_cancelled"},
        {EventKind::VatRateChanged, "vat_rate_changed"},
        {EventKind::DayClosed, "day_closed"},
        {EventKind::Export, "export"},
        {EventKind::Archive, "archive"},
        {EventKind::Restore, "restore"},
        {EventKind::ClockMovedBack, "clock_moved_back"},
        {EventKind::ClockJumped, "clock_jumped"},
        {EventKind::SyncError, "sync_error"},
        {EventKind::SigningKeyCreated, "signing_key_created"},
        {EventKind::SettingsChanged, "settings_changed"},
        {EventKind::PeriodClosed, "period_closed"},
        {EventKind::KeyChanged, "key_changed"},
        {EventKind::StaffChanged, "staff_changed"},
    };
    for (const auto &[kind, key] : rows)
        QTest::newRow(key) << int(kind) << QString::fromLatin1(key);
}

void TestEventJournal::kindKeys()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QCOMPARE(eventKindKey(EventKind(kind)), key);
    QCOMPARE(eventKindFromKey(key), std::optional<EventKind>(EventKind(kind)));
    QCOMPARE(eventKindFromKey(key.toUpper()), std::nullopt);
}

void TestEventJournal::recordStoresTheRow()
{
    EventShop s;
    QVERIFY(s.setUp());
    auto id = s.events.record(EventKind::FailedLogin, s.operatorId, {{QStringLiteral("attempts"), 3}});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    auto q = s.shop.db().query(
        QStringLiteral(
            "SELECT uuid, register_id, kind, occurred_at, operator_id, detail FROM events WHERE id = ?"),
        {*id});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString().size(), 36);
    QCOMPARE(q.value().value(1).toString(), s.shop.db().deviceId());
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("failed_login"));
    QCOMPARE(q.value().value(3).toString(), iso(s.now()));
    QCOMPARE(q.value().value(4).toLongLong(), s.operatorId);
    QCOMPARE(q.value().value(5).toString(), QStringLiteral("{\"attempts\":3}"));

    // No operator: NULL, and an empty detail is "{}".
    auto start = s.events.record(EventKind::Start);
    QVERIFY(start.ok());
    QVERIFY(scalar(s.shop.db(), QStringLiteral("SELECT operator_id FROM events WHERE id = ?"), {*start})
                .isNull());
    QCOMPARE(
        scalar(s.shop.db(), QStringLiteral("SELECT detail FROM events WHERE id = ?"), {*start}).toString(),
        QStringLiteral("{}"));
    auto event = s.events.event(*start);
    QVERIFY(event.ok());
    QCOMPARE(event->kind, EventKind::Start);
    QCOMPARE(event->operatorId, std::nullopt);
    QCOMPARE(event->occurredAt, s.now());
    QCOMPARE(s.events.event(*start + 100).error().code, ErrorCode::NotFound);
}

void TestEventJournal::recordAppendsASignedLink()
{
    EventShop s;
    QVERIFY(s.setUp());
    auto first = s.events.record(EventKind::Start);
    s.shop.clock.advance(1500);
    auto second = s.events.record(EventKind::Login, s.operatorId);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 2);

    auto link1 = s.shop.chain.link(FiscalRecordType::Event, *first);
    auto link2 = s.shop.chain.link(FiscalRecordType::Event, *second);
    QVERIFY(link1.ok() && link2.ok());
    QCOMPARE(link1->seq, 1);
    QCOMPARE(link2->seq, 2);
    QCOMPARE(link1->previousHash, QByteArray(32, '\0'));
    QCOMPARE(link2->previousHash, link1->hash);
    // The hash covers the stored row's canonical form, and the register's key signs it.
    auto canonical = canonicalEvent(s.shop.db(), *second);
    QVERIFY(canonical.ok());
    QVERIFY(canonical->contains("\"kind\":\"login\""));
    QCOMPARE(link2->hash, FiscalChain::sha256(link1->hash + *canonical));
    QVERIFY(Ed25519Key::verify(s.shop.signer.publicKey(), link2->hash, link2->signature));
    QCOMPARE(link2->storedAt, s.now());
}

void TestEventJournal::eventsAreWriteOnce()
{
    EventShop s;
    QVERIFY(s.setUp());
    auto id = s.events.record(EventKind::VatRateChanged, s.operatorId,
                              {{QStringLiteral("from_bp"), 550}, {QStringLiteral("to_bp"), 1000}});
    QVERIFY(id.ok());
    QVERIFY(!s.shop.db().exec(QStringLiteral("UPDATE events SET kind = 'stop' WHERE id = ?"), {*id}).ok());
    QVERIFY(!s.shop.db().exec(QStringLiteral("UPDATE events SET detail = '{}' WHERE id = ?"), {*id}).ok());
    QVERIFY(!s.shop.db().exec(QStringLiteral("DELETE FROM events WHERE id = ?"), {*id}).ok());
    QVERIFY(!s.shop.db().exec(QStringLiteral("DELETE FROM fiscal_chain")).ok());
    QVERIFY(s.shop.temp.reopen());
    QCOMPARE(count(s.shop.temp.db(), QStringLiteral("events")), 1);
    QCOMPARE(scalar(s.shop.temp.db(), QStringLiteral("SELECT kind || ' ' || detail FROM events")).toString(),
             QStringLiteral("vat_rate_changed {\"from_bp\":550,\"to_bp\":1000}"));
}

void TestEventJournal::detailRoundTrips()
{
    EventShop s;
    QVERIFY(s.setUp());
    const QJsonObject detail {
        {QStringLiteral("closure_number"), 12},
        {QStringLiteral("total_cents"), qint64(123456789012)},
        {QStringLiteral("business_day"), QStringLiteral("2026-11-27")},
        {QStringLiteral("reason"), QStringLiteral("Réseau coupé — « timeout »\n")},
        {QStringLiteral("retry"), true},
        {QStringLiteral("codes"), QJsonArray {1, 2, 3}},
        {QStringLiteral("nested"), QJsonObject {{QStringLiteral("a"), QJsonValue::Null}}},
    };
    auto id = s.events.record(EventKind::SyncError, std::nullopt, detail);
    QVERIFY(id.ok());
    QVERIFY(s.shop.temp.reopen());
    FiscalChain chain(s.shop.temp.db(), s.shop.signer, s.shop.clock);
    EventJournal reopened(s.shop.temp.db(), s.shop.clock, s.shop.uuids, chain);
    auto events = reopened.recent(10);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    const Event &event = events->constFirst();
    QCOMPARE(event.id, *id);
    QCOMPARE(event.kind, EventKind::SyncError);
    QCOMPARE(event.detail, detail);
    QCOMPARE(event.detail.value(QStringLiteral("total_cents")).toInteger(), qint64(123456789012));
}

void TestEventJournal::recentIsNewestFirst()
{
    EventShop s;
    QVERIFY(s.setUp());
    const QList<EventKind> kinds = {EventKind::Start, EventKind::Login, EventKind::TicketCancelled,
                                    EventKind::Logout, EventKind::Stop};
    for (EventKind kind : kinds) {
        QVERIFY(s.events.record(kind).ok());
        s.shop.clock.advance(60000);
    }
    auto recent = s.events.recent(3);
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 3);
    QCOMPARE(recent->at(0).kind, EventKind::Stop);
    QCOMPARE(recent->at(1).kind, EventKind::Logout);
    QCOMPARE(recent->at(2).kind, EventKind::TicketCancelled);
    QVERIFY(recent->at(0).occurredAt > recent->at(1).occurredAt);
    QVERIFY(recent->at(0).uuid > recent->at(1).uuid); // UUIDv7: creation order
}

void TestEventJournal::failedSigningStoresNothing()
{
    EventShop s;
    QVERIFY(s.setUp());
    FailingSigner failing;
    FiscalChain chain(s.shop.db(), failing, s.shop.clock);
    EventJournal events(s.shop.db(), s.shop.clock, s.shop.uuids, chain);
    auto id = events.record(EventKind::Start);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(count(s.shop.db(), QStringLiteral("events")), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 0);
    QCOMPARE(s.shop.db().transactionDepth(), 0);
}

void TestEventJournal::clockWatchFirstStartRecordsNothing()
{
    EventShop s;
    QVERIFY(s.setUp());
    ClockWatch watch(s.shop.db(), s.shop.clock, s.events);
    auto kind = watch.start();
    QVERIFY(kind.ok());
    QCOMPARE(kind.value(), std::nullopt);
    QCOMPARE(count(s.shop.db(), QStringLiteral("events")), 0);
}

void TestEventJournal::clockWatchAtStart_data()
{
    QTest::addColumn<qint64>("moveMs");
    QTest::addColumn<QString>("recorded"); // empty: nothing
    constexpr qint64 Minute = 60 * 1000;
    constexpr qint64 Hour = 60 * Minute;
    QTest::newRow("a minute later") << Minute << QString();
    QTest::newRow("a day later") << 24 * Hour << QString();
    QTest::newRow("47 h later") << 47 * Hour << QString();
    QTest::newRow("49 h later") << 49 * Hour << QStringLiteral("clock_jumped");
    QTest::newRow("a year later") << 365 * 24 * Hour << QStringLiteral("clock_jumped");
    QTest::newRow("1 min back (tolerated)") << -Minute << QString();
    QTest::newRow("2 min back (tolerated)") << -2 * Minute << QString();
    QTest::newRow("3 min back") << -3 * Minute << QStringLiteral("clock_moved_back");
    QTest::newRow("a day back") << -24 * Hour << QStringLiteral("clock_moved_back");
}

void TestEventJournal::clockWatchAtStart()
{
    QFETCH(qint64, moveMs);
    QFETCH(QString, recorded);
    EventShop s;
    QVERIFY(s.setUp());
    QVERIFY(s.events.record(EventKind::Stop).ok());
    const QDateTime stop = s.now();
    s.shop.clock.advance(moveMs);

    ClockWatch watch(s.shop.db(), s.shop.clock, s.events);
    auto kind = watch.start();
    QVERIFY(kind.ok());
    QCOMPARE(kind.value() ? eventKindKey(*kind.value()) : QString(), recorded);
    auto recent = s.events.recent(10);
    QVERIFY(recent.ok());
    if (recorded.isEmpty()) {
        QCOMPARE(recent->size(), 1);
        return;
    }
    QCOMPARE(recent->size(), 2);
    const Event &event = recent->constFirst();
    QCOMPARE(eventKindKey(event.kind), recorded);
    QCOMPARE(event.occurredAt, s.now());
    QCOMPARE(event.detail.value(QStringLiteral("now")).toString(), iso(s.now()));
    QCOMPARE(event.detail.value(QStringLiteral("previous")).toString(), iso(stop));
    QCOMPARE(event.detail.value(QStringLiteral("previous_kind")).toString(), QStringLiteral("latest_record"));
    QCOMPARE(event.detail.value(QStringLiteral("difference_ms")).toInteger(), moveMs);
    QVERIFY(s.shop.chain.link(FiscalRecordType::Event, event.id).ok());
}

void TestEventJournal::clockWatchSeesATicketLaterThanNow()
{
    EventShop s;
    QVERIFY(s.setUp());
    QVERIFY(s.events.record(EventKind::Start).ok());
    // A ticket stored an hour later than the last event (written as the journal would hold it).
    const QDateTime ticketTime = s.now().addSecs(3600);
    QVERIFY(s.shop.db()
                .insert(QStringLiteral("INSERT INTO tickets (uuid, register_id, number, kind, operator_id, "
                                       "operator_name, business_day, closed_at, total_cents) "
                                       "VALUES ('t-1', ?, 1, 'sale', ?, 'Camille', '2026-11-27', ?, 100)"),
                        {s.shop.db().deviceId(), s.operatorId, iso(ticketTime)})
                .ok());
    auto latest = ClockWatch::latestRecordedTime(s.shop.db());
    QVERIFY(latest.ok() && latest.value());
    QCOMPARE(*latest.value(), ticketTime);

    s.shop.clock.advance(30 * 60 * 1000); // half an hour after the event, half an hour before the ticket
    ClockWatch watch(s.shop.db(), s.shop.clock, s.events);
    auto kind = watch.start();
    QVERIFY(kind.ok());
    QCOMPARE(kind.value(), std::optional<EventKind>(EventKind::ClockMovedBack));
    auto recent = s.events.recent(1);
    QVERIFY(recent.ok());
    QCOMPARE(recent->constFirst().detail.value(QStringLiteral("previous")).toString(), iso(ticketTime));
}

void TestEventJournal::clockWatchChecks()
{
    EventShop s;
    QVERIFY(s.setUp());
    QVERIFY(s.events.record(EventKind::Start).ok());
    ClockWatch watch(s.shop.db(), s.shop.clock, s.events);
    QCOMPARE(watch.start().value(), std::nullopt);

    s.shop.clock.advance(3600 * 1000); // an hour of trading
    QCOMPARE(watch.check().value(), std::nullopt);

    const QDateTime beforeJump = s.now();
    s.shop.clock.advance(qint64(50) * 3600 * 1000); // the clock leaps two days ahead
    auto jumped = watch.check();
    QVERIFY(jumped.ok());
    QCOMPARE(jumped.value(), std::optional<EventKind>(EventKind::ClockJumped));
    auto last = s.events.recent(1);
    QVERIFY(last.ok());
    QCOMPARE(last->constFirst().detail.value(QStringLiteral("previous")).toString(), iso(beforeJump));
    QCOMPARE(last->constFirst().detail.value(QStringLiteral("previous_kind")).toString(),
             QStringLiteral("previous_check"));

    // Checked again right after: nothing new (the jump was recorded once).
    s.shop.clock.advance(1000);
    QCOMPARE(watch.check().value(), std::nullopt);

    const QDateTime beforeBack = s.now();
    s.shop.clock.advance(-10 * 60 * 1000); // set back ten minutes
    auto back = watch.check();
    QVERIFY(back.ok());
    QCOMPARE(back.value(), std::optional<EventKind>(EventKind::ClockMovedBack));
    last = s.events.recent(1);
    QVERIFY(last.ok());
    QCOMPARE(last->constFirst().kind, EventKind::ClockMovedBack);
    QCOMPARE(last->constFirst().detail.value(QStringLiteral("previous")).toString(), iso(beforeBack));
    QCOMPARE(last->constFirst().detail.value(QStringLiteral("now")).toString(), iso(s.now()));

    auto kinds = s.shop.db().query(
        QStringLiteral("SELECT group_concat(kind, ',') FROM (SELECT kind FROM events ORDER BY id)"));
    QVERIFY(kinds.ok() && kinds.value().next());
    QCOMPARE(kinds.value().value(0).toString(), QStringLiteral("start,clock_jumped,clock_moved_back"));
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 3);
}

void TestEventJournal::clockWatchGapIsConfigurable()
{
    EventShop s;
    QVERIFY(s.setUp());
    QVERIFY(s.events.record(EventKind::Start).ok());
    ClockWatch watch(s.shop.db(), s.shop.clock, s.events, qint64(3600) * 1000);
    QCOMPARE(watch.start().value(), std::nullopt);
    s.shop.clock.advance(qint64(59) * 60 * 1000);
    QCOMPARE(watch.check().value(), std::nullopt);
    s.shop.clock.advance(qint64(61) * 60 * 1000);
    QCOMPARE(watch.check().value(), std::optional<EventKind>(EventKind::ClockJumped));
}

QTEST_GUILESS_MAIN(TestEventJournal)
#include "tst_eventjournal.moc"
