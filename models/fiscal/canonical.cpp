// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical serialisations of closures and events, read from the stored rows, and the canonical
// JSON writer every record uses (canonical.h).
#include "models/fiscal/canonical.h"

#include "models/storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace comptoir {

namespace {

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20)
                out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void write(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            out += QByteArray::number(value.toInteger());
        else
            out += "null"; // never a float in a fiscal record
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            write(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QList<QByteArray> keys;
        for (auto it = object.begin(); it != object.end(); ++it)
            keys << it.key().toUtf8();
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            const QString key = QString::fromUtf8(keys.at(i));
            writeString(out, key);
            out += ':';
            write(out, object.value(key));
        }
        out += '}';
        break;
    }
    }
}

QJsonValue integer(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QJsonValue text(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

Error missing(const char *what, qint64 id)
{
    return makeError(ErrorCode::NotFound, QLatin1String(what) + QLatin1Char(' ') + QString::number(id));
}

// The columns of one row as JSON: integers for the names in `integers`, text otherwise.
QJsonObject columns(const QSqlQuery &q, const QStringList &names, const QStringList &integers)
{
    QJsonObject json;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QVariant value = q.value(int(i));
        json.insert(names.at(i), integers.contains(names.at(i)) ? integer(value) : text(value));
    }
    return json;
}

// Every row of a query as JSON objects (see columns()).
Result<QJsonArray> rows(const Database &db, const QString &sql, qint64 id, const QStringList &names,
                        const QStringList &integers)
{
    auto q = db.query(sql, {id});
    if (!q)
        return q.error();
    QJsonArray result;
    while (q.value().next())
        result.append(columns(q.value(), names, integers));
    return result;
}

// Adds the rows the query gives for the record as an array under key.
Status insertRows(QJsonObject &json, const QString &key, const Database &db, const QString &sql, qint64 id,
                  const QStringList &names, const QStringList &integers)
{
    auto array = rows(db, sql, id, names, integers);
    if (!array)
        return array.error();
    json.insert(key, array.value());
    return {};
}

const QStringList VatColumns
    = {QStringLiteral("vat_rate_bp"), QStringLiteral("base_cents"), QStringLiteral("vat_cents")};

const QStringList ClosureColumns = {QStringLiteral("uuid"),
                                    QStringLiteral("register_id"),
                                    QStringLiteral("kind"),
                                    QStringLiteral("number"),
                                    QStringLiteral("business_day"),
                                    QStringLiteral("closed_at"),
                                    QStringLiteral("operator_id"),
                                    QStringLiteral("operator_name"),
                                    QStringLiteral("first_ticket_number"),
                                    QStringLiteral("last_ticket_number"),
                                    QStringLiteral("sale_count"),
                                    QStringLiteral("refund_count"),
                                    QStringLiteral("cancelled_count"),
                                    QStringLiteral("sales_cents"),
                                    QStringLiteral("refunds_cents"),
                                    QStringLiteral("total_cents"),
                                    QStringLiteral("discount_cents"),
                                    QStringLiteral("cash_float_cents"),
                                    QStringLiteral("cash_expected_cents"),
                                    QStringLiteral("cash_counted_cents"),
                                    QStringLiteral("grand_total_cents")};

const QStringList ClosurePaymentColumns
    = {QStringLiteral("method"), QStringLiteral("count"), QStringLiteral("amount_cents")};

const QStringList PeriodClosureColumns = {QStringLiteral("uuid"),
                                          QStringLiteral("register_id"),
                                          QStringLiteral("kind"),
                                          QStringLiteral("period"),
                                          QStringLiteral("number"),
                                          QStringLiteral("closed_at"),
                                          QStringLiteral("closed_by"),
                                          QStringLiteral("first_closure_number"),
                                          QStringLiteral("last_closure_number"),
                                          QStringLiteral("day_count"),
                                          QStringLiteral("sale_count"),
                                          QStringLiteral("refund_count"),
                                          QStringLiteral("cancelled_count"),
                                          QStringLiteral("sales_cents"),
                                          QStringLiteral("refunds_cents"),
                                          QStringLiteral("total_cents"),
                                          QStringLiteral("discount_cents"),
                                          QStringLiteral("grand_total_cents")};

const QStringList EventColumns
    = {QStringLiteral("uuid"),        QStringLiteral("register_id"), QStringLiteral("kind"),
       QStringLiteral("occurred_at"), QStringLiteral("operator_id"), QStringLiteral("detail")};

// The integer fields of closures and events, by name (the others are text).
const QStringList Integers = {QStringLiteral("number"),
                              QStringLiteral("operator_id"),
                              QStringLiteral("total_cents"),
                              QStringLiteral("discount_cents"),
                              QStringLiteral("vat_rate_bp"),
                              QStringLiteral("amount_cents"),
                              QStringLiteral("base_cents"),
                              QStringLiteral("vat_cents"),
                              QStringLiteral("first_ticket_number"),
                              QStringLiteral("last_ticket_number"),
                              QStringLiteral("sale_count"),
                              QStringLiteral("refund_count"),
                              QStringLiteral("cancelled_count"),
                              QStringLiteral("sales_cents"),
                              QStringLiteral("refunds_cents"),
                              QStringLiteral("cash_float_cents"),
                              QStringLiteral("cash_expected_cents"),
                              QStringLiteral("cash_counted_cents"),
                              QStringLiteral("grand_total_cents"),
                              QStringLiteral("count"),
                              QStringLiteral("first_closure_number"),
                              QStringLiteral("last_closure_number"),
                              QStringLiteral("day_count")};

// A month or year closure, when its kind is `kind` ("month", "year"; any when empty).
Result<QByteArray> periodClosure(const Database &db, qint64 closureId, const QString &kind)
{
    auto q = db.query(QStringLiteral("SELECT ") + PeriodClosureColumns.join(QStringLiteral(", "))
                          + QStringLiteral(" FROM period_closures WHERE id = ?"),
                      {closureId});
    if (!q)
        return q.error();
    const char *name = kind == QLatin1String("year") ? "year-closure" : "month-closure";
    if (!q.value().next())
        return missing(name, closureId);
    QJsonObject json = columns(q.value(), PeriodClosureColumns, Integers);
    const QString stored = json.value(QLatin1String("kind")).toString();
    if (!kind.isEmpty() && stored != kind)
        return missing(name, closureId); // the chain says another kind: not the record it links
    json.insert(QStringLiteral("record"), QString(stored + QStringLiteral("-closure")));
    if (Status s
        = insertRows(json, QStringLiteral("payments"), db,
                     QStringLiteral("SELECT method, count, amount_cents FROM period_closure_payments "
                                    "WHERE closure_id = ? ORDER BY method"),
                     closureId, ClosurePaymentColumns, Integers);
        !s)
        return s.error();
    if (Status s
        = insertRows(json, QStringLiteral("vat"), db,
                     QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM period_closure_vat "
                                    "WHERE closure_id = ? ORDER BY vat_rate_bp DESC"),
                     closureId, VatColumns, Integers);
        !s)
        return s.error();
    return canonicalJson(json);
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    write(out, value);
    return out;
}

