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

class DayTotalsView;
class Operators;
class OperatorSession;
class ClosureAuthorisation;
class PinDialog;

// The day's closing (Z): shows the day and its totals, asks for the cash counted in the drawer
// ("countedEdit", Money::parse) and shows the difference with the cash expected as it is typed
// ("differenceLabel": green when zero, red otherwise). "confirmButton" closes the day with
// DayClosing::close: a manager signed in closes it in their name; a cashier needs a manager's
// PIN (a PinDialog ManagerOverride, "pinDialog") and the closure is then in the manager's name.
// Nobody signed in: the button is disabled. A refusal is shown in "errorLabel" and nothing is
// written; on success closed() is emitted and the dialog closes. Open it with open().
class ClosureDialog : public QDialog
{
    Q_OBJECT

public:
    // totals: the day's X report, read with the cash float the closure will record.
    ClosureDialog(DayClosing &closing, Operators &operators, OperatorSession &session,
                  const DayTotals &totals, QWidget *parent = nullptr);

    const DayTotals &totals() const { return m_totals; }
    // The cash counted as typed, or nothing when the field is empty or not an amount.
    std::optional<qint64> countedCents() const;
    QString errorMessage() const;
    // The PIN dialog asked for a cashier, while it is open.
    PinDialog *pinDialog() const;

    void accept() override;

Q_SIGNALS:
    // The closure is stored.
    void closed(const comptoir::Closure &closure);

private:
    void updateDifference();
    void updateState();
    void showError(const QString &text);

    OperatorSession &m_session;
    DayTotals m_totals;

    DayTotalsView *m_totalsView = nullptr;
    QLineEdit *m_countedEdit = nullptr;
    QLabel *m_differenceLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_confirmButton = nullptr;
    ClosureAuthorisation *m_authorisation = nullptr;
};

} // namespace comptoir
