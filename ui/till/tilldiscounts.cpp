#include "ui/till/tilldiscounts.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/logging.h"
#include "ui/till/discountdialog.h"
#include "ui/till/managerapproval.h"
#include "ui/till/priceoverridedialog.h"
#include "ui/till/tillmessageline.h"
#include "ui/till/tillpayment.h"

namespace comptoir {

TillDiscounts::TillDiscounts(CartModel &cart, ShopSettings &settings, TillPayment &payment,
                             ManagerApproval &approval, OperatorSession &session, TillMessageLine &messages,
                             QWidget *page)
    : QObject(page),
      m_cart(cart),
      m_settings(settings),
      m_payment(payment),
      m_approval(approval),
      m_session(session),
      m_messages(messages),
      m_page(page)
{ }

DiscountPolicy TillDiscounts::policy() const
{
    const auto till = m_settings.till();
    if (!till) {
        qCWarning(lcUi) << "till settings could not be read, code" << int(till.error().code);
        return DiscountPolicy(0); // every discount then needs a manager
    }
    return DiscountPolicy(till->discountThresholdBp);
}

bool TillDiscounts::amountsMayChange()
{
    return m_session.isSignedIn() && m_payment.amountsMayChange();
}

void TillDiscounts::guardAmountDiscounts(const QList<TicketLine> &candidate, std::function<void()> apply)
{
    if (!policy().fewerItemsNeedManager(candidate, m_cart.ticketDiscount())) {
        apply();
        return;
    }
    m_approval.request(
        tr("With fewer items, a discount goes above what a cashier may give: manager, type your PIN."),
        std::move(apply));
}

void TillDiscounts::openLineDiscountDialog(int row)
{
    if (!amountsMayChange() || row < 0)
        return;
    const TicketLine line = m_cart.lines().at(row);
    const qint64 gross = line.quantity * line.unitPriceCents;
    auto *dialog = new DiscountDialog(m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Line discount"));
    dialog->setPrompt(tr("Discount on %1 (%2):").arg(line.label, Money::format(gross)));
    dialog->setDiscount(m_cart.lineDiscount(row));
    dialog->setCheck([this, row](const Discount &discount) {
        return DiscountPolicy::checkLineDiscount(m_cart.lines(), m_cart.ticketDiscount(), row, discount);
    });
    connect(dialog, &DiscountDialog::discountAccepted, this,
            [this, row, gross, line](const Discount &discount) {
                if (!policy().exceedsThreshold(discount, gross)) {
                    applyLineDiscount(row, discount);
                    return;
                }
                m_approval.request(tr("A discount of %1 on %2 needs a manager: manager, type your PIN.")
                                       .arg(DiscountDialog::format(discount), line.label),
                                   [this, row, discount] { applyLineDiscount(row, discount); });
            });
    dialog->open();
}

void TillDiscounts::applyLineDiscount(int row, const Discount &discount)
{
    if (!amountsMayChange() || row >= m_cart.rowCount())
        return;
    if (Status status = m_cart.setLineDiscount(row, discount); !status) {
        m_messages.showError(status.error());
        return;
    }
    const TicketLine &line = m_cart.totals().lines.at(row);
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
    if (m_cart.isEmpty()) {
        m_messages.showMessage(tr("The ticket is empty: scan or search an item first."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    const qint64 base = DiscountPolicy::ticketDiscountBase(m_cart.totals().lines);
    auto *dialog = new DiscountDialog(m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Ticket discount"));
    dialog->setPrompt(tr("Discount on the whole ticket (%1):").arg(Money::format(base)));
    dialog->setDiscount(m_cart.ticketDiscount());
    dialog->setCheck([this](const Discount &discount) {
        return DiscountPolicy::checkTicketDiscount(m_cart.lines(), discount);
    });
    connect(dialog, &DiscountDialog::discountAccepted, this, [this, base](const Discount &discount) {
        if (!policy().exceedsThreshold(discount, base)) {
            applyTicketDiscount(discount);
            return;
        }
        m_approval.request(tr("A discount of %1 on the ticket needs a manager: manager, type your PIN.")
                               .arg(DiscountDialog::format(discount)),
                           [this, discount] { applyTicketDiscount(discount); });
    });
    dialog->open();
}

void TillDiscounts::applyTicketDiscount(const Discount &discount)
{
    if (!amountsMayChange() || m_cart.isEmpty())
        return;
    if (Status status = m_cart.setTicketDiscount(discount); !status) {
        m_messages.showError(status.error());
        return;
    }
    if (discount.isNone())
        m_messages.showMessage(tr("No more discount on the ticket."), TillMessageLine::Tone::Info);
    else
        m_messages.showMessage(tr("Ticket discount: %1.").arg(Money::format(m_cart.totals().discountCents)),
                               TillMessageLine::Tone::Info);
}

void TillDiscounts::openPriceOverrideDialog(int row)
{
    if (!amountsMayChange() || row < 0)
        return;
    const TicketLine line = m_cart.lines().at(row);
    auto *dialog = new PriceOverrideDialog(m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLine(line.label, line.unitPriceCents);
    connect(dialog, &PriceOverrideDialog::priceAccepted, this, [this, row, line](qint64 price) {
        if (price == line.unitPriceCents)
            return;
        m_approval.request(tr("%1 at %2 instead of %3 needs a manager: manager, type your PIN.")
                               .arg(line.label, Money::format(price), Money::format(line.unitPriceCents)),
                           [this, row, price] { applyUnitPrice(row, price); });
    });
    dialog->open();
}

void TillDiscounts::applyUnitPrice(int row, qint64 unitPriceCents)
{
    if (!amountsMayChange() || row >= m_cart.rowCount())
        return;
    if (Status status = m_cart.setUnitPrice(row, unitPriceCents); !status) {
        m_messages.showError(status.error());
        return;
    }
    qCInfo(lcUi) << "price override on a till line";
    m_messages.showMessage(
        tr("%1 now at %2.").arg(m_cart.lines().at(row).label, Money::format(unitPriceCents)),
        TillMessageLine::Tone::Info);
    Q_EMIT lineChanged(row);
}

} // namespace comptoir
