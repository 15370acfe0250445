// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/catalogueexport.h"

#include "models/catalogue/netquantity.h"
#include "models/import/importcolumns.h"
#include "models/spreadsheet/spreadsheetwriter.h"
#include "models/storage/database.h"

namespace comptoir {

namespace {

// "20", "5,5", "2,1": a rate in basis points as the import reads it back.
QString vatText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int hundredths = basisPoints % 100; hundredths != 0) {
        text += u',' + QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
        while (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

// An amount in thousandths (g of a kg, ml of a litre) as "1,5", "0,75", "2".
QString thousandths(qint64 amount)
{
    QString text = QString::number(amount / 1000);
    if (const qint64 rest = amount % 1000; rest != 0) {
        text += u',' + QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

QString netQuantityText(qint64 amount, const QString &unitKey)
{
    const std::optional<NetUnit> unit = NetQuantities::unitFromKey(unitKey);
    if (!unit || amount <= 0)
        return {};
    switch (*unit) {
    case NetUnit::None:
        return {};
    case NetUnit::Piece:
        return QString::number(amount) + (amount > 1 ? QStringLiteral(" pièces") : QStringLiteral(" pièce"));
    case NetUnit::Gram:
        return QString::number(amount) + QStringLiteral(" g");
    case NetUnit::Kilogram:
        return thousandths(amount) + QStringLiteral(" kg");
    case NetUnit::Millilitre:
        return QString::number(amount) + QStringLiteral(" ml");
    case NetUnit::Litre:
        return thousandths(amount) + QStringLiteral(" l");
    }
    return {};
}

QList<ImportColumn> columnsOf(CatalogueExportKind kind)
{
    QList<ImportColumn> columns {
        ImportColumn::Reference,   ImportColumn::Barcode,  ImportColumn::Name,
        ImportColumn::Label,       ImportColumn::Brand,    ImportColumn::Category,
        ImportColumn::Price,       ImportColumn::Vat,      ImportColumn::Cost,
        ImportColumn::NetQuantity, ImportColumn::LowStock, ImportColumn::Description};
    if (kind != CatalogueExportKind::Catalogue)
        columns.append(ImportColumn::Stock);
    if (kind == CatalogueExportKind::Valuation)
        columns.append(ImportColumn::StockValue);
    return columns;
}

QString exportQuery()
{
    return QStringLiteral(
        "SELECT v.reference, "
        "       coalesce((SELECT group_concat(code, ' ') FROM (SELECT code FROM barcodes b "
        "                  WHERE b.variant_id = v.id ORDER BY code)), ''), "
        "       p.name, v.label, p.brand, coalesce(c.name, ''), v.price_cents, p.vat_rate_bp, v.cost_cents, "
        "       v.net_amount, v.net_unit, v.low_stock_threshold, p.description, coalesce(s.quantity, 0) "
        "  FROM variants v JOIN products p ON p.id = v.product_id "
        "  LEFT JOIN categories c ON c.id = p.category_id "
        "  LEFT JOIN stock_on_hand s ON s.variant_id = v.id "
        " WHERE v.archived = 0 AND p.archived = 0 "
        " ORDER BY v.sort_key, v.id");
}

} // namespace

Result<QList<QList<SheetValue>>> catalogueExportRows(Database &db, CatalogueExportKind kind)
{
    const Result<QList<QVariantList>> found = db.rows(exportQuery());
    if (!found)
        return found.error();
    const QList<ImportColumn> columns = columnsOf(kind);
    QList<QList<SheetValue>> rows;
    rows.reserve(found.value().size() + 2);
    QList<SheetValue> headers;
    for (const ImportColumn column : columns)
        headers.append(SheetValue::ofText(ImportColumns::exportHeader(column)));
    rows.append(headers);

    qint64 totalValue = 0;
    for (const QVariantList &r : found.value()) {
        const bool hasCost = r.at(8).isValid() && !r.at(8).isNull();
        const qint64 cost = r.at(8).toLongLong();
        const qint64 onHand = r.at(13).toLongLong();
        QList<SheetValue> row;
        for (const ImportColumn column : columns) {
            switch (column) {
            case ImportColumn::Reference:
                row.append(SheetValue::ofText(r.at(0).toString()));
                break;
            case ImportColumn::Barcode:
                row.append(SheetValue::ofText(r.at(1).toString()));
                break;
            case ImportColumn::Name:
                row.append(SheetValue::ofText(r.at(2).toString()));
                break;
            case ImportColumn::Label:
                row.append(SheetValue::ofText(r.at(3).toString()));
                break;
            case ImportColumn::Brand:
                row.append(SheetValue::ofText(r.at(4).toString()));
                break;
            case ImportColumn::Category:
                row.append(SheetValue::ofText(r.at(5).toString()));
                break;
            case ImportColumn::Price:
                row.append(SheetValue::ofCents(r.at(6).toLongLong()));
                break;
            case ImportColumn::Vat:
                row.append(SheetValue::ofText(vatText(r.at(7).toInt())));
                break;
            case ImportColumn::Cost:
                row.append(hasCost ? SheetValue::ofCents(cost) : SheetValue::ofText({}));
                break;
            case ImportColumn::NetQuantity:
                row.append(SheetValue::ofText(netQuantityText(r.at(9).toLongLong(), r.at(10).toString())));
                break;
            case ImportColumn::LowStock:
                row.append(SheetValue::ofInteger(r.at(11).toLongLong()));
                break;
            case ImportColumn::Description:
                row.append(SheetValue::ofText(r.at(12).toString()));
                break;
            case ImportColumn::Stock:
                row.append(SheetValue::ofInteger(onHand));
                break;
            case ImportColumn::StockValue:
                // Bounded: costs ≤ MoneyLimits and quantities ≤ their bound keep this in 64 bits.
                row.append(hasCost ? SheetValue::ofCents(onHand * cost) : SheetValue::ofText({}));
                if (hasCost)
                    totalValue += onHand * cost;
                break;
            case ImportColumn::Size:
            case ImportColumn::Colour:
                row.append(SheetValue::ofText({}));
                break;
            }
        }
        rows.append(row);
    }
    if (kind == CatalogueExportKind::Valuation) {
        QList<SheetValue> total;
        for (const ImportColumn column : columns) {
            if (column == ImportColumn::Reference)
                total.append(SheetValue::ofText(QStringLiteral("Total")));
            else if (column == ImportColumn::StockValue)
                total.append(SheetValue::ofCents(totalValue));
            else
                total.append(SheetValue::ofText({}));
        }
        rows.append(total);
    }
    return rows;
}

Status exportCatalogue(Database &db, CatalogueExportKind kind, const QString &path)
{
    const Result<QList<QList<SheetValue>>> rows = catalogueExportRows(db, kind);
    if (!rows)
        return rows.error();
    return writeSpreadsheet(path, rows.value());
}

} // namespace comptoir
