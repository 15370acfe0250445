// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "fixtures.h"
#include "models/staff/operators.h"
#include "tempdatabase.h"
#include "ui/errortext.h"
#include "ui/staff/inactivitywatcher.h"
#include "ui/staff/lockscreen.h"
#include "ui/staff/pindialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace comptoir;
using namespace std::chrono_literals;

// The lock screen, the PIN dialog and the inactivity watcher, driven with QTest on a real
// SQLite file: Anne (cashier, 1111), Karim (manager, 2222) and Zoé (deactivated, 3333).
class TestLockScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsActiveOperators();
    void wrongPinThenRightPinUnlocks();
    void pinFieldTakesDigitsOnly();
    void backReturnsToTheList();
    void deactivatedMeanwhileIsRefused();
    void repeatedWrongPinsLockOut();
    void managerOverrideDialog();
    void unlockDialog();
    void cancelEmitsNothing();
    void watcherEmitsIdle();
    void inputResetsTheWatcher();
    void inputOutsideTheScopeDoesNotCount();

private:
    QList<QPushButton *> operatorButtons(QWidget *screen) const;

    std::unique_ptr<TempDatabase> m_temp;
    FakeClock m_clock;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Operators> m_operators;
    qint64 m_anne = 0;
    qint64 m_karim = 0;
    qint64 m_zoe = 0;
};

void TestLockScreen::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_journal = std::make_unique<TestJournal>(m_temp->db(), m_clock);
    m_operators = std::make_unique<Operators>(m_temp->db(), m_clock, m_journal->events, 64);
    auto anne = m_operators->add(QStringLiteral("Anne"), OperatorRole::Cashier, QStringLiteral("1111"));
    auto karim = m_operators->add(QStringLiteral("Karim"), OperatorRole::Manager, QStringLiteral("2222"));
    auto zoe = m_operators->add(QStringLiteral("Zoé"), OperatorRole::Cashier, QStringLiteral("3333"));
    QVERIFY(anne.ok() && karim.ok() && zoe.ok());
    m_anne = *anne;
    m_karim = *karim;
    m_zoe = *zoe;
    QVERIFY(m_operators->setActive(m_zoe, false).ok());
}

void TestLockScreen::cleanup()
{
    m_operators.reset();
    m_journal.reset();
    m_temp.reset();
}

QList<QPushButton *> TestLockScreen::operatorButtons(QWidget *screen) const
{
    QList<QPushButton *> result;
    const auto buttons = screen->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->objectName().startsWith(QStringLiteral("operatorButton_")))
            result.append(button);
    }
    return result;
}

void TestLockScreen::listsActiveOperators()
{
    LockScreen screen(*m_operators);
    screen.show();
    const auto buttons = operatorButtons(&screen);
    QCOMPARE(buttons.size(), 2);
    QVERIFY(screen.findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(m_anne)));
    QVERIFY(screen.findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(m_karim)));
    QVERIFY(!screen.findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(m_zoe)));

    // Zoé back: reload() shows her.
    QVERIFY(m_operators->setActive(m_zoe, true).ok());
    screen.reload();
    QCOMPARE(operatorButtons(&screen).size(), 3);
}

void TestLockScreen::wrongPinThenRightPinUnlocks()
{
    LockScreen screen(*m_operators);
    screen.show();
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);
    auto *anneButton = screen.findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(m_anne));
    QVERIFY(anneButton);
    QTest::mouseClick(anneButton, Qt::LeftButton);
    QVERIFY(screen.chosen());
    QCOMPARE(screen.chosen()->id, m_anne);

    auto *pinEdit = screen.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(pinEdit && pinEdit->isVisible());
    QCOMPARE(pinEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(pinEdit, QStringLiteral("2222")); // Karim's, not Anne's
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 0);
    QCOMPARE(screen.errorMessage(), errorText(makeError(ErrorCode::WrongPin)));
    QCOMPARE(pinEdit->text(), QString());
    QVERIFY(screen.chosen());

    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 1);
    const auto info = unlocked.at(0).at(0).value<OperatorInfo>();
    QCOMPARE(info.id, m_anne);
    QCOMPARE(info.name, QStringLiteral("Anne"));
    QCOMPARE(pinEdit->text(), QString());
    QVERIFY(!screen.chosen()); // back to the list for next time
}

void TestLockScreen::pinFieldTakesDigitsOnly()
{
    LockScreen screen(*m_operators);
    screen.show();
    screen.choose(*m_operators->find(m_anne));
    auto *pinEdit = screen.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(pinEdit);
    QTest::keyClicks(pinEdit, QStringLiteral("1a2b3c4d567890"));
    QCOMPARE(pinEdit->text(), QStringLiteral("12345678"));

    pinEdit->clear();
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);
    QTest::keyClicks(pinEdit, QStringLiteral("11"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 0);
    QCOMPARE(screen.errorMessage(), errorText(makeError(ErrorCode::InvalidPin)));
}

void TestLockScreen::backReturnsToTheList()
{
    LockScreen screen(*m_operators);
    screen.show();
    screen.choose(*m_operators->find(m_karim));
    auto *back = screen.findChild<QPushButton *>(QStringLiteral("backButton"));
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!screen.chosen());
    QVERIFY(operatorButtons(&screen).first()->isVisible());
}

