// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/jsonreader.h"

#include <QMetaType>
#include <QUuid>
#include <QVariant>

namespace comptoir {

void JsonCheck::fail(const QString &path, const QString &why)
{
    if (!m_error)
        m_error = makeError(ErrorCode::MarketplaceResponseInvalid, path, why);
}

void JsonCheck::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

JsonReader::JsonReader(JsonCheck &check, const QJsonObject &object, const QString &path)
    : m_check(check), m_object(object), m_path(path)
{ }

QString JsonReader::path(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

bool JsonReader::has(QLatin1String key) const
{
    const auto found = m_object.constFind(key);
    return found != m_object.constEnd() && !found->isNull();
}

std::optional<QJsonValue> JsonReader::present(QLatin1String key, bool required)
{
    if (!m_check.ok())
        return std::nullopt;
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd() || found->isNull() || found->isUndefined()) {
        if (required)
            m_check.fail(path(key), QStringLiteral("missing"));
        return std::nullopt;
    }
    return *found;
}

bool JsonReader::isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    // toVariant() is a qlonglong for an integral number within 64 bits, a double otherwise (12.5,
    // 1e30).
    if (value.toVariant().metaType().id() != QMetaType::LongLong)
        return false;
    const qint64 n = value.toInteger();
    return n <= MaxSafeInteger && n >= -MaxSafeInteger;
}

bool JsonReader::isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    return !QUuid::fromString(text).isNull();
}

std::optional<QDateTime> JsonReader::parseTimestamp(const QString &text)
{
    // An explicit offset is required ("Z" or "+01:00"): a local time would depend on the till's
    // time zone.
    const bool hasOffset = text.endsWith(QLatin1Char('Z'))
        || (text.size() > 6
            && (text.at(text.size() - 6) == QLatin1Char('+') || text.at(text.size() - 6) == QLatin1Char('-'))
            && text.at(text.size() - 3) == QLatin1Char(':'));
    if (!hasOffset)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QString JsonReader::string(QLatin1String key)
{
    const auto v = present(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        m_check.fail(path(key), QStringLiteral("not a string"));
        return {};
    }
    if (v->toString().isEmpty()) {
        m_check.fail(path(key), QStringLiteral("empty"));
        return {};
    }
    return v->toString();
}

QString JsonReader::optionalString(QLatin1String key)
{
    const auto v = present(key, false);
    if (!v)
        return {};
    if (!v->isString()) {
        m_check.fail(path(key), QStringLiteral("not a string"));
        return {};
    }
    return v->toString();
}

QString JsonReader::lengthProblem(qsizetype length, qsizetype minLength, qsizetype maxLength)
{
    if (length < minLength)
        return length == 0 ? QStringLiteral("empty")
                           : QStringLiteral("%1 characters, fewer than %2").arg(length).arg(minLength);
    if (length > maxLength)
        return QStringLiteral("%1 characters, more than %2").arg(length).arg(maxLength);
    return {};
}

QString JsonReader::text(QLatin1String key, qsizetype minLength, qsizetype maxLength)
{
    const auto v = present(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        m_check.fail(path(key), QStringLiteral("not a string"));
        return {};
    }
    const QString problem = lengthProblem(v->toString().size(), minLength, maxLength);
    if (!problem.isEmpty()) {
        m_check.fail(path(key), problem);
        return {};
    }
    return v->toString();
}

QString JsonReader::optionalText(QLatin1String key, qsizetype maxLength)
{
    const QString value = optionalString(key);
    if (m_check.ok() && value.size() > maxLength) {
        m_check.fail(path(key), lengthProblem(value.size(), 0, maxLength));
        return {};
    }
    return value;
}

QString JsonReader::uuid(QLatin1String key)
{
    const QString text = string(key);
    if (m_check.ok() && !isUuid(text)) {
        m_check.fail(path(key), QStringLiteral("not a UUID"));
        return {};
    }
    return text.toLower();
}

QString JsonReader::optionalUuid(QLatin1String key)
{
    if (!has(key))
        return optionalString(key); // absent or null: empty; a wrong type fails there
    return uuid(key);
}

qint64 JsonReader::integer(QLatin1String key, qint64 min, qint64 max)
{
    const auto v = present(key, true);
    if (!v)
        return 0;
    if (!isInteger(*v)) {
        m_check.fail(path(key), QStringLiteral("not an integer"));
        return 0;
    }
    const qint64 n = v->toInteger();
    if (n < min || n > max) {
        m_check.fail(path(key), QStringLiteral("%1 is out of range [%2, %3]").arg(n).arg(min).arg(max));
        return 0;
    }
    return n;
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1String key, qint64 min, qint64 max)
{
    if (!has(key)) {
        present(key, false);
        return std::nullopt;
    }
    const qint64 n = integer(key, min, max);
    if (!m_check.ok())
        return std::nullopt;
    return n;
}

bool JsonReader::boolean(QLatin1String key)
{
    const auto v = present(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        m_check.fail(path(key), QStringLiteral("not a boolean"));
        return false;
    }
    return v->toBool();
}

QDateTime JsonReader::timestamp(QLatin1String key)
{
    const QString text = string(key);
    if (!m_check.ok())
        return {};
    const auto parsed = parseTimestamp(text);
    if (!parsed) {
        m_check.fail(path(key), QStringLiteral("not an ISO 8601 UTC timestamp"));
        return {};
    }
    return *parsed;
}

QDateTime JsonReader::optionalTimestamp(QLatin1String key)
{
    if (!has(key)) {
        present(key, false);
        return {};
    }
    return timestamp(key);
}

QJsonObject JsonReader::object(QLatin1String key)
{
    const auto v = present(key, true);
    if (!v)
        return {};
    if (!v->isObject()) {
        m_check.fail(path(key), QStringLiteral("not an object"));
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(QLatin1String key, qsizetype maxSize)
{
    const auto v = present(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        m_check.fail(path(key), QStringLiteral("not an array"));
        return {};
    }
    const QJsonArray a = v->toArray();
    if (a.size() > maxSize) {
        m_check.fail(path(key), QStringLiteral("%1 elements, more than %2").arg(a.size()).arg(maxSize));
        return {};
    }
    return a;
}

QJsonValue JsonReader::value(QLatin1String key)
{
    const auto v = present(key, true);
    return v ? *v : QJsonValue();
}

std::optional<QJsonValue> JsonReader::optionalValue(QLatin1String key)
{
    return present(key, false);
}

QString elementPath(const QString &arrayPath, qsizetype i)
{
    return arrayPath + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QJsonObject elementObject(JsonCheck &check, const QJsonArray &array, qsizetype i, const QString &arrayPath)
{
    if (!check.ok())
        return {};
    const QJsonValue v = array.at(i);
    if (!v.isObject()) {
        check.fail(elementPath(arrayPath, i), QStringLiteral("not an object"));
        return {};
    }
    return v.toObject();
}

} // namespace comptoir
