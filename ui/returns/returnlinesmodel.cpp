// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/returns/returnlinesmodel.h"

#include "models/money.h"
#include "models/sales/ticketcalculator.h"

#include <algorithm>

namespace comptoir {

ReturnLinesModel::ReturnLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReturnLinesModel::setLines(const QList<TicketLine> &sold, const QList<TicketLine> &refundable)
{
    beginResetModel();
    m_rows.clear();
    for (const TicketLine &left : refundable) {
        const auto original
            = std::find_if(sold.cbegin(), sold.cend(), [&](const TicketLine &l) { return l.id == left.id; });
        if (original == sold.cend() || left.quantity <= 0)
            continue;
        Row row;
        row.lineId = left.id;
        row.label = original->label;
        row.sold = original->quantity;
        row.returnable = std::min(left.quantity, original->quantity);
        row.unitPriceCents = original->unitPriceCents;
        row.discountCents = original->discountCents;
        row.ticketDiscountCents = original->ticketDiscountCents;
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT quantitiesChanged();
}

void ReturnLinesModel::clear()
{
    setLines({}, {});
}

int ReturnLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReturnLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// What commitRefund gives back for row.quantity items: their price less their share of the
// line's and the ticket's discounts, after those of the items already returned.
qint64 ReturnLinesModel::amountCents(const Row &row)
{
    if (row.quantity <= 0 || row.sold <= 0)
        return 0;
    const qint64 done = row.sold - row.returnable;
    const auto portion = [&](qint64 amount) {
        return TicketCalculator::divideRounded(amount * (done + row.quantity), row.sold)
            - TicketCalculator::divideRounded(amount * done, row.sold);
    };
    return row.quantity * row.unitPriceCents - portion(row.discountCents) - portion(row.ticketDiscountCents);
}

QVariant ReturnLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LineIdRole:
        return row.lineId;
    case ReturnableRole:
        return row.returnable;
    case QuantityRole:
        return row.quantity;
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return int(row.quantity);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LabelColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == QuantityColumn)
            return tr("How many come back: + or −, or type a number (at most %1)").arg(row.returnable);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case LabelColumn:
        return row.label;
    case SoldColumn:
        return QString::number(row.sold);
    case ReturnableColumn:
        return QString::number(row.returnable);
    case UnitPriceColumn:
        return Money::format(row.unitPriceCents);
    case QuantityColumn:
        return QString::number(row.quantity);
    case AmountColumn:
        return row.quantity > 0 ? Money::format(amountCents(row)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

bool ReturnLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok)
        return false;
    return setQuantity(index.row(), quantity);
}

Qt::ItemFlags ReturnLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReturnLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LabelColumn:
        return tr("Article");
    case SoldColumn:
        return tr("Sold");
    case ReturnableColumn:
        return tr("Returnable");
    case UnitPriceColumn:
        return tr("Unit price");
    case QuantityColumn:
        return tr("Return");
    case AmountColumn:
        return tr("Refund");
    case ColumnCount:
        break;
    }
    return {};
}

bool ReturnLinesModel::setQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    const qint64 capped = std::clamp(quantity, qint64(0), r.returnable);
    if (capped != r.quantity) {
        r.quantity = capped;
        Q_EMIT dataChanged(index(row, QuantityColumn), index(row, AmountColumn));
        Q_EMIT quantitiesChanged();
    }
    return true;
}

bool ReturnLinesModel::changeQuantity(int row, qint64 delta)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    return setQuantity(row, m_rows.at(row).quantity + delta);
}

qint64 ReturnLinesModel::quantity(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).quantity : 0;
}

qint64 ReturnLinesModel::totalQuantity() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.quantity;
    return total;
}

qint64 ReturnLinesModel::refundCents() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += amountCents(row);
    return total;
}

QList<RefundLine> ReturnLinesModel::refundLines() const
{
    QList<RefundLine> lines;
    for (const Row &row : m_rows) {
        if (row.quantity > 0)
            lines.append(RefundLine {row.lineId, row.quantity});
    }
    return lines;
}

} // namespace comptoir
