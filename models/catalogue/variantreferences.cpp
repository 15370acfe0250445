// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/variantreferences.h"

#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

namespace {

const QString NextReferenceKey = QStringLiteral("next_reference");

// True when the query has a first row; its error otherwise.
Result<bool> exists(const Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    return q.value().next();
}

} // namespace

VariantReferences::VariantReferences(Database &db) : m_db(db) { }

Status VariantReferences::check(const QString &reference, qint64 ignoreVariantId) const
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    auto taken = exists(m_db, QStringLiteral("SELECT 1 FROM variants WHERE reference = ? AND id <> ?"),
                        {trimmed, ignoreVariantId});
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::DuplicateReference, trimmed);
    return {};
}

Result<QString> VariantReferences::next()
{
    auto stored = m_db.meta(NextReferenceKey);
    if (!stored)
        return stored.error();
    qint64 next = stored->isEmpty() ? 1 : stored->toLongLong();
    if (next < 1)
        next = 1;
    for (;;) {
        const QString candidate = QLatin1Char('C') + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0'));
        ++next;
        auto taken = exists(m_db, QStringLiteral("SELECT 1 FROM variants WHERE reference = ?"), {candidate});
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        if (Status s = m_db.setMeta(NextReferenceKey, QString::number(next)); !s)
            return s.error();
        return candidate;
    }
}

Result<std::optional<qint64>> VariantReferences::variantWith(const QString &reference) const
{
    // The reference column compares without case (COLLATE NOCASE).
    auto q = m_db.query(QStringLiteral("SELECT id FROM variants WHERE reference = ?"), {reference});
    if (!q)
        return q.error();
    if (q.value().next())
        return std::optional<qint64>(q.value().value(0).toLongLong());
    return std::optional<qint64>();
}

Result<std::optional<qint64>> VariantReferences::variantWithScaleItem(const QString &itemCode) const
{
    QString stripped = itemCode;
    while (stripped.startsWith(QLatin1Char('0')))
        stripped.remove(0, 1);
    auto q = m_db.query(QStringLiteral("SELECT id FROM variants WHERE ltrim(reference, '0') = ? "
                                       "AND reference <> '' ORDER BY reference = ? DESC, id LIMIT 1"),
                        {stripped, itemCode});
    if (!q)
        return q.error();
    if (q.value().next())
        return std::optional<qint64>(q.value().value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace comptoir
