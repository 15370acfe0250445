// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace comptoir {

class OrderCollection;

// "Collect an order" at the till: the orders ready (or accepted) to collect, narrowed as the
// cashier types a number, a name or a phone ("orderSearchEdit", "orderList"); Enter or a double
// click chooses one. Opened with open(); emits orderChosen with the order's uuid.
class OrderSearchDialog : public QDialog
{
    Q_OBJECT

public:
    OrderSearchDialog(OrderCollection &collection, QWidget *parent = nullptr);

    void search(const QString &text);

Q_SIGNALS:
    void orderChosen(const QString &orderUuid);

private:
    void choose();

    OrderCollection &m_collection;
    QLineEdit *m_edit;
    QListWidget *m_list;
};

} // namespace comptoir
