// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/stock/stockledger.h"
#include "models/uuidv7.h"
#include "queuedevents.h"
#include "tempdatabase.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/staff/firstmanagerdialog.h"
#include "ui/staff/lockscreen.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace comptoir;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnTheCatalogue();
    void shortcutsSwitchPages_data();
    void shortcutsSwitchPages();
    void pagesLeftOutHaveNoEntry();
    void titleShowsTheShopName();
    void titleFallsBackToComptoir();
    void demoBadgeOnlyForTheDemo_data();
    void demoBadgeOnlyForTheDemo();
    void statusBarCountsTheCatalogue();
    void resourcesAreEmbedded();
    void lockScreenShownWithoutOperator();
    void signInThroughTheLockScreen();
    void wrongPinKeepsTheTillLocked();
    void ctrlLLocks();
    void lockButtonLocks();
    void inactivityLocks();
    void firstManagerDialogCreatesOne();
    void demoNeverAsksForAManager();
    void tillPageShownToTheSignedInOnly();

private:
    // The pages as app/ hands them over: the real catalogue page; plain widgets stand in for the
    // others (the till page is "tillStandIn").
    MainWindow::Pages pages();
    // withOperator: a cashier, Lucas (PIN 0000), exists before the window opens (otherwise a
    // real shop asks for its first manager).
    std::unique_ptr<MainWindow> showWindow(bool withOperator = true);
    std::unique_ptr<MainWindow> showWindow(const MainWindow::Pages &given, bool withOperator = true);
    OperatorInfo lucas();

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<OperatorSession> m_session;
};

void TestMainWindow::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_clock = std::make_unique<FakeClock>();
    m_uuids = std::make_unique<UuidV7Generator>(*m_clock);
    m_journal = std::make_unique<TestJournal>(m_temp->db(), *m_clock);
    m_catalogue = std::make_unique<Catalogue>(m_temp->db(), *m_clock, *m_uuids, m_journal->events);
    m_ledger = std::make_unique<StockLedger>(m_temp->db(), *m_clock, *m_uuids);
    m_operators
        = std::make_unique<Operators>(m_temp->db(), *m_clock, m_journal->events, 50); // cheap PIN hashes
    m_session = std::make_unique<OperatorSession>();
}

void TestMainWindow::cleanup()
{
    m_session.reset();
    m_operators.reset();
    m_ledger.reset();
    m_catalogue.reset();
    m_journal.reset();
    m_uuids.reset();
    m_clock.reset();
    m_temp.reset();
}

OperatorInfo TestMainWindow::lucas()
{
    const auto everyone = m_operators->list();
    if (everyone.ok()) {
        for (const OperatorInfo &info : *everyone) {
            if (info.name == QStringLiteral("Lucas"))
                return info;
        }
    }
    const auto added
        = m_operators->add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("0000"));
    if (!added.ok())
        qFatal("Lucas could not be added");
    return m_operators->find(*added).value();
}

MainWindow::Pages TestMainWindow::pages()
{
    auto *till = new QLabel(QStringLiteral("till"));
    till->setObjectName(QStringLiteral("tillStandIn"));
    return {.till = till,
            .catalogue = new CataloguePage(m_temp->db(), *m_catalogue, *m_ledger),
            .orders = new QWidget,
            .reports = new QWidget,
            .settings = new QWidget,
            .sync = new QWidget};
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(bool withOperator)
{
    return showWindow(pages(), withOperator);
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(const MainWindow::Pages &given, bool withOperator)
{
    if (withOperator)
        lucas();
    auto window = std::make_unique<MainWindow>(m_temp->db(), *m_operators, *m_session, given);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window did not become active");
    return window;
}

void TestMainWindow::opensOnTheCatalogue()
{
    auto window = showWindow();
    QCOMPARE(window->currentPage(), MainWindow::CataloguePageIndex);
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("cataloguePage"));
    QVERIFY(window->width() >= 1024 && window->height() >= 600);
    QCOMPARE(window->minimumSize(), QSize(1024, 600));
}

void TestMainWindow::shortcutsSwitchPages_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("page");
    QTest::newRow("Ctrl+1 till") << int(Qt::Key_1) << QStringLiteral("tillPage");
    QTest::newRow("Ctrl+2 catalogue") << int(Qt::Key_2) << QStringLiteral("cataloguePage");
    QTest::newRow("Ctrl+3 orders") << int(Qt::Key_3) << QStringLiteral("ordersPage");
    QTest::newRow("Ctrl+4 reports") << int(Qt::Key_4) << QStringLiteral("reportsPage");
    QTest::newRow("Ctrl+5 settings") << int(Qt::Key_5) << QStringLiteral("settingsPage");
}

