// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/instorebarcodegiver.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/logging.h"
#include "models/storage/database.h"

namespace comptoir {

InStoreBarcodeGiver::InStoreBarcodeGiver(Database &db, Catalogue &catalogue)
    : m_db(db), m_catalogue(catalogue)
{ }

Result<QString> InStoreBarcodeGiver::reserve()
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto code = InStoreBarcodes(m_db).next();
    if (!code)
        return code.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return code;
}

Result<int> InStoreBarcodeGiver::giveToVariantsWithout(const QList<qint64> &variantIds)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    InStoreBarcodes codes(m_db);
    int given = 0;
    for (const qint64 id : variantIds) {
        auto variant = m_catalogue.variant(id);
        if (!variant)
            return variant.error();
        if (!variant->fields.barcodes.isEmpty() || variant->archived)
            continue;
        auto code = codes.next();
        if (!code)
            return code.error();
        VariantFields fields = variant->fields;
        fields.barcodes = {*code};
        if (Status s = m_catalogue.updateVariant(id, fields); !s)
            return s.error();
        ++given;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "in-store barcodes given:" << given;
    return given;
}

} // namespace comptoir
