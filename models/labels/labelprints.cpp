// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labels/labelprints.h"

#include "models/clock.h"
#include "models/storage/database.h"

#include <QVariant>

namespace comptoir {

LabelPrints::LabelPrints(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Status LabelPrints::record(const QList<LabelContent> &printed)
{
    if (printed.isEmpty())
        return makeError(ErrorCode::NothingToLabel);
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    for (const LabelContent &label : printed) {
        const Status written = m_db.exec(
            QStringLiteral("INSERT INTO label_prints (variant_id, price_cents, printed_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (variant_id) DO UPDATE SET price_cents = excluded.price_cents, "
                           "printed_at = excluded.printed_at"),
            {label.variantId, label.priceCents, now});
        if (!written)
            return written;
    }
    return transaction.commit();
}

Result<QList<qint64>> LabelPrints::changedSinceLastLabel() const
{
    auto rows
        = m_db.rows(QStringLiteral("SELECT v.id FROM variants v JOIN label_prints l ON l.variant_id = v.id "
                                   "WHERE v.archived = 0 AND v.price_cents <> l.price_cents "
                                   "ORDER BY v.sort_key, v.id"));
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (const QVariantList &row : rows.value())
        ids.append(row.at(0).toLongLong());
    if (ids.isEmpty())
        return makeError(ErrorCode::NothingToLabel);
    return ids;
}

} // namespace comptoir
