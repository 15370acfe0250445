// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the import's tests: a sheet under the export's own headers, and its rows.
#include "models/catalogue/barcode.h"
#include "models/import/catalogueimport.h"
#include "shopfixture.h"

namespace comptoir::test {

// Every column under the export's own header, in this order.
inline const QList<ImportColumn> Columns {
    ImportColumn::Name,      ImportColumn::Size,  ImportColumn::Colour, ImportColumn::Barcode,
    ImportColumn::Reference, ImportColumn::Price, ImportColumn::Vat,    ImportColumn::Category,
    ImportColumn::Brand,     ImportColumn::Stock, ImportColumn::Cost,   ImportColumn::NetQuantity};

inline QString ean(int n)
{
    return Barcode::complete(QStringLiteral("376000%1").arg(n, 6, 10, QLatin1Char('0')));
}

// A row of the sheet: name, size, colour, barcode, reference, price, vat, category, brand, stock,
// cost, net quantity.
inline QStringList row(const QString &name, const QString &size, const QString &barcode,
                       const QString &reference, const QString &price,
                       const QString &vat = QStringLiteral("20"), const QString &stock = QStringLiteral("5"))
{
    return {name,
            size,
            QStringLiteral("Rouge"),
            barcode,
            reference,
            price,
            vat,
            QStringLiteral("Vêtements"),
            QStringLiteral("Coton & Co"),
            stock,
            QStringLiteral("4,10"),
            QString()};
}

inline Sheet sheetOf(const QList<QStringList> &rows)
{
    Sheet sheet;
    QStringList headers;
    for (const ImportColumn column : Columns)
        headers << ImportColumns::exportHeader(column);
    sheet.rows << headers << rows;
    return sheet;
}

// A small catalogue: a tee-shirt in three sizes (one line gives "12,50 €", one "12.5", one
// "1 234,50"), spices whose VAT is written 5,5 %, a candle whose VAT is 0,2.
inline Sheet catalogueSheet()
{
    return sheetOf({
        row(QStringLiteral("Tee-shirt"), QStringLiteral("S"), ean(1), QStringLiteral("TS-S"),
            QStringLiteral("12,50 €")),
        row(QStringLiteral("Tee-shirt"), QStringLiteral("M"), ean(2), QStringLiteral("TS-M"),
            QStringLiteral("12.5")),
        row(QStringLiteral("Tee-shirt"), QStringLiteral("XXL"), ean(3) + QStringLiteral(" ") + ean(4),
            QStringLiteral("TS-XXL"), QStringLiteral("1 234,50")),
        {QStringLiteral("Épices douces"), QString(), QString(), ean(5), QStringLiteral("EP-1"),
         QStringLiteral("3,20"), QStringLiteral("5,5 %"), QStringLiteral("Épicerie"), QString(),
         QStringLiteral("12"), QString(), QStringLiteral("250 g")},
        {QStringLiteral("Bougie"), QString(), QString(), QString(), QStringLiteral("BG-1"),
         QStringLiteral("9"), QStringLiteral("0,2"), QString(), QString(), QStringLiteral("0"), QString(),
         QStringLiteral("75 cl")},
    });
}

inline ColumnMapping mappingOf(const Sheet &sheet)
{
    return CatalogueImport::guessMapping(sheet);
}

template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : errorText(result.error());
}

inline int count(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace comptoir::test
