// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the Staff section of Settings driven with QTest (offscreen) on a real SQLite file: a
// manager adds a cashier and a manager (the PIN typed twice), resets a PIN, deactivates and
// reactivates; each change is a staff_changed event; a cashier sees the list only; the lock
// screen then offers the new person.
#include "fakeclock.h"
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tempdatabase.h"
#include "ui/errortext.h"
#include "ui/staff/lockscreen.h"
#include "ui/staff/staffsection.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace comptoir;

class TestStaffSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cashierSeesTheListOnly();
    void managerAddsACashier();
    void pinsMustMatch();
    void resetsAPin();
    void deactivatesAndReactivates();
    void lastManagerStays();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *found = m_section->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    int staffEvents() const;
    int rowOf(const QString &name) const;
    void choose(const QString &name);
    QString resultText() const { return child<QLabel>("staffResult")->text(); }

    std::unique_ptr<TempDatabase> m_temp;
    FakeClock m_clock;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<StaffSection> m_section;
    OperatorInfo m_manager;
    OperatorInfo m_cashier;
};

void TestStaffSection::init()
{
    m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_journal = std::make_unique<TestJournal>(m_temp->db(), m_clock);
    m_operators = std::make_unique<Operators>(m_temp->db(), m_clock, m_journal->events, 64);
    auto manager = m_operators->add(QStringLiteral("Nadia"), OperatorRole::Manager, QStringLiteral("2468"));
    auto cashier = m_operators->add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("1357"));
    QVERIFY(manager.ok() && cashier.ok());
    m_manager = m_operators->find(*manager).value();
    m_cashier = m_operators->find(*cashier).value();
    m_session = std::make_unique<OperatorSession>();
    m_session->signIn(m_manager);
    m_section = std::make_unique<StaffSection>(*m_operators, *m_session);
    m_section->resize(700, 500);
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
}

void TestStaffSection::cleanup()
{
    m_section.reset();
    m_session.reset();
    m_operators.reset();
    m_journal.reset();
    m_temp.reset();
}

