// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/ticketsession.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace comptoir {

class ManagerApproval;
class OperatorSession;
class TillMessageLine;
class TillPayment;

// Discounts and price overrides at the till: a discount on a line (F4) or on the ticket
// (Shift+F4), as a percentage or an amount, and a price override of a line (F3). The ticket
// session decides what needs a manager (above TillSettings::discountThresholdBp of the amount
// discounted, and every price override); then a manager types their PIN (ManagerApproval) and
// the session checks the manager's id before applying. Amounts change only while no payment is
// taken. Its dialogs open on the page.
class TillDiscounts : public QObject
{
    Q_OBJECT

public:
    // A change asked of the session, with the manager who authorises it (none at first).
    using Change = std::function<Result<TicketChange>(std::optional<qint64> approvedBy)>;

    TillDiscounts(TicketSession &ticket, TillPayment &payment, ManagerApproval &approval,
                  OperatorSession &session, TillMessageLine &messages, QWidget *page);

    // row: the cart's line (none when negative).
    void openLineDiscountDialog(int row);
    void openTicketDiscountDialog();
    void openPriceOverrideDialog(int row);
    // Fewer items (a quantity lowered, a line removed): an amount discount then weighs more, so
    // the session may want a manager, whose PIN is then asked; done runs once it is applied.
    void changeFewerItems(const Change &change, const std::function<void()> &done);

Q_SIGNALS:
    // A line's discount or unit price changed.
    void lineChanged(int row);

private:
    // Whether the cart may still change its amounts (signed in, no payment taken); says why not.
    bool amountsMayChange();
    // Asks change of the session; when it needs a manager, asks their PIN with prompt and asks
    // again with their id; done runs once it is applied, an error is shown.
    void apply(const Change &change, const QString &prompt, const std::function<void()> &done);
    void showLineDiscount(int row, const Discount &discount);
    void showTicketDiscount(const Discount &discount);
    void showUnitPrice(int row, qint64 unitPriceCents);

    TicketSession &m_ticket;
    TillPayment &m_payment;
    ManagerApproval &m_approval;
    OperatorSession &m_session;
    TillMessageLine &m_messages;
    QWidget *m_page;
};

} // namespace comptoir
