// TillPage: line and ticket discounts, price overrides, and the manager's PIN they may need.
#include "ui/till/tillpage.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketcalculator.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"
#include "ui/till/discountdialog.h"
#include "ui/till/priceoverridedialog.h"

#include <QLabel>

namespace comptoir {

bool TillPage::isManager() const
{
    return m_session.isSignedIn() && m_session.current()->isManager();
}

void TillPage::withManager(const QString &prompt, std::function<void()> action)
{
    if (isManager()) {
        action();
        return;
    }
    auto *dialog = new PinDialog(m_operators, PinDialog::Purpose::ManagerOverride, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrompt(prompt);
    connect(dialog, &PinDialog::verified, this, [action = std::move(action)](const OperatorInfo &manager) {
        qCInfo(lcUi) << "manager override authorised by operator" << manager.id;
        action();
    });
    dialog->open();
}

bool TillPage::amountsMayChange()
{
    if (!canSell())
        return false;
    if (!m_payments.isEmpty()) {
        showMessage(tr("Payments have been taken: finish the ticket or cancel it."), Tone::Warning);
        return false;
    }
    return true;
}

int TillPage::discountThresholdBp() const
{
    const auto till = m_settings.till();
    if (!till) {
        qCWarning(lcUi) << "till settings could not be read, code" << int(till.error().code);
        return 0; // every discount then needs a manager
    }
    return till->discountThresholdBp;
}

bool TillPage::exceedsThreshold(const Discount &discount, qint64 baseCents) const
{
    if (discount.isNone())
        return false;
    const qint64 threshold = discountThresholdBp();
    if (discount.percentBp != 0)
        return discount.percentBp > threshold;
    return baseCents <= 0 || discount.amountCents * 10000 > threshold * baseCents;
}

qint64 TillPage::ticketDiscountBase() const
{
    qint64 base = 0;
    for (const TicketLine &line : m_cart->totals().lines)
        base += line.totalCents + line.ticketDiscountCents;
    return base;
}

Status TillPage::checkLineDiscount(int row, const Discount &discount) const
{
    QList<TicketLine> lines = m_cart->lines();
    if (row < 0 || row >= lines.size())
        return makeError(ErrorCode::NotFound, QString::number(row));
    lines[row].discountPercentBp = discount.percentBp;
    lines[row].discountCents = discount.percentBp != 0 ? 0 : discount.amountCents;
    auto computed = TicketCalculator::compute(lines, m_cart->ticketDiscount());
    if (!computed)
        return computed.error();
    return {};
}

Status TillPage::checkTicketDiscount(const Discount &discount) const
{
    auto computed = TicketCalculator::compute(m_cart->lines(), discount);
    if (!computed)
        return computed.error();
    return {};
}

void TillPage::guardAmountDiscounts(const QList<TicketLine> &candidate, std::function<void()> apply)
{
    bool exceeds = false;
    for (const TicketLine &line : candidate) {
        if (line.discountPercentBp == 0 && line.discountCents > 0)
            exceeds = exceeds
                || exceedsThreshold(Discount::amount(line.discountCents),
                                    line.quantity * line.unitPriceCents);
    }
    const Discount ticketDiscount = m_cart->ticketDiscount();
    if (!exceeds && !candidate.isEmpty() && ticketDiscount.percentBp == 0 && ticketDiscount.amountCents > 0) {
        // What the ticket discount applies to: the total after the line discounts.
        if (auto base = TicketCalculator::compute(candidate))
            exceeds = exceedsThreshold(ticketDiscount, base->totalCents);
    }
    if (!exceeds) {
        apply();
        return;
    }
    withManager(
        tr("With fewer items, a discount goes above what a cashier may give: manager, type your PIN."),
        std::move(apply));
}

void TillPage::openLineDiscountDialog()
{
    const int row = selectedRow();
    if (!amountsMayChange() || row < 0)
        return;
    const TicketLine line = m_cart->lines().at(row);
    const qint64 gross = line.quantity * line.unitPriceCents;
    auto *dialog = new DiscountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Line discount"));
    dialog->setPrompt(tr("Discount on %1 (%2):").arg(line.label, Money::format(gross)));
    dialog->setDiscount(m_cart->lineDiscount(row));
    dialog->setCheck([this, row](const Discount &discount) { return checkLineDiscount(row, discount); });
    connect(dialog, &DiscountDialog::discountAccepted, this,
            [this, row, gross, line](const Discount &discount) {
                if (!exceedsThreshold(discount, gross)) {
                    applyLineDiscount(row, discount);
                    return;
                }
                withManager(tr("A discount of %1 on %2 needs a manager: manager, type your PIN.")
                                .arg(DiscountDialog::format(discount), line.label),
                            [this, row, discount] { applyLineDiscount(row, discount); });
            });
    dialog->open();
}

void TillPage::applyLineDiscount(int row, const Discount &discount)
{
    if (!amountsMayChange() || row >= m_cart->rowCount())
        return;
    if (Status status = m_cart->setLineDiscount(row, discount); !status) {
        showError(status.error());
        return;
    }
    const TicketLine &line = m_cart->totals().lines.at(row);
    if (discount.isNone())
        showMessage(tr("No more discount on %1.").arg(line.label), Tone::Info);
    else
        showMessage(tr("Discount of %1 on %2.").arg(Money::format(line.discountCents), line.label),
                    Tone::Info);
    selectRow(row);
}

void TillPage::openTicketDiscountDialog()
{
    if (!amountsMayChange())
        return;
    if (m_cart->isEmpty()) {
        showMessage(tr("The ticket is empty: scan or search an item first."), Tone::Warning);
        return;
    }
    const qint64 base = ticketDiscountBase();
    auto *dialog = new DiscountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Ticket discount"));
    dialog->setPrompt(tr("Discount on the whole ticket (%1):").arg(Money::format(base)));
    dialog->setDiscount(m_cart->ticketDiscount());
    dialog->setCheck([this](const Discount &discount) { return checkTicketDiscount(discount); });
    connect(dialog, &DiscountDialog::discountAccepted, this, [this, base](const Discount &discount) {
        if (!exceedsThreshold(discount, base)) {
            applyTicketDiscount(discount);
            return;
        }
        withManager(tr("A discount of %1 on the ticket needs a manager: manager, type your PIN.")
                        .arg(DiscountDialog::format(discount)),
                    [this, discount] { applyTicketDiscount(discount); });
    });
    dialog->open();
}

void TillPage::applyTicketDiscount(const Discount &discount)
{
    if (!amountsMayChange() || m_cart->isEmpty())
        return;
    if (Status status = m_cart->setTicketDiscount(discount); !status) {
        showError(status.error());
        return;
    }
    if (discount.isNone())
        showMessage(tr("No more discount on the ticket."), Tone::Info);
    else
        showMessage(tr("Ticket discount: %1.").arg(Money::format(m_cart->totals().discountCents)),
                    Tone::Info);
}

void TillPage::openPriceOverrideDialog()
{
    const int row = selectedRow();
    if (!amountsMayChange() || row < 0)
        return;
    const TicketLine line = m_cart->lines().at(row);
    auto *dialog = new PriceOverrideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLine(line.label, line.unitPriceCents);
    connect(dialog, &PriceOverrideDialog::priceAccepted, this, [this, row, line](qint64 price) {
        if (price == line.unitPriceCents)
            return;
        withManager(tr("%1 at %2 instead of %3 needs a manager: manager, type your PIN.")
                        .arg(line.label, Money::format(price), Money::format(line.unitPriceCents)),
                    [this, row, price] { applyUnitPrice(row, price); });
    });
    dialog->open();
}

void TillPage::applyUnitPrice(int row, qint64 unitPriceCents)
{
    if (!amountsMayChange() || row >= m_cart->rowCount())
        return;
    if (Status status = m_cart->setUnitPrice(row, unitPriceCents); !status) {
        showError(status.error());
        return;
    }
    qCInfo(lcUi) << "price override on a till line";
    showMessage(tr("%1 now at %2.").arg(m_cart->lines().at(row).label, Money::format(unitPriceCents)),
                Tone::Info);
    selectRow(row);
}

} // namespace comptoir