int TestStaffSection::staffEvents() const
{
    auto q = m_temp->db().query(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'staff_changed'"));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

int TestStaffSection::rowOf(const QString &name) const
{
    auto *table = child<QTableWidget>("staffTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

void TestStaffSection::choose(const QString &name)
{
    auto *table = child<QTableWidget>("staffTable");
    const int row = rowOf(name);
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    QCOMPARE(table->currentRow(), row);
}

void TestStaffSection::cashierSeesTheListOnly()
{
    m_session->signIn(m_cashier);
    QVERIFY(child<QLabel>("staffManagerNote")->isVisible());
    QVERIFY(!child<QPushButton>("staffAddButton")->isVisible());
    QVERIFY(!child<QPushButton>("staffActiveButton")->isVisible());
    QCOMPARE(child<QTableWidget>("staffTable")->rowCount(), 2);
    m_session->signOut();
    QVERIFY(!child<QPushButton>("staffAddButton")->isVisible());
    m_session->signIn(m_manager);
    QVERIFY(child<QPushButton>("staffAddButton")->isVisible());
    QVERIFY(!child<QLabel>("staffManagerNote")->isVisible());
}

void TestStaffSection::managerAddsACashier()
{
    const int before = staffEvents();
    QSignalSpy changed(m_section.get(), &StaffSection::staffChanged);
    child<QLineEdit>("staffNameEdit")->setText(QStringLiteral("Zoé")); // not typeable by QTest
    QTest::keyClicks(child<QLineEdit>("staffPinEdit"), QStringLiteral("8642ab"));
    QCOMPARE(child<QLineEdit>("staffPinEdit")->text(), QStringLiteral("8642")); // digits only
    QTest::keyClicks(child<QLineEdit>("staffPinAgainEdit"), QStringLiteral("8642"));
    QTest::mouseClick(child<QPushButton>("staffAddButton"), Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QVERIFY2(resultText().contains(QStringLiteral("Zoé")), qPrintable(resultText()));
    QVERIFY(rowOf(QStringLiteral("Zoé")) >= 0);
    QCOMPARE(staffEvents(), before + 1);
    QVERIFY(child<QLineEdit>("staffNameEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("staffPinEdit")->text().isEmpty());

    // She can sign in at once: the lock screen offers her, and her PIN opens it.
    LockScreen lock(*m_operators);
    QPushButton *zoe = nullptr;
    for (auto *button : lock.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Zoé"))
            zoe = button;
    }
    QVERIFY(zoe);
    auto list = m_operators->activeOperators();
    QVERIFY(list.ok());
    for (const OperatorInfo &info : list.value()) {
        if (info.name == QStringLiteral("Zoé")) {
            QVERIFY(m_operators->verify(info.id, QStringLiteral("8642")).ok());
            QCOMPARE(info.role, OperatorRole::Cashier);
        }
    }

    // A manager too, chosen in the role list.
    QTest::keyClicks(child<QLineEdit>("staffNameEdit"), QStringLiteral("Karim"));
    auto *role = child<QComboBox>("staffRoleCombo");
    role->setCurrentIndex(role->findData(int(OperatorRole::Manager)));
    QTest::keyClicks(child<QLineEdit>("staffPinEdit"), QStringLiteral("97531"));
    QTest::keyClicks(child<QLineEdit>("staffPinAgainEdit"), QStringLiteral("97531"));
    QTest::keyClick(child<QLineEdit>("staffPinAgainEdit"), Qt::Key_Return);
    QCOMPARE(staffEvents(), before + 2);
    QVERIFY(m_operators->verifyManager(QStringLiteral("97531")).ok());
    auto *table = child<QTableWidget>("staffTable");
    QCOMPARE(table->item(rowOf(QStringLiteral("Karim")), 1)->text(), QStringLiteral("manager"));

    // The same name again is refused, with the reason, and nothing is journalled.
    child<QLineEdit>("staffNameEdit")->setText(QStringLiteral("zoé"));
    QTest::keyClicks(child<QLineEdit>("staffPinEdit"), QStringLiteral("1111"));
    QTest::keyClicks(child<QLineEdit>("staffPinAgainEdit"), QStringLiteral("1111"));
    QTest::mouseClick(child<QPushButton>("staffAddButton"), Qt::LeftButton);
    QCOMPARE(resultText(), errorText(makeError(ErrorCode::DuplicateOperator, QStringLiteral("zoé"))));
    QCOMPARE(staffEvents(), before + 2);
    QCOMPARE(changed.count(), 2);
}

void TestStaffSection::pinsMustMatch()
{
    const int before = staffEvents();
    QTest::keyClicks(child<QLineEdit>("staffNameEdit"), QStringLiteral("Paul"));
    QTest::keyClicks(child<QLineEdit>("staffPinEdit"), QStringLiteral("1234"));
    QTest::keyClicks(child<QLineEdit>("staffPinAgainEdit"), QStringLiteral("1243"));
    QTest::mouseClick(child<QPushButton>("staffAddButton"), Qt::LeftButton);
    QCOMPARE(resultText(), errorText(makeError(ErrorCode::PinsDiffer)));
    QCOMPARE(rowOf(QStringLiteral("Paul")), -1);
    QCOMPARE(staffEvents(), before);
    // Too short a PIN: the model's reason.
    child<QLineEdit>("staffPinEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("staffPinEdit"), QStringLiteral("12"));
    QTest::keyClicks(child<QLineEdit>("staffPinAgainEdit"), QStringLiteral("12"));
    QTest::mouseClick(child<QPushButton>("staffAddButton"), Qt::LeftButton);
    QCOMPARE(resultText(), errorText(makeError(ErrorCode::InvalidPin)));
    QCOMPARE(staffEvents(), before);
}

void TestStaffSection::resetsAPin()
{
    const int before = staffEvents();
    QVERIFY(!child<QPushButton>("staffChangePinButton")->isEnabled()); // nobody chosen yet
    choose(QStringLiteral("Lucas"));
    QVERIFY(child<QPushButton>("staffChangePinButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("staffNewPinEdit"), QStringLiteral("4444"));
    QTest::keyClicks(child<QLineEdit>("staffNewPinAgainEdit"), QStringLiteral("4444"));
    QTest::mouseClick(child<QPushButton>("staffChangePinButton"), Qt::LeftButton);
    QVERIFY2(resultText().contains(QStringLiteral("Lucas")), qPrintable(resultText()));
    QCOMPARE(staffEvents(), before + 1);
    QVERIFY(m_operators->verify(m_cashier.id, QStringLiteral("4444")).ok());
    QVERIFY(!m_operators->verify(m_cashier.id, QStringLiteral("1357")).ok());
    auto q = m_temp->db().query(QStringLiteral(
        "SELECT detail, operator_id FROM events WHERE kind = 'staff_changed' ORDER BY id DESC LIMIT 1"));
    QVERIFY(q && q.value().next());
    QVERIFY(q.value().value(0).toString().contains(QStringLiteral("\"pin_reset\"")));
    QCOMPARE(q.value().value(1).toLongLong(), m_manager.id);
}

void TestStaffSection::deactivatesAndReactivates()
{
    const int before = staffEvents();
    choose(QStringLiteral("Lucas"));
    auto *active = child<QPushButton>("staffActiveButton");
    QCOMPARE(active->text(), QStringLiteral("&Deactivate"));
    QTest::mouseClick(active, Qt::LeftButton);
    QCOMPARE(staffEvents(), before + 1);
    QVERIFY(!m_operators->find(m_cashier.id)->active);
    auto *table = child<QTableWidget>("staffTable");
    QCOMPARE(table->item(rowOf(QStringLiteral("Lucas")), 2)->text(), QStringLiteral("deactivated"));
    QCOMPARE(table->currentRow(), rowOf(QStringLiteral("Lucas"))); // still chosen
    QCOMPARE(active->text(), QStringLiteral("&Reactivate"));
    QTest::mouseClick(active, Qt::LeftButton);
    QCOMPARE(staffEvents(), before + 2);
    QVERIFY(m_operators->find(m_cashier.id)->active);
    QCOMPARE(table->item(rowOf(QStringLiteral("Lucas")), 2)->text(), QStringLiteral("active"));
}

void TestStaffSection::lastManagerStays()
{
    const int before = staffEvents();
    choose(QStringLiteral("Nadia"));
    QTest::mouseClick(child<QPushButton>("staffActiveButton"), Qt::LeftButton);
    QCOMPARE(resultText(), errorText(makeError(ErrorCode::LastManager, QStringLiteral("Nadia"))));
    QVERIFY(m_operators->find(m_manager.id)->active);
    QCOMPARE(staffEvents(), before);
}

QTEST_MAIN(TestStaffSection)
#include "tst_staffsection.moc"
