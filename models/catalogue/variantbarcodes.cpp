// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/variantbarcodes.h"

#include "models/catalogue/barcode.h"
#include "models/storage/database.h"

#include <QSet>
#include <QSqlQuery>

namespace comptoir {

namespace {

// The codes as given: trimmed, empty entries dropped (a code given twice stays twice).
QStringList trimmedCodes(const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

// The codes as stored: trimmed, empty and repeated entries dropped.
QStringList cleanCodes(const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

} // namespace

VariantBarcodes::VariantBarcodes(Database &db) : m_db(db) { }

QStringList VariantBarcodes::clean(const QStringList &codes)
{
    return cleanCodes(codes);
}

Status VariantBarcodes::check(const QStringList &codes, qint64 ignoreVariantId) const
{
    const QStringList given = trimmedCodes(codes);
    for (const QString &code : given) {
        if (!Barcode::isValid(code))
            return makeError(ErrorCode::InvalidBarcode, code);
    }
    QSet<QString> seen;
    for (const QString &code : given) {
        if (seen.contains(code))
            return makeError(ErrorCode::DuplicateBarcode, code);
        seen.insert(code);
        auto q = m_db.query(
            QStringLiteral("SELECT p.name FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                           "JOIN products p ON p.id = v.product_id "
                           "WHERE b.code = ? AND b.variant_id <> ?"),
            {code, ignoreVariantId});
        if (!q)
            return q.error();
        if (q.value().next())
            return makeError(ErrorCode::DuplicateBarcode, code, q.value().value(0).toString());
    }
    return {};
}

Status VariantBarcodes::add(qint64 variantId, const QStringList &codes)
{
    const QStringList added = cleanCodes(codes);
    for (const QString &code : added) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO barcodes (code, variant_id) VALUES (?, ?)"),
                                 {code, variantId});
            !s)
            return s;
    }
    return {};
}

Status VariantBarcodes::replace(qint64 variantId, const QStringList &codes)
{
    auto current = of(variantId);
    if (!current)
        return current.error();
    const QStringList wanted = cleanCodes(codes);
    for (const QString &code : std::as_const(*current)) {
        if (wanted.contains(code))
            continue;
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM barcodes WHERE code = ?"), {code}); !s)
            return s;
    }
    QStringList added;
    for (const QString &code : wanted) {
        if (!current->contains(code))
            added << code;
    }
    return add(variantId, added);
}

Result<QStringList> VariantBarcodes::of(qint64 variantId) const
{
    auto q = m_db.query(QStringLiteral("SELECT code FROM barcodes WHERE variant_id = ? ORDER BY code"),
                        {variantId});
    if (!q)
        return q.error();
    QStringList codes;
    while (q.value().next())
        codes << q.value().value(0).toString();
    return codes;
}

Result<std::optional<qint64>> VariantBarcodes::variantWith(const QString &code) const
{
    auto q = m_db.query(QStringLiteral("SELECT variant_id FROM barcodes WHERE code = ?"), {code});
    if (!q)
        return q.error();
    if (q.value().next())
        return std::optional<qint64>(q.value().value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace comptoir
