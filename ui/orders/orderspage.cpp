// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderspage.h"

#include "models/clock.h"
#include "models/money.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/orders/rejectorderdialog.h"
#include "ui/sync/synctext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column {
    NumberColumn,
    PlacedColumn,
    CustomerColumn,
    LinesColumn,
    TotalColumn,
    StatusColumn,
    TimeLeftColumn,
    ColumnCount
};

QPushButton *stepButton(const QString &text, const QString &name, const QKeySequence &shortcut,
                        QWidget *parent)
{
    auto *button = new QPushButton(
        text + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'), parent);
    button->setObjectName(name);
    button->setMinimumHeight(48);
    button->setFont(scaled(button->font(), 1.2));
    button->setShortcut(shortcut);
    return button;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QString lineText(const OnlineOrderLine &line)
{
    QString label = line.productName;
    if (label.isEmpty())
        label = QCoreApplication::translate("OrdersPage", "Item not yet in the catalogue");
    else if (!line.variantLabel.isEmpty())
        label += QStringLiteral(" — ") + line.variantLabel;
    return QCoreApplication::translate("OrdersPage", "%1 × %2").arg(line.quantity).arg(label);
}

} // namespace

OrdersPage::OrdersPage(OnlineOrders &orders, QWidget *parent) : QWidget(parent), m_store(orders)
{
    setObjectName(QStringLiteral("ordersPage"));

    auto *title = new QLabel(tr("Online orders to prepare"), this);
    title->setFont(scaled(font(), 1.6, true));
    m_refreshButton
        = stepButton(tr("Refresh"), QStringLiteral("refreshButton"), QKeySequence(Qt::Key_F5), this);
    connect(m_refreshButton, &QPushButton::clicked, this, &OrdersPage::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_refreshButton);

    m_emptyLabel = new QLabel(tr("No online order is waiting."), this);
    m_emptyLabel->setObjectName(QStringLiteral("ordersEmptyLabel"));
    m_emptyLabel->setFont(scaled(font(), 1.2));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Placed"), tr("Customer"), tr("Items"), tr("Total"), tr("Status"), tr("Time left")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LinesColumn, QHeaderView::Stretch);
    m_table->setFont(scaled(font(), 1.1));
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrdersPage::updateSelection);

    m_linesLabel = new QLabel(this);
    m_linesLabel->setObjectName(QStringLiteral("orderLinesLabel"));
    m_linesLabel->setWordWrap(true);
    m_linesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linesLabel->setFont(scaled(font(), 1.2));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("ordersMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setFont(scaled(font(), 1.1, true));

    m_acceptButton = stepButton(tr("Accept"), QStringLiteral("acceptButton"), QKeySequence(Qt::Key_F2), this);
    m_rejectButton
        = stepButton(tr("Refuse…"), QStringLiteral("rejectButton"), QKeySequence(Qt::Key_F3), this);
    m_readyButton = stepButton(tr("Ready"), QStringLiteral("readyButton"), QKeySequence(Qt::Key_F4), this);
    m_collectedButton
        = stepButton(tr("Collected"), QStringLiteral("collectedButton"), QKeySequence(Qt::Key_F6), this);
    m_acceptButton->setToolTip(tr("The shop will prepare this order"));
    m_rejectButton->setToolTip(tr("The shop cannot serve this order: its items go back on sale online"));
    m_readyButton->setToolTip(tr("The order is ready: the customer may come and collect it"));
    m_collectedButton->setToolTip(tr("The customer has collected the order: its items leave the stock"));
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { move(OrderStatus::Accepted); });
    connect(m_rejectButton, &QPushButton::clicked, this, &OrdersPage::askRejection);
    connect(m_readyButton, &QPushButton::clicked, this, [this] { move(OrderStatus::Ready); });
    connect(m_collectedButton, &QPushButton::clicked, this, [this] { move(OrderStatus::Collected); });
    // Issue 16: preparing the selected order (picking by scanning), the history, the oversold items.
    m_prepareButton
        = stepButton(tr("Prepare…"), QStringLiteral("prepareButton"), QKeySequence(Qt::Key_F7), this);
    m_prepareButton->setToolTip(tr("Pick the order's items by scanning them, and print its slip"));
    connect(m_prepareButton, &QPushButton::clicked, this, [this] {
        if (const auto order = current())
            Q_EMIT prepareRequested(order->uuid);
    });
    auto *history
        = stepButton(tr("History…"), QStringLiteral("historyButton"), QKeySequence(Qt::Key_F8), this);
    connect(history, &QPushButton::clicked, this, &OrdersPage::historyRequested);
    auto *oversold
        = stepButton(tr("Oversold items…"), QStringLiteral("oversellButton"), QKeySequence(Qt::Key_F9), this);
    oversold->setToolTip(tr("Items promised online that the shop no longer has"));
    connect(oversold, &QPushButton::clicked, this, &OrdersPage::oversellRequested);
    top->addWidget(history);
    top->addWidget(oversold);

    auto *steps = new QHBoxLayout;
    steps->addWidget(m_acceptButton);
    steps->addWidget(m_prepareButton);
    steps->addWidget(m_readyButton);
    steps->addWidget(m_collectedButton);
    steps->addStretch(1);
    steps->addWidget(m_rejectButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_linesLabel, 1);
    layout->addWidget(m_messageLabel);
    layout->addLayout(steps);
    m_deadlineTimer.setInterval(30'000);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &OrdersPage::refreshDeadlines);
    m_deadlineTimer.start();
    refresh();
}

void OrdersPage::setDeadlines(const OrderDeadlines &deadlines, const Clock *clock)
{
    m_deadlines = deadlines;
    m_clock = clock;
    refreshDeadlines();
}

QString OrdersPage::timeLeftText(const OrderDeadline &deadline)
{
    if (deadline.level == DeadlineLevel::None)
        return {};
    const qint64 seconds = deadline.secondsLeft < 0 ? -deadline.secondsLeft : deadline.secondsLeft;
    const qint64 minutes = (seconds + 59) / 60;
    const QString duration = minutes >= 60
        ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))
        : tr("%1 min").arg(minutes);
    switch (deadline.level) {
    case DeadlineLevel::Ok:
        return duration;
    case DeadlineLevel::Amber:
        return tr("%1 — soon").arg(duration);
    case DeadlineLevel::Red:
        return tr("%1 — hurry").arg(duration);
    case DeadlineLevel::Missed:
        return tr("late by %1").arg(duration);
    case DeadlineLevel::None:
        break;
    }
    return {};
}

