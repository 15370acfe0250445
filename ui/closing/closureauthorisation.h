// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace comptoir {

class Operators;
class OperatorSession;
class PinDialog;

// The confirmation step shared by the closing dialogs (ClosureDialog on the Reports page,
// OverdueClosureDialog at the till): checks the cash counted as typed, then closes the day with
// DayClosing::close — in the name of the operator when a manager is signed in; a cashier is asked
// a manager's PIN (a PinDialog ManagerOverride, parented to the dialog) and the closure is then in
// the manager's name. The outcome is closed() or refused() with a sentence to show; nothing is
// written on a refusal.
class ClosureAuthorisation : public QObject
{
    Q_OBJECT

public:
    ClosureAuthorisation(DayClosing &closing, Operators &operators, OperatorSession &session,
                         QWidget *dialog);

    // Starts the closing of totals.businessDay with the cash counted as typed in countedText.
    void confirm(const DayTotals &totals, const QString &countedText);
    // The PIN dialog asked for a cashier, while it is open.
    PinDialog *pinDialog() const { return m_pinDialog; }

Q_SIGNALS:
    void closed(const comptoir::Closure &closure);
    // focusCounted: the cash counted is what is wrong (the dialog puts the focus back there).
    void refused(const QString &text, bool focusCounted);

private:
    void closeAs(qint64 operatorId);

    DayClosing &m_closing;
    Operators &m_operators;
    OperatorSession &m_session;
    QWidget *m_dialog;
    DayTotals m_totals;
    qint64 m_countedCents = 0;
    QPointer<PinDialog> m_pinDialog;
};

} // namespace comptoir
