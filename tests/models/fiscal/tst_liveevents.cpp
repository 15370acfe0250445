// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The technical events journal fed by the live till: wrong PINs and refusals while locked,
// tickets cancelled in progress, day closures, VAT rate changes and settings changes each write
// exactly one chained, signed event, in the same transaction as the change they record — when
// the event cannot be signed, the change is not stored either.
#include "journalfixture.h"
#include "models/archive/journalverifier.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"

#include <QJsonArray>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

constexpr int FastIterations = 64;

// Signs the first `allowed` messages with the test key, then fails (a key lost half-way): lets
// a record's own link be signed and its event's link fail.
class CountdownSigner final : public Signer
{
public:
    explicit CountdownSigner(int allowed) : m_left(allowed) { }
    QByteArray publicKey() const override { return m_key.publicKey(); }
    Result<QByteArray> sign(const QByteArray &message) const override
    {
        if (m_left <= 0)
            return makeError(ErrorCode::CryptoFailed, {}, QStringLiteral("test signer"));
        --m_left;
        return m_key.sign(message);
    }

private:
    Ed25519Key m_key {testSigningKey()};
    mutable int m_left;
};

// An events journal whose every signature fails.
struct BrokenJournal
{
    explicit BrokenJournal(TestShop &shop)
        : chain(shop.db(), signer, shop.clock), events(shop.db(), shop.clock, shop.uuids, chain)
    { }
    FailingSigner signer;
    FiscalChain chain;
    EventJournal events;
};

// Newest first; without the staff_changed events of the operators a test adds (their own test:
// tests/models/staff/tst_staffchanges.cpp).
QList<Event> allEvents(TestShop &shop)
{
    auto recent = shop.events.recent(1000);
    QList<Event> events;
    for (const Event &event : recent ? recent.value() : QList<Event> {}) {
        if (event.kind != EventKind::StaffChanged)
            events << event;
    }
    return events;
}

// Every stored event's detail, as text (to look for what must never be there).
QString storedDetails(const Database &db)
{
    QString all;
    auto q = db.query(QStringLiteral("SELECT detail FROM events ORDER BY id"));
    while (q && q.value().next())
        all += q.value().value(0).toString() + QLatin1Char('\n');
    return all;
}

bool storePublicKey(TestShop &shop)
{
    return shop.db()
        .setMeta(QLatin1String(RegisterPublicKeyMeta),
                 QString::fromLatin1(shop.signer.publicKey().toBase64()))
        .ok();
}

// verifyJournal's verdict, "ok" or the first problem (QCOMPARE-able).
QString verdict(TestShop &shop)
{
    auto report = verifyJournal(shop.db(), shop.signer.publicKey());
    if (!report)
        return QStringLiteral("cannot read: ") + report.error().detail;
    return report->ok ? QStringLiteral("ok") : report->firstBroken + QLatin1Char(' ') + report->problem;
}

// The last link of the chain is this event's.
bool lastLinkIsEvent(TestShop &shop, qint64 eventId)
{
    auto last = shop.chain.last();
    return last && last.value() && last.value()->type == FiscalRecordType::Event
        && last.value()->recordId == eventId;
}

} // namespace

class TestLiveEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPinIsJournalled();
    void refusalsWhileLockedAreJournalled();
    void managerOverrideRefusalsAreJournalled();
    void rightPinJournalsNothing();
    void lockoutNotStoredWhenTheEventCannotBeSigned();
    void cancelledTicketIsJournalled();
    void cancelNotStoredWhenTheEventCannotBeSigned();
    void dayClosureIsJournalled();
    void closureNotStoredWhenItsEventCannotBeSigned();
    void vatRateChangeIsJournalled();
    void vatRateChangeNotStoredWhenTheEventCannotBeSigned();
    void settingsChangesAreJournalled();
};

void TestLiveEvents::wrongPinIsJournalled()
{
    TestShop shop;
    QVERIFY(storePublicKey(shop));
    Operators operators(shop.db(), shop.clock, shop.events, FastIterations);
    auto anne = operators.add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(anne.ok());
    QCOMPARE(allEvents(shop).size(), 0); // adding an operator is a staff_changed event only

    QCOMPARE(operators.verify(*anne, QStringLiteral("98765")).error().code, ErrorCode::WrongPin);
    const auto events = allEvents(shop);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, EventKind::FailedLogin);
    QCOMPARE(events.at(0).operatorId.value_or(-1), *anne);
    QCOMPARE(events.at(0).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong-pin"));
    QCOMPARE(events.at(0).detail.value(QStringLiteral("attempt")).toInt(), 1);
    QCOMPARE(events.at(0).detail.size(), 2);
    QVERIFY(!storedDetails(shop.db()).contains(QStringLiteral("98765")));
    QVERIFY(lastLinkIsEvent(shop, events.at(0).id));
    QCOMPARE(verdict(shop), QStringLiteral("ok"));
}

