// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketsession.h"

#include "models/catalogue/catalogue.h"
#include "models/logging.h"
#include "models/sales/cartmodel.h"
#include "models/sales/salejournal.h"
#include "models/staff/operatorsession.h"

namespace comptoir {

TicketSession::TicketSession(Catalogue &catalogue, SaleJournal &journal, TicketDrafts &drafts,
                             OperatorSession &operators, SalePolicy policy, QObject *parent)
    : QObject(parent),
      m_catalogue(catalogue),
      m_journal(journal),
      m_drafts(drafts),
      m_operators(operators),
      m_policy(std::move(policy)),
      m_cart(new CartModel(catalogue, this))
{ }

TicketSession::~TicketSession() = default;

QAbstractItemModel *TicketSession::itemModel() const
{
    return m_cart;
}

qint64 TicketSession::remainingCents() const
{
    return m_payments.remaining(m_cart->totalCents());
}

SaleDraft TicketSession::draft() const
{
    SaleDraft draft = m_cart->draft(m_operators.isSignedIn() ? m_operators.current()->id : 0);
    m_payments.fill(draft);
    return draft;
}

Status TicketSession::checkSignedIn() const
{
    if (!m_operators.isSignedIn())
        return makeError(ErrorCode::NotSignedIn);
    return {};
}

Status TicketSession::checkRow(int row) const
{
    if (row < 0 || row >= m_cart->rowCount())
        return makeError(ErrorCode::NotFound, QString::number(row));
    return {};
}

Status TicketSession::checkNoPayment() const
{
    if (hasPayments())
        return makeError(ErrorCode::PaymentsTaken);
    return {};
}

Result<TicketChange> TicketSession::authorise(std::optional<qint64> approvedBy, const char *what) const
{
    const qint64 who = approvedBy ? *approvedBy : m_operators.current()->id;
    auto manager = m_policy.isManager(who);
    if (!manager)
        return manager.error();
    if (!*manager) {
        if (approvedBy)
            return makeError(ErrorCode::NotAManager, QString::number(who));
        return TicketChange::NeedsManager;
    }
    qCInfo(lcModels) << what << "authorised by manager" << who;
    return TicketChange::Applied;
}

Result<TicketChange> TicketSession::authoriseFewerItems(const QList<TicketLine> &candidate,
                                                        std::optional<qint64> approvedBy) const
{
    if (!m_policy.discounts().fewerItemsNeedManager(candidate, m_cart->ticketDiscount()))
        return TicketChange::Applied;
    return authorise(approvedBy, "fewer items under an amount discount");
}

Result<int> TicketSession::addVariant(qint64 variantId)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (m_cart->isEmpty()) {
        if (Status s = m_policy.checkNoDayOverdue(); !s)
            return s.error();
    }
    return m_cart->addVariant(variantId);
}

Status TicketSession::addOrder(const LinkedOrder &order)
{
    if (Status s = checkSignedIn(); !s)
        return s;
    if (!m_cart->isEmpty())
        return makeError(ErrorCode::TicketInProgress);
    if (order.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    if (Status s = m_policy.checkNoDayOverdue(); !s)
        return s;
    for (const LinkedOrderLine &line : order.lines) {
        auto row = m_cart->addVariant(line.variantId, line.quantity);
        Status added = row ? m_cart->setUnitPrice(*row, line.unitPriceCents) : Status(row.error());
        if (!added) {
            m_cart->clear();
            return added;
        }
    }
    m_cart->setLinkedOrder(order);
    qCInfo(lcModels) << "order" << order.number << "in the cart," << order.lines.size() << "lines";
    return {};
}

Result<int> TicketSession::addScaleItem(const ScaleReading &reading)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    auto found = m_catalogue.findVariantByScaleItem(reading.itemCode);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::ScaleItemUnknown, reading.itemCode);
    if (m_cart->isEmpty()) {
        if (Status s = m_policy.checkNoDayOverdue(); !s)
            return s.error();
    }
    return m_cart->addScaleItem(**found, reading);
}

Result<int> TicketSession::addFreePriceLine(const QString &label, qint64 unitPriceCents, int vatRateBp)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (m_cart->isEmpty()) {
        if (Status s = m_policy.checkNoDayOverdue(); !s)
            return s.error();
    }
    return m_cart->addFreePriceLine(label, unitPriceCents, vatRateBp);
}

Result<TicketChange> TicketSession::setQuantity(int row, qint64 quantity, std::optional<qint64> approvedBy)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (Status s = checkRow(row); !s)
        return s.error();
    if (quantity < m_cart->lines().at(row).quantity) {
        if (Status s = checkNoPayment(); !s)
            return s.error();
        QList<TicketLine> candidate = m_cart->lines();
        candidate[row].quantity = quantity;
        auto granted = authoriseFewerItems(candidate, approvedBy);
        if (!granted || *granted == TicketChange::NeedsManager)
            return granted;
    }
    if (Status s = m_cart->setQuantity(row, quantity); !s)
        return s.error();
    return TicketChange::Applied;
}

