// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderhistorydialog.h"

#include "models/money.h"
#include "sync/orders/orderpicking.h"
#include "ui/errortext.h"
#include "ui/sync/synctext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column {
    NumberColumn,
    PlacedColumn,
    CustomerColumn,
    PhoneColumn,
    StatusColumn,
    TotalColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

OrderHistoryDialog::OrderHistoryDialog(OrderHistory &history, QWidget *parent)
    : QDialog(parent), m_history(history)
{
    setObjectName(QStringLiteral("orderHistoryDialog"));
    setWindowTitle(tr("Order history"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("historySearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Order number, customer name or phone"));
    m_searchEdit->setClearButtonEnabled(true);
    filters->addWidget(m_searchEdit, 1);
    const QDate today = QDate::currentDate();
    m_fromCheck = new QCheckBox(tr("From"), this);
    m_fromCheck->setObjectName(QStringLiteral("historyFromCheck"));
    m_fromEdit = new QDateEdit(today.addDays(-30), this);
    m_fromEdit->setObjectName(QStringLiteral("historyFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_toCheck = new QCheckBox(tr("To"), this);
    m_toCheck->setObjectName(QStringLiteral("historyToCheck"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("historyToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("historyStatusCombo"));
    m_statusCombo->addItem(tr("Every status"), QString());
    for (const OrderStatus status : {OrderStatus::Placed, OrderStatus::Accepted, OrderStatus::Ready,
                                     OrderStatus::Collected, OrderStatus::Rejected, OrderStatus::Cancelled})
        m_statusCombo->addItem(SyncText::orderStatus(status), orderStatusKey(status));
    for (QWidget *w : {static_cast<QWidget *>(m_fromCheck), static_cast<QWidget *>(m_fromEdit),
                       static_cast<QWidget *>(m_toCheck), static_cast<QWidget *>(m_toEdit),
                       static_cast<QWidget *>(m_statusCombo)})
        filters->addWidget(w);
    layout->addLayout(filters);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &OrderHistoryDialog::search);
    connect(m_fromCheck, &QCheckBox::toggled, this, &OrderHistoryDialog::search);
    connect(m_toCheck, &QCheckBox::toggled, this, &OrderHistoryDialog::search);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &OrderHistoryDialog::search);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &OrderHistoryDialog::search);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &OrderHistoryDialog::search);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = table({tr("No."), tr("Placed"), tr("Customer"), tr("Phone"), tr("Status"), tr("Total")},
                    QStringLiteral("historyTable"), splitter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrderHistoryDialog::showDetails);
    auto *detailsPane = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(detailsPane);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_details);
    m_steps = table({tr("Step"), tr("When"), tr("By")}, QStringLiteral("historySteps"), detailsPane);
    detailsLayout->addWidget(m_steps, 1);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    layout->addWidget(m_message);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    resize(900, 640);
    search();
}

int OrderHistoryDialog::orderCount() const
{
    return m_table->rowCount();
}

void OrderHistoryDialog::search()
{
    OrderHistoryQuery query;
    query.text = m_searchEdit->text();
    if (m_fromCheck->isChecked())
        query.from = m_fromEdit->date();
    if (m_toCheck->isChecked())
        query.to = m_toEdit->date();
    query.status = orderStatusFromKey(m_statusCombo->currentData().toString());
    auto orders = m_history.search(query);
    if (!orders) {
        m_message->setText(errorText(orders.error()));
        return;
    }
    m_orders = *orders;
    m_message->setText(m_orders.size() >= query.limit
                           ? tr("Only the %1 newest orders are shown: narrow the search.").arg(query.limit)
                           : tr("%n order(s)", nullptr, int(m_orders.size())));
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_orders.size()));
    for (int row = 0; row < m_orders.size(); ++row) {
        const OnlineOrder &order = m_orders.at(row);
        m_table->setItem(row, NumberColumn, cell(QString::number(order.number)));
        m_table->setItem(row, PlacedColumn,
                         cell(locale.toString(order.placedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, CustomerColumn, cell(order.customerName));
        m_table->setItem(row, PhoneColumn, cell(order.customerPhone));
        m_table->setItem(row, StatusColumn, cell(SyncText::orderStatus(order.status)));
        m_table->setItem(row, TotalColumn, cell(Money::format(order.totalCents)));
    }
    m_table->resizeColumnsToContents();
    if (!m_orders.isEmpty())
        m_table->selectRow(0);
    showDetails();
}

void OrderHistoryDialog::showDetails()
{
    const int row = m_table->currentRow();
    m_steps->setRowCount(0);
    if (row < 0 || row >= m_orders.size() || m_table->selectedItems().isEmpty()) {
        m_details->clear();
        return;
    }
    auto order = m_history.details(m_orders.at(row).uuid);
    if (!order) {
        m_details->setText(errorText(order.error()));
        return;
    }
    const QLocale locale;
    QStringList text;
    text << QStringLiteral("<b>%1</b> · %2")
                .arg(tr("Order %1").arg(order->number), orderCode(order->number).toHtmlEscaped());
    text << (order->payment == OrderPayment::AtCollection ? tr("To pay at collection") : tr("Paid online"));
    if (!order->reason.isEmpty())
        text << tr("Reason given: %1").arg(order->reason.toHtmlEscaped());
    for (const OnlineOrderLine &line : order->lines) {
        const QString name = line.productName.isEmpty()
            ? tr("item %1 (not in the catalogue)").arg(line.variantUuid)
            : (line.variantLabel.isEmpty() ? line.productName
                                           : line.productName + QStringLiteral(" · ") + line.variantLabel);
        QString entry = tr("%1 × %2 at %3")
                            .arg(line.quantity)
                            .arg(name.toHtmlEscaped(), Money::format(line.unitPriceCents));
        if (line.refused)
            entry = QStringLiteral("<s>") + entry + QStringLiteral("</s> ")
                + (line.refusalReason.isEmpty() ? tr("refused")
                                                : tr("refused: %1").arg(line.refusalReason.toHtmlEscaped()));
        text << entry;
    }
    m_details->setText(text.join(QStringLiteral("<br>")));
    m_steps->setRowCount(int(order->steps.size()));
    for (int i = 0; i < order->steps.size(); ++i) {
        const OnlineOrderStep &step = order->steps.at(i);
        m_steps->setItem(i, 0, cell(SyncText::orderStatus(step.status)));
        m_steps->setItem(i, 1, cell(locale.toString(step.at.toLocalTime(), QLocale::ShortFormat)));
        m_steps->setItem(i, 2, cell(step.by.isEmpty() ? tr("the marketplace") : step.by));
    }
    m_steps->resizeColumnsToContents();
}

} // namespace comptoir
