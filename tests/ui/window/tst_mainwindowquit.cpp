// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Quitting the main window: Ctrl+Q (QKeySequence::Quit) and the "Quit" button close it through
// the same close event as the title bar's button, which ends the program with its last window.
#include "fakeclock.h"
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tempdatabase.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace comptoir;

namespace {

// Counts the close events a window receives (the path of the title bar's close button).
class CloseCounter : public QObject
{
public:
    int closes = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close)
            ++closes;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestMainWindowQuit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quitActionHasCtrlQ();
    void ctrlQCloses();
    void quitButtonCloses();
    void refusedCloseKeepsTheWindow();

private:
    std::unique_ptr<MainWindow> showWindow();

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<OperatorSession> m_session;
    CloseCounter m_counter;
};

void TestMainWindowQuit::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_clock = std::make_unique<FakeClock>();
    m_journal = std::make_unique<TestJournal>(m_temp->db(), *m_clock);
    m_operators = std::make_unique<Operators>(m_temp->db(), *m_clock, m_journal->events, 50);
    QVERIFY(m_operators->add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("0000")).ok());
    m_session = std::make_unique<OperatorSession>();
    m_counter.closes = 0;
}

void TestMainWindowQuit::cleanup()
{
    m_session.reset();
    m_operators.reset();
    m_journal.reset();
    m_clock.reset();
    m_temp.reset();
}

std::unique_ptr<MainWindow> TestMainWindowQuit::showWindow()
{
    MainWindow::Pages pages;
    pages.till = new QLabel(QStringLiteral("till"));
    pages.settings = new QWidget;
    auto window = std::make_unique<MainWindow>(m_temp->db(), *m_operators, *m_session, pages);
    window->installEventFilter(&m_counter);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window did not become active");
    return window;
}

void TestMainWindowQuit::quitActionHasCtrlQ()
{
    auto window = showWindow();
    auto *action = window->findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(window->actions().contains(action)); // its shortcut works wherever the focus is
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    auto *button = window->findChild<QPushButton *>(QStringLiteral("quitButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Quit"));
}

void TestMainWindowQuit::ctrlQCloses()
{
    auto window = showWindow();
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(focus, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(m_counter.closes, 1);
    QVERIFY(window->testAttribute(Qt::WA_QuitOnClose)); // its closing ends the application
}

void TestMainWindowQuit::quitButtonCloses()
{
    m_session->signIn(m_operators->list()->first());
    auto window = showWindow();
    window->showPage(MainWindow::TillPage);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("quitButton")), Qt::LeftButton);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(m_counter.closes, 1);
}

void TestMainWindowQuit::refusedCloseKeepsTheWindow()
{
    // Quitting goes through the close event: whatever may refuse a close refuses Ctrl+Q too.
    auto window = showWindow();
    struct Refuser : QObject
    {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() != QEvent::Close)
                return false;
            event->ignore();
            return true;
        }
    } refuser;
    window->installEventFilter(&refuser);
    window->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    QVERIFY(window->isVisible());
    window->removeEventFilter(&refuser);
    window->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    QVERIFY(!window->isVisible());
}

QTEST_MAIN(TestMainWindowQuit)
#include "tst_mainwindowquit.moc"
