// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/managerapproval.h"

#include "models/staff/operatorsession.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"

namespace comptoir {

ManagerApproval::ManagerApproval(Operators &operators, OperatorSession &session, QWidget *page)
    : QObject(page), m_operators(operators), m_session(session), m_page(page)
{ }

bool ManagerApproval::isManager() const
{
    return m_session.isSignedIn() && m_session.current()->isManager();
}

void ManagerApproval::request(const QString &prompt, std::function<void()> action)
{
    if (isManager()) {
        action();
        return;
    }
    requestManager(prompt, [action = std::move(action)](qint64) { action(); });
}

void ManagerApproval::requestManager(const QString &prompt, std::function<void(qint64 managerId)> action)
{
    auto *dialog = new PinDialog(m_operators, PinDialog::Purpose::ManagerOverride, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrompt(prompt);
    connect(dialog, &PinDialog::verified, this, [action = std::move(action)](const OperatorInfo &manager) {
        qCInfo(lcUi) << "manager override authorised by operator" << manager.id;
        action(manager.id);
    });
    dialog->open();
}

} // namespace comptoir
