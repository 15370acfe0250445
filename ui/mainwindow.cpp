#include "mainwindow.h"

#include "cataloguepage.h"
#include "database.h"
#include "logging.h"
#include "unavailablepage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QIcon themeIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

QString loadStyleSheet()
{
    QFile file(QStringLiteral(":/style/comptoir.qss"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "style sheet not found in the resources";
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

qint64 countOf(const Database &db, const QString &sql)
{
    auto query = db.query(sql);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

} // namespace

MainWindow::MainWindow(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *parent)
    : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(loadStyleSheet());

    const auto kind = db.meta(QStringLiteral("shop_kind"));
    m_demo = kind.ok() && kind.value() == QStringLiteral("demo");

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *side = new QWidget(central);
    side->setObjectName(QStringLiteral("navigationColumn"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);

    m_demoBadge = new QLabel(tr("DEMO"), side);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setAlignment(Qt::AlignCenter);
    m_demoBadge->setToolTip(tr("This is the demo shop: its products and sales are not real."));
    m_demoBadge->setVisible(m_demo);
    sideLayout->addWidget(m_demoBadge);

    m_navigation = new QListWidget(side);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setFixedWidth(190);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideLayout->addWidget(m_navigation, 1);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    layout->addWidget(side);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *till
        = new UnavailablePage(themeIcon(QStringLiteral("till")), tr("Till"),
                              tr("The till arrives in a future version of Comptoir. Nothing here records "
                                 "sales yet: keep using your current till until then."),
                              m_stack);
    till->setObjectName(QStringLiteral("tillPage"));
    m_cataloguePage = new CataloguePage(db, catalogue, ledger, m_stack);
    m_cataloguePage->setObjectName(QStringLiteral("cataloguePage"));
    auto *orders
        = new UnavailablePage(themeIcon(QStringLiteral("orders")), tr("Orders"),
                              tr("Online orders arrive in a future version of Comptoir. Nothing here "
                                 "receives or reserves orders yet."),
                              m_stack);
    orders->setObjectName(QStringLiteral("ordersPage"));
    auto *reports
        = new UnavailablePage(themeIcon(QStringLiteral("reports")), tr("Reports"),
                              tr("Sales reports and daily closures arrive with the till, in a future "
                                 "version of Comptoir. Nothing here computes totals yet."),
                              m_stack);
    reports->setObjectName(QStringLiteral("reportsPage"));
    auto *settings = new UnavailablePage(themeIcon(QStringLiteral("settings")), tr("Settings"),
                                         tr("Settings arrive in a future version of Comptoir. Nothing can be "
                                            "changed here yet."),
                                         m_stack);
    settings->setObjectName(QStringLiteral("settingsPage"));

    addNavigationEntry(QStringLiteral("till"), tr("Till"), till, 1);
    addNavigationEntry(QStringLiteral("catalogue"), tr("Catalogue"), m_cataloguePage, 2);
    addNavigationEntry(QStringLiteral("orders"), tr("Orders"), orders, 3);
    addNavigationEntry(QStringLiteral("reports"), tr("Reports"), reports, 4);
    addNavigationEntry(QStringLiteral("settings"), tr("Settings"), settings, 5);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->count())
            m_stack->setCurrentIndex(row);
    });

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("statusSummaryLabel"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("statusFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_cataloguePage, &CataloguePage::catalogueChanged, this, &MainWindow::updateStatus);

    updateTitle();
    updateStatus();

    resize(1280, 800);
    setMinimumSize(1024, 600);
    showPage(CataloguePageIndex); // the till is not built yet
}

void MainWindow::addNavigationEntry(const QString &iconName, const QString &text, QWidget *page,
                                    int shortcutNumber)
{
    auto *item = new QListWidgetItem(themeIcon(iconName), text, m_navigation);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(text).arg(shortcutNumber));
    item->setSizeHint(QSize(0, 52));
    m_stack->addWidget(page);

    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("showPage%1Action").arg(shortcutNumber));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcutNumber)));
    action->setShortcutContext(Qt::WindowShortcut);
    const int row = shortcutNumber - 1;
    connect(action, &QAction::triggered, this, [this, row] { showPage(Page(row)); });
    addAction(action);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::showPage(Page page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_navigation->setCurrentRow(int(page));
    m_stack->setCurrentIndex(int(page));
    if (page == CataloguePageIndex)
        m_cataloguePage->focusSearch();
}

void MainWindow::updateTitle()
{
    const auto name = m_db.meta(QStringLiteral("shop_name"));
    const QString shop = name.ok() ? name.value().trimmed() : QString();
    QString title = shop.isEmpty() ? tr("Comptoir") : tr("Comptoir — %1").arg(shop);
    if (m_demo)
        title += tr(" (demo)");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    const qint64 products = countOf(m_db, QStringLiteral("SELECT count(*) FROM products WHERE archived = 0"));
    const qint64 variants = countOf(m_db,
                                    QStringLiteral("SELECT count(*) FROM variants v JOIN products p ON "
                                                   "p.id = v.product_id WHERE v.archived = 0 AND "
                                                   "p.archived = 0"));
    if (products < 0 || variants < 0)
        m_summaryLabel->setText(tr("The catalogue could not be counted."));
    else
        m_summaryLabel->setText(tr("%n active product(s)", nullptr, int(products)) + QStringLiteral(" · ")
                                + tr("%n variant(s)", nullptr, int(variants)));
    m_fileLabel->setText(tr("Data: %1").arg(QDir::toNativeSeparators(m_db.filePath())));
}

} // namespace comptoir
