#pragma once

#include "models/sales/ticket.h"
#include "ui/till/discountpolicy.h"

#include <QList>
#include <QObject>

#include <functional>

class QWidget;

namespace comptoir {

class CartModel;
class ManagerApproval;
class OperatorSession;
class ShopSettings;
class TillMessageLine;
class TillPayment;

// Discounts and price overrides at the till: a discount on a line (F4) or on the ticket
// (Shift+F4), as a percentage or an amount; above TillSettings::discountThresholdBp of the amount
// discounted (DiscountPolicy), a cashier needs a manager's PIN. A price override of a line (F3)
// always needs a manager (their PIN, unless the operator is one). Amounts change only while no
// payment is taken. Its dialogs open on the page.
class TillDiscounts : public QObject
{
    Q_OBJECT

public:
    TillDiscounts(CartModel &cart, ShopSettings &settings, TillPayment &payment, ManagerApproval &approval,
                  OperatorSession &session, TillMessageLine &messages, QWidget *page);

    // row: the cart's line (none when negative).
    void openLineDiscountDialog(int row);
    void openTicketDiscountDialog();
    void openPriceOverrideDialog(int row);
    // Before fewer items (a quantity lowered, a line removed): an amount discount then weighs more,
    // so when one of the candidate lines' or the ticket's would be above the threshold, a manager
    // allows it; apply runs then (or at once when none is).
    void guardAmountDiscounts(const QList<TicketLine> &candidate, std::function<void()> apply);

Q_SIGNALS:
    // A line's discount or unit price changed.
    void lineChanged(int row);

private:
    // The rules with the threshold as set now (every discount needs a manager when it cannot be
    // read).
    DiscountPolicy policy() const;
    // Whether the cart may still change its amounts (signed in, no payment taken); says why not.
    bool amountsMayChange();
    void applyLineDiscount(int row, const Discount &discount);
    void applyTicketDiscount(const Discount &discount);
    void applyUnitPrice(int row, qint64 unitPriceCents);

    CartModel &m_cart;
    ShopSettings &m_settings;
    TillPayment &m_payment;
    ManagerApproval &m_approval;
    OperatorSession &m_session;
    TillMessageLine &m_messages;
    QWidget *m_page;
};

} // namespace comptoir
