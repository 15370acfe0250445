#include "catalogue.h"
#include "cataloguemodel.h"
#include "cataloguepage.h"
#include "fakeclock.h"
#include "mainwindow.h"
#include "stockledger.h"
#include "tempdatabase.h"
#include "unavailablepage.h"
#include "uuidv7.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>

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
    void unavailablePagesHaveNoControls_data();
    void unavailablePagesHaveNoControls();
    void titleShowsTheShopName();
    void titleFallsBackToComptoir();
    void demoBadgeOnlyForTheDemo_data();
    void demoBadgeOnlyForTheDemo();
    void statusBarCountsTheCatalogue();
    void resourcesAreEmbedded();

private:
    std::unique_ptr<MainWindow> showWindow();

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
};

void TestMainWindow::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_clock = std::make_unique<FakeClock>();
    m_uuids = std::make_unique<UuidV7Generator>(*m_clock);
    m_catalogue = std::make_unique<Catalogue>(m_temp->db(), *m_clock, *m_uuids);
    m_ledger = std::make_unique<StockLedger>(m_temp->db(), *m_clock, *m_uuids);
}

void TestMainWindow::cleanup()
{
    m_ledger.reset();
    m_catalogue.reset();
    m_uuids.reset();
    m_clock.reset();
    m_temp.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow()
{
    auto window = std::make_unique<MainWindow>(m_temp->db(), *m_catalogue, *m_ledger);
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

void TestMainWindow::unavailablePagesHaveNoControls_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");
    QTest::newRow("till") << int(MainWindow::TillPage) << QStringLiteral("tillPage");
    QTest::newRow("orders") << int(MainWindow::OrdersPage) << QStringLiteral("ordersPage");
    QTest::newRow("reports") << int(MainWindow::ReportsPage) << QStringLiteral("reportsPage");
    QTest::newRow("settings") << int(MainWindow::SettingsPage) << QStringLiteral("settingsPage");
}

void TestMainWindow::unavailablePagesHaveNoControls()
{
    QFETCH(int, page);
    QFETCH(QString, name);
    auto window = showWindow();
    window->showPage(MainWindow::Page(page));
    auto *panel = window->findChild<UnavailablePage *>(name);
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->title().isEmpty());
    QVERIFY(panel->explanation().contains(QStringLiteral("future version")));

    auto *title = panel->findChild<QLabel *>(QStringLiteral("unavailableTitle"));
    auto *text = panel->findChild<QLabel *>(QStringLiteral("unavailableText"));
    QVERIFY(title && title->isVisible() && !title->text().isEmpty());
    QVERIFY(text && text->isVisible() && text->text() == panel->explanation());

    QVERIFY(panel->findChildren<QLineEdit *>().isEmpty());
    QVERIFY(panel->findChildren<QAbstractButton *>().isEmpty());
    QVERIFY(panel->findChildren<QComboBox *>().isEmpty());
    QVERIFY(panel->findChildren<QAbstractSpinBox *>().isEmpty());
    QVERIFY(panel->findChildren<QAbstractItemView *>().isEmpty());
    QVERIFY(panel->findChildren<QTextEdit *>().isEmpty());
    QVERIFY(panel->findChildren<QPlainTextEdit *>().isEmpty());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
