// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/staff/pinhash.h"
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace comptoir;

namespace {

constexpr int FastIterations = 64; // keeps the test quick; verify() reads the cost from the hash

QString storedHash(const Database &db, qint64 id)
{
    auto q = db.query(QStringLiteral("SELECT pin_hash FROM operators WHERE id = ?"), {id});
    if (!q || !q.value().next())
        return {};
    return q.value().value(0).toString();
}

qint64 operatorCount(const Database &db)
{
    auto q = db.query(QStringLiteral("SELECT count(*) FROM operators"));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

} // namespace

Q_DECLARE_METATYPE(comptoir::ErrorCode)

// Cashiers and managers with their PINs, on a real SQLite file migrated by Database::open.
class TestOperators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addStoresASaltedHash();
    void addRefuses_data();
    void addRefuses();
    void pinRule_data();
    void pinRule();
    void verifyRightAndWrongPin();
    void verifyUnknownOperator();
    void inactiveOperatorCannotVerify();
    void managerOverride();
    void cashierPinIsNotAManagersPin();
    void inactiveManagerCannotOverride();
    void changePin();
    void lastManagerStaysActive();
    void listsEveryoneByName();
    void survivesReopen();

private:
    std::unique_ptr<TempDatabase> m_temp;
    FakeClock m_clock;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Operators> m_operators;
};

void TestOperators::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_journal = std::make_unique<TestJournal>(m_temp->db(), m_clock);
    m_operators = std::make_unique<Operators>(m_temp->db(), m_clock, m_journal->events, FastIterations);
}

void TestOperators::cleanup()
{
    m_operators.reset();
    m_journal.reset();
    m_temp.reset();
}

void TestOperators::addStoresASaltedHash()
{
    auto id = m_operators->add(QStringLiteral("  Élodie  "), OperatorRole::Cashier, QStringLiteral("2580"));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    auto q
        = m_temp->db().query(QStringLiteral("SELECT name, role, pin_hash, active, created_at FROM operators "
                                            "WHERE id = ?"),
                             {*id});
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("Élodie"));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("cashier"));
    const QString hash = q.value().value(2).toString();
    QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$64$")));
    QVERIFY(PinHash::isWellFormed(hash));
    QVERIFY(!hash.contains(QStringLiteral("2580")));
    QVERIFY(PinHash::verify(QStringLiteral("2580"), hash));
    QCOMPARE(q.value().value(3).toInt(), 1);
    QCOMPARE(q.value().value(4).toString(), QStringLiteral("2026-11-27T09:00:00.000Z"));

    // The same PIN for someone else: another salt, another hash.
    auto other = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2580"));
    QVERIFY(other.ok());
    QVERIFY(storedHash(m_temp->db(), *other) != hash);
}

void TestOperators::addRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("empty name") << QString() << QStringLiteral("1234") << ErrorCode::EmptyName;
    QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("1234") << ErrorCode::EmptyName;
    QTest::newRow("duplicate") << QStringLiteral("Anne") << QStringLiteral("1234")
                               << ErrorCode::DuplicateOperator;
    QTest::newRow("duplicate, other case")
        << QStringLiteral("aNNE") << QStringLiteral("1234") << ErrorCode::DuplicateOperator;
    QTest::newRow("duplicate, accented case")
        << QStringLiteral("ÉLODIE") << QStringLiteral("1234") << ErrorCode::DuplicateOperator;
    QTest::newRow("short PIN") << QStringLiteral("Paul") << QStringLiteral("123") << ErrorCode::InvalidPin;
    QTest::newRow("long PIN") << QStringLiteral("Paul") << QStringLiteral("123456789")
                              << ErrorCode::InvalidPin;
    QTest::newRow("letters") << QStringLiteral("Paul") << QStringLiteral("12a4") << ErrorCode::InvalidPin;
}

void TestOperators::addRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, pin);
    QFETCH(ErrorCode, expected);
    QVERIFY(m_operators->add(QStringLiteral("Anne"), OperatorRole::Manager, QStringLiteral("1111")).ok());
    QVERIFY(m_operators->add(QStringLiteral("élodie"), OperatorRole::Cashier, QStringLiteral("2222")).ok());
    auto id = m_operators->add(name, OperatorRole::Cashier, pin);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, expected);
    QCOMPARE(operatorCount(m_temp->db()), 2);
}

void TestOperators::pinRule_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << QStringLiteral("0000") << true;
    QTest::newRow("8 digits") << QStringLiteral("98765432") << true;
    QTest::newRow("3 digits") << QStringLiteral("000") << false;
    QTest::newRow("9 digits") << QStringLiteral("000000000") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("12 34") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
    QTest::newRow("sign") << QStringLiteral("-1234") << false;
}

void TestOperators::pinRule()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(Operators::isValidPin(pin), valid);
}

void TestOperators::verifyRightAndWrongPin()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    auto right = m_operators->verify(*id, QStringLiteral("4321"));
    QVERIFY(right.ok());
    QCOMPARE(right->id, *id);
    QCOMPARE(right->name, QStringLiteral("Anne"));
    QCOMPARE(right->role, OperatorRole::Cashier);
    QVERIFY(right->active);

    auto wrong = m_operators->verify(*id, QStringLiteral("4322"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::WrongPin);
    auto empty = m_operators->verify(*id, QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::WrongPin);
}

