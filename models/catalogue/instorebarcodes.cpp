// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/instorebarcodes.h"

#include "models/catalogue/barcode.h"
#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

namespace {

const QString NextInStoreKey = QStringLiteral("next_instore_barcode");
constexpr qint64 LastNumber = 9'999'999'999; // ten digits after the prefix

} // namespace

InStoreBarcodes::InStoreBarcodes(Database &db) : m_db(db) { }

bool InStoreBarcodes::isInStore(QStringView code)
{
    return code.startsWith(Prefix) && Barcode::classify(code) == Barcode::Kind::Ean13;
}

Result<QString> InStoreBarcodes::next()
{
    auto stored = m_db.meta(NextInStoreKey);
    if (!stored)
        return stored.error();
    qint64 number = stored->isEmpty() ? 1 : stored->toLongLong();
    if (number < 1)
        number = 1;
    for (; number <= LastNumber; ++number) {
        const QString payload
            = Prefix.toString() + QStringLiteral("%1").arg(number, 10, 10, QLatin1Char('0'));
        const QString candidate = Barcode::complete(payload);
        auto q = m_db.query(QStringLiteral("SELECT 1 FROM barcodes WHERE code = ?"), {candidate});
        if (!q)
            return q.error();
        if (q.value().next())
            continue;
        if (Status s = m_db.setMeta(NextInStoreKey, QString::number(number + 1)); !s)
            return s.error();
        return candidate;
    }
    return makeError(ErrorCode::InStoreBarcodesExhausted);
}

} // namespace comptoir
