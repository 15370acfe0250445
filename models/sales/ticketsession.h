// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/cartmodel.h"
#include "models/sales/saledraft.h"
#include "models/sales/salepolicy.h"
#include "models/sales/ticket.h"
#include "models/sales/ticketdrafts.h"
#include "models/sales/ticketpayments.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QAbstractItemModel;

namespace comptoir {

class CartModel;
class Catalogue;
class OperatorSession;
class SaleJournal;

// What a change of the ticket's amounts became: applied, or waiting for a manager. Then nothing
// changed: a manager authenticates (their PIN) and the same change is asked again with their id.
enum class TicketChange { Applied, NeedsManager };

// What a payment became: what remains to pay, and the sale when it was the last payment.
struct PaymentTaken
{
    qint64 remainingCents = 0;
    std::optional<Ticket> ticket; // the sale committed (nothing remained)
};

// The ticket in progress at the till, and the only way to a committed till sale: it owns the
// cart, the payments taken and the till's rules (SalePolicy), and commits the sale to the
// journal once it is fully paid. The till page shows it and drives it; a test drives it without
// a window.
//
// Rules: nothing is sold while nobody is signed in (NotSignedIn). The first line put into an
// empty cart and every payment wait while a day is overdue for its Z (DayOverdue) or while that
// cannot be told (SaleCheckFailed): the policy fails closed, and nothing changes. A discount
// above the threshold, fewer items under an amount discount that then weighs more than the
// threshold, and every price override need a manager: the change returns NeedsManager unless the
// operator signed in is a manager, or approvedBy names one (each checked against the operators:
// NotAManager otherwise). Once a payment is taken the amounts may not go down (PaymentsTaken):
// finish the ticket, park it or cancel it. A payment that fails to commit is given back, the
// ones before it stay: the sale waits.
//
// SaleJournal::commitSale stays the journal's plain writer (validated amounts, one transaction,
// the fiscal chain): the till's rules are here, and this is its only caller for till sales
// (tests/style checks it). The demo's history is no till sale: it writes the journal directly.
class TicketSession : public QObject
{
    Q_OBJECT

public:
    TicketSession(Catalogue &catalogue, SaleJournal &journal, TicketDrafts &drafts,
                  OperatorSession &operators, SalePolicy policy, QObject *parent = nullptr);
    ~TicketSession() override;

    // The cart, to read; it changes only through the session. itemModel(): the same, for a view.
    const CartModel &cart() const { return *m_cart; }
    QAbstractItemModel *itemModel() const;
    const SalePolicy &policy() const { return m_policy; }
    const QList<Payment> &payments() const { return m_payments.payments(); }
    bool hasPayments() const { return !m_payments.isEmpty(); }
    qint64 remainingCents() const;
    // The last sale committed through the session.
    const std::optional<Ticket> &lastTicket() const { return m_lastTicket; }
    // The ticket in progress: the cart, the operator signed in, the payments taken.
    SaleDraft draft() const;

    // Lines. Errors: NotSignedIn, DayOverdue and SaleCheckFailed (the first line of a ticket),
    // and CartModel's.
    Result<int> addVariant(qint64 variantId);
    Result<int> addFreePriceLine(const QString &label, qint64 unitPriceCents, int vatRateBp);
    // A scale barcode read (SalePolicy::readScaleBarcode): one weighed pack of the variant whose
    // reference is the item code (CartModel::addScaleItem). Errors: as addVariant, and
    // ScaleItemUnknown (subject: the item code).
    Result<int> addScaleItem(const ScaleReading &reading);
    // An online order paid at collection (issue 16): its lines go into an empty cart at the
    // order's unit prices (no manager: the price was the shop's when the order was placed) and
    // the cart remembers the order, so that the sale commits its collection (SaleJournal).
    // Errors: NotSignedIn, TicketInProgress (the cart is not empty), EmptyTicket (no line),
    // DayOverdue, SaleCheckFailed, and CartModel's; the cart stays empty on error.
    Status addOrder(const LinkedOrder &order);
    // quantity >= 1; fewer items may need a manager. Errors: NotSignedIn, NotFound, PaymentsTaken
    // (fewer items), NotAManager, SaleCheckFailed, and CartModel's.
    Result<TicketChange> setQuantity(int row, qint64 quantity, std::optional<qint64> approvedBy = {});
    Result<TicketChange> removeLine(int row, std::optional<qint64> approvedBy = {});

    // Discounts and a price override. Errors: NotSignedIn, NotFound, EmptyTicket (a ticket
    // discount on an empty cart), PaymentsTaken, NotAManager, SaleCheckFailed, and CartModel's.
    Result<TicketChange> setLineDiscount(int row, const Discount &discount,
                                         std::optional<qint64> approvedBy = {});
    Result<TicketChange> setTicketDiscount(const Discount &discount, std::optional<qint64> approvedBy = {});
    Result<TicketChange> overridePrice(int row, qint64 unitPriceCents, std::optional<qint64> approvedBy = {});
    // The catalogue's new prices for the lines still at the catalogue's price
    // (CartModel::refreshPrices); none once a payment is taken: the ticket is paid as shown.
    QList<CartModel::PriceChange> refreshPrices();

    // Takes a payment of typedCents (none: what remains; for cash, the money handed over, any
    // excess being change); when nothing remains, commits the sale and starts a new ticket.
    // Errors: NotSignedIn, EmptyTicket, DayOverdue, SaleCheckFailed, NotFound and
    // OperatorInactive (the operator signed in), the payment's (TicketPayments::take), the
    // journal's (the payment is then given back).
    Result<PaymentTaken> takePayment(PaymentMethod method, std::optional<qint64> typedCents = {});

    // Parking and cancelling (TicketDrafts). Errors: NotSignedIn, EmptyTicket, TicketInProgress
    // (resuming into a cart that is not empty), and TicketDrafts'.
    Result<qint64> park(const QString &label);
    Result<QList<ParkedTicket>> parkedTickets() const;
    Status resume(qint64 parkedId);
    Status cancel();

Q_SIGNALS:
    // The payments taken changed (one taken, the ticket committed, parked, resumed, cancelled).
    void paymentsChanged();
    // A sale is stored.
    void saleCommitted(const comptoir::Ticket &ticket);

private:
    Status checkSignedIn() const;
    Status checkRow(int row) const;
    Status checkNoPayment() const;
    // A change that needs a manager: granted when approvedBy (else the operator signed in) is an
    // active manager; NeedsManager when nobody named is one; NotAManager when approvedBy is not.
    Result<TicketChange> authorise(std::optional<qint64> approvedBy, const char *what) const;
    // Fewer items (candidate lines): authorised when no amount discount then weighs too much.
    Result<TicketChange> authoriseFewerItems(const QList<TicketLine> &candidate,
                                             std::optional<qint64> approvedBy) const;
    Result<Ticket> commit();
    void startNewTicket();

    Catalogue &m_catalogue;
    SaleJournal &m_journal;
    TicketDrafts &m_drafts;
    OperatorSession &m_operators;
    SalePolicy m_policy;
    CartModel *m_cart;
    TicketPayments m_payments; // taken for the ticket in progress
    std::optional<Ticket> m_lastTicket;
};

} // namespace comptoir
