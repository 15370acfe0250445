// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/mainwindow.h"

#include "models/archive/journalworker.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/logging.h"
#include "ui/settings/journalproblemtext.h"
#include "ui/staff/firstmanagerdialog.h"
#include "ui/staff/inactivitywatcher.h"
#include "ui/staff/lockscreen.h"
#include "ui/widgets/elidedlabel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

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

// The navigation column's width, unless an entry needs more.
constexpr int NavigationWidth = 190;

qint64 countOf(const Database &db, const QString &sql)
{
    auto query = db.query(sql);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toLongLong();
}

} // namespace

MainWindow::MainWindow(Database &db, Operators &operators, OperatorSession &session, const Pages &pages,
                       QWidget *parent)
    : QMainWindow(parent), m_db(db), m_operators(operators), m_session(session)
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
    m_navigation->setFixedWidth(NavigationWidth); // wider if an entry needs it (fitNavigationWidth())
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideLayout->addWidget(m_navigation, 1);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *pagesColumn = new QWidget(central);
    auto *pagesLayout = new QVBoxLayout(pagesColumn);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    m_journalAlert = new QLabel(pagesColumn);
    m_journalAlert->setObjectName(QStringLiteral("journalAlert"));
    m_journalAlert->setWordWrap(true);
    m_journalAlert->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_journalAlert->setStyleSheet(QStringLiteral(
        "QLabel#journalAlert { background: #b00020; color: white; font-weight: bold; padding: 10px 14px; }"));
    m_journalAlert->hide();
    pagesLayout->addWidget(m_journalAlert);
    pagesLayout->addWidget(buildOperatorBar(pagesColumn));
    m_stack->setParent(pagesColumn);
    pagesLayout->addWidget(m_stack, 1);

    layout->addWidget(side);
    layout->addWidget(pagesColumn, 1);
    setCentralWidget(central);

    m_tillPage = pages.till;
    buildTillSlot();
    m_cataloguePage = pages.catalogue;
    addPage(TillPage, m_tillPage ? m_tillSlot : nullptr, QStringLiteral("tillPage"), QStringLiteral("till"),
            tr("Till"));
    addPage(CataloguePageIndex, m_cataloguePage, QStringLiteral("cataloguePage"), QStringLiteral("catalogue"),
            tr("Catalogue"));
    addPage(OrdersPage, pages.orders, QStringLiteral("ordersPage"), QStringLiteral("orders"), tr("Orders"));
    addPage(ReportsPage, pages.reports, QStringLiteral("reportsPage"), QStringLiteral("reports"),
            tr("Reports"));
    addPage(SettingsPage, pages.settings, QStringLiteral("settingsPage"), QStringLiteral("settings"),
            tr("Settings"));
    addPage(SyncPageIndex, pages.sync, QStringLiteral("syncPage"), QStringLiteral("sync"),
            tr("Synchronisation"));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem *item = m_navigation->item(row))
            showPage(Page(item->data(Qt::UserRole).toInt()));
    });

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("statusSummaryLabel"));
    // The path gives way (elided in the middle, whole in the tooltip) when the status bar is full.
    m_fileLabel = new ElidedLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("statusFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    if (m_cataloguePage)
        connect(m_cataloguePage, &CataloguePage::catalogueChanged, this, &MainWindow::updateStatus);

    m_watcher = new InactivityWatcher(this, this);
    connect(m_watcher, &InactivityWatcher::idle, this, [this] {
        qCInfo(lcUi) << "no input for a while: the till locks";
        lock();
    });
    connect(&m_session, &OperatorSession::changed, this, &MainWindow::updateOperatorState);

    updateTitle();
    updateStatus();
    updateOperatorState();

    resize(preferredSize());
    setMinimumSize(1024, 600);
    showPage(CataloguePageIndex); // the till needs someone signed in
}

