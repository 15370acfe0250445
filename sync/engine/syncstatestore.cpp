// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/syncstatestore.h"

#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

namespace {

std::optional<qint64> optionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

QDateTime timestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime {};
}

} // namespace

Result<StoredSyncState> readSyncState(const Database &db)
{
    auto q
        = db.query(QStringLiteral("SELECT epoch, cursor, needs_snapshot, snapshot_id, snapshot_cursor, "
                                  "snapshot_next_page, last_applied_seq, last_success_at, last_error_code, "
                                  "last_error_at FROM sync_state WHERE id = 1"));
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return makeError(ErrorCode::DatabaseQueryFailed, QStringLiteral("sync_state"),
                         QStringLiteral("no row"));
    StoredSyncState state;
    state.epoch = optionalInteger(row.value(0));
    state.cursor = row.value(1).toLongLong();
    state.needsSnapshot = row.value(2).toInt() != 0;
    state.snapshotEpoch = optionalInteger(row.value(3));
    state.snapshotCursor = optionalInteger(row.value(4));
    state.snapshotNextPage = row.value(5).toString();
    state.lastAppliedSeq = row.value(6).toLongLong();
    state.lastSuccessAt = timestamp(row.value(7));
    state.lastErrorCode = row.value(8).toString();
    state.lastErrorAt = timestamp(row.value(9));
    return state;
}

Status requireSnapshot(Database &db)
{
    return db.exec(QStringLiteral(
        "UPDATE sync_state SET needs_snapshot = 1, snapshot_id = NULL, snapshot_cursor = NULL, "
        "snapshot_next_page = NULL WHERE id = 1"));
}

Status storeLastError(Database &db, const Error &error, const QDateTime &at)
{
    return db.exec(
        QStringLiteral("UPDATE sync_state SET last_error_code = ?, last_error_at = ? WHERE id = 1"),
        {syncErrorKey(error), at.toUTC().toString(Qt::ISODateWithMs)});
}

QString syncErrorKey(const Error &error)
{
    switch (error.code) {
    case ErrorCode::MarketplaceRefused:
        return error.subject.isEmpty() ? QStringLiteral("marketplace_refused") : error.subject;
    case ErrorCode::MarketplaceUrlInvalid:
        return QStringLiteral("marketplace_url_invalid");
    case ErrorCode::MarketplaceInsecure:
        return QStringLiteral("marketplace_insecure");
    case ErrorCode::MarketplaceTlsFailed:
        return QStringLiteral("marketplace_tls_failed");
    case ErrorCode::MarketplaceUnreachable:
        return QStringLiteral("marketplace_unreachable");
    case ErrorCode::MarketplaceUnavailable:
        return QStringLiteral("marketplace_unavailable");
    case ErrorCode::MarketplaceUnauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::MarketplaceResponseInvalid:
        return QStringLiteral("response_invalid");
    case ErrorCode::MarketplaceResponseTooLarge:
        return QStringLiteral("response_too_large");
    case ErrorCode::MarketplaceStalled:
        return QStringLiteral("stalled");
    case ErrorCode::MarketplaceBusy:
        return QStringLiteral("marketplace_busy");
    case ErrorCode::MarketplaceWrongShop:
        return QStringLiteral("wrong_shop");
    case ErrorCode::MarketplaceSeqGap:
        return QStringLiteral("seq_gap");
    case ErrorCode::MarketplaceEpochChanged:
        return QStringLiteral("epoch_changed");
    case ErrorCode::MarketplaceRequestTooLarge:
        return QStringLiteral("payload_too_large");
    case ErrorCode::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    case ErrorCode::KeychainFailed:
        return QStringLiteral("keychain_failed");
    case ErrorCode::DatabaseQueryFailed:
        return QStringLiteral("database_query_failed");
    default:
        return QStringLiteral("error_%1").arg(int(error.code));
    }
}

} // namespace comptoir
