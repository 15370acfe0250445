// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/saledraft.h"

#include <QJsonArray>
#include <QStringList>

namespace comptoir {

namespace {

QJsonObject lineToJson(const TicketLine &line)
{
    QJsonObject json;
    if (line.variantId)
        json.insert(QStringLiteral("variant_id"), *line.variantId);
    json.insert(QStringLiteral("label"), line.label);
    json.insert(QStringLiteral("quantity"), line.quantity);
    json.insert(QStringLiteral("unit_price_cents"), line.unitPriceCents);
    json.insert(QStringLiteral("vat_rate_bp"), line.vatRateBp);
    json.insert(QStringLiteral("discount_percent_bp"), line.discountPercentBp);
    json.insert(QStringLiteral("discount_cents"), line.discountCents);
    if (line.scaleItem)
        json.insert(QStringLiteral("scale_item"), true);
    return json;
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toInteger(-1) == value.toDouble();
}

QJsonObject linkedOrderToJson(const LinkedOrder &order)
{
    QJsonObject json;
    json.insert(QStringLiteral("uuid"), order.uuid);
    json.insert(QStringLiteral("number"), order.number);
    QJsonArray lines;
    for (const LinkedOrderLine &line : order.lines)
        lines.append(QJsonObject {{QStringLiteral("variant_id"), line.variantId},
                                  {QStringLiteral("quantity"), line.quantity},
                                  {QStringLiteral("unit_price_cents"), line.unitPriceCents}});
    json.insert(QStringLiteral("lines"), lines);
    return json;
}

std::optional<LinkedOrder> linkedOrderFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("uuid")).isString() || !isInteger(json.value(QStringLiteral("number"))))
        return std::nullopt;
    LinkedOrder order;
    order.uuid = json.value(QStringLiteral("uuid")).toString();
    order.number = json.value(QStringLiteral("number")).toInteger();
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject l = value.toObject();
        for (const char *key : {"variant_id", "quantity", "unit_price_cents"}) {
            if (!isInteger(l.value(QLatin1String(key))))
                return std::nullopt;
        }
        order.lines.append(LinkedOrderLine {l.value(QStringLiteral("variant_id")).toInteger(),
                                            l.value(QStringLiteral("quantity")).toInteger(),
                                            l.value(QStringLiteral("unit_price_cents")).toInteger()});
    }
    return order;
}

} // namespace

bool SaleDraft::operator==(const SaleDraft &other) const
{
    if (operatorId != other.operatorId || discount != other.discount || tenderedCents != other.tenderedCents
        || linkedOrder != other.linkedOrder || lines.size() != other.lines.size()
        || payments.size() != other.payments.size())
        return false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TicketLine &a = lines.at(i);
        const TicketLine &b = other.lines.at(i);
        if (a.variantId != b.variantId || a.label != b.label || a.quantity != b.quantity
            || a.unitPriceCents != b.unitPriceCents || a.vatRateBp != b.vatRateBp
            || a.discountPercentBp != b.discountPercentBp || a.discountCents != b.discountCents
            || a.scaleItem != b.scaleItem)
            return false;
    }
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const Payment &a = payments.at(i);
        const Payment &b = other.payments.at(i);
        if (a.method != b.method || a.amountCents != b.amountCents || a.reference != b.reference)
            return false;
    }
    return true;
}

QJsonObject SaleDraft::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("operator_id"), operatorId);
    QJsonArray lineArray;
    for (const TicketLine &line : lines)
        lineArray.append(lineToJson(line));
    json.insert(QStringLiteral("lines"), lineArray);
    json.insert(QStringLiteral("discount_percent_bp"), discount.percentBp);
    json.insert(QStringLiteral("discount_cents"), discount.amountCents);
    QJsonArray paymentArray;
    for (const Payment &payment : payments) {
        QJsonObject p;
        p.insert(QStringLiteral("method"), paymentMethodKey(payment.method));
        p.insert(QStringLiteral("amount_cents"), payment.amountCents);
        p.insert(QStringLiteral("reference"), payment.reference);
        paymentArray.append(p);
    }
    json.insert(QStringLiteral("payments"), paymentArray);
    json.insert(QStringLiteral("tendered_cents"), tenderedCents);
    if (linkedOrder)
        json.insert(QStringLiteral("linked_order"), linkedOrderToJson(*linkedOrder));
    return json;
}

std::optional<SaleDraft> SaleDraft::fromJson(const QJsonObject &json)
{
    const QStringList integers = {QStringLiteral("operator_id"), QStringLiteral("discount_percent_bp"),
                                  QStringLiteral("discount_cents"), QStringLiteral("tendered_cents")};
    for (const QString &key : integers) {
        if (!isInteger(json.value(key)))
            return std::nullopt;
    }
    SaleDraft draft;
    draft.operatorId = json.value(QStringLiteral("operator_id")).toInteger();
    draft.discount.percentBp = int(json.value(QStringLiteral("discount_percent_bp")).toInteger());
    draft.discount.amountCents = json.value(QStringLiteral("discount_cents")).toInteger();
    draft.tenderedCents = json.value(QStringLiteral("tendered_cents")).toInteger();
    const QStringList lineIntegers
        = {QStringLiteral("quantity"), QStringLiteral("unit_price_cents"), QStringLiteral("vat_rate_bp"),
           QStringLiteral("discount_percent_bp"), QStringLiteral("discount_cents")};
    const QJsonArray lineArray = json.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &value : lineArray) {
        const QJsonObject l = value.toObject();
        for (const QString &key : lineIntegers) {
            if (!isInteger(l.value(key)))
                return std::nullopt;
        }
        TicketLine line;
        if (l.contains(QStringLiteral("variant_id"))) {
            if (!isInteger(l.value(QStringLiteral("variant_id"))))
                return std::nullopt;
            line.variantId = l.value(QStringLiteral("variant_id")).toInteger();
        }
        line.label = l.value(QStringLiteral("label")).toString();
        line.quantity = l.value(QStringLiteral("quantity")).toInteger();
        line.unitPriceCents = l.value(QStringLiteral("unit_price_cents")).toInteger();
        line.vatRateBp = int(l.value(QStringLiteral("vat_rate_bp")).toInteger());
        line.discountPercentBp = int(l.value(QStringLiteral("discount_percent_bp")).toInteger());
        line.discountCents = l.value(QStringLiteral("discount_cents")).toInteger();
        line.scaleItem = l.value(QStringLiteral("scale_item")).toBool();
        draft.lines.append(line);
    }
    const QJsonArray paymentArray = json.value(QStringLiteral("payments")).toArray();
    for (const QJsonValue &value : paymentArray) {
        const QJsonObject p = value.toObject();
        const auto method = paymentMethodFromKey(p.value(QStringLiteral("method")).toString());
        if (!method || !isInteger(p.value(QStringLiteral("amount_cents"))))
            return std::nullopt;
        draft.payments.append(Payment {*method, p.value(QStringLiteral("amount_cents")).toInteger(),
                                       p.value(QStringLiteral("reference")).toString()});
    }
    if (json.contains(QStringLiteral("linked_order"))) {
        draft.linkedOrder = linkedOrderFromJson(json.value(QStringLiteral("linked_order")).toObject());
        if (!draft.linkedOrder)
            return std::nullopt;
    }
    return draft;
}

} // namespace comptoir