QWidget *MainWindow::buildOperatorBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("operatorBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(12, 6, 12, 6);
    m_operatorLabel = new QLabel(bar);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_lockButton = new QPushButton(tr("Lock"), bar);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setToolTip(tr("Lock the till: the next person signs in with their PIN (Ctrl+L)"));
    m_lockButton->setFocusPolicy(Qt::NoFocus);
    barLayout->addWidget(m_operatorLabel, 1);
    barLayout->addWidget(m_lockButton);

    // Quit: close(), as the window's close button (Ctrl+Q also where the platform has no Quit key).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitButton = new QPushButton(tr("Quit"), bar);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setToolTip(
        tr("Quit Comptoir (%1)").arg(quitKeys.first().toString(QKeySequence::NativeText)));
    m_quitButton->setFocusPolicy(Qt::NoFocus);
    barLayout->addWidget(m_quitButton);
    m_quitAction = new QAction(tr("Quit Comptoir"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(quitKeys);
    addAction(m_quitAction);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_quitButton, &QPushButton::clicked, this, &QWidget::close);

    m_lockAction = new QAction(tr("Lock the till"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_lockAction);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    return bar;
}

void MainWindow::buildTillSlot()
{
    // Hidden until the page stack takes it (never without a till page).
    m_tillSlot = new QStackedWidget(this);
    m_tillSlot->setObjectName(QStringLiteral("tillPage"));
    m_tillSlot->hide();

    m_lockScreen = new LockScreen(m_operators, m_tillSlot);
    connect(m_lockScreen, &LockScreen::unlocked, this,
            [this](const OperatorInfo &info) { m_session.signIn(info); });

    m_noManagerPage = new QWidget(m_tillSlot);
    m_noManagerPage->setObjectName(QStringLiteral("noManagerPage"));
    auto *noManagerLayout = new QVBoxLayout(m_noManagerPage);
    auto *noManagerText = new QLabel(tr("Nobody can use the till yet: the shop's first manager must be "
                                        "created. They will then add the cashiers in Settings, under Staff."),
                                     m_noManagerPage);
    noManagerText->setObjectName(QStringLiteral("noManagerLabel"));
    noManagerText->setWordWrap(true);
    noManagerText->setAlignment(Qt::AlignCenter);
    auto *createButton = new QPushButton(tr("Create the first manager…"), m_noManagerPage);
    createButton->setObjectName(QStringLiteral("createManagerButton"));
    connect(createButton, &QPushButton::clicked, this, &MainWindow::showFirstManagerDialog);
    noManagerLayout->addStretch(1);
    noManagerLayout->addWidget(noManagerText);
    noManagerLayout->addWidget(createButton, 0, Qt::AlignCenter);
    noManagerLayout->addStretch(1);

    m_tillSlot->addWidget(m_lockScreen);
    m_tillSlot->addWidget(m_noManagerPage);
    if (m_tillPage)
        m_tillSlot->addWidget(m_tillPage);
}

QWidget *MainWindow::page(Page page) const
{
    return page >= 0 && page < PageCount ? m_pages[page] : nullptr;
}

QSize MainWindow::preferredSize()
{
    // Room for the till's two columns of large buttons in French; smaller screens (1366 × 768, the
    // commonest in shops) open maximised.
    return {1440, 900};
}

void MainWindow::showFitted(const std::optional<WindowGeometry> &saved)
{
    QScreen *target = screen();
    if (!target)
        target = QGuiApplication::primaryScreen();
    // Before the first show the frame is unknown: a title bar and thin borders.
    QMargins frame(4, 32, 4, 4);
    if (const QWindow *handle = windowHandle(); handle && handle->isVisible())
        frame = handle->frameMargins();
    const WindowGeometry fitted = target
        ? fitWindowGeometry(target->availableGeometry(), preferredSize(), frame, saved)
        : WindowGeometry {QRect(pos(), preferredSize()), false};
    qCInfo(lcUi) << "window opens" << (fitted.maximised ? "maximised, normal area" : "at") << fitted.normal
                 << "on a screen area of" << (target ? target->availableGeometry() : QRect());
    if (target)
        setScreen(target);
    setGeometry(fitted.normal);
    if (fitted.maximised)
        showMaximized();
    else
        showNormal();
}

WindowGeometry MainWindow::currentGeometry() const
{
    return {normalGeometry(), isMaximized()};
}

void MainWindow::setJournalAlert(const QString &text)
{
    m_journalAlert->setText(text);
    m_journalAlert->setAccessibleName(text);
    m_journalAlert->setVisible(!text.isEmpty());
}

QString MainWindow::journalAlert() const
{
    return m_journalAlert->isHidden() ? QString() : m_journalAlert->text();
}

void MainWindow::showJournalCheck(const JournalCheckOutcome &outcome)
{
    switch (outcome.state) {
    case JournalCheckOutcome::State::Checked:
        if (outcome.report.ok)
            setJournalAlert({});
        else
            setJournalAlert(journalProblemText(outcome.report) + QLatin1Char(' ') + journalBrokenAdvice());
        return;
    case JournalCheckOutcome::State::NoRecords:
        setJournalAlert({});
        return;
    case JournalCheckOutcome::State::Failed:
        qCWarning(lcUi) << "the journal could not be checked: error" << int(outcome.error.code);
        return;
    }
}

void MainWindow::setInactivityDelay(std::chrono::milliseconds delay)
{
    m_watcher->setDelay(delay);
    if (m_session.isSignedIn())
        m_watcher->start(); // restart the count with the new delay
}

std::chrono::milliseconds MainWindow::inactivityDelay() const
{
    return m_watcher->delay();
}

void MainWindow::lock()
{
    if (!m_session.isSignedIn())
        return;
    qCInfo(lcUi) << "till locked";
    m_session.signOut();
}

bool MainWindow::needsFirstManager() const
{
    if (m_demo)
        return false;
    const auto everyone = m_operators.list();
    return everyone.ok() && everyone->isEmpty();
}

void MainWindow::showFirstManagerDialog()
{
    if (m_firstManagerDialog) {
        m_firstManagerDialog->raise();
        return;
    }
    auto *dialog = new FirstManagerDialog(m_operators, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstManagerDialog::created, this, [this](const OperatorInfo &info) {
        m_session.signIn(info);
        updateOperatorState();
    });
    m_firstManagerDialog = dialog;
    dialog->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    fitNavigationWidth(); // the style sheet's fonts are known now
    if (needsFirstManager())
        QTimer::singleShot(0, this, [this] {
            if (needsFirstManager())
                showFirstManagerDialog();
        });
}

void MainWindow::fitNavigationWidth()
{
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem *item = m_navigation->item(row);
        QStyleOptionViewItem option;
        option.initFrom(m_navigation);
        option.widget = m_navigation;
        option.state |= QStyle::State_Selected;
        option.font = m_navigation->font();
        option.font.setWeight(QFont::DemiBold); // the selected entry's (comptoir.qss)
        option.fontMetrics = QFontMetrics(option.font);
        option.text = item->text();
        option.icon = item->icon();
        option.decorationSize = m_navigation->iconSize();
        option.decorationPosition = QStyleOptionViewItem::Left;
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
        const QSize needed = m_navigation->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option,
                                                                     QSize(), m_navigation);
        widest = qMax(widest, needed.width());
    }
    // The list's border, and the wider one it has with the focus (comptoir.qss: 1 and 3 pixels).
    const int border = m_navigation->width() - m_navigation->viewport()->width() + 2;
    m_navigation->setFixedWidth(qMax(NavigationWidth, widest + border));
}

