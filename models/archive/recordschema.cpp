// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of each kind of canonical record (recordschema.h).
#include "models/archive/recordschema.h"

#include "models/archive/archiveformat.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <initializer_list>

namespace comptoir::RecordSchema {

namespace {

enum class Type { Int, IntOrNull, Text, TextOrNull, Day, Object, Array };

struct Field
{
    const char *name;
    Type type;
    const std::initializer_list<Field> *inner = nullptr; // Object: its fields; Array: each item's
};

using Fields = std::initializer_list<Field>;

const Fields vatRow = {{"vat_rate_bp", Type::Int}, {"base_cents", Type::Int}, {"vat_cents", Type::Int}};
const Fields totalRow = {{"method", Type::Text}, {"count", Type::Int}, {"amount_cents", Type::Int}};

const Fields ticketLine = {{"position", Type::Int},
                           {"variant_id", Type::IntOrNull},
                           {"label", Type::TextOrNull},
                           {"quantity", Type::Int},
                           {"unit_price_cents", Type::Int},
                           {"vat_rate_bp", Type::Int},
                           {"discount_cents", Type::Int},
                           {"discount_percent_bp", Type::Int},
                           {"ticket_discount_cents", Type::Int},
                           {"total_cents", Type::Int},
                           {"original_line_position", Type::IntOrNull}};
const Fields ticketPayment = {{"position", Type::Int},
                              {"method", Type::Text},
                              {"amount_cents", Type::Int},
                              {"reference", Type::TextOrNull}};

const Fields ticket = {{"record", Type::Text},
                       {"uuid", Type::Text},
                       {"register_id", Type::Text},
                       {"number", Type::Int},
                       {"kind", Type::Text},
                       {"original_number", Type::IntOrNull},
                       {"operator_id", Type::IntOrNull},
                       {"operator_name", Type::TextOrNull},
                       {"business_day", Type::Day},
                       {"closed_at", Type::TextOrNull},
                       {"total_cents", Type::Int},
                       {"discount_cents", Type::Int},
                       {"discount_percent_bp", Type::Int},
                       {"tendered_cents", Type::Int},
                       {"change_cents", Type::Int},
                       {"lines", Type::Array, &ticketLine},
                       {"payments", Type::Array, &ticketPayment},
                       {"vat", Type::Array, &vatRow}};

const Fields closure = {{"record", Type::Text},
                        {"uuid", Type::Text},
                        {"register_id", Type::Text},
                        {"kind", Type::TextOrNull},
                        {"number", Type::Int},
                        {"business_day", Type::Day},
                        {"closed_at", Type::TextOrNull},
                        {"operator_id", Type::IntOrNull},
                        {"operator_name", Type::TextOrNull},
                        {"first_ticket_number", Type::IntOrNull},
                        {"last_ticket_number", Type::IntOrNull},
                        {"sale_count", Type::Int},
                        {"refund_count", Type::Int},
                        {"cancelled_count", Type::Int},
                        {"sales_cents", Type::Int},
                        {"refunds_cents", Type::Int},
                        {"total_cents", Type::Int},
                        {"discount_cents", Type::Int},
                        {"cash_float_cents", Type::Int},
                        {"cash_expected_cents", Type::Int},
                        {"cash_counted_cents", Type::IntOrNull},
                        {"grand_total_cents", Type::Int},
                        {"payments", Type::Array, &totalRow},
                        {"vat", Type::Array, &vatRow}};

// month-closure and year-closure
const Fields period = {{"record", Type::Text},
                       {"uuid", Type::Text},
                       {"register_id", Type::Text},
                       {"kind", Type::Text},
                       {"period", Type::Text},
                       {"number", Type::Int},
                       {"closed_at", Type::TextOrNull},
                       {"closed_by", Type::TextOrNull},
                       {"first_closure_number", Type::Int},
                       {"last_closure_number", Type::Int},
                       {"day_count", Type::Int},
                       {"sale_count", Type::Int},
                       {"refund_count", Type::Int},
                       {"cancelled_count", Type::Int},
                       {"sales_cents", Type::Int},
                       {"refunds_cents", Type::Int},
                       {"total_cents", Type::Int},
                       {"discount_cents", Type::Int},
                       {"grand_total_cents", Type::Int},
                       {"payments", Type::Array, &totalRow},
                       {"vat", Type::Array, &vatRow}};

const Fields event = {{"record", Type::Text},
                      {"uuid", Type::Text},
                      {"register_id", Type::Text},
                      {"kind", Type::Text},
                      {"occurred_at", Type::TextOrNull},
                      {"operator_id", Type::IntOrNull},
                      {"detail", Type::TextOrNull}};

// A JSON integer (the archive's integers are checked to be whole and within 2^53 − 1 before).
bool isInt(const QJsonValue &value)
{
    return value.isDouble() && ArchiveFormat::integersOnly(value);
}

bool isDay(const QJsonValue &value)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value.toString();
    return value.isString() && form.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isPeriod(const QJsonValue &value, qsizetype length)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    const QString text = value.toString();
    return value.isString() && text.size() == length && (length == 4 ? year : month).match(text).hasMatch();
}

const char *typeName(Type type)
{
    switch (type) {
    case Type::Int:
        return "int";
    case Type::IntOrNull:
        return "int?";
    case Type::Text:
        return "str";
    case Type::TextOrNull:
        return "str?";
    case Type::Day:
        return "a YYYY-MM-DD day";
    case Type::Object:
        return "an object";
    case Type::Array:
        return "an array";
    }
    return "";
}

bool hasType(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::Int:
        return isInt(value);
    case Type::IntOrNull:
        return value.isNull() || isInt(value);
    case Type::Text:
        return value.isString();
    case Type::TextOrNull:
        return value.isNull() || value.isString();
    case Type::Day:
        return isDay(value);
    case Type::Object:
        return value.isObject();
    case Type::Array:
        return value.isArray();
    }
    return false;
}

