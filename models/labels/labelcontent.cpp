// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labels/labelcontent.h"

#include "models/storage/database.h"

#include <QVariant>

namespace comptoir {

namespace {

bool allDigits(const QString &code)
{
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !code.isEmpty();
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return (end < 0 ? trimmed : trimmed.left(end)).trimmed();
}

} // namespace

QString LabelContent::shortName() const
{
    if (variantLabel.isEmpty())
        return productName;
    return productName + QLatin1Char(' ') + variantLabel;
}

LabelSymbology LabelContents::symbologyFor(const QString &code)
{
    if (allDigits(code)) {
        switch (code.size()) {
        case 13:
            return LabelSymbology::Ean13;
        case 8:
            return LabelSymbology::Ean8;
        case 12:
            return LabelSymbology::UpcA;
        default:
            break;
        }
    }
    return LabelSymbology::Code128;
}

Result<QList<LabelContent>> LabelContents::read(const Database &db, const QList<LabelRequest> &requests)
{
    QList<LabelContent> contents;
    for (const LabelRequest &request : requests) {
        if (request.copies <= 0)
            continue;
        auto rows
            = db.rows(QStringLiteral("SELECT p.name, v.label, v.reference, v.price_cents, v.net_amount, "
                                     "v.net_unit, p.description, "
                                     "(SELECT min(code) FROM barcodes WHERE variant_id = v.id) "
                                     "FROM variants v JOIN products p ON p.id = v.product_id "
                                     "WHERE v.id = ?"),
                      {request.variantId});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return makeError(ErrorCode::NotFound, QString::number(request.variantId));
        const QVariantList &row = rows->constFirst();
        LabelContent content;
        content.variantId = request.variantId;
        content.productName = row.at(0).toString();
        content.variantLabel = row.at(1).toString();
        content.priceCents = row.at(3).toLongLong();
        const NetQuantity quantity {row.at(4).toLongLong(),
                                    NetQuantities::unitFromKey(row.at(5).toString()).value_or(NetUnit::None)};
        content.unitPrice = NetQuantities::unitPrice(content.priceCents, quantity);
        content.shortText = firstLine(row.at(6).toString());
        const QString barcode = row.at(7).toString();
        content.code = barcode.isEmpty() ? row.at(2).toString() : barcode;
        content.symbology = symbologyFor(content.code);
        for (int copy = 0; copy < request.copies; ++copy)
            contents.append(content);
    }
    if (contents.isEmpty())
        return makeError(ErrorCode::NothingToLabel);
    return contents;
}

} // namespace comptoir