void TestMainWindow::shortcutsSwitchPages()
{
    QFETCH(int, key);
    QFETCH(QString, page);
    auto window = showWindow();
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    // Start from another page than the expected one.
    window->showPage(page == QStringLiteral("tillPage") ? MainWindow::SettingsPage : MainWindow::TillPage);
    QVERIFY(stack->currentWidget()->objectName() != page);

    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(focus, Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(stack->currentWidget()->objectName(), page);
    QVERIFY(stack->currentWidget()->isVisible());
}

void TestMainWindow::pagesLeftOutHaveNoEntry()
{
    MainWindow::Pages given = pages();
    delete given.orders;
    given.orders = nullptr;
    delete given.sync;
    given.sync = nullptr;
    auto window = showWindow(given);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 4);
    QCOMPARE(window->page(MainWindow::OrdersPage), nullptr);
    QCOMPARE(window->page(MainWindow::SyncPageIndex), nullptr);
    QCOMPARE(window->page(MainWindow::ReportsPage)->objectName(), QStringLiteral("reportsPage"));

    // Ctrl+3 (Orders) does nothing; Ctrl+4 still shows the Reports page, and its entry.
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(focus, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), MainWindow::CataloguePageIndex);
    QTest::keyClick(focus, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), MainWindow::ReportsPage);
    QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Reports"));
    // Choosing an entry shows its page.
    navigation->setCurrentRow(0);
    QCOMPARE(window->currentPage(), MainWindow::TillPage);
}

void TestMainWindow::titleShowsTheShopName()
{
    QVERIFY(m_temp->db().setMeta(QStringLiteral("shop_name"), QStringLiteral("Épicerie du Martroi")).ok());
    auto window = showWindow();
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Comptoir — Épicerie du Martroi")));
}

void TestMainWindow::titleFallsBackToComptoir()
{
    auto window = showWindow();
    QCOMPARE(window->windowTitle(), QStringLiteral("Comptoir"));
}

void TestMainWindow::demoBadgeOnlyForTheDemo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("badge");
    QTest::newRow("demo") << QStringLiteral("demo") << true;
    QTest::newRow("real shop") << QStringLiteral("shop") << false;
    QTest::newRow("unset") << QString() << false;
}

void TestMainWindow::demoBadgeOnlyForTheDemo()
{
    QFETCH(QString, kind);
    QFETCH(bool, badge);
    if (!kind.isEmpty())
        QVERIFY(m_temp->db().setMeta(QStringLiteral("shop_kind"), kind).ok());
    auto window = showWindow();
    auto *label = window->findChild<QLabel *>(QStringLiteral("demoBadge"));
    QVERIFY(label);
    QCOMPARE(label->isVisible(), badge);
    QCOMPARE(window->isDemo(), badge);
    if (badge)
        QCOMPARE(label->text(), QStringLiteral("DEMO"));
    // Whatever the page, the badge stays.
    window->showPage(MainWindow::SettingsPage);
    QCOMPARE(label->isVisible(), badge);
}

void TestMainWindow::statusBarCountsTheCatalogue()
{
    ProductFields product;
    product.name = QStringLiteral("Miel de Sologne");
    VariantFields small;
    small.label = QStringLiteral("250 g");
    small.priceCents = 650;
    const auto created = m_catalogue->createProduct(product, small);
    QVERIFY(created.ok());
    VariantFields large = small;
    large.label = QStringLiteral("500 g");
    large.priceCents = 1150;
    QVERIFY(m_catalogue->addVariant(created->productId, large).ok());

    auto window = showWindow();
    auto *summary = window->findChild<QLabel *>(QStringLiteral("statusSummaryLabel"));
    auto *file = window->findChild<QLabel *>(QStringLiteral("statusFileLabel"));
    QVERIFY(summary && file);
    QVERIFY2(summary->text().contains(QStringLiteral("1 active product")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("2 variant")), qPrintable(summary->text()));
    QVERIFY(file->text().contains(QStringLiteral("comptoir.sqlite")));

    // A write from the catalogue page updates it.
    window->cataloguePage()->setConfirmation([](const QString &, const QString &) { return true; });
    QVERIFY(window->cataloguePage()->selectVariant(created->variantId));
    window->cataloguePage()->actions()->toggleArchived();
    QVERIFY2(summary->text().contains(QStringLiteral("1 variant")), qPrintable(summary->text()));
}

