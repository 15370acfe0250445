// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/orders/orderhistory.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace comptoir {

// The history of online orders (issue 16, item 6): past and current orders, newest first,
// searched by number ("118", "CMD-118"), customer name or phone, a range of days and a status;
// the chosen order's lines (refused ones with their reason) and its steps with their time and
// who took them.
class OrderHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OrderHistoryDialog(OrderHistory &history, QWidget *parent = nullptr);

    int orderCount() const; // rows shown (tests)

public Q_SLOTS:
    void search();

private:
    void showDetails();

    OrderHistory &m_history;
    QList<OnlineOrder> m_orders;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_steps = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace comptoir
