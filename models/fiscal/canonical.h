// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canonical serialisations of the fiscal records (tickets, closures, technical events):
// the bytes that the fiscal chain hashes (hash = SHA-256(previous hash ‖ canonical), see
// fiscalchain.h). Each record has ONE serialisation, used by its writer and by the verifier
// (journalverifier.h), so that a value changed in a table no longer matches its hash. Closures
// and events are serialised here from their stored rows (the writer reads them back after the
// insert). A ticket is serialised by models/sales/canonicalticket.h from a Ticket: the sales
// journal passes the one it has just stored, the verifier the one it reads back from the rows
// (models/archive/canonicalrecord.h picks the serialisation by record type). The format below
// covers all of them. Documented for auditors in docs/fiscal-format.md.
//
// Format: one JSON object, UTF-8, compact (no whitespace), object keys sorted (byte order),
// integers only (amounts in cents, VAT rates in basis points; never a float), null for an
// absent optional value, text as stored. Strings escape only '"', '\\', and the control
// characters below U+0020 (\b \f \n \r \t, the others as \u00xx); everything else is written
// as UTF-8. This is exactly Python's
//   json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
//
// Ticket (tables tickets, ticket_lines, ticket_payments, ticket_vat):
//   {"record":"ticket","uuid","register_id","number","kind" ("sale"|"refund"),
//    "original_number" (the refunded sale's number, or null),"operator_id","operator_name",
//    "business_day" (YYYY-MM-DD),"closed_at" (ISO 8601 UTC with ms, as stored),"total_cents",
//    "discount_cents","discount_percent_bp","tendered_cents","change_cents",
//    "lines":[{"position","variant_id" (or null),"label","quantity","unit_price_cents",
//              "vat_rate_bp","discount_cents","discount_percent_bp","ticket_discount_cents",
//              "total_cents","original_line_position" (or null)}] by position,
//    "payments":[{"position","method","amount_cents","reference"}] by position,
//    "vat":[{"vat_rate_bp","base_cents","vat_cents"}] highest rate first}
// Closure (tables closures, closure_payments, closure_vat):
//   {"record":"closure","uuid","register_id","kind","number","business_day","closed_at",
//    "operator_id","operator_name","first_ticket_number" (or null),"last_ticket_number" (or
//    null),"sale_count","refund_count","cancelled_count","sales_cents","refunds_cents",
//    "total_cents","discount_cents","cash_float_cents","cash_expected_cents",
//    "cash_counted_cents","grand_total_cents",
//    "payments":[{"method","count","amount_cents"}] by method key,
//    "vat":[{"vat_rate_bp","base_cents","vat_cents"}] highest rate first}
// Month or year closure (tables period_closures, period_closure_payments, period_closure_vat):
//   {"record":"month-closure"|"year-closure","uuid","register_id","kind" ("month"|"year"),
//    "period" ("YYYY-MM"|"YYYY"),"number","closed_at","closed_by" ("automatic"),
//    "first_closure_number","last_closure_number" (the day closures a month covers, the month
//    closures a year covers),"day_count","sale_count","refund_count","cancelled_count",
//    "sales_cents","refunds_cents","total_cents","discount_cents","grand_total_cents",
//    "payments":[{"method","count","amount_cents"}] by method key,
//    "vat":[{"vat_rate_bp","base_cents","vat_cents"}] highest rate first}
// Event (table events):
//   {"record":"event","uuid","register_id","kind","occurred_at","operator_id" (or null),
//    "detail" (the stored JSON text, as a string)}
#include "models/fiscal/fiscalchain.h"
#include "models/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace comptoir {

class Database;

// The canonical bytes of a stored record (a ticket's: models/sales/canonicalticket.h). Errors:
// NotFound (subject: e.g. "closure 12") when the row is missing, DatabaseQueryFailed.
Result<QByteArray> canonicalClosure(const Database &db, qint64 closureId);
Result<QByteArray> canonicalEvent(const Database &db, qint64 eventId);
// A row of period_closures (month or year closure, by its kind).
Result<QByteArray> canonicalPeriodClosure(const Database &db, qint64 closureId);
// The same, NotFound unless the row is a month (a year) closure: the record a link of that type
// points to.
Result<QByteArray> canonicalMonthClosure(const Database &db, qint64 closureId);
Result<QByteArray> canonicalYearClosure(const Database &db, qint64 closureId);

// The canonical JSON writer described above (integers, strings, null, booleans, arrays and
// objects; a non-integral number is written as null: the formats never hold one).
QByteArray canonicalJson(const QJsonValue &value);

} // namespace comptoir
