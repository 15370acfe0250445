// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the catalogue and stock ledger tests: a shop on a real database file, and helpers
// that read the database back.
#include "fakeclock.h"
#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace comptoir::test {

// One shop: a real database file, a clock that does not move unless told, the catalogue and
// the stock ledger (tests/support/fixtures.h).
using Shop = TestShop;

inline QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

// Row counts of every table a catalogue write touches, plus the meta table's contents.
inline QStringList snapshot(const Database &db)
{
    QStringList result;
    const QStringList tables
        = {QStringLiteral("categories"), QStringLiteral("products"),      QStringLiteral("variants"),
           QStringLiteral("barcodes"),   QStringLiteral("stock_on_hand"), QStringLiteral("catalogue_search"),
           QStringLiteral("meta")};
    for (const QString &table : tables)
        result << table + QLatin1Char('=')
                + scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toString();
    auto q = db.query(QStringLiteral("SELECT key || ':' || value FROM meta ORDER BY key"));
    while (q && q.value().next())
        result << q.value().value(0).toString();
    return result;
}

// The variants (FTS rowids) an FTS5 query matches.
inline QList<qint64> search(const Database &db, const QString &match)
{
    QList<qint64> ids;
    auto q = db.query(
        QStringLiteral("SELECT rowid FROM catalogue_search WHERE catalogue_search MATCH ? ORDER BY rowid"),
        {match});
    if (!q)
        return {-1};
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

inline ProductFields spices(std::optional<qint64> category = std::nullopt)
{
    ProductFields p;
    p.name = QStringLiteral("Épices Rouges");
    p.brand = QStringLiteral("Ducros");
    p.categoryId = category;
    p.vatRateBp = 550;
    p.description = QStringLiteral("Mélange");
    return p;
}

inline VariantFields grams250()
{
    VariantFields v;
    v.label = QStringLiteral("250 g");
    v.reference = QStringLiteral("EPI-250");
    v.barcodes = {QStringLiteral("4006381333931")};
    v.priceCents = 450;
    v.costCents = 210;
    v.lowStockThreshold = 3;
    return v;
}

inline QString errorText(const Error &e)
{
    return QStringLiteral("code %1 subject '%2' detail '%3'").arg(int(e.code)).arg(e.subject, e.detail);
}

// The catalogue the catalogue tests start from: one category "Épicerie" and one product
// "Crayon" (barcode 3017620422003, reference REF-1).
inline bool seedCatalogue(Shop &shop, qint64 &category, CreatedProduct &existing)
{
    auto added = shop.catalogue.addCategory(QStringLiteral("Épicerie"));
    if (!added)
        return false;
    category = *added;
    ProductFields p;
    p.name = QStringLiteral("Crayon");
    p.brand = QStringLiteral("Faber");
    VariantFields v;
    v.reference = QStringLiteral("REF-1");
    v.barcodes = {QStringLiteral("3017620422003")};
    v.priceCents = 120;
    auto created = shop.catalogue.createProduct(p, v);
    if (!created)
        return false;
    existing = *created;
    return true;
}

// Spoils one field of a valid input, as described by "field=value" (barcodes comma-separated).
inline void spoil(const QString &how, ProductFields &p, VariantFields &v)
{
    const QString field = how.section(QLatin1Char('='), 0, 0);
    const QString value = how.section(QLatin1Char('='), 1);
    if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("price"))
        v.priceCents = value.toLongLong();
    else if (field == QLatin1String("cost"))
        v.costCents = value.toLongLong();
    else if (field == QLatin1String("vat"))
        p.vatRateBp = value.toInt();
    else if (field == QLatin1String("barcodes"))
        v.barcodes = value.split(QLatin1Char(','));
    else if (field == QLatin1String("reference"))
        v.reference = value;
    else if (field == QLatin1String("category"))
        p.categoryId = value.toLongLong();
    else if (field == QLatin1String("threshold"))
        v.lowStockThreshold = value.toInt();
    else
        qFatal("unknown spoil");
}

} // namespace comptoir::test

Q_DECLARE_METATYPE(comptoir::ErrorCode)
