// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shopsync.h"

#include "app/applogging.h"
#include "app/shopsession.h"
#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"
#include "sync/orders/servicelevels.h"
#include "ui/orders/orderalerts.h"
#include "ui/orders/orderspage.h"
#include "ui/settings/ordersettingssection.h"
#include "ui/settings/settingspage.h"
#include "ui/sync/enrollmentdialog.h"
#include "ui/sync/syncconflictsview.h"
#include "ui/sync/syncexceptionsview.h"
#include "ui/sync/syncpage.h"
#include "ui/sync/syncstatusindicator.h"
#include "ui/window/mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QStatusBar>

namespace comptoir {

ShopSync::ShopSync(ShopSession &session)
    : m_session(session),
      m_orders(session.database(), session.clock()),
      m_exceptions(session.database(), session.clock(), session.events(), session.operators()),
      m_conflicts(session.database()),
      m_controller(session.database().filePath(), session.secrets()),
      m_acknowledgements(session.database(), session.clock()),
      m_alerts(std::make_unique<OrderAlerts>(m_orders, m_acknowledgements, session.clock()))
{
    m_ordersPage = new OrdersPage(m_orders);
    loadOrderSettings();
    // Issue 16: the new order alert; the Commandes page listing orders in front means seen.
    OrderAlerts *alerts = m_alerts.get();
    QObject::connect(&m_controller, &SyncController::changesApplied, alerts, &OrderAlerts::onChangesApplied,
                     Qt::QueuedConnection);
    QObject::connect(m_ordersPage, &OrdersPage::ordersSeen, alerts, &OrderAlerts::acknowledge);
    QObject::connect(alerts, &OrderAlerts::countChanged, m_ordersPage, &OrdersPage::reportSeen,
                     Qt::QueuedConnection);
    ShopSync *self = this;
    QObject::connect(
        &m_controller, &SyncController::changesApplied, alerts,
        [self](const SyncChanges &changes) {
            if (changes.serviceLevels)
                self->loadOrderSettings();
        },
        Qt::QueuedConnection);
    m_exceptionsView = new SyncExceptionsView(m_exceptions, session.operators(), session.operatorSession());
    auto *conflicts = new SyncConflictsView(m_conflicts, session.database().deviceId());
    m_syncPage = new SyncPage(session.clock(), m_exceptionsView, conflicts);

    // The engine's news, from its thread through the controller (queued: the pages read the
    // database on the window's thread when the event loop gets to it).
    QObject::connect(&m_controller, &SyncController::statusChanged, m_syncPage, &SyncPage::setStatus,
                     Qt::QueuedConnection);
    QObject::connect(&m_controller, &SyncController::changesApplied, m_ordersPage,
                     &OrdersPage::onChangesApplied, Qt::QueuedConnection);
    QObject::connect(&m_controller, &SyncController::changesApplied, m_syncPage, &SyncPage::onChangesApplied,
                     Qt::QueuedConnection);

    // What people do here queues outbox rows: the engine pushes them at once.
    SyncController *controller = &m_controller;
    QObject::connect(m_ordersPage, &OrdersPage::transitionQueued, controller, &SyncController::nudge);
    QObject::connect(m_exceptionsView, &SyncExceptionsView::retried, controller, &SyncController::nudge);
    QObject::connect(m_syncPage, &SyncPage::syncRequested, controller, &SyncController::nudge);
}

ShopSync::~ShopSync() = default;

void ShopSync::loadOrderSettings()
{
    auto levels = readServiceLevels(m_session.database());
    auto hours = m_session.settings().openingHours();
    if (levels && hours) {
        const OrderDeadlines deadlines(levels.value(), hours.value());
        m_alerts->setDeadlines(deadlines);
        m_ordersPage->setDeadlines(deadlines, &m_session.clock());
    } else {
        qCWarning(lcApp) << "cannot read the online orders' deadlines' settings";
    }
    if (auto alerts = m_session.settings().orderAlerts())
        m_alerts->setSettings(alerts.value());
}

void ShopSync::install(MainWindow &window)
{
    m_indicator = new SyncStatusIndicator(m_session.clock());
    window.statusBar()->addPermanentWidget(m_indicator);
    QObject::connect(&m_controller, &SyncController::statusChanged, m_indicator,
                     &SyncStatusIndicator::setStatus, Qt::QueuedConnection);
    QObject::connect(m_exceptionsView, &SyncExceptionsView::exceptionsChanged, m_indicator,
                     &SyncStatusIndicator::setOpenExceptions);
    // Enrolled but the keychain has no token: say so rather than "not enrolled" (after the plain
    // status, connected above, has been shown).
    ShopSync *shown = this;
    QObject::connect(
        &m_controller, &SyncController::statusChanged, m_indicator,
        [shown](const SyncStatus &status) {
            if (status.state != SyncState::NotEnrolled)
                return;
            auto device = Enrollment::current(shown->m_session.database());
            if (!device || !device.value())
                return;
            SyncStatus needs = status;
            needs.state = SyncState::NeedsEnrollment;
            needs.lastError = makeError(ErrorCode::NotEnrolled);
            if (auto open = shown->m_exceptions.openCount())
                needs.openExceptions = *open;
            shown->m_indicator->setStatus(needs);
            shown->m_syncPage->setStatus(needs);
        },
        Qt::QueuedConnection);

    SyncPage *syncPage = m_syncPage;
    MainWindow *mainWindow = &window;
    QObject::connect(m_indicator, &SyncStatusIndicator::exceptionsRequested, syncPage,
                     [mainWindow, syncPage] {
                         mainWindow->showPage(MainWindow::SyncPageIndex);
                         syncPage->showExceptions();
                     });

    // Enrolling this till (issue 5, point 5): from the status bar when it says so, and from the
    // "Marketplace" group of Réglages.
    m_window = &window;
    ShopSync *self = this;
    QObject::connect(m_indicator, &SyncStatusIndicator::enrollmentRequested, m_indicator,
                     [self] { self->openEnrollmentDialog(); });
    // Issue 16: the new orders' badge on the Commandes entry and in the status bar, the desktop
    // notification when the window is not in front.
    OrderAlerts *alerts = m_alerts.get();
    alerts->setWindow(&window);
    auto *alertLabel = new QLabel(&window);
    alertLabel->setObjectName(QStringLiteral("orderAlertsLabel"));
    window.statusBar()->addPermanentWidget(alertLabel);
    alertLabel->hide();
    QObject::connect(alerts, &OrderAlerts::statusTextChanged, alertLabel, [alertLabel](const QString &text) {
        alertLabel->setText(text);
        alertLabel->setVisible(!text.isEmpty());
    });
    // The count after the Commandes entry's name in the navigation ("Orders (2)"), bold while any.
    QObject::connect(alerts, &OrderAlerts::countChanged, &window, [mainWindow](int count) {
        auto *navigation = mainWindow->findChild<QListWidget *>(QStringLiteral("navigationList"));
        for (int row = 0; navigation && row < navigation->count(); ++row) {
            QListWidgetItem *item = navigation->item(row);
            if (item->data(Qt::UserRole).toInt() != int(MainWindow::OrdersPage))
                continue;
            if (!item->data(Qt::UserRole + 1).isValid())
                item->setData(Qt::UserRole + 1, item->text()); // the page's own name
            item->setText(OrderAlerts::badgeText(item->data(Qt::UserRole + 1).toString(), count));
            QFont font = item->font();
            font.setBold(count > 0);
            item->setFont(font);
        }
    });
    alerts->check();
    if (auto *settings = qobject_cast<SettingsPage *>(window.page(MainWindow::SettingsPage))) {
        auto *orderSettings = new OrderSettingsSection(m_session.settings(), m_session.operatorSession());
        settings->addSection(orderSettings);
        QObject::connect(orderSettings, &OrderSettingsSection::saved, orderSettings,
                         [self] { self->loadOrderSettings(); });
        m_marketplaceSection = new MarketplaceSection(m_session.database(), m_session.operatorSession());
        settings->addSection(m_marketplaceSection);
        QObject::connect(m_marketplaceSection, &MarketplaceSection::enrollmentRequested, m_marketplaceSection,
                         [self] { self->openEnrollmentDialog(); });
    }
    start();
}

void ShopSync::openEnrollmentDialog()
{
    if (!m_window)
        return;
    if (auto *open = m_window->findChild<EnrollmentDialog *>(); open && open->isVisible()) {
        open->activateWindow();
        return;
    }
    // The dialog's own network access (the engine's lives on its thread); both go with the dialog.
    auto *network = new QNetworkAccessManager;
    auto *dialog = new EnrollmentDialog(m_session.database(), m_session.secrets(), *network, m_window);
    network->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ShopSync *self = this;
    QObject::connect(dialog, &EnrollmentDialog::enrolled, dialog, [self] {
        if (self->m_marketplaceSection)
            self->m_marketplaceSection->refresh();
        self->start();
    });
    dialog->open();
}

void ShopSync::start()
{
    SyncStatus status = m_controller.status();
    auto device = Enrollment::current(m_session.database());
    if (!device) {
        qCWarning(lcApp) << "cannot read the marketplace enrollment: error" << int(device.error().code);
    } else if (!device.value()) {
        qCInfo(lcApp) << "not enrolled with a marketplace: no sync";
    } else {
        // The token comes from the keychain later; the controller's status follows.
        m_controller.start(*device.value());
        status = m_controller.status();
    }
    // Exceptions parked in an earlier run show at once, before the engine's first status.
    if (auto open = m_exceptions.openCount())
        status.openExceptions = *open;
    m_indicator->setStatus(status);
    m_syncPage->setStatus(status);
}

} // namespace comptoir
