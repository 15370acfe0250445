// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace comptoir::market {

// JSON kept as text in the marketplace's SQLite file.
inline QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A JSON array of strings, for SQLite's json_each (many ids bound as one value).
inline QString serialiseArray(const QStringList &strings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

// Parsed JSON objects of texts keyed by id.
inline QHash<QString, QJsonObject> parseObjects(const QHash<QString, QByteArray> &texts)
{
    QHash<QString, QJsonObject> objects;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        objects.insert(it.key(), QJsonDocument::fromJson(it.value()).object());
    return objects;
}

inline QString serialise(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Any JSON value (scalars too) as text, and back; SQL NULL is JSON null.
inline QString serialiseValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

inline QJsonValue parseValue(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Null);
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + text.toString().toUtf8() + "]").array();
    return wrapped.isEmpty() ? QJsonValue() : wrapped.first();
}

} // namespace comptoir::market
