// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QTest>

#include <memory>

using namespace comptoir;

namespace {

constexpr int FastIterations = 64;

struct LockState
{
    int failedAttempts = -1;
    QString lockedUntil;
    bool lockedUntilIsNull = false;
};

LockState lockState(const Database &db, qint64 id)
{
    LockState state;
    auto q
        = db.query(QStringLiteral("SELECT failed_attempts, locked_until FROM operators WHERE id = ?"), {id});
    if (!q || !q.value().next())
        return state;
    state.failedAttempts = q.value().value(0).toInt();
    state.lockedUntil = q.value().value(1).toString();
    state.lockedUntilIsNull = q.value().value(1).isNull();
    return state;
}

ErrorCode codeOf(const Result<OperatorInfo> &result)
{
    return result.ok() ? ErrorCode::None : result.error().code;
}

} // namespace

// Repeated wrong PINs lock an operator (or the manager override prompt) out for a while; the
// counts live in the database (migration 0003) and the fake clock moves time on.
class TestOperatorLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lockoutAfterRepeatedWrongPins();
    void rightPinResetsTheCount();
    void lockoutDoublesAndChangePinClearsIt();
    void lockoutSurvivesReopen();
    void lockIgnoredWhenTheClockWasSetBack();
    void managerOverrideLockout();

private:
    std::unique_ptr<TempDatabase> m_temp;
    FakeClock m_clock;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Operators> m_operators;
};

void TestOperatorLockout::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_journal = std::make_unique<TestJournal>(m_temp->db(), m_clock);
    m_operators = std::make_unique<Operators>(m_temp->db(), m_clock, m_journal->events, FastIterations);
}

void TestOperatorLockout::cleanup()
{
    m_operators.reset();
    m_journal.reset();
    m_temp.reset();
}

void TestOperatorLockout::lockoutAfterRepeatedWrongPins()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    for (int i = 1; i < Operators::MaxFailedAttempts; ++i) {
        QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("0000"))), ErrorCode::WrongPin);
        QCOMPARE(lockState(m_temp->db(), *id).failedAttempts, i);
        QVERIFY(lockState(m_temp->db(), *id).lockedUntilIsNull);
    }
    auto locking = m_operators->verify(*id, QStringLiteral("0000"));
    QCOMPARE(codeOf(locking), ErrorCode::OperatorLocked);
    QCOMPARE(locking.error().subject, QStringLiteral("Anne"));
    QCOMPARE(lockState(m_temp->db(), *id).failedAttempts, Operators::MaxFailedAttempts);
    QCOMPARE(lockState(m_temp->db(), *id).lockedUntil, QStringLiteral("2026-11-27T09:01:00.000Z"));

    // Even the right PIN is refused while locked, and does not count as a failure.
    QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("4321"))), ErrorCode::OperatorLocked);
    m_clock.advance(59 * 1000);
    QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("4321"))), ErrorCode::OperatorLocked);
    QCOMPARE(lockState(m_temp->db(), *id).failedAttempts, Operators::MaxFailedAttempts);

    m_clock.advance(2 * 1000);
    QVERIFY(m_operators->verify(*id, QStringLiteral("4321")).ok());
    QCOMPARE(lockState(m_temp->db(), *id).failedAttempts, 0);
    QVERIFY(lockState(m_temp->db(), *id).lockedUntilIsNull);

    // Someone else is not affected.
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222"));
    QVERIFY(karim.ok());
    QCOMPARE(lockState(m_temp->db(), *karim).failedAttempts, 0);
}

void TestOperatorLockout::rightPinResetsTheCount()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    for (int i = 1; i < Operators::MaxFailedAttempts; ++i)
        QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("0000"))), ErrorCode::WrongPin);
    QVERIFY(m_operators->verify(*id, QStringLiteral("4321")).ok());
    QCOMPARE(lockState(m_temp->db(), *id).failedAttempts, 0);
    for (int i = 1; i < Operators::MaxFailedAttempts; ++i)
        QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("0000"))), ErrorCode::WrongPin);
    QVERIFY(m_operators->verify(*id, QStringLiteral("4321")).ok());
}

void TestOperatorLockout::lockoutDoublesAndChangePinClearsIt()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    for (int i = 0; i < Operators::MaxFailedAttempts; ++i)
        (void)m_operators->verify(*id, QStringLiteral("0000"));
    m_clock.advance(61 * 1000);
    // One more wrong PIN after the first lock: locked again, twice as long.
    QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("0000"))), ErrorCode::OperatorLocked);
    QCOMPARE(lockState(m_temp->db(), *id).lockedUntil, QStringLiteral("2026-11-27T09:03:01.000Z"));
    m_clock.advance(119 * 1000);
    QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("4321"))), ErrorCode::OperatorLocked);

    // A manager sets a new PIN: the lock is gone at once.
    QVERIFY(m_operators->changePin(*id, QStringLiteral("5678")).ok());
    QCOMPARE(lockState(m_temp->db(), *id).failedAttempts, 0);
    QVERIFY(lockState(m_temp->db(), *id).lockedUntilIsNull);
    QVERIFY(m_operators->verify(*id, QStringLiteral("5678")).ok());
}

void TestOperatorLockout::lockoutSurvivesReopen()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    for (int i = 0; i < Operators::MaxFailedAttempts; ++i)
        (void)m_operators->verify(*id, QStringLiteral("0000"));
    m_operators.reset();
    m_journal.reset();
    QVERIFY(m_temp->reopen());
    TestJournal journal(m_temp->db(), m_clock);
    Operators reopened(m_temp->db(), m_clock, journal.events, FastIterations);
    QCOMPARE(codeOf(reopened.verify(*id, QStringLiteral("4321"))), ErrorCode::OperatorLocked);
}

void TestOperatorLockout::lockIgnoredWhenTheClockWasSetBack()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    for (int i = 0; i < Operators::MaxFailedAttempts; ++i)
        (void)m_operators->verify(*id, QStringLiteral("0000"));
    QCOMPARE(codeOf(m_operators->verify(*id, QStringLiteral("4321"))), ErrorCode::OperatorLocked);
    m_clock.advance(-24 * 3600 * 1000); // a lock ending a day from "now" cannot be one of ours
    QVERIFY(m_operators->verify(*id, QStringLiteral("4321")).ok());
}

void TestOperatorLockout::managerOverrideLockout()
{
    QVERIFY(m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111")).ok());
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222"));
    QVERIFY(karim.ok());
    for (int i = 1; i < Operators::MaxFailedAttempts; ++i)
        QCOMPARE(codeOf(m_operators->verifyManager(QStringLiteral("1111"))), ErrorCode::NotAManager);
    QCOMPARE(codeOf(m_operators->verifyManager(QStringLiteral("1111"))), ErrorCode::OperatorLocked);
    QCOMPARE(codeOf(m_operators->verifyManager(QStringLiteral("2222"))), ErrorCode::OperatorLocked);
    // Karim's own login is not locked: only the override prompt is.
    QVERIFY(m_operators->verify(*karim, QStringLiteral("2222")).ok());

    m_clock.advance(61 * 1000);
    auto result = m_operators->verifyManager(QStringLiteral("2222"));
    QVERIFY(result.ok());
    QCOMPARE(result->id, *karim);
    QCOMPARE(m_temp->db().meta(QStringLiteral("manager_pin_failed_attempts")).value(), QStringLiteral("0"));
    QCOMPARE(codeOf(m_operators->verifyManager(QStringLiteral("1111"))), ErrorCode::NotAManager);
}

QTEST_GUILESS_MAIN(TestOperatorLockout)
#include "tst_operatorlockout.moc"
