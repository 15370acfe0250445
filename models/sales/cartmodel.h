// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/scalebarcode.h"
#include "models/result.h"
#include "models/sales/saledraft.h"
#include "models/sales/ticket.h"
#include "models/sales/ticketcalculator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace comptoir {

class Catalogue;

// The ticket in progress as a table: one row per line (label, quantity, unit price, discount,
// amount). Every change is recomputed through TicketCalculator::compute(); a change the
// calculator refuses is not applied and its error is returned. An empty cart totals zero. The
// bounds of models/moneylimits.h hold for every line: a quantity past MaxQuantity is
// QuantityTooLarge, a unit price past MaxUnitPriceCents or a line or ticket past its bound
// AmountTooLarge, and nothing changes.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, QuantityColumn, UnitPriceColumn, DiscountColumn, AmountColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        VariantIdRole = Qt::UserRole + 1, // qint64, or an invalid QVariant on a free-price line
        QuantityRole,
        AmountCentsRole,
    };
    Q_ENUM(Role)

    explicit CartModel(Catalogue &catalogue, QObject *parent = nullptr);

    // Adds one more of a variant: increments its line (not a scale item's) when it is in the cart, else
    // appends a line (label "Product Variant", its price and VAT rate). Returns the line's row.
    // Errors: NotFound, Archived, QuantityTooLarge, and the calculator's.
    Result<int> addVariant(qint64 variantId, qint64 quantity = 1);
    // Appends a line without a variant. Errors: EmptyName, NegativePrice, AmountTooLarge,
    // UnknownVatRate, and the calculator's.
    Result<int> addFreePriceLine(const QString &label, qint64 unitPriceCents, int vatRateBp);
    // Appends a line of one weighed pack of a variant (a scale barcode, issue 14): the embedded
    // price, or the variant's price taken as per kilogram × the embedded weight (rounded half up);
    // labelled "Product Variant — 0,352 kg × 24,90 €/kg" for a weight. Never merged with another
    // line. Errors: NotFound, Archived, AmountTooLarge, and the calculator's.
    Result<int> addScaleItem(qint64 variantId, const ScaleReading &reading);
    // 1 <= quantity <= MaxQuantity (InvalidQuantity, QuantityTooLarge otherwise).
    Status setQuantity(int row, qint64 quantity);
    Status removeLine(int row);
    void clear();
    // The line's discount as typed (a percentage or an amount; Discount {} removes it).
    // Errors: NotFound, and the calculator's (DiscountTooLarge…); nothing changes on error.
    Status setLineDiscount(int row, const Discount &discount);
    Discount lineDiscount(int row) const;
    // The ticket discount, spread over the lines. Errors: the calculator's.
    Status setTicketDiscount(const Discount &discount);
    Discount ticketDiscount() const { return m_discount; }
    // A price override: the line's new unit price (0 to MaxUnitPriceCents). Errors: NotFound,
    // NegativePrice, AmountTooLarge, and
    // the calculator's (an amount discount now larger than the line).
    Status setUnitPrice(int row, qint64 unitPriceCents);

    // A line whose unit price followed the catalogue's (refreshPrices()).
    struct PriceChange
    {
        int row = 0;
        QString label;
        qint64 oldUnitPriceCents = 0;
        qint64 newUnitPriceCents = 0;
    };
    // Reads the catalogue's prices again (after a sync or an edit elsewhere): a line still at the
    // price it was given from the catalogue takes the new one; a price override (setUnitPrice()),
    // a free-price line, a line whose variant cannot be read or one the calculator refuses at the
    // new price keep theirs. Returns the lines changed.
    QList<PriceChange> refreshPrices();

    // The lines as typed and the ticket discount (no payments); operatorId is set on it.
    SaleDraft draft(qint64 operatorId = 0) const;
    // Replaces the cart with a draft's lines and discount (resuming a parked ticket).
    Status setDraft(const SaleDraft &draft);
    // The online order this ticket collects (issue 16), carried by draft(); clear() forgets it.
    void setLinkedOrder(const std::optional<LinkedOrder> &order) { m_linkedOrder = order; }
    const std::optional<LinkedOrder> &linkedOrder() const { return m_linkedOrder; }

    bool isEmpty() const { return m_lines.isEmpty(); }
    const QList<TicketLine> &lines() const { return m_lines; }
    const TicketTotals &totals() const { return m_totals; }
    qint64 totalCents() const { return m_totals.totalCents; }
    int rowOfVariant(qint64 variantId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The total or the lines changed.
    void totalsChanged();

private:
    // The line of a variant: its label "Product Variant", catalogue price and VAT rate.
    Result<TicketLine> variantLine(qint64 variantId) const;
    // Appends a line if the calculator accepts the new cart; nothing changes otherwise.
    Result<int> appendLine(const TicketLine &line);
    // Computes the totals of candidate lines; on success they become the cart's.
    Status apply(const QList<TicketLine> &lines, const Discount &discount);
    void notifyRowsChanged();

    Catalogue &m_catalogue;
    // variant → the catalogue's price its line was given; none after a price override.
    QHash<qint64, qint64> m_cataloguePrices;
    QList<TicketLine> m_lines; // as typed
    Discount m_discount;
    TicketTotals m_totals; // computed, same rows as m_lines
    std::optional<LinkedOrder> m_linkedOrder;
};

} // namespace comptoir
