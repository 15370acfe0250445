// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace comptoir {

// Strict reading of a marketplace answer. The first problem found is kept, naming the field by
// its JSON path ("changes[3].data.on_hand") as the Error's subject (MarketplaceResponseInvalid);
// once a problem is found the readers return empty values and the caller refuses the whole
// answer. Where an integer is expected, a number with a fraction (12.5) is refused, as is any
// number beyond ±2^53; Qt's JSON parser keeps no trace of how an integral number was written, so
// 12.0 and 1.2e1 are read as 12.
class JsonCheck
{
public:
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &path, const QString &why);
    void fail(Error error);

private:
    std::optional<Error> m_error;
};

class JsonReader
{
public:
    static constexpr qint64 MaxSafeInteger = (qint64(1) << 53);

    JsonReader(JsonCheck &check, const QJsonObject &object, const QString &path = {});

    // The path of key inside this object, e.g. "changes[3].data" + "on_hand".
    QString path(QLatin1String key) const;
    bool has(QLatin1String key) const;
    bool ok() const { return m_check.ok(); }
    void fail(QLatin1String key, const QString &why) { m_check.fail(path(key), why); }
    JsonCheck &check() { return m_check; }
    const QJsonObject &raw() const { return m_object; }

    // Required (present, not null, right type) unless said optional; an optional field may be
    // absent or null, but when present it must have the right type.
    QString string(QLatin1String key); // non-empty
    QString optionalString(QLatin1String key);
    // A string of minLength to maxLength characters (UTF-16 code units, as the marketplace counts
    // them, docs/marketplace-api.md §9): a longer one fails naming the field, so that what comes
    // down is held to the protocol's limits (§15.5) like what goes up.
    QString text(QLatin1String key, qsizetype minLength, qsizetype maxLength);
    QString optionalText(QLatin1String key, qsizetype maxLength); // absent or null: empty
    QString uuid(QLatin1String key);
    QString optionalUuid(QLatin1String key);
    qint64 integer(QLatin1String key, qint64 min = 0, qint64 max = MaxSafeInteger);
    std::optional<qint64> optionalInteger(QLatin1String key, qint64 min = 0, qint64 max = MaxSafeInteger);
    bool boolean(QLatin1String key);
    QDateTime timestamp(QLatin1String key); // ISO 8601 with an explicit UTC offset
    QDateTime optionalTimestamp(QLatin1String key);
    QJsonObject object(QLatin1String key);
    QJsonArray array(QLatin1String key, qsizetype maxSize);
    QJsonValue value(QLatin1String key); // any type but null
    std::optional<QJsonValue> optionalValue(QLatin1String key);

    // Checks of one value, with the path to name.
    static bool isInteger(const QJsonValue &value);
    // Why a string of this length is out of [minLength, maxLength], or empty when it is not.
    static QString lengthProblem(qsizetype length, qsizetype minLength, qsizetype maxLength);
    static bool isUuid(const QString &text);
    static std::optional<QDateTime> parseTimestamp(const QString &text);

private:
    std::optional<QJsonValue> present(QLatin1String key, bool required);

    JsonCheck &m_check;
    QJsonObject m_object;
    QString m_path;
};

// The element i of an array as an object, or an empty object (and a failure naming path[i]).
QJsonObject elementObject(JsonCheck &check, const QJsonArray &array, qsizetype i, const QString &arrayPath);
QString elementPath(const QString &arrayPath, qsizetype i);

} // namespace comptoir
