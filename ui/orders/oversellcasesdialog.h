// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/orders/oversellcases.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace comptoir {

// The open oversell cases (issue 16, docs/marketplace-api.md §10.4): the shop promised online
// more than it has. Each case ("casesTable") shows the product, what is missing, what caused it
// and when, and how it is being handled; the orders waiting for that item ("ordersTable") show
// the customer's name and phone, to call them. The selected case is handled with a note
// ("noteEdit"): "Customer contacted" ("contactedButton"); "Restock" ("restockButton"): a count of
// the shelf ("countSpin") through the stock count; "Refuse the order line" ("refuseLineButton",
// the selected order's line): refuseLineRequested() is emitted (whoever owns the orders' refusals
// does it) and the caller reports back with lineRefusalDone(). Each handling goes up to the
// marketplace (an oversell_handling mutation); the feed brings it back. `by`: the operator's name.
class OversellCasesDialog : public QDialog
{
    Q_OBJECT

public:
    OversellCasesDialog(OversellCases &cases, const QString &by, QWidget *parent = nullptr);

    void reload();
    int caseCount() const { return int(m_cases.size()); }
    void markContacted();
    void restock();
    void refuseSelectedLine();
    // The refusal asked by refuseLineRequested() was done (refused) or not: recorded as the case's
    // handling when done.
    void lineRefusalDone(bool refused);

Q_SIGNALS:
    void refuseLineRequested(const QString &orderUuid, int lineNo, const QString &reason);

private:
    void showOrders();
    const OpenOversellCase *selectedCase() const;
    void report(const Status &status, const QString &done);

    OversellCases &m_store;
    QString m_by;
    QList<OpenOversellCase> m_cases;
    QString m_pendingRefusalCase;
    QString m_pendingRefusalNote;
    QTableWidget *m_caseTable;
    QTableWidget *m_orderTable;
    QLineEdit *m_note;
    QSpinBox *m_count;
    QLabel *m_status;
};

} // namespace comptoir
