// SaleJournal: tickets in progress — parking, resuming, cancelling — and their JSON form.
#include "models/sales/salejournal.h"

#include "models/clock.h"
#include "models/logging.h"
#include "models/sales/ticketcalculator.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

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
    return json;
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toInteger(-1) == value.toDouble();
}

// The draft's total when it can be computed, else the undiscounted sum (for listing only).
qint64 draftTotal(const SaleDraft &draft)
{
    auto totals = TicketCalculator::compute(draft.lines, draft.discount);
    if (totals)
        return totals->totalCents;
    qint64 sum = 0;
    for (const TicketLine &line : draft.lines)
        sum += line.quantity * line.unitPriceCents;
    return sum;
}

QVariant optionalOperator(qint64 operatorId)
{
    return operatorId != 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
}

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

bool SaleDraft::operator==(const SaleDraft &other) const
{
    if (operatorId != other.operatorId || discount != other.discount || tenderedCents != other.tenderedCents
        || lines.size() != other.lines.size() || payments.size() != other.payments.size())
        return false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TicketLine &a = lines.at(i);
        const TicketLine &b = other.lines.at(i);
        if (a.variantId != b.variantId || a.label != b.label || a.quantity != b.quantity
            || a.unitPriceCents != b.unitPriceCents || a.vatRateBp != b.vatRateBp
            || a.discountPercentBp != b.discountPercentBp || a.discountCents != b.discountCents)
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
    return draft;
}

Result<qint64> SaleJournal::park(const SaleDraft &draft, const QString &label)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    auto id = m_db.insert(
        QStringLiteral(
            "INSERT INTO parked_tickets (label, operator_id, parked_at, content) VALUES (?, ?, ?, ?)"),
        {label.isNull() ? QStringLiteral("") : label, optionalOperator(draft.operatorId),
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), toText(draft.toJson())});
    if (id)
        qCInfo(lcModels) << "parked ticket" << *id << "lines" << draft.lines.size();
    return id;
}

Result<QList<ParkedTicket>> SaleJournal::parked() const
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, label, operator_id, parked_at, content FROM parked_tickets ORDER BY id"));
    if (!q)
        return q.error();
    QList<ParkedTicket> result;
    QSqlQuery &row = q.value();
    while (row.next()) {
        ParkedTicket p;
        p.id = row.value(0).toLongLong();
        p.label = row.value(1).toString();
        if (!row.value(2).isNull())
            p.operatorId = row.value(2).toLongLong();
        p.parkedAt = QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs);
        p.parkedAt.setTimeZone(QTimeZone::utc());
        const auto draft
            = SaleDraft::fromJson(QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object());
        if (draft) {
            p.totalCents = draftTotal(*draft);
            p.lineCount = int(draft->lines.size());
        }
        result.append(p);
    }
    return result;
}

Result<SaleDraft> SaleJournal::resume(qint64 parkedId)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto q = m_db.query(QStringLiteral("SELECT content FROM parked_tickets WHERE id = ?"), {parkedId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, {},
                         QStringLiteral("parked ticket ") + QString::number(parkedId));
    const auto draft
        = SaleDraft::fromJson(QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object());
    if (!draft)
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("unreadable parked ticket"));
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM parked_tickets WHERE id = ?"), {parkedId}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *draft;
}

Status SaleJournal::cancel(const SaleDraft &draft)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    const qint64 total = draftTotal(draft);
    const QString uuid = m_uuids.next();
    // The cancelled ticket and its event in the journal (chained, signed) together, or neither.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO cancelled_tickets (uuid, register_id, operator_id, "
                                            "cancelled_at, total_cents, line_count, content) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {uuid, m_db.deviceId(), optionalOperator(draft.operatorId),
                              m_clock.now().toUTC().toString(Qt::ISODateWithMs), total,
                              qint64(draft.lines.size()), toText(draft.toJson())});
        !s)
        return s;
    QJsonObject detail;
    detail.insert(QStringLiteral("cancelled_uuid"), uuid);
    detail.insert(QStringLiteral("line_count"), qint64(draft.lines.size()));
    detail.insert(QStringLiteral("total_cents"), total);
    const std::optional<qint64> operatorId
        = draft.operatorId != 0 ? std::optional<qint64>(draft.operatorId) : std::nullopt;
    if (auto event = m_events.record(EventKind::TicketCancelled, operatorId, detail); !event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcModels) << "cancelled ticket in progress, lines" << draft.lines.size();
    return {};
}

} // namespace comptoir
