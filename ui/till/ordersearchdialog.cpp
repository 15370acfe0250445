// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/ordersearchdialog.h"

#include "models/money.h"
#include "sync/orders/ordercollection.h"
#include "ui/errortext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

OrderSearchDialog::OrderSearchDialog(OrderCollection &collection, QWidget *parent)
    : QDialog(parent), m_collection(collection), m_edit(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("orderSearchDialog"));
    setWindowTitle(tr("Collect an order"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Order number, customer's name or phone:"), this));
    m_edit->setObjectName(QStringLiteral("orderSearchEdit"));
    m_list->setObjectName(QStringLiteral("orderList"));
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Collect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderSearchDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &OrderSearchDialog::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &OrderSearchDialog::choose);
    connect(m_list, &QListWidget::itemActivated, this, &OrderSearchDialog::choose);
    resize(520, 360);
    search({});
}

void OrderSearchDialog::search(const QString &text)
{
    m_list->clear();
    auto found = m_collection.search(text);
    if (!found) {
        m_list->addItem(errorText(found.error()));
        return;
    }
    for (const OnlineOrder &order : std::as_const(*found)) {
        const QString state
            = OrderCollection::isMarkedReady(order) ? tr("ready") : tr("accepted, not marked ready");
        auto *item = new QListWidgetItem(
            tr("CMD-%1 · %2 · %3 · %4 · %5")
                .arg(order.number)
                .arg(order.customerName, order.customerPhone, state, Money::format(order.totalCents)),
            m_list);
        item->setData(Qt::UserRole, order.uuid);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void OrderSearchDialog::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const QString uuid = item->data(Qt::UserRole).toString();
    accept();
    Q_EMIT orderChosen(uuid);
}

} // namespace comptoir