void TestLiveEvents::refusalsWhileLockedAreJournalled()
{
    TestShop shop;
    QVERIFY(storePublicKey(shop));
    Operators operators(shop.db(), shop.clock, shop.events, FastIterations);
    auto anne = operators.add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(anne.ok());
    const QStringList wrong = {QStringLiteral("1111"), QStringLiteral("2222"), QStringLiteral("3333"),
                               QStringLiteral("5555"), QStringLiteral("6666")};
    for (const QString &pin : wrong)
        (void)operators.verify(*anne, pin);
    // Locked now: even the right PIN is refused, and that refusal is journalled too.
    QCOMPARE(operators.verify(*anne, QStringLiteral("4321")).error().code, ErrorCode::OperatorLocked);

    auto events = allEvents(shop);
    QCOMPARE(events.size(), 6);
    std::reverse(events.begin(), events.end()); // oldest first
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(events.at(i).kind, EventKind::FailedLogin);
        QCOMPARE(events.at(i).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong-pin"));
        QCOMPARE(events.at(i).detail.value(QStringLiteral("attempt")).toInt(), i + 1);
    }
    QCOMPARE(events.at(5).kind, EventKind::FailedLogin);
    QCOMPARE(events.at(5).operatorId.value_or(-1), *anne);
    QCOMPARE(events.at(5).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    QCOMPARE(events.at(5).detail.value(QStringLiteral("attempt")).toInt(), 5);
    const QString details = storedDetails(shop.db());
    for (const QString &pin : wrong)
        QVERIFY2(!details.contains(pin), qPrintable(details));
    QVERIFY(!details.contains(QStringLiteral("4321")));
    QCOMPARE(verdict(shop), QStringLiteral("ok"));
}

void TestLiveEvents::managerOverrideRefusalsAreJournalled()
{
    TestShop shop;
    QVERIFY(storePublicKey(shop));
    Operators operators(shop.db(), shop.clock, shop.events, FastIterations);
    QVERIFY(operators.add(QStringLiteral("Marc"), OperatorRole::Manager, QStringLiteral("2468")).ok());
    for (int i = 0; i < Operators::MaxFailedAttempts; ++i)
        (void)operators.verifyManager(QStringLiteral("1357"));
    QCOMPARE(operators.verifyManager(QStringLiteral("2468")).error().code, ErrorCode::OperatorLocked);

    auto events = allEvents(shop);
    QCOMPARE(events.size(), Operators::MaxFailedAttempts + 1);
    std::reverse(events.begin(), events.end());
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).kind, EventKind::FailedLogin);
        QVERIFY(!events.at(i).operatorId.has_value()); // nobody to charge an override prompt to
        QCOMPARE(events.at(i).detail.value(QStringLiteral("prompt")).toString(),
                 QStringLiteral("manager-override"));
    }
    QCOMPARE(events.at(0).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong-pin"));
    QCOMPARE(events.at(4).detail.value(QStringLiteral("attempt")).toInt(), 5);
    QCOMPARE(events.at(5).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    const QString details = storedDetails(shop.db());
    QVERIFY(!details.contains(QStringLiteral("1357")));
    QVERIFY(!details.contains(QStringLiteral("2468")));
    QCOMPARE(verdict(shop), QStringLiteral("ok"));
}

void TestLiveEvents::rightPinJournalsNothing()
{
    TestShop shop;
    Operators operators(shop.db(), shop.clock, shop.events, FastIterations);
    auto anne = operators.add(QStringLiteral("Anne"), OperatorRole::Manager, QStringLiteral("4321"));
    QVERIFY(anne.ok());
    QVERIFY(operators.verify(*anne, QStringLiteral("4321")).ok());
    QVERIFY(operators.verifyManager(QStringLiteral("4321")).ok());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 1); // the staff_changed of the add; the
                                                             // sign-in event is the window's
}