Result<TicketChange> TicketSession::removeLine(int row, std::optional<qint64> approvedBy)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (Status s = checkRow(row); !s)
        return s.error();
    if (Status s = checkNoPayment(); !s)
        return s.error();
    QList<TicketLine> candidate = m_cart->lines();
    candidate.removeAt(row);
    auto granted = authoriseFewerItems(candidate, approvedBy);
    if (!granted || *granted == TicketChange::NeedsManager)
        return granted;
    if (Status s = m_cart->removeLine(row); !s)
        return s.error();
    return TicketChange::Applied;
}

Result<TicketChange> TicketSession::setLineDiscount(int row, const Discount &discount,
                                                    std::optional<qint64> approvedBy)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (Status s = checkRow(row); !s)
        return s.error();
    if (Status s = checkNoPayment(); !s)
        return s.error();
    const TicketLine &line = m_cart->lines().at(row);
    if (m_policy.discounts().exceedsThreshold(discount, line.quantity * line.unitPriceCents)) {
        auto granted = authorise(approvedBy, "line discount");
        if (!granted || *granted == TicketChange::NeedsManager)
            return granted;
    }
    if (Status s = m_cart->setLineDiscount(row, discount); !s)
        return s.error();
    return TicketChange::Applied;
}

Result<TicketChange> TicketSession::setTicketDiscount(const Discount &discount,
                                                      std::optional<qint64> approvedBy)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (m_cart->isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    if (Status s = checkNoPayment(); !s)
        return s.error();
    const qint64 base = DiscountPolicy::ticketDiscountBase(m_cart->totals().lines);
    if (m_policy.discounts().exceedsThreshold(discount, base)) {
        auto granted = authorise(approvedBy, "ticket discount");
        if (!granted || *granted == TicketChange::NeedsManager)
            return granted;
    }
    if (Status s = m_cart->setTicketDiscount(discount); !s)
        return s.error();
    return TicketChange::Applied;
}

QList<CartModel::PriceChange> TicketSession::refreshPrices()
{
    if (hasPayments())
        return {};
    return m_cart->refreshPrices();
}

Result<TicketChange> TicketSession::overridePrice(int row, qint64 unitPriceCents,
                                                  std::optional<qint64> approvedBy)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (Status s = checkRow(row); !s)
        return s.error();
    if (Status s = checkNoPayment(); !s)
        return s.error();
    if (unitPriceCents == m_cart->lines().at(row).unitPriceCents)
        return TicketChange::Applied; // nothing to change, nothing to authorise
    auto granted = authorise(approvedBy, "price override");
    if (!granted || *granted == TicketChange::NeedsManager)
        return granted;
    if (Status s = m_cart->setUnitPrice(row, unitPriceCents); !s)
        return s.error();
    return TicketChange::Applied;
}

Result<PaymentTaken> TicketSession::takePayment(PaymentMethod method, std::optional<qint64> typedCents)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (m_cart->isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    if (Status s = m_policy.checkNoDayOverdue(); !s)
        return s.error();
    if (Status s = m_policy.checkSeller(m_operators.current()->id); !s)
        return s.error();
    const TicketPayments before = m_payments;
    auto remaining = m_payments.take(method, typedCents.value_or(remainingCents()), m_cart->totalCents());
    if (!remaining)
        return remaining.error();
    PaymentTaken taken {*remaining, std::nullopt};
    if (*remaining == 0) {
        auto ticket = commit();
        if (!ticket) {
            m_payments = before; // the sale waits: this payment is given back, the others stay
            Q_EMIT paymentsChanged();
            return ticket.error();
        }
        taken.ticket = *ticket;
        return taken;
    }
    Q_EMIT paymentsChanged();
    return taken;
}

Result<Ticket> TicketSession::commit()
{
    auto ticket = m_journal.commitSale(draft());
    if (!ticket) {
        qCWarning(lcModels) << "till sale not committed, code" << int(ticket.error().code);
        return ticket.error();
    }
    m_lastTicket = *ticket;
    startNewTicket();
    Q_EMIT saleCommitted(*ticket);
    return ticket;
}

void TicketSession::startNewTicket()
{
    m_cart->clear();
    m_payments.clear();
    Q_EMIT paymentsChanged();
}

Result<qint64> TicketSession::park(const QString &label)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (m_cart->isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    auto parked = m_drafts.park(draft(), label);
    if (!parked)
        return parked.error();
    startNewTicket();
    return parked;
}

Result<QList<ParkedTicket>> TicketSession::parkedTickets() const
{
    return m_drafts.parked();
}

Status TicketSession::resume(qint64 parkedId)
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (!m_cart->isEmpty())
        return makeError(ErrorCode::TicketInProgress);
    auto draft = m_drafts.resume(parkedId);
    if (!draft)
        return draft.error();
    if (Status s = m_cart->setDraft(*draft); !s)
        return s.error();
    m_payments.restore(*draft);
    Q_EMIT paymentsChanged();
    return {};
}

Status TicketSession::cancel()
{
    if (Status s = checkSignedIn(); !s)
        return s.error();
    if (m_cart->isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    if (Status s = m_drafts.cancel(draft()); !s)
        return s.error();
    startNewTicket();
    return {};
}

} // namespace comptoir
