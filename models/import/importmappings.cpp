// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importmappings.h"

#include "models/storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {

const QString KeyPrefix = QStringLiteral("import_mapping:");

Result<ColumnMapping> apply(const QByteArray &json, const Sheet &sheet, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(QStringLiteral("columns")).isObject())
        return makeError(ErrorCode::ImportMappingUnknown, what);
    const QJsonObject object = document.object();
    ColumnMapping mapping;
    mapping.headerRow = object.value(QStringLiteral("header_row")).toInt(0);
    if (mapping.headerRow < 0)
        return makeError(ErrorCode::ImportMappingUnknown, what);
    const QStringList headers
        = mapping.headerRow < sheet.rows.size() ? sheet.rows.at(mapping.headerRow) : QStringList();
    const QJsonObject columns = object.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto column = ImportColumns::fromKey(it.key());
        if (!column)
            return makeError(ErrorCode::ImportMappingUnknown, what);
        const QString header = it.value().toString().simplified();
        int found = -1;
        for (int c = 0; c < headers.size() && found < 0; ++c) {
            if (headers.at(c).simplified().compare(header, Qt::CaseInsensitive) == 0)
                found = c;
        }
        if (found < 0)
            return makeError(ErrorCode::ImportColumnMissing, header);
        mapping.columns.insert(*column, found);
    }
    return mapping;
}

} // namespace

ImportMappings::ImportMappings(Database &db) : m_db(db) { }

Result<QStringList> ImportMappings::names() const
{
    auto rows = m_db.rows(
        QStringLiteral("SELECT substr(key, ?) FROM meta WHERE substr(key, 1, ?) = ? ORDER BY key"),
        {int(KeyPrefix.size()) + 1, int(KeyPrefix.size()), KeyPrefix});
    if (!rows)
        return rows.error();
    QStringList names;
    for (const QVariantList &row : std::as_const(*rows))
        names << row.at(0).toString();
    return names;
}

Status ImportMappings::save(const QString &name, const Sheet &sheet, const ColumnMapping &mapping)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::EmptyName);
    return m_db.setMeta(KeyPrefix + trimmed, QString::fromUtf8(toJson(sheet, mapping)));
}

Status ImportMappings::remove(const QString &name)
{
    return m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"),
                     {QString(KeyPrefix + name.simplified())});
}

Result<ColumnMapping> ImportMappings::load(const QString &name, const Sheet &sheet) const
{
    auto stored = m_db.meta(KeyPrefix + name.simplified());
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return makeError(ErrorCode::ImportMappingUnknown, name);
    return apply(stored->toUtf8(), sheet, name);
}

Result<ColumnMapping> ImportMappings::loadFile(const QString &path, const Sheet &sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::ImportMappingUnknown, path);
    return apply(file.readAll(), sheet, path);
}

QByteArray ImportMappings::toJson(const Sheet &sheet, const ColumnMapping &mapping)
{
    const QStringList headers = mapping.headerRow >= 0 && mapping.headerRow < sheet.rows.size()
        ? sheet.rows.at(mapping.headerRow)
        : QStringList();
    QJsonObject columns;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        if (it.value() >= 0 && it.value() < headers.size())
            columns.insert(ImportColumns::key(it.key()), headers.at(it.value()).simplified());
    }
    QJsonObject object;
    object.insert(QStringLiteral("header_row"), mapping.headerRow);
    object.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace comptoir