void TestMainWindow::resourcesAreEmbedded()
{
    const QStringList icons
        = {QStringLiteral("till"),    QStringLiteral("catalogue"), QStringLiteral("orders"),
           QStringLiteral("reports"), QStringLiteral("settings"),  QStringLiteral("add"),
           QStringLiteral("edit"),    QStringLiteral("archive"),   QStringLiteral("stock"),
           QStringLiteral("search"),  QStringLiteral("count")};
    for (const QString &icon : icons) {
        const QString path = QStringLiteral(":/icons/") + icon + QStringLiteral(".svg");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY2(!QIcon(path).pixmap(24, 24).isNull(), qPrintable(path));
    }
    QVERIFY(QFile::exists(QStringLiteral(":/style/comptoir.qss")));
    auto window = showWindow();
    QVERIFY(window->styleSheet().contains(QStringLiteral("#demoBadge")));
}

namespace {

QWidget *tillSlotCurrent(MainWindow &window)
{
    auto *slot = window.findChild<QStackedWidget *>(QStringLiteral("tillPage"));
    return slot ? slot->currentWidget() : nullptr;
}

QString operatorText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("operatorLabel"));
    return label ? label->text() : QStringLiteral("<no operatorLabel>");
}

} // namespace

void TestMainWindow::lockScreenShownWithoutOperator()
{
    auto window = showWindow();
    window->showPage(MainWindow::TillPage);
    QVERIFY(!m_session->isSignedIn());
    auto *lock = window->findChild<LockScreen *>(QStringLiteral("lockScreen"));
    QVERIFY(lock);
    QCOMPARE(window->lockScreen(), lock);
    QVERIFY(lock->isVisible());
    QCOMPARE(tillSlotCurrent(*window), lock);
    QVERIFY(window->tillPage() && !window->tillPage()->isVisible());
    QVERIFY(lock->findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(lucas().id)));
    QVERIFY(!operatorText(*window).contains(QStringLiteral("Lucas")));
    auto *lockButton = window->findChild<QPushButton *>(QStringLiteral("lockButton"));
    QVERIFY(lockButton && lockButton->isVisible() && !lockButton->isEnabled());
    // The catalogue needs nobody signed in.
    window->showPage(MainWindow::CataloguePageIndex);
    QVERIFY(window->cataloguePage()->isVisible());
}

void TestMainWindow::signInThroughTheLockScreen()
{
    const OperatorInfo cashier = lucas();
    auto window = showWindow();
    window->showPage(MainWindow::TillPage);
    auto *lock = window->lockScreen();
    auto *button = lock->findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(cashier.id));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *pin = lock->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(pin && pin->isVisible());
    QTest::keyClicks(pin, QStringLiteral("0000"));
    QTest::keyClick(pin, Qt::Key_Return);

    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->current()->id, cashier.id);
    QCOMPARE(m_session->current()->name, QStringLiteral("Lucas"));
    QVERIFY2(operatorText(*window).contains(QStringLiteral("Lucas")), qPrintable(operatorText(*window)));
    QVERIFY2(operatorText(*window).contains(QStringLiteral("cashier")), qPrintable(operatorText(*window)));
    QVERIFY(!lock->isVisible());
    QCOMPARE(tillSlotCurrent(*window), window->tillPage());
    QVERIFY(window->tillPage()->isVisible());
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("lockButton"))->isEnabled());
}