void TestLiveEvents::lockoutNotStoredWhenTheEventCannotBeSigned()
{
    TestShop shop;
    BrokenJournal broken(shop);
    // Added while the key could sign (one staff_changed event, one link).
    auto anne = Operators(shop.db(), shop.clock, shop.events, FastIterations)
                    .add(QStringLiteral("Anne"), OperatorRole::Manager, QStringLiteral("4321"));
    QVERIFY(anne.ok());
    Operators operators(shop.db(), shop.clock, broken.events, FastIterations);

    QCOMPARE(operators.verify(*anne, QStringLiteral("1111")).error().code, ErrorCode::CryptoFailed);
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"), {*anne})
                 .toInt(),
             0);
    QCOMPARE(operators.verifyManager(QStringLiteral("1111")).error().code, ErrorCode::CryptoFailed);
    QCOMPARE(shop.db().meta(QStringLiteral("manager_pin_failed_attempts")).value(), QString());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 1);
    QCOMPARE(count(shop.db(), QStringLiteral("fiscal_chain")), 1);
    QCOMPARE(shop.db().transactionDepth(), 0);

    // With the register's key the same wrong PIN counts, and is journalled.
    Operators good(shop.db(), shop.clock, shop.events, FastIterations);
    QCOMPARE(good.verify(*anne, QStringLiteral("1111")).error().code, ErrorCode::WrongPin);
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"), {*anne})
                 .toInt(),
             1);
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 2);
}

void TestLiveEvents::cancelledTicketIsJournalled()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    QVERIFY(storePublicKey(s.shop));
    QVERIFY(s.drafts.cancel(s.threeLines()).ok());

    const auto events = allEvents(s.shop);
    QCOMPARE(events.size(), 1);
    const Event &event = events.at(0);
    QCOMPARE(event.kind, EventKind::TicketCancelled);
    QCOMPARE(event.operatorId.value_or(-1), s.operatorId);
    QCOMPARE(event.detail.value(QStringLiteral("line_count")).toInt(), 3);
    QCOMPARE(event.detail.value(QStringLiteral("total_cents")).toInteger(), 2818);
    QCOMPARE(event.detail.value(QStringLiteral("cancelled_uuid")).toString(),
             scalar(s.shop.db(), QStringLiteral("SELECT uuid FROM cancelled_tickets")).toString());
    QVERIFY(!storedDetails(s.shop.db()).contains(QStringLiteral("Camille"))); // no name
    QVERIFY(lastLinkIsEvent(s.shop, event.id));
    QCOMPARE(verdict(s.shop), QStringLiteral("ok"));
}

void TestLiveEvents::cancelNotStoredWhenTheEventCannotBeSigned()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    FailingSigner failing;
    FiscalChain brokenChain(s.shop.db(), failing, s.shop.clock);
    TicketDrafts drafts(s.shop.db(), s.shop.clock, s.shop.uuids, brokenChain);
    const QStringList before = snapshot(s.shop.db());
    const Status cancelled = drafts.cancel(s.threeLines());
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(snapshot(s.shop.db()), before); // no cancelled ticket
    QCOMPARE(count(s.shop.db(), QStringLiteral("events")), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 0);
    QCOMPARE(s.shop.db().transactionDepth(), 0);
}

void TestLiveEvents::dayClosureIsJournalled()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    QVERIFY(storePublicKey(s.shop));
    QVERIFY(s.journal.commitSale(s.threeLines()).ok());
    auto closure = s.closing->close(day(27), s.operatorId, 0, 2818);
    QVERIFY(closure.ok());

    const auto events = allEvents(s.shop);
    QCOMPARE(events.size(), 1);
    const Event &event = events.at(0);
    QCOMPARE(event.kind, EventKind::DayClosed);
    QCOMPARE(event.operatorId.value_or(-1), s.operatorId);
    QCOMPARE(event.detail.value(QStringLiteral("closure_number")).toInteger(), 1);
    QCOMPARE(event.detail.value(QStringLiteral("business_day")).toString(), day(27));
    QCOMPARE(event.detail.value(QStringLiteral("total_cents")).toInteger(), 2818);
    // Linked right after its closure.
    auto closureLink = s.shop.chain.link(FiscalRecordType::Closure, closure->id);
    auto eventLink = s.shop.chain.link(FiscalRecordType::Event, event.id);
    QVERIFY(closureLink.ok() && eventLink.ok());
    QCOMPARE(eventLink->seq, closureLink->seq + 1);
    QCOMPARE(verdict(s.shop), QStringLiteral("ok"));
}

void TestLiveEvents::closureNotStoredWhenItsEventCannotBeSigned()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    QVERIFY(s.journal.commitSale(s.threeLines()).ok());
    CountdownSigner oneMore(1); // the closure's link is signed, its event's is not
    FiscalChain chain(s.shop.db(), oneMore, s.shop.clock);
    DayClosing closing(s.shop.db(), s.shop.clock, s.shop.uuids, chain);
    const QStringList before = s.closureCounts();
    auto closed = closing.close(day(27), s.operatorId, 0, 2818);
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(s.closureCounts(), before);
    QCOMPARE(count(s.shop.db(), QStringLiteral("closures")), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("events")), 0);
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), 1); // the sale's
    QCOMPARE(s.shop.db().transactionDepth(), 0);
    // The day is still open: with the register's key it closes.
    QVERIFY(s.closing->close(day(27), s.operatorId, 0, 2818).ok());
    QCOMPARE(count(s.shop.db(), QStringLiteral("events")), 1);
}