void OrdersPage::refreshDeadlines()
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (int row = 0; row < m_orders.size() && row < m_table->rowCount(); ++row) {
        const OrderDeadline deadline = m_deadlines.deadlineOf(m_orders.at(row), now);
        auto *item = cell(timeLeftText(deadline));
        if (deadline.due.isValid())
            item->setToolTip(
                tr("Due %1").arg(locale.toString(deadline.due.toLocalTime(), QLocale::ShortFormat)));
        if (deadline.level == DeadlineLevel::Amber) {
            item->setBackground(QColor(0xff, 0xd5, 0x80));
            item->setForeground(Qt::black);
        } else if (deadline.level == DeadlineLevel::Red || deadline.level == DeadlineLevel::Missed) {
            item->setBackground(QColor(0xc6, 0x28, 0x28));
            item->setForeground(Qt::white);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        item->setData(Qt::UserRole, int(deadline.level));
        m_table->setItem(row, TimeLeftColumn, item);
    }
}

void OrdersPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        reportSeen();
}

void OrdersPage::reportSeen()
{
    if (!isVisible() || !window()->isActiveWindow() || m_orders.isEmpty())
        return;
    QStringList uuids;
    for (const OnlineOrder &order : std::as_const(m_orders))
        uuids << order.uuid;
    Q_EMIT ordersSeen(uuids);
}

void OrdersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_table->setFocus();
}

void OrdersPage::onChangesApplied(const SyncChanges &changes)
{
    if (changes.orders)
        refresh();
}

QString OrdersPage::statusText(const OnlineOrder &order)
{
    const OrderStatus status = order.currentStatus();
    const QString text = SyncText::orderStatus(status);
    if (order.pendingStatus && !OnlineOrders::isFinal(order.status) && status != order.status)
        return tr("%1 (sending…)").arg(text);
    return text;
}

