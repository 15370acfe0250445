// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A ticket's one canonical serialisation (canonicalticket.h), from memory at commit and from the
// stored rows read back by the verifier.
#include "models/sales/canonicalticket.h"

#include "models/fiscal/canonical.h"
#include "models/sales/ticketreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace comptoir {

namespace {

// As bound by SaleJournal: a null QString is stored as SQL NULL when bound as is…
QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// …and as "" when bound through text().
QJsonValue stored(const QString &value)
{
    return value.isNull() ? QJsonValue(QStringLiteral("")) : QJsonValue(value);
}

QJsonValue integer(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray canonicalTicket(const Ticket &ticket, const TicketOrigins &origins)
{
    QJsonObject json;
    json.insert(QStringLiteral("record"), QStringLiteral("ticket"));
    json.insert(QStringLiteral("uuid"), nullable(ticket.uuid));
    json.insert(QStringLiteral("register_id"), nullable(ticket.registerId));
    json.insert(QStringLiteral("number"), ticket.number);
    json.insert(QStringLiteral("kind"),
                ticket.kind == TicketKind::Refund ? QStringLiteral("refund") : QStringLiteral("sale"));
    json.insert(QStringLiteral("original_number"), integer(origins.originalNumber));
    json.insert(QStringLiteral("operator_id"), ticket.operatorId);
    json.insert(QStringLiteral("operator_name"), stored(ticket.operatorName));
    json.insert(QStringLiteral("business_day"), nullable(ticket.businessDay));
    json.insert(QStringLiteral("closed_at"), ticket.closedAt.toUTC().toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("total_cents"), ticket.totalCents);
    json.insert(QStringLiteral("discount_cents"), ticket.discountCents);
    json.insert(QStringLiteral("discount_percent_bp"), qint64(ticket.discountPercentBp));
    json.insert(QStringLiteral("tendered_cents"), ticket.tenderedCents);
    json.insert(QStringLiteral("change_cents"), ticket.changeCents);

    QJsonArray lines;
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        const TicketLine &line = ticket.lines.at(i);
        QJsonObject l;
        l.insert(QStringLiteral("position"), qint64(i + 1));
        l.insert(QStringLiteral("variant_id"), integer(line.variantId));
        l.insert(QStringLiteral("label"), stored(line.label));
        l.insert(QStringLiteral("quantity"), line.quantity);
        l.insert(QStringLiteral("unit_price_cents"), line.unitPriceCents);
        l.insert(QStringLiteral("vat_rate_bp"), qint64(line.vatRateBp));
        l.insert(QStringLiteral("discount_cents"), line.discountCents);
        l.insert(QStringLiteral("discount_percent_bp"), qint64(line.discountPercentBp));
        l.insert(QStringLiteral("ticket_discount_cents"), line.ticketDiscountCents);
        l.insert(QStringLiteral("total_cents"), line.totalCents);
        l.insert(QStringLiteral("original_line_position"),
                 integer(i < origins.originalLinePositions.size() ? origins.originalLinePositions.at(i)
                                                                  : std::nullopt));
        lines.append(l);
    }
    json.insert(QStringLiteral("lines"), lines);

    QJsonArray payments;
    for (qsizetype i = 0; i < ticket.payments.size(); ++i) {
        const Payment &payment = ticket.payments.at(i);
        QJsonObject p;
        p.insert(QStringLiteral("position"), qint64(i + 1));
        p.insert(QStringLiteral("method"), paymentMethodKey(payment.method));
        p.insert(QStringLiteral("amount_cents"), payment.amountCents);
        p.insert(QStringLiteral("reference"), stored(payment.reference));
        payments.append(p);
    }
    json.insert(QStringLiteral("payments"), payments);

    QList<VatAmount> rates = ticket.vat; // highest rate first, as TicketReader reads them
    std::stable_sort(rates.begin(), rates.end(),
                     [](const VatAmount &a, const VatAmount &b) { return a.vatRateBp > b.vatRateBp; });
    QJsonArray vat;
    for (const VatAmount &amount : std::as_const(rates)) {
        QJsonObject v;
        v.insert(QStringLiteral("vat_rate_bp"), qint64(amount.vatRateBp));
        v.insert(QStringLiteral("base_cents"), amount.baseCents);
        v.insert(QStringLiteral("vat_cents"), amount.vatCents);
        vat.append(v);
    }
    json.insert(QStringLiteral("vat"), vat);
    return canonicalJson(json);
}

Result<QByteArray> canonicalTicket(const Database &db, qint64 ticketId)
{
    const TicketReader reader(db);
    auto ticket = reader.storedTicket(ticketId);
    if (!ticket)
        return ticket.error();
    auto origins = reader.origins(ticket.value());
    if (!origins)
        return origins.error();
    return canonicalTicket(ticket.value(), origins.value());
}

} // namespace comptoir