void TestLiveEvents::vatRateChangeIsJournalled()
{
    TestShop shop;
    QVERIFY(storePublicKey(shop));
    ProductFields product;
    product.name = QStringLiteral("Confiture de figues");
    product.vatRateBp = 2000;
    VariantFields variant;
    variant.priceCents = 590;
    auto created = shop.catalogue.createProduct(product, variant);
    QVERIFY(created.ok());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 0);

    // A new name, the same rate: no event.
    product.name = QStringLiteral("Confiture de figues bio");
    QVERIFY(shop.catalogue.updateProduct(created->productId, product).ok());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 0);

    product.vatRateBp = 550;
    QVERIFY(shop.catalogue.updateProduct(created->productId, product).ok());
    const auto events = allEvents(shop);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, EventKind::VatRateChanged);
    QVERIFY(!events.at(0).operatorId.has_value());
    QCOMPARE(events.at(0).detail.value(QStringLiteral("product_uuid")).toString(),
             shop.catalogue.product(created->productId)->uuid);
    QCOMPARE(events.at(0).detail.value(QStringLiteral("from_bp")).toInt(), 2000);
    QCOMPARE(events.at(0).detail.value(QStringLiteral("to_bp")).toInt(), 550);
    QVERIFY(lastLinkIsEvent(shop, events.at(0).id));

    // Saving again at the new rate: still one.
    QVERIFY(shop.catalogue.updateProduct(created->productId, product).ok());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 1);
    QCOMPARE(verdict(shop), QStringLiteral("ok"));
}

void TestLiveEvents::vatRateChangeNotStoredWhenTheEventCannotBeSigned()
{
    TestShop shop;
    ProductFields product;
    product.name = QStringLiteral("Cidre");
    product.vatRateBp = 2000;
    VariantFields variant;
    variant.priceCents = 450;
    auto created = shop.catalogue.createProduct(product, variant);
    QVERIFY(created.ok());

    BrokenJournal broken(shop);
    Catalogue catalogue(shop.db(), shop.clock, shop.uuids, broken.events);
    product.name = QStringLiteral("Cidre brut");
    product.vatRateBp = 1000;
    const Status updated = catalogue.updateProduct(created->productId, product);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::CryptoFailed);
    auto stored = shop.catalogue.product(created->productId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->fields.vatRateBp, 2000);
    QCOMPARE(stored->fields.name, QStringLiteral("Cidre")); // the whole update is undone
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 0);
    QCOMPARE(count(shop.db(), QStringLiteral("fiscal_chain")), 0);
    QCOMPARE(shop.db().transactionDepth(), 0);
}

void TestLiveEvents::settingsChangesAreJournalled()
{
    TestShop shop;
    QVERIFY(storePublicKey(shop));
    ShopSettings settings(shop.db(), shop.events);
    TillSettings till;
    till.discountThresholdBp = 1500;
    till.cashFloatCents = 12345;
    QVERIFY(settings.setTill(till).ok());
    auto events = allEvents(shop);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, EventKind::SettingsChanged);
    QCOMPARE(
        events.at(0).detail.value(QStringLiteral("keys")).toArray(),
        QJsonArray({QStringLiteral("till_discount_threshold_bp"), QStringLiteral("till_cash_float_cents")}));
    QVERIFY(!storedDetails(shop.db()).contains(QStringLiteral("12345"))); // keys, never values

    // Saving the same values changes nothing: no event. One value changed: that key only.
    QVERIFY(settings.setTill(till).ok());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 1);
    till.cashFloatCents = 5000;
    QVERIFY(settings.setTill(till).ok());
    events = allEvents(shop);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).detail.value(QStringLiteral("keys")).toArray(),
             QJsonArray({QStringLiteral("till_cash_float_cents")}));

    // Refused when the event cannot be signed: the value stays.
    BrokenJournal broken(shop);
    ShopSettings brokenSettings(shop.db(), broken.events);
    till.cashFloatCents = 7000;
    QCOMPARE(brokenSettings.setTill(till).error().code, ErrorCode::CryptoFailed);
    QCOMPARE(settings.till()->cashFloatCents, 5000);

    // Settings made without a journal (tools, older tests) record nothing.
    ShopSettings plain(shop.db());
    till.cashFloatCents = 6000;
    QVERIFY(plain.setTill(till).ok());
    QCOMPARE(count(shop.db(), QStringLiteral("events")), 2);
    QCOMPARE(verdict(shop), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestLiveEvents)
#include "tst_liveevents.moc"
