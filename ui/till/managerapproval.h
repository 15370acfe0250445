// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace comptoir {

class Operators;
class OperatorSession;

// A manager's authorisation at the till (discounts above the threshold, price overrides,
// favourites, products created from an unknown code): at once when the operator signed in is a
// manager, else once a manager types their PIN. Its PinDialog opens on the page.
class ManagerApproval : public QObject
{
    Q_OBJECT

public:
    ManagerApproval(Operators &operators, OperatorSession &session, QWidget *page);

    bool isManager() const;
    // Runs action now when the operator is a manager, else once a manager's PIN is typed in a
    // PinDialog (ManagerOverride) showing prompt; a wrong PIN or Cancel runs nothing.
    void request(const QString &prompt, std::function<void()> action);
    // Always asks a manager's PIN (showing prompt), and runs action with the manager's id once it
    // is typed: for the ticket session, which checks that id itself before applying a change.
    void requestManager(const QString &prompt, std::function<void(qint64 managerId)> action);

private:
    Operators &m_operators;
    OperatorSession &m_session;
    QWidget *m_page;
};

} // namespace comptoir