void TestMainWindow::wrongPinKeepsTheTillLocked()
{
    const OperatorInfo cashier = lucas();
    auto window = showWindow();
    window->showPage(MainWindow::TillPage);
    auto *lock = window->lockScreen();
    QTest::mouseClick(lock->findChild<QPushButton *>(QStringLiteral("operatorButton_%1").arg(cashier.id)),
                      Qt::LeftButton);
    auto *pin = lock->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QTest::keyClicks(pin, QStringLiteral("1234"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(lock->isVisible());
    QVERIFY(!lock->errorMessage().isEmpty());
    QVERIFY(!operatorText(*window).contains(QStringLiteral("Lucas")));
}

void TestMainWindow::ctrlLLocks()
{
    m_session->signIn(lucas());
    auto window = showWindow();
    window->showPage(MainWindow::TillPage);
    QVERIFY(window->tillPage()->isVisible());
    QVERIFY(operatorText(*window).contains(QStringLiteral("Lucas")));

    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keyClick(focus, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(window->lockScreen()->isVisible());
    QVERIFY(!window->tillPage()->isVisible());
    QVERIFY(!operatorText(*window).contains(QStringLiteral("Lucas")));
}

void TestMainWindow::lockButtonLocks()
{
    m_session->signIn(lucas());
    auto window = showWindow();
    window->showPage(MainWindow::TillPage);
    auto *lockButton = window->findChild<QPushButton *>(QStringLiteral("lockButton"));
    QVERIFY(lockButton && lockButton->isEnabled());
    QTest::mouseClick(lockButton, Qt::LeftButton);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(window->lockScreen()->isVisible());
    QVERIFY(!lockButton->isEnabled());
}

void TestMainWindow::inactivityLocks()
{
    m_session->signIn(lucas());
    auto window = showWindow();
    QCOMPARE(window->inactivityDelay(), std::chrono::milliseconds(std::chrono::minutes(5)));
    window->showPage(MainWindow::TillPage);
    window->setInactivityDelay(std::chrono::milliseconds(150));
    QCOMPARE(window->inactivityDelay(), std::chrono::milliseconds(150));
    QVERIFY(m_session->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isSignedIn(), 5000);
    QVERIFY(window->lockScreen()->isVisible());
    QVERIFY(!operatorText(*window).contains(QStringLiteral("Lucas")));
}

void TestMainWindow::firstManagerDialogCreatesOne()
{
    auto window = showWindow(false);
    QVERIFY(window->needsFirstManager());
    window->showPage(MainWindow::TillPage);
    QWidget *explanation = window->findChild<QWidget *>(QStringLiteral("noManagerPage"));
    QVERIFY(explanation);
    QCOMPARE(tillSlotCurrent(*window), explanation);
    QVERIFY(explanation->isVisible());

    FirstManagerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<FirstManagerDialog *>()) && dialog->isVisible());
    QPointer<FirstManagerDialog> guard(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("pinRepeatEdit"));
    QVERIFY(name && pin && repeat);

    // Two different PINs: refused, nothing written.
    QTest::keyClicks(name, QStringLiteral("Claire"));
    QTest::keyClicks(pin, QStringLiteral("1234"));
    QTest::keyClicks(repeat, QStringLiteral("1235"));
    QTest::keyClick(repeat, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorMessage().isEmpty());
    QVERIFY(m_operators->list()->isEmpty());

    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("1234"));
    QTest::keyClick(repeat, Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const auto everyone = m_operators->list();
    QVERIFY(everyone.ok());
    QCOMPARE(everyone->size(), 1);
    QCOMPARE(everyone->first().name, QStringLiteral("Claire"));
    QVERIFY(everyone->first().isManager());
    QVERIFY(m_operators->verify(everyone->first().id, QStringLiteral("1234")).ok());
    QVERIFY(!window->needsFirstManager());
    // The new manager is signed in and the till is theirs.
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->current()->name, QStringLiteral("Claire"));
    QVERIFY(operatorText(*window).contains(QStringLiteral("Claire")));
    QCOMPARE(tillSlotCurrent(*window), window->tillPage());
}

void TestMainWindow::demoNeverAsksForAManager()
{
    QVERIFY(m_temp->db().setMeta(QStringLiteral("shop_kind"), QStringLiteral("demo")).ok());
    auto window = showWindow(false);
    QVERIFY(!window->needsFirstManager());
    runQueuedEvents(); // the dialog would be opened from a queued call
    QVERIFY(!window->findChild<FirstManagerDialog *>());
    window->showPage(MainWindow::TillPage);
    QCOMPARE(tillSlotCurrent(*window), window->lockScreen());
}

void TestMainWindow::tillPageShownToTheSignedInOnly()
{
    m_session->signIn(lucas());
    MainWindow::Pages given = pages();
    delete given.till;
    auto *realTill = new QLabel(QStringLiteral("till"));
    realTill->setObjectName(QStringLiteral("realTill"));
    given.till = realTill;
    auto window = showWindow(given);
    QCOMPARE(window->tillPage(), realTill);
    window->showPage(MainWindow::TillPage);
    QVERIFY(realTill->isVisible());
    window->lock();
    QVERIFY(!realTill->isVisible());
    QVERIFY(window->lockScreen()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