Result<QByteArray> canonicalClosure(const Database &db, qint64 closureId)
{
    auto q = db.query(QStringLiteral("SELECT ") + ClosureColumns.join(QStringLiteral(", "))
                          + QStringLiteral(" FROM closures WHERE id = ?"),
                      {closureId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return missing("closure", closureId);
    QJsonObject json = columns(q.value(), ClosureColumns, Integers);
    json.insert(QStringLiteral("record"), QStringLiteral("closure"));
    if (Status s = insertRows(json, QStringLiteral("payments"), db,
                              QStringLiteral("SELECT method, count, amount_cents FROM closure_payments "
                                             "WHERE closure_id = ? ORDER BY method"),
                              closureId, ClosurePaymentColumns, Integers);
        !s)
        return s.error();
    if (Status s = insertRows(json, QStringLiteral("vat"), db,
                              QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM closure_vat "
                                             "WHERE closure_id = ? ORDER BY vat_rate_bp DESC"),
                              closureId, VatColumns, Integers);
        !s)
        return s.error();
    return canonicalJson(json);
}

Result<QByteArray> canonicalPeriodClosure(const Database &db, qint64 closureId)
{
    return periodClosure(db, closureId, {});
}

Result<QByteArray> canonicalEvent(const Database &db, qint64 eventId)
{
    auto q = db.query(QStringLiteral("SELECT ") + EventColumns.join(QStringLiteral(", "))
                          + QStringLiteral(" FROM events WHERE id = ?"),
                      {eventId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return missing("event", eventId);
    QJsonObject json = columns(q.value(), EventColumns, Integers);
    json.insert(QStringLiteral("record"), QStringLiteral("event"));
    return canonicalJson(json);
}

Result<QByteArray> canonicalMonthClosure(const Database &db, qint64 closureId)
{
    return periodClosure(db, closureId, QStringLiteral("month"));
}

Result<QByteArray> canonicalYearClosure(const Database &db, qint64 closureId)
{
    return periodClosure(db, closureId, QStringLiteral("year"));
}

} // namespace comptoir