void TestLockScreen::deactivatedMeanwhileIsRefused()
{
    LockScreen screen(*m_operators);
    screen.show();
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);
    screen.choose(*m_operators->find(m_anne));
    QVERIFY(m_operators->setActive(m_anne, false).ok());
    auto *pinEdit = screen.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(!screen.chosen());
    QCOMPARE(operatorButtons(&screen).size(), 1); // Karim only
    auto *message = screen.findChild<QLabel *>(QStringLiteral("listMessageLabel"));
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), errorText(makeError(ErrorCode::OperatorInactive, QStringLiteral("Anne"))));
}

void TestLockScreen::repeatedWrongPinsLockOut()
{
    LockScreen screen(*m_operators);
    screen.show();
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);
    screen.choose(*m_operators->find(m_anne));
    auto *pinEdit = screen.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(pinEdit);
    for (int i = 0; i < Operators::MaxFailedAttempts; ++i) {
        QTest::keyClicks(pinEdit, QStringLiteral("9999"));
        QTest::keyClick(pinEdit, Qt::Key_Return);
    }
    const QString locked = errorText(makeError(ErrorCode::OperatorLocked, QStringLiteral("Anne")));
    QCOMPARE(screen.errorMessage(), locked);
    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 0);
    QCOMPARE(screen.errorMessage(), locked);

    m_clock.advance(61 * 1000);
    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(unlocked.count(), 1);
}

void TestLockScreen::managerOverrideDialog()
{
    PinDialog dialog(*m_operators, PinDialog::Purpose::ManagerOverride);
    QSignalSpy verified(&dialog, &PinDialog::verified);
    dialog.open();
    QVERIFY(dialog.isVisible());
    auto *pinEdit = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *errorLabel = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(pinEdit && errorLabel);

    // A cashier's PIN does not authorise an override.
    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(verified.count(), 0);
    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), errorText(makeError(ErrorCode::NotAManager)));
    QCOMPARE(pinEdit->text(), QString());

    QTest::keyClicks(pinEdit, QStringLiteral("2222"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(verified.at(0).at(0).value<OperatorInfo>().id, m_karim);
    QVERIFY(verified.at(0).at(0).value<OperatorInfo>().isManager());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestLockScreen::unlockDialog()
{
    PinDialog dialog(*m_operators, PinDialog::Purpose::Unlock);
    dialog.setOperator(*m_operators->find(m_anne));
    QSignalSpy verified(&dialog, &PinDialog::verified);
    dialog.open();
    auto *pinEdit = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(pinEdit);
    QTest::keyClicks(pinEdit, QStringLiteral("2222"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorMessage(), errorText(makeError(ErrorCode::WrongPin)));
    QCOMPARE(verified.count(), 0);

    QTest::keyClicks(pinEdit, QStringLiteral("1111"));
    QTest::keyClick(pinEdit, Qt::Key_Return);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(verified.at(0).at(0).value<OperatorInfo>().id, m_anne);
    QVERIFY(!dialog.isVisible());
}

void TestLockScreen::cancelEmitsNothing()
{
    PinDialog dialog(*m_operators, PinDialog::Purpose::ManagerOverride);
    QSignalSpy verified(&dialog, &PinDialog::verified);
    dialog.open();
    auto *pinEdit = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QTest::keyClicks(pinEdit, QStringLiteral("2222"));
    QTest::keyClick(pinEdit, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(verified.count(), 0);
}

void TestLockScreen::watcherEmitsIdle()
{
    QWidget scope;
    scope.show();
    InactivityWatcher watcher(&scope);
    QCOMPARE(watcher.delay(), std::chrono::milliseconds(5min));
    watcher.setDelay(100ms);
    QSignalSpy idle(&watcher, &InactivityWatcher::idle);
    // Fixed waits on purpose here and below: that no idle() comes needs the delay to pass, on
    // real time (the watcher's QTimer takes no injected clock).
    QTest::qWait(250);
    QCOMPARE(idle.count(), 0); // not started yet
    watcher.start();
    QVERIFY(watcher.isWatching());
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 2000);
    QVERIFY(!watcher.isWatching());
    QTest::qWait(250);
    QCOMPARE(idle.count(), 1); // once, until started again
}

void TestLockScreen::inputResetsTheWatcher()
{
    QWidget scope;
    auto *edit = new QLineEdit(&scope);
    scope.show();
    InactivityWatcher watcher(&scope);
    watcher.setDelay(400ms);
    QSignalSpy idle(&watcher, &InactivityWatcher::idle);
    watcher.start();
    QElapsedTimer elapsed;
    elapsed.start();
    // Keys and clicks every 100 ms for 1.2 s: never 400 ms without input.
    for (int i = 0; i < 12; ++i) {
        QTest::qWait(100); // the pace of the input is what is tested
        if (i % 2 == 0)
            QTest::keyClick(edit, Qt::Key_A);
        else
            QTest::mouseClick(edit, Qt::LeftButton);
    }
    if (elapsed.elapsed() < 1200 + 300) // a loaded machine may stall the loop: then skip the check
        QCOMPARE(idle.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
}

void TestLockScreen::inputOutsideTheScopeDoesNotCount()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *scope = new QWidget(&window);
    auto *outside = new QLineEdit(&window);
    layout->addWidget(scope);
    layout->addWidget(outside);
    window.show();
    InactivityWatcher watcher(scope);
    watcher.setDelay(300ms);
    QSignalSpy idle(&watcher, &InactivityWatcher::idle);
    watcher.start();
    QElapsedTimer elapsed;
    elapsed.start();
    while (idle.count() == 0 && elapsed.elapsed() < 3000) {
        QTest::keyClick(outside, Qt::Key_B);
        QTest::qWait(50); // the pace of the input, until idle() comes
    }
    QCOMPARE(idle.count(), 1);
}

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"