void MainWindow::updateOperatorState()
{
    const auto &current = m_session.current();
    m_lockAction->setEnabled(current.has_value());
    m_lockButton->setEnabled(current.has_value());
    if (current) {
        m_operatorLabel->setText(
            tr("%1 — %2").arg(current->name, current->isManager() ? tr("manager") : tr("cashier")));
        if (m_tillPage)
            m_tillSlot->setCurrentWidget(m_tillPage);
        m_watcher->start();
        return;
    }
    m_watcher->stop();
    m_operatorLabel->setText(tr("Nobody is signed in at the till."));
    if (needsFirstManager()) {
        m_tillSlot->setCurrentWidget(m_noManagerPage);
        return;
    }
    m_lockScreen->reload();
    m_tillSlot->setCurrentWidget(m_lockScreen);
}

void MainWindow::addPage(Page page, QWidget *widget, const QString &name, const QString &iconName,
                         const QString &text)
{
    if (!widget)
        return;
    if (widget->objectName().isEmpty())
        widget->setObjectName(name);
    m_pages[page] = widget;
    m_stack->addWidget(widget);
    const int shortcutNumber = int(page) + 1;
    auto *item = new QListWidgetItem(themeIcon(iconName), text, m_navigation);
    item->setData(Qt::UserRole, int(page));
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(text).arg(shortcutNumber));
    item->setSizeHint(QSize(0, 52));

    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("showPage%1Action").arg(shortcutNumber));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcutNumber)));
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(action);
}

MainWindow::Page MainWindow::currentPage() const
{
    const auto shown = std::find(m_pages.cbegin(), m_pages.cend(), m_stack->currentWidget());
    return shown == m_pages.cend() ? PageCount : Page(shown - m_pages.cbegin());
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = this->page(page);
    if (!widget)
        return;
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == int(page)) {
            const QSignalBlocker quiet(m_navigation); // currentRowChanged would come back here
            m_navigation->setCurrentRow(row);
        }
    }
    m_stack->setCurrentWidget(widget);
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
    m_fileLabel->setFullText(tr("Data: %1").arg(QDir::toNativeSeparators(m_db.filePath())));
}

} // namespace comptoir
