// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "sync/orders/orderpicking.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace comptoir {

class OrderLineRefusals;
class PickingSlipPrinter;

// Picking an order by scanning (issue 16, item 3), scanner first and keyboard only: the scan
// field keeps the focus; each line shows where its item is (its category: the catalogue has no
// stock locations), its barcode, picked / ordered and how many are missing. A wrong item or one
// too many is refused by a red line in the dialog (no sound, no message box). A line that cannot
// be supplied is refused alone with a reason the customer reads; "Order ready" is offered once
// every line still to supply is picked, and asks the Commandes page to make the order ready
// (readyRequested). An order cancelled online while open stops the picking with a clear message
// (onOrderChanged, connected to the sync's changes; each scan reads the order's status too).
class PickingDialog : public QDialog
{
    Q_OBJECT

public:
    // picking: started on an accepted order (OrderPicking::start). by: who picks ("Caisse 1 ·
    // Marie"), sent with a refusal. slips: the slip printer, or none (no print button).
    PickingDialog(OrderPicking &picking, OrderLineRefusals &refusals, const QString &by,
                  PickingSlipPrinter *slips = nullptr, QWidget *parent = nullptr);

    QString message() const; // the result line's text (tests)
    bool messageIsError() const { return m_messageIsError; }

public Q_SLOTS:
    // The order may have changed (the feed applied a page): reads it again.
    void onOrderChanged();
    void scan(const QString &code);

Q_SIGNALS:
    void readyRequested(const QString &orderUuid);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScanEntered();
    void markMissing();
    void refuseLine();
    void printSlip();
    void requestReady();
    void refresh();
    void showMessage(const QString &text, bool error);
    void showStopped();
    int selectedLineNo() const;
    void selectLine(int lineNo);
    void syncMissingSpin(); // the missing count's range and value follow the selected line

    OrderPicking &m_picking;
    OrderLineRefusals &m_refusals;
    QString m_by;
    PickingSlipPrinter *m_slips;
    QLabel *m_header = nullptr;
    QLineEdit *m_scanEdit = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_progress = nullptr;
    QSpinBox *m_missingSpin = nullptr;
    QPushButton *m_missingButton = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QPushButton *m_refuseButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_readyButton = nullptr;
    bool m_messageIsError = false;
};

} // namespace comptoir
