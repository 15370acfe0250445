// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: every change to the staff (a person added, a PIN changed or reset, a person
// deactivated or reactivated) is one technical-journal event, staff_changed, written in the same
// transaction as the change; a refusal, or an event that cannot be signed, changes nothing.
#include "fakeclock.h"
#include "fixtures.h"
#include "models/archive/journalverifier.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/fiscal/signer.h"
#include "models/staff/operators.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "tempdatabase.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace comptoir;

namespace {

constexpr int FastIterations = 64;

// A signer that always fails, as a key the keychain no longer gives would.
class FailingSigner final : public Signer
{
public:
    QByteArray publicKey() const override { return QByteArray(32, '\x01'); }
    Result<QByteArray> sign(const QByteArray &) const override
    {
        return makeError(ErrorCode::CryptoFailed, {}, QStringLiteral("test signer"));
    }
};

// Every row of the tables a staff change may touch, as text: "nothing changed" is equality.
QStringList snapshot(const Database &db)
{
    QStringList rows;
    for (const char *table : {"operators", "events", "fiscal_chain"}) {
        auto q = db.query(QStringLiteral("SELECT * FROM ") + QLatin1String(table)
                          + QStringLiteral(" ORDER BY 1"));
        while (q && q.value().next()) {
            QStringList values;
            const int columns = q.value().record().count();
            for (int i = 0; i < columns; ++i)
                values << q.value().value(i).toString();
            rows << QLatin1String(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QList<Event> staffEvents(EventJournal &events)
{
    QList<Event> found;
    auto recent = events.recent(1000);
    if (!recent)
        return found;
    for (const Event &event : recent.value()) {
        if (event.kind == EventKind::StaffChanged)
            found.prepend(event); // oldest first
    }
    return found;
}

QString detailText(const Database &db)
{
    QString all;
    auto q = db.query(QStringLiteral("SELECT detail FROM events ORDER BY id"));
    while (q && q.value().next())
        all += q.value().value(0).toString() + QLatin1Char('\n');
    return all;
}

} // namespace

class TestStaffChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachChangeIsOneEvent();
    void eventsHoldNoNameNorPin();
    void refusalsChangeNothing();
    void onlyAManagerActs();
    void unsignableChangeChangesNothing();
    void journalStaysIntact();
    void kindKeyRoundTrips();

private:
    std::unique_ptr<TempDatabase> m_temp;
    FakeClock m_clock;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Operators> m_operators;
    qint64 m_manager = 0;
};

void TestStaffChanges::init()
{
    m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_journal = std::make_unique<TestJournal>(m_temp->db(), m_clock);
    m_operators = std::make_unique<Operators>(m_temp->db(), m_clock, m_journal->events, FastIterations);
    auto manager = m_operators->add(QStringLiteral("Nadia"), OperatorRole::Manager, QStringLiteral("2468"));
    QVERIFY(manager.ok());
    m_manager = *manager;
}

void TestStaffChanges::cleanup()
{
    m_operators.reset();
    m_journal.reset();
    m_temp.reset();
}

void TestStaffChanges::eachChangeIsOneEvent()
{
    // The first manager: nobody could sign in yet, so no actor.
    QList<Event> events = staffEvents(m_journal->events);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].detail.value(QStringLiteral("action")).toString(), QStringLiteral("added"));
    QCOMPARE(events[0].detail.value(QStringLiteral("operator_id")).toInteger(), m_manager);
    QCOMPARE(events[0].detail.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QVERIFY(events[0].detail.value(QStringLiteral("by")).isNull());
    QVERIFY(!events[0].operatorId.has_value());

    auto anne
        = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"), m_manager);
    QVERIFY(anne.ok());
    QVERIFY(m_operators->changePin(*anne, QStringLiteral("2222"), m_manager).ok()); // reset by a manager
    QVERIFY(m_operators->changePin(m_manager, QStringLiteral("3579"), m_manager).ok()); // her own
    QVERIFY(m_operators->setActive(*anne, false, m_manager).ok());
    QVERIFY(m_operators->setActive(*anne, false, m_manager).ok()); // already so: nothing to journal
    QVERIFY(m_operators->setActive(*anne, true, m_manager).ok());

    events = staffEvents(m_journal->events);
    QCOMPARE(events.size(), 6);
    const QStringList actions {QStringLiteral("added"),       QStringLiteral("added"),
                               QStringLiteral("pin_reset"),   QStringLiteral("pin_changed"),
                               QStringLiteral("deactivated"), QStringLiteral("reactivated")};
    const QList<qint64> subjects {m_manager, *anne, *anne, m_manager, *anne, *anne};
    for (int i = 1; i < events.size(); ++i) {
        QCOMPARE(events[i].detail.value(QStringLiteral("action")).toString(), actions[i]);
        QCOMPARE(events[i].detail.value(QStringLiteral("operator_id")).toInteger(), subjects[i]);
        QCOMPARE(events[i].detail.value(QStringLiteral("by")).toInteger(), m_manager);
        QCOMPARE(events[i].operatorId, std::optional<qint64>(m_manager));
        QCOMPARE(events[i].detail.value(QStringLiteral("role")).toString(),
                 subjects[i] == m_manager ? QStringLiteral("manager") : QStringLiteral("cashier"));
    }
    // Each event is a link of the fiscal chain.
    auto q = m_temp->db().query(QStringLiteral("SELECT count(*) FROM fiscal_chain c JOIN events e ON "
                                               "c.record_type = 'event' AND c.record_id = e.id WHERE "
                                               "e.kind = 'staff_changed'"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 6);
}

void TestStaffChanges::eventsHoldNoNameNorPin()
{
    QVERIFY(m_operators
                ->add(QStringLiteral("Zoé Martin"), OperatorRole::Cashier, QStringLiteral("8642"), m_manager)
                .ok());
    QVERIFY(m_operators->changePin(m_manager, QStringLiteral("97531"), m_manager).ok());
    const QString details = detailText(m_temp->db());
    QVERIFY(details.contains(QStringLiteral("\"action\":\"added\"")));
    for (const QString &secret : {QStringLiteral("Zoé"), QStringLiteral("Nadia"), QStringLiteral("8642"),
                                  QStringLiteral("97531"), QStringLiteral("2468"), QStringLiteral("pbkdf2")})
        QVERIFY2(!details.contains(secret), qPrintable(secret));
}

void TestStaffChanges::refusalsChangeNothing()
{
    auto anne
        = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"), m_manager);
    QVERIFY(anne.ok());
    const QStringList before = snapshot(m_temp->db());

    auto duplicate
        = m_operators->add(QStringLiteral("anne"), OperatorRole::Cashier, QStringLiteral("1234"), m_manager);
    QCOMPARE(duplicate.error().code, ErrorCode::DuplicateOperator);
    QCOMPARE(
        m_operators->add(QString(), OperatorRole::Cashier, QStringLiteral("1234"), m_manager).error().code,
        ErrorCode::EmptyName);
    QCOMPARE(m_operators->add(QStringLiteral("Paul"), OperatorRole::Cashier, QStringLiteral("12"), m_manager)
                 .error()
                 .code,
             ErrorCode::InvalidPin);
    QCOMPARE(m_operators->changePin(*anne, QStringLiteral("12a4"), m_manager).error().code,
             ErrorCode::InvalidPin);
    QCOMPARE(m_operators->changePin(9999, QStringLiteral("1234"), m_manager).error().code,
             ErrorCode::NotFound);
    // The last active manager stays.
    QCOMPARE(m_operators->setActive(m_manager, false, m_manager).error().code, ErrorCode::LastManager);

    QCOMPARE(snapshot(m_temp->db()), before);
    QCOMPARE(m_temp->db().transactionDepth(), 0);
}

void TestStaffChanges::onlyAManagerActs()
{
    auto anne
        = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"), m_manager);
    auto bruno
        = m_operators->add(QStringLiteral("Bruno"), OperatorRole::Cashier, QStringLiteral("3333"), m_manager);
    QVERIFY(anne.ok() && bruno.ok());
    const QStringList before = snapshot(m_temp->db());
    // A cashier adds no one, resets no one's PIN, deactivates no one.
    QCOMPARE(m_operators->add(QStringLiteral("Chloé"), OperatorRole::Cashier, QStringLiteral("1234"), *anne)
                 .error()
                 .code,
             ErrorCode::NotAManager);
    QCOMPARE(m_operators->changePin(*bruno, QStringLiteral("1234"), *anne).error().code,
             ErrorCode::NotAManager);
    QCOMPARE(m_operators->setActive(*bruno, false, *anne).error().code, ErrorCode::NotAManager);
    QCOMPARE(m_operators->setActive(*bruno, false, 4242).error().code, ErrorCode::NotAManager);
    QCOMPARE(snapshot(m_temp->db()), before);

    // A deactivated manager no longer acts.
    auto other
        = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("5555"), m_manager);
    QVERIFY(other.ok());
    QVERIFY(m_operators->setActive(*other, false, m_manager).ok());
    QCOMPARE(m_operators->setActive(*bruno, false, *other).error().code, ErrorCode::NotAManager);
    // A cashier may change their own PIN.
    QVERIFY(m_operators->changePin(*anne, QStringLiteral("7777"), *anne).ok());
    QCOMPARE(staffEvents(m_journal->events).last().detail.value(QStringLiteral("action")).toString(),
             QStringLiteral("pin_changed"));
}

void TestStaffChanges::unsignableChangeChangesNothing()
{
    auto anne
        = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"), m_manager);
    QVERIFY(anne.ok());
    // The same database, journalled through a chain whose signatures fail (a key that cannot sign).
    FailingSigner failing;
    UuidV7Generator uuids(m_clock);
    FiscalChain chain(m_temp->db(), failing, m_clock);
    EventJournal events(m_temp->db(), m_clock, uuids, chain);
    Operators broken(m_temp->db(), m_clock, events, FastIterations);
    const QStringList before = snapshot(m_temp->db());

    QCOMPARE(broken.add(QStringLiteral("Paul"), OperatorRole::Cashier, QStringLiteral("1234"), m_manager)
                 .error()
                 .code,
             ErrorCode::CryptoFailed);
    QCOMPARE(broken.changePin(*anne, QStringLiteral("9999"), m_manager).error().code,
             ErrorCode::CryptoFailed);
    QCOMPARE(broken.setActive(*anne, false, m_manager).error().code, ErrorCode::CryptoFailed);

    QCOMPARE(snapshot(m_temp->db()), before);
    QCOMPARE(m_temp->db().transactionDepth(), 0);
    auto verified = m_operators->verify(*anne, QStringLiteral("1111")); // the old PIN still
    QVERIFY(verified.ok());
    QVERIFY(verified->active);
}

void TestStaffChanges::journalStaysIntact()
{
    QVERIFY(m_temp->db()
                .setMeta(QLatin1String(RegisterPublicKeyMeta),
                         QString::fromLatin1(m_journal->signer.publicKey().toBase64()))
                .ok());
    auto anne
        = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"), m_manager);
    QVERIFY(anne.ok());
    QVERIFY(m_operators->changePin(*anne, QStringLiteral("2222"), m_manager).ok());
    QVERIFY(m_operators->setActive(*anne, false, m_manager).ok());
    auto report = verifyJournal(m_temp->db(), m_journal->signer.publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->state == VerifyState::Intact,
             qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
    QCOMPARE(report->events, 4);
}

void TestStaffChanges::kindKeyRoundTrips()
{
    QCOMPARE(eventKindKey(EventKind::StaffChanged), QStringLiteral("staff_changed"));
    QCOMPARE(eventKindFromKey(QStringLiteral("staff_changed")), std::optional(EventKind::StaffChanged));
}

QTEST_GUILESS_MAIN(TestStaffChanges)
#include "tst_staffchanges.moc"
