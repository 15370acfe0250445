// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tilldiscounts.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/discountpolicy.h"
#include "models/staff/operatorsession.h"
#include "ui/logging.h"
#include "ui/till/discountdialog.h"
#include "ui/till/managerapproval.h"
#include "ui/till/priceoverridedialog.h"
#include "ui/till/tillmessageline.h"
#include "ui/till/tillpayment.h"

namespace comptoir {

TillDiscounts::TillDiscounts(TicketSession &ticket, TillPayment &payment, ManagerApproval &approval,
                             OperatorSession &session, TillMessageLine &messages, QWidget *page)
    : QObject(page),
      m_ticket(ticket),
      m_payment(payment),
      m_approval(approval),
      m_session(session),
      m_messages(messages),
      m_page(page)
{ }

bool TillDiscounts::amountsMayChange()
{
    return m_session.isSignedIn() && m_payment.amountsMayChange();
}

void TillDiscounts::apply(const Change &change, const QString &prompt, const std::function<void()> &done)
{
    auto result = change(std::nullopt);
    if (!result) {
        m_messages.showError(result.error());
        return;
    }
    if (*result == TicketChange::Applied) {
        done();
        return;
    }
    m_approval.requestManager(prompt, [this, change, done](qint64 managerId) {
        auto approved = change(managerId);
        if (!approved) {
            m_messages.showError(approved.error());
            return;
        }
        if (*approved == TicketChange::Applied)
            done();
    });
}

void TillDiscounts::changeFewerItems(const Change &change, const std::function<void()> &done)
{
    apply(change,
          tr("With fewer items, a discount goes above what a cashier may give: manager, type your PIN."),
          done);
}

void TillDiscounts::openLineDiscountDialog(int row)
{
    if (!amountsMayChange() || row < 0)
        return;
    const CartModel &cart = m_ticket.cart();
    const TicketLine line = cart.lines().at(row);
    const qint64 gross = line.quantity * line.unitPriceCents;
    auto *dialog = new DiscountDialog(m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Line discount"));
    dialog->setPrompt(tr("Discount on %1 (%2):").arg(line.label, Money::format(gross)));
    dialog->setDiscount(cart.lineDiscount(row));
    dialog->setCheck([&cart, row](const Discount &discount) {
        return DiscountPolicy::checkLineDiscount(cart.lines(), cart.ticketDiscount(), row, discount);
    });
    connect(dialog, &DiscountDialog::discountAccepted, this, [this, row, line](const Discount &discount) {
        if (!amountsMayChange())
            return;
        apply([this, row, discount](
                  std::optional<qint64> manager) { return m_ticket.setLineDiscount(row, discount, manager); },
              tr("A discount of %1 on %2 needs a manager: manager, type your PIN.")
                  .arg(DiscountDialog::format(discount), line.label),
              [this, row, discount] { showLineDiscount(row, discount); });
    });
    dialog->open();
}

void TillDiscounts::showLineDiscount(int row, const Discount &discount)
{
    const TicketLine &line = m_ticket.cart().totals().lines.at(row);
    if (discount.isNone())
        m_messages.showMessage(tr("No more discount on %1.").arg(line.label), TillMessageLine::Tone::Info);
    else
        m_messages.showMessage(tr("Discount of %1 on %2.").arg(Money::format(line.discountCents), line.label),
                               TillMessageLine::Tone::Info);
    Q_EMIT lineChanged(row);
}

void TillDiscounts::openTicketDiscountDialog()
{
    if (!amountsMayChange())
        return;
    const CartModel &cart = m_ticket.cart();
    if (cart.isEmpty()) {
        m_messages.showMessage(tr("The ticket is empty: scan or search an item first."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    const qint64 base = DiscountPolicy::ticketDiscountBase(cart.totals().lines);
    auto *dialog = new DiscountDialog(m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Ticket discount"));
    dialog->setPrompt(tr("Discount on the whole ticket (%1):").arg(Money::format(base)));
    dialog->setDiscount(cart.ticketDiscount());
    dialog->setCheck([&cart](const Discount &discount) {
        return DiscountPolicy::checkTicketDiscount(cart.lines(), discount);
    });
    connect(dialog, &DiscountDialog::discountAccepted, this, [this](const Discount &discount) {
        if (!amountsMayChange())
            return;
        apply([this, discount](
                  std::optional<qint64> manager) { return m_ticket.setTicketDiscount(discount, manager); },
              tr("A discount of %1 on the ticket needs a manager: manager, type your PIN.")
                  .arg(DiscountDialog::format(discount)),
              [this, discount] { showTicketDiscount(discount); });
    });
    dialog->open();
}

void TillDiscounts::showTicketDiscount(const Discount &discount)
{
    if (discount.isNone())
        m_messages.showMessage(tr("No more discount on the ticket."), TillMessageLine::Tone::Info);
    else
        m_messages.showMessage(
            tr("Ticket discount: %1.").arg(Money::format(m_ticket.cart().totals().discountCents)),
            TillMessageLine::Tone::Info);
}

void TillDiscounts::openPriceOverrideDialog(int row)
{
    if (!amountsMayChange() || row < 0)
        return;
    const TicketLine line = m_ticket.cart().lines().at(row);
    auto *dialog = new PriceOverrideDialog(m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLine(line.label, line.unitPriceCents);
    connect(dialog, &PriceOverrideDialog::priceAccepted, this, [this, row, line](qint64 price) {
        if (price == line.unitPriceCents || !amountsMayChange())
            return;
        apply([this, row,
               price](std::optional<qint64> manager) { return m_ticket.overridePrice(row, price, manager); },
              tr("%1 at %2 instead of %3 needs a manager: manager, type your PIN.")
                  .arg(line.label, Money::format(price), Money::format(line.unitPriceCents)),
              [this, row, price] { showUnitPrice(row, price); });
    });
    dialog->open();
}

void TillDiscounts::showUnitPrice(int row, qint64 unitPriceCents)
{
    qCInfo(lcUi) << "price override on a till line";
    m_messages.showMessage(
        tr("%1 now at %2.").arg(m_ticket.cart().lines().at(row).label, Money::format(unitPriceCents)),
        TillMessageLine::Tone::Info);
    Q_EMIT lineChanged(row);
}

} // namespace comptoir