std::optional<QString> checkFields(const QJsonValue &value, const Fields &fields, const QString &where)
{
    if (!value.isObject())
        return where + QStringLiteral(" is not an object");
    const QJsonObject object = value.toObject();
    for (const Field &field : fields) {
        const QString path = where + QLatin1Char('.') + QLatin1String(field.name);
        const auto found = object.constFind(QLatin1String(field.name));
        if (found == object.constEnd())
            return path + QStringLiteral(" is missing");
        const QJsonValue fieldValue = found.value();
        if (!hasType(fieldValue, field.type))
            return path + QStringLiteral(" is not ") + QLatin1String(typeName(field.type));
        if (field.type == Type::Object) {
            if (auto failed = checkFields(fieldValue, *field.inner, path))
                return failed;
        } else if (field.type == Type::Array) {
            const QJsonArray items = fieldValue.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString item = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                if (auto failed = checkFields(items.at(i), *field.inner, item))
                    return failed;
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> check(const QJsonObject &record)
{
    const QString kind = record.value(QLatin1String("record")).toString();
    const Fields *fields = nullptr;
    if (kind == QLatin1String("ticket"))
        fields = &ticket;
    else if (kind == QLatin1String("closure"))
        fields = &closure;
    else if (kind == QLatin1String("month-closure") || kind == QLatin1String("year-closure"))
        fields = &period;
    else if (kind == QLatin1String("event"))
        fields = &event;
    if (!fields)
        return std::nullopt; // an unknown "record" is the record-type rule's
    const QString where = QStringLiteral("canonical");
    if (auto failed = checkFields(record, *fields, where))
        return failed;
    if (kind == QLatin1String("ticket") && record.value(QLatin1String("kind")) != QLatin1String("sale")
        && record.value(QLatin1String("kind")) != QLatin1String("refund"))
        return where + QStringLiteral(".kind is neither sale nor refund");
    if (kind == QLatin1String("month-closure") && !isPeriod(record.value(QLatin1String("period")), 7))
        return where + QStringLiteral(".period is not YYYY-MM");
    if (kind == QLatin1String("year-closure") && !isPeriod(record.value(QLatin1String("period")), 4))
        return where + QStringLiteral(".period is not YYYY");
    return std::nullopt;
}

} // namespace comptoir::RecordSchema