void TestOperators::verifyUnknownOperator()
{
    auto result = m_operators->verify(999, QStringLiteral("1234"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
}

void TestOperators::inactiveOperatorCannotVerify()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("4321"));
    QVERIFY(id.ok());
    QVERIFY(m_operators->setActive(*id, false).ok());
    auto result = m_operators->verify(*id, QStringLiteral("4321"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::OperatorInactive);
    QCOMPARE(result.error().subject, QStringLiteral("Anne"));

    QVERIFY(m_operators->setActive(*id, true).ok());
    QVERIFY(m_operators->verify(*id, QStringLiteral("4321")).ok());
}

void TestOperators::managerOverride()
{
    QVERIFY(m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111")).ok());
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222"));
    auto lea = m_operators->add(QStringLiteral("Léa"), OperatorRole::Manager, QStringLiteral("3333"));
    QVERIFY(karim.ok() && lea.ok());

    auto first = m_operators->verifyManager(QStringLiteral("2222"));
    QVERIFY(first.ok());
    QCOMPARE(first->id, *karim);
    QVERIFY(first->isManager());
    auto second = m_operators->verifyManager(QStringLiteral("3333"));
    QVERIFY(second.ok());
    QCOMPARE(second->id, *lea);

    auto nobody = m_operators->verifyManager(QStringLiteral("9999"));
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code, ErrorCode::NotAManager);
}

void TestOperators::cashierPinIsNotAManagersPin()
{
    QVERIFY(m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111")).ok());
    QVERIFY(m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222")).ok());
    auto result = m_operators->verifyManager(QStringLiteral("1111"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotAManager);
}

void TestOperators::inactiveManagerCannotOverride()
{
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222"));
    auto lea = m_operators->add(QStringLiteral("Léa"), OperatorRole::Manager, QStringLiteral("3333"));
    QVERIFY(karim.ok() && lea.ok());
    QVERIFY(m_operators->setActive(*karim, false).ok());
    auto result = m_operators->verifyManager(QStringLiteral("2222"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotAManager);
    QVERIFY(m_operators->verifyManager(QStringLiteral("3333")).ok());
}

void TestOperators::changePin()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"));
    QVERIFY(id.ok());
    const QString before = storedHash(m_temp->db(), *id);

    Status refused = m_operators->changePin(*id, QStringLiteral("12"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidPin);
    QCOMPARE(storedHash(m_temp->db(), *id), before);

    Status missing = m_operators->changePin(4242, QStringLiteral("1234"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    QVERIFY(m_operators->changePin(*id, QStringLiteral("87654321")).ok());
    QVERIFY(storedHash(m_temp->db(), *id) != before);
    auto oldPin = m_operators->verify(*id, QStringLiteral("1111"));
    QVERIFY(!oldPin.ok());
    QCOMPARE(oldPin.error().code, ErrorCode::WrongPin);
    QVERIFY(m_operators->verify(*id, QStringLiteral("87654321")).ok());
}

void TestOperators::lastManagerStaysActive()
{
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222"));
    QVERIFY(karim.ok());
    Status refused = m_operators->setActive(*karim, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::LastManager);
    QVERIFY(m_operators->find(*karim)->active);

    auto lea = m_operators->add(QStringLiteral("Léa"), OperatorRole::Manager, QStringLiteral("3333"));
    QVERIFY(lea.ok());
    QVERIFY(m_operators->setActive(*karim, false).ok());
    QVERIFY(!m_operators->find(*karim)->active);
    QCOMPARE(m_operators->setActive(*lea, false).error().code, ErrorCode::LastManager);
    QCOMPARE(m_operators->setActive(777, false).error().code, ErrorCode::NotFound);
}

void TestOperators::listsEveryoneByName()
{
    auto zoe = m_operators->add(QStringLiteral("Zoé"), OperatorRole::Cashier, QStringLiteral("1111"));
    auto anne = m_operators->add(QStringLiteral("anne"), OperatorRole::Cashier, QStringLiteral("1112"));
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("1113"));
    QVERIFY(zoe.ok() && anne.ok() && karim.ok());
    QVERIFY(m_operators->setActive(*zoe, false).ok());

    auto all = m_operators->list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, QStringLiteral("anne"));
    QCOMPARE(all->at(1).name, QStringLiteral("Karim"));
    QCOMPARE(all->at(1).role, OperatorRole::Manager);
    QCOMPARE(all->at(2).name, QStringLiteral("Zoé"));
    QVERIFY(!all->at(2).active);

    auto active = m_operators->activeOperators();
    QVERIFY(active.ok());
    QCOMPARE(active->size(), 2);
    QCOMPARE(active->at(0).id, *anne);
    QCOMPARE(active->at(1).id, *karim);
}

void TestOperators::survivesReopen()
{
    auto id = m_operators->add(QStringLiteral("Anne"), OperatorRole::Manager, QStringLiteral("13579"));
    QVERIFY(id.ok());
    m_operators.reset();
    QVERIFY(m_temp->reopen());
    TestJournal journal(m_temp->db(), m_clock);
    Operators reopened(m_temp->db(), m_clock, journal.events);
    auto result = reopened.verifyManager(QStringLiteral("13579"));
    QVERIFY(result.ok());
    QCOMPARE(result->id, *id);
}

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