void OrdersPage::refresh()
{
    const QString selected = selectedOrder();
    auto orders = m_store.openOrders();
    if (!orders) {
        qCWarning(lcUi) << "cannot read the online orders: error" << int(orders.error().code);
        m_messageLabel->setText(errorText(orders.error()));
        return;
    }
    m_orders = orders.value();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_orders.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const QLocale locale;
    for (int row = 0; row < m_orders.size(); ++row) {
        const OnlineOrder &order = m_orders.at(row);
        QStringList lines;
        for (const OnlineOrderLine &line : order.lines)
            lines << lineText(line);
        QString customer = order.customerName;
        if (!order.customerPhone.isEmpty())
            customer += QStringLiteral(" · ") + order.customerPhone;
        m_table->setItem(row, NumberColumn, cell(QString::number(order.number), right));
        m_table->setItem(row, PlacedColumn,
                         cell(locale.toString(order.placedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, CustomerColumn, cell(customer));
        m_table->setItem(row, LinesColumn, cell(lines.join(QStringLiteral(", "))));
        m_table->setItem(row, TotalColumn, cell(Money::format(order.totalCents), right));
        auto *status = cell(statusText(order));
        if (order.status == OrderStatus::Placed && !order.pendingStatus) {
            QFont bold = status->font();
            bold.setBold(true);
            status->setFont(bold); // new: someone must look at it
        }
        m_table->setItem(row, StatusColumn, status);
    }
    m_emptyLabel->setVisible(m_orders.isEmpty());
    if (!selected.isEmpty())
        selectOrder(selected);
    if (m_table->currentRow() < 0 && !m_orders.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateSelection();
    refreshDeadlines();
    reportSeen();
}

bool OrdersPage::selectOrder(const QString &orderUuid)
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).uuid == orderUuid) {
            m_table->setCurrentCell(row, 0);
            updateSelection();
            return true;
        }
    }
    return false;
}

QString OrdersPage::selectedOrder() const
{
    const auto order = current();
    return order ? order->uuid : QString();
}

RejectOrderDialog *OrdersPage::rejectDialog() const
{
    return m_rejectDialog;
}

QString OrdersPage::message() const
{
    return m_messageLabel->text();
}

void OrdersPage::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
}

std::optional<OnlineOrder> OrdersPage::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_orders.size())
        return std::nullopt;
    return m_orders.at(row);
}

void OrdersPage::updateSelection()
{
    const auto order = current();
    auto allowed = [&order](OrderStatus to) {
        if (!order || OnlineOrders::isFinal(order->status))
            return false;
        const OrderStatus from = order->currentStatus();
        return from != to && OnlineOrders::isLegalTransition(from, to);
    };
    m_acceptButton->setEnabled(allowed(OrderStatus::Accepted));
    m_rejectButton->setEnabled(allowed(OrderStatus::Rejected));
    m_readyButton->setEnabled(allowed(OrderStatus::Ready));
    m_collectedButton->setEnabled(allowed(OrderStatus::Collected));
    m_prepareButton->setEnabled(order && !OnlineOrders::isFinal(order->status)
                                && order->currentStatus() == OrderStatus::Accepted);
    if (!order) {
        m_linesLabel->clear();
        return;
    }
    QStringList lines;
    for (const OnlineOrderLine &line : order->lines) {
        QString shown
            = lineText(line) + QStringLiteral("  ") + Money::format(line.unitPriceCents * line.quantity);
        if (line.refused)
            shown = tr("%1 — refused: %2").arg(shown, line.refusalReason);
        lines << shown;
    }
    QString text = tr("Order %1 — %2").arg(order->number).arg(Money::format(order->totalCents));
    text += QStringLiteral(" — ")
        + (order->payment == OrderPayment::AtCollection ? tr("to be paid at collection") : tr("paid online"));
    text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (!order->reason.isEmpty())
        text += QLatin1Char('\n') + tr("Reason given: %1").arg(order->reason);
    m_linesLabel->setText(text);
}

void OrdersPage::askRejection()
{
    const auto order = current();
    if (!order)
        return;
    if (m_rejectDialog)
        m_rejectDialog->deleteLater();
    m_rejectDialog = new RejectOrderDialog(order->number, this);
    m_rejectDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString uuid = order->uuid;
    connect(m_rejectDialog, &RejectOrderDialog::reasonGiven, this, [this, uuid](const QString &reason) {
        if (selectOrder(uuid))
            move(OrderStatus::Rejected, reason);
    });
    m_rejectDialog->open();
}

void OrdersPage::move(OrderStatus to, const QString &reason)
{
    const auto order = current();
    if (!order)
        return;
    if (Status s = m_store.transition(order->uuid, to, reason); !s) {
        qCInfo(lcUi) << "order step refused: error" << int(s.error().code);
        m_messageLabel->setText(errorText(s.error()));
        refresh();
        return;
    }
    m_messageLabel->setText(tr("Order %1: %2. It is sent to the marketplace.")
                                .arg(order->number)
                                .arg(SyncText::orderStatus(to).toLower()));
    refresh();
    Q_EMIT transitionQueued();
}

} // namespace comptoir
