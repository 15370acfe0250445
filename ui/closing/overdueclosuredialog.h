// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir {

class Operators;
class OperatorSession;
class ClosureAuthorisation;
class PinDialog;

// Asked before selling when a trading day has been left unclosed for more than 24 hours (see
// overdueBusinessDay in businessday.h): "The day of Tuesday 25 November has not been closed.
// Close it before selling." ("messageLabel"), the cash expected ("expectedLabel") and the cash
// counted ("countedEdit"), prefilled with the expected amount and editable. One default button,
// "closeButton" ("Close 25/11 now", Enter), closes the day with DayClosing::close: in the name of
// the operator when a manager is signed in; a cashier is asked a manager's PIN (a PinDialog
// ManagerOverride, "pinDialog") and the closure is in the manager's name. Cancel (Esc) closes the
// dialog and nothing is written. A refusal is shown in "errorLabel" and the dialog stays open.
// A barcode scanned while the dialog is open is swallowed (it must not become the cash counted).
// Open it with open().
class OverdueClosureDialog : public QDialog
{
    Q_OBJECT

public:
    // totals: the overdue day's totals, read with the cash float the closure will record.
    OverdueClosureDialog(DayClosing &closing, Operators &operators, OperatorSession &session,
                         const DayTotals &totals, QWidget *parent = nullptr);

    const DayTotals &totals() const { return m_totals; }
    QString errorMessage() const;
    // The PIN dialog asked for a cashier, while it is open.
    PinDialog *pinDialog() const;

    void accept() override;

Q_SIGNALS:
    // The closure is stored (the dialog then closes, accepted).
    void closed(const comptoir::Closure &closure);

private:
    void showError(const QString &text);

    OperatorSession &m_session;
    DayTotals m_totals;

    QLineEdit *m_countedEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_closeButton = nullptr;
    ClosureAuthorisation *m_authorisation = nullptr;
};

} // namespace comptoir
