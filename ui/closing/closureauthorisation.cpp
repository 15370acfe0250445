// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/closing/closureauthorisation.h"

#include "models/money.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"

#include <QWidget>

namespace comptoir {

ClosureAuthorisation::ClosureAuthorisation(DayClosing &closing, Operators &operators,
                                           OperatorSession &session, QWidget *dialog)
    : QObject(dialog), m_closing(closing), m_operators(operators), m_session(session), m_dialog(dialog)
{ }

void ClosureAuthorisation::confirm(const DayTotals &totals, const QString &countedText)
{
    const std::optional<OperatorInfo> current = m_session.current();
    if (!current) {
        Q_EMIT refused(tr("Sign in to close the day."), false);
        return;
    }
    if (countedText.trimmed().isEmpty()) {
        Q_EMIT refused(tr("Type the cash counted in the drawer (0 if it is empty)."), true);
        return;
    }
    auto counted = Money::parse(countedText);
    if (!counted) {
        Q_EMIT refused(errorText(counted.error()), true);
        return;
    }
    m_totals = totals;
    m_countedCents = *counted;
    if (current->isManager()) {
        closeAs(current->id);
        return;
    }
    if (!m_pinDialog) {
        m_pinDialog = new PinDialog(m_operators, PinDialog::Purpose::ManagerOverride, m_dialog);
        m_pinDialog->setPrompt(tr("Closing the day needs a manager: manager, type your PIN."));
        connect(m_pinDialog, &PinDialog::verified, this,
                [this](const OperatorInfo &manager) { closeAs(manager.id); });
    }
    m_pinDialog->open();
}

void ClosureAuthorisation::closeAs(qint64 operatorId)
{
    auto closure = m_closing.close(m_totals.businessDay, operatorId, m_totals.cashFloatCents, m_countedCents);
    if (!closure) {
        qCInfo(lcUi) << "day closing refused, code" << int(closure.error().code);
        Q_EMIT refused(errorText(closure.error()), false);
        return;
    }
    qCInfo(lcUi) << "day closed, Z report" << closure->number;
    Q_EMIT closed(*closure);
}

} // namespace comptoir
