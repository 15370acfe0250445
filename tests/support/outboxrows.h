// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the outbox tests read back: the rows queued after a seq, and small helpers
// (tst_outboxqueue: stock and sales; tst_outboxcatalogue: products).
#include "models/clock.h"
#include "models/fiscal/signer.h"
#include "models/storage/database.h"
#include "tillfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

#include <initializer_list>

namespace comptoir::outboxtest {

using tilltest::scalar;

struct OutboxRow
{
    qint64 seq = 0;
    QString kind;
    QString entityId;
    QJsonObject payload;
    QString createdAt;
};

// The rows queued after seq `after`, in seq order.
inline QList<OutboxRow> rowsAfter(const Database &db, qint64 after)
{
    QList<OutboxRow> rows;
    auto q = db.query(QStringLiteral("SELECT seq, kind, entity_id, payload, created_at FROM sync_outbox "
                                     "WHERE seq > ? ORDER BY seq"),
                      {after});
    while (q && q.value().next()) {
        OutboxRow row;
        row.seq = q.value().value(0).toLongLong();
        row.kind = q.value().value(1).toString();
        row.entityId = q.value().value(2).toString();
        row.payload = QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).object();
        row.createdAt = q.value().value(4).toString();
        rows.append(row);
    }
    return rows;
}

inline qint64 lastSeq(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox")).toLongLong();
}

inline QString uuidOf(const Database &db, const QString &table, qint64 id)
{
    return scalar(db, QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE id = ?"), {id})
        .toString();
}

inline QString nowText(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

inline QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    QJsonObject json;
    for (const auto &member : members)
        json.insert(member.first, member.second);
    return json;
}

class FailingSigner final : public Signer
{
public:
    QByteArray publicKey() const override { return QByteArray(32, 'k'); }
    Result<QByteArray> sign(const QByteArray &) const override
    {
        return makeError(ErrorCode::CryptoFailed, {}, QStringLiteral("test"));
    }
};

} // namespace comptoir::outboxtest
