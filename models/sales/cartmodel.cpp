// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/cartmodel.h"

#include "models/catalogue/catalogue.h"
#include "models/money.h"
#include "models/moneylimits.h"
#include "models/vatrate.h"

#include <QLocale>

namespace comptoir {

CartModel::CartModel(Catalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{ }

int CartModel::rowOfVariant(qint64 variantId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).variantId == variantId && !m_lines.at(row).scaleItem)
            return row;
    }
    return -1;
}

Status CartModel::apply(const QList<TicketLine> &lines, const Discount &discount)
{
    if (lines.isEmpty()) {
        m_lines.clear();
        m_discount = discount;
        m_totals = TicketTotals {};
        return {};
    }
    auto computed = TicketCalculator::compute(lines, discount);
    if (!computed)
        return computed.error();
    m_lines = lines;
    m_discount = discount;
    m_totals = std::move(computed).value();
    return {};
}

void CartModel::notifyRowsChanged()
{
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
    Q_EMIT totalsChanged();
}

Result<int> CartModel::addVariant(qint64 variantId, qint64 quantity)
{
    if (quantity < 1)
        return Error {ErrorCode::InvalidQuantity, QString::number(quantity), {}};
    if (Status s = MoneyLimits::checkQuantity(quantity); !s)
        return s.error();
    const int existing = rowOfVariant(variantId);
    if (existing >= 0) {
        // Both at most MaxQuantity: the sum cannot overflow, and setQuantity checks the bound.
        auto status = setQuantity(existing, m_lines.at(existing).quantity + quantity);
        if (!status)
            return status.error();
        return existing;
    }
    auto made = variantLine(variantId);
    if (!made)
        return made.error();
    TicketLine line = std::move(made).value();
    line.quantity = quantity;

    auto row = appendLine(line);
    if (row)
        m_cataloguePrices.insert(variantId, line.unitPriceCents);
    return row;
}

Result<TicketLine> CartModel::variantLine(qint64 variantId) const
{
    auto variant = m_catalogue.variant(variantId);
    if (!variant)
        return variant.error();
    if (variant->archived)
        return Error {ErrorCode::Archived, variant->fields.label, {}};
    auto product = m_catalogue.product(variant->productId);
    if (!product)
        return product.error();

    TicketLine line;
    line.variantId = variantId;
    line.label = product->fields.name;
    if (!variant->fields.label.isEmpty())
        line.label += QLatin1Char(' ') + variant->fields.label;
    line.unitPriceCents = variant->fields.priceCents;
    line.vatRateBp = product->fields.vatRateBp;
    return line;
}

Result<int> CartModel::addScaleItem(qint64 variantId, const ScaleReading &reading)
{
    auto made = variantLine(variantId);
    if (!made)
        return made.error();
    TicketLine line = std::move(made).value();
    line.scaleItem = true;
    if (reading.value == ScaleValue::Weight) {
        const qint64 perKg = line.unitPriceCents;
        line.unitPriceCents = ScaleBarcodes::priceOfWeight(perKg, reading.amount);
        //: A weighed item on the ticket: product, weight in kg, price per kg ("Comté — 0,352 kg × 24,90
        //: €/kg")
        line.label = tr("%1 — %2 kg × %3/kg")
                         .arg(line.label, QLocale().toString(double(reading.amount) / 1000.0, 'f', 3),
                              Money::format(perKg));
    } else {
        line.unitPriceCents = reading.amount; // the price the scale printed
    }
    if (Status s = MoneyLimits::checkUnitPrice(line.unitPriceCents); !s)
        return s.error();
    return appendLine(line);
}

Result<int> CartModel::appendLine(const TicketLine &line)
{
    QList<TicketLine> lines = m_lines;
    lines.append(line);
    const int row = int(m_lines.size());
    auto computed = TicketCalculator::compute(lines, m_discount);
    if (!computed)
        return computed.error();
    beginInsertRows(QModelIndex(), row, row);
    m_lines = lines;
    m_totals = std::move(computed).value();
    endInsertRows();
    notifyRowsChanged();
    return row;
}

Result<int> CartModel::addFreePriceLine(const QString &label, qint64 unitPriceCents, int vatRateBp)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error {ErrorCode::EmptyName, {}, {}};
    if (unitPriceCents < 0)
        return Error {ErrorCode::NegativePrice, Money::format(unitPriceCents), {}};
    if (Status s = MoneyLimits::checkUnitPrice(unitPriceCents); !s)
        return s.error();
    if (!VatRate::isKnown(vatRateBp))
        return Error {ErrorCode::UnknownVatRate, Money::formatRate(vatRateBp), {}};
    TicketLine line;
    line.label = trimmed;
    line.unitPriceCents = unitPriceCents;
    line.vatRateBp = vatRateBp;
    return appendLine(line);
}

Status CartModel::setQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_lines.size())
        return Error {ErrorCode::NotFound, QString::number(row), {}};
    if (quantity < 1)
        return Error {ErrorCode::InvalidQuantity, QString::number(quantity), {}};
    if (Status s = MoneyLimits::checkQuantity(quantity); !s)
        return s;
    QList<TicketLine> lines = m_lines;
    lines[row].quantity = quantity;
    auto status = apply(lines, m_discount);
    if (!status)
        return status;
    notifyRowsChanged();
    return {};
}

Status CartModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return Error {ErrorCode::NotFound, QString::number(row), {}};
    QList<TicketLine> lines = m_lines;
    lines.removeAt(row);
    Discount discount = m_discount;
    if (lines.isEmpty())
        discount = Discount {};
    auto computed = lines.isEmpty() ? Result<TicketTotals>(TicketTotals {})
                                    : TicketCalculator::compute(lines, discount);
    if (!computed)
        return computed.error(); // e.g. an amount discount now larger than the ticket
    beginRemoveRows(QModelIndex(), row, row);
    m_lines = lines;
    m_discount = discount;
    if (m_lines.isEmpty())
        m_linkedOrder.reset(); // an empty ticket collects no order
    m_totals = std::move(computed).value();
    endRemoveRows();
    notifyRowsChanged();
    return {};
}

