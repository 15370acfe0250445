// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/salejournal.h"
#include "models/sales/ticket.h"

#include <QAbstractTableModel>
#include <QList>

namespace comptoir {

// The lines of a sale that can still be given back, with the quantity chosen for the refund
// (0 by default, never more than what is left). The only editable column is QuantityColumn.
// Amounts are shown as the money given back (positive), computed as SaleJournal::commitRefund
// does: the discounts' share of the items returned.
class ReturnLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        SoldColumn,
        ReturnableColumn,
        UnitPriceColumn,
        QuantityColumn,
        AmountColumn,
        ColumnCount
    };
    enum Role { LineIdRole = Qt::UserRole + 1, ReturnableRole, QuantityRole };

    explicit ReturnLinesModel(QObject *parent = nullptr);

    // sold: the sale's lines as stored; refundable: TicketReader::refundableLines() of that sale.
    void setLines(const QList<TicketLine> &sold, const QList<TicketLine> &refundable);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The quantity to give back on a row, capped to 0…returnable; false when the row is unknown.
    bool setQuantity(int row, qint64 quantity);
    bool changeQuantity(int row, qint64 delta);
    qint64 quantity(int row) const;

    qint64 totalQuantity() const;
    // The money given back for the chosen quantities (a positive amount).
    qint64 refundCents() const;
    // The chosen quantities as a refund's lines (rows with quantity 0 left out).
    QList<RefundLine> refundLines() const;

Q_SIGNALS:
    void quantitiesChanged();

private:
    struct Row
    {
        qint64 lineId = 0;
        QString label;
        qint64 sold = 0;
        qint64 returnable = 0;
        qint64 unitPriceCents = 0;
        qint64 discountCents = 0; // the sold line's, for all it sold
        qint64 ticketDiscountCents = 0;
        qint64 quantity = 0; // to give back now
    };
    static qint64 amountCents(const Row &row);

    QList<Row> m_rows;
};

} // namespace comptoir