Status CartModel::setLineDiscount(int row, const Discount &discount)
{
    if (row < 0 || row >= m_lines.size())
        return Error {ErrorCode::NotFound, QString::number(row), {}};
    QList<TicketLine> lines = m_lines;
    lines[row].discountPercentBp = discount.percentBp;
    lines[row].discountCents = discount.percentBp != 0 ? 0 : discount.amountCents;
    auto status = apply(lines, m_discount);
    if (!status)
        return status;
    notifyRowsChanged();
    return {};
}

Discount CartModel::lineDiscount(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const TicketLine &line = m_lines.at(row);
    return line.discountPercentBp != 0 ? Discount::percent(line.discountPercentBp)
                                       : Discount::amount(line.discountCents);
}

Status CartModel::setTicketDiscount(const Discount &discount)
{
    auto status = apply(m_lines, m_lines.isEmpty() ? Discount {} : discount);
    if (!status)
        return status;
    notifyRowsChanged();
    return {};
}

Status CartModel::setUnitPrice(int row, qint64 unitPriceCents)
{
    if (row < 0 || row >= m_lines.size())
        return Error {ErrorCode::NotFound, QString::number(row), {}};
    if (unitPriceCents < 0)
        return Error {ErrorCode::NegativePrice, Money::format(unitPriceCents), {}};
    if (Status s = MoneyLimits::checkUnitPrice(unitPriceCents); !s)
        return s;
    QList<TicketLine> lines = m_lines;
    lines[row].unitPriceCents = unitPriceCents;
    auto status = apply(lines, m_discount);
    if (!status)
        return status;
    if (lines.at(row).variantId && !lines.at(row).scaleItem)
        m_cataloguePrices.remove(*lines.at(row).variantId); // overridden: no longer follows
    notifyRowsChanged();
    return {};
}

QList<CartModel::PriceChange> CartModel::refreshPrices()
{
    QList<PriceChange> changes;
    for (int row = 0; row < m_lines.size(); ++row) {
        const std::optional<qint64> variantId = m_lines.at(row).variantId;
        if (!variantId || m_lines.at(row).scaleItem || !m_cataloguePrices.contains(*variantId)
            || m_cataloguePrices.value(*variantId) != m_lines.at(row).unitPriceCents)
            continue;
        const auto variant = m_catalogue.variant(*variantId);
        if (!variant || variant->fields.priceCents == m_lines.at(row).unitPriceCents)
            continue;
        const PriceChange change {row, m_lines.at(row).label, m_lines.at(row).unitPriceCents,
                                  variant->fields.priceCents};
        QList<TicketLine> lines = m_lines;
        lines[row].unitPriceCents = change.newUnitPriceCents;
        if (!apply(lines, m_discount))
            continue; // e.g. an amount discount now larger than the line: the line keeps its price
        m_cataloguePrices.insert(*variantId, change.newUnitPriceCents);
        changes.append(change);
    }
    if (!changes.isEmpty())
        notifyRowsChanged();
    return changes;
}

void CartModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_cataloguePrices.clear();
    m_discount = Discount {};
    m_totals = TicketTotals {};
    m_linkedOrder.reset();
    endResetModel();
    Q_EMIT totalsChanged();
}

SaleDraft CartModel::draft(qint64 operatorId) const
{
    SaleDraft result;
    result.operatorId = operatorId;
    result.lines = m_lines;
    result.discount = m_discount;
    result.linkedOrder = m_linkedOrder;
    return result;
}

Status CartModel::setDraft(const SaleDraft &draft)
{
    TicketTotals totals;
    if (!draft.lines.isEmpty()) {
        auto computed = TicketCalculator::compute(draft.lines, draft.discount);
        if (!computed)
            return computed.error();
        totals = std::move(computed).value();
    }
    beginResetModel();
    m_lines = draft.lines;
    m_discount = draft.lines.isEmpty() ? Discount {} : draft.discount;
    m_linkedOrder = draft.linkedOrder;
    m_totals = std::move(totals);
    // A resumed line at the catalogue's price follows it from now on; one at another price (an
    // override, or a price changed while it was parked) keeps what the customer was told.
    m_cataloguePrices.clear();
    for (const TicketLine &line : std::as_const(m_lines)) {
        if (!line.variantId || line.scaleItem)
            continue;
        if (const auto variant = m_catalogue.variant(*line.variantId);
            variant && variant->fields.priceCents == line.unitPriceCents)
            m_cataloguePrices.insert(*line.variantId, line.unitPriceCents);
    }
    endResetModel();
    Q_EMIT totalsChanged();
    return {};
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TicketLine &line = row < m_totals.lines.size() ? m_totals.lines.at(row) : m_lines.at(row);
    switch (role) {
    case VariantIdRole:
        return line.variantId ? QVariant(*line.variantId) : QVariant();
    case QuantityRole:
        return line.quantity;
    case AmountCentsRole:
        return line.totalCents;
    case Qt::TextAlignmentRole:
        if (index.column() == LabelColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return line.label;
        case QuantityColumn:
            return QString::number(line.quantity);
        case UnitPriceColumn:
            return Money::format(line.unitPriceCents);
        case DiscountColumn: {
            const qint64 discount = line.discountCents + line.ticketDiscountCents;
            return discount == 0 ? QString() : Money::format(-discount);
        }
        case AmountColumn:
            return Money::format(line.totalCents);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace comptoir
