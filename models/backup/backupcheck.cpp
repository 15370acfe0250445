// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backupcheck.h"

#include "models/archive/journalverifier.h"
#include "models/fiscal/registerkey.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QtEndian>

namespace comptoir {

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

bool looksLikeShopDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    // The shop's migrations set user_version (offset 60, big-endian): a plain SQLite file has 0.
    const quint32 userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    return userVersion > 0;
}

Result<BackupCheck> checkOpenDatabase(const Database &db)
{
    BackupCheck check;
    check.deviceId = db.deviceId();
    check.schemaVersion = db.schemaVersion();
    auto integrity = db.query(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return makeError(ErrorCode::BackupDamaged, db.filePath(), integrity.error().detail);
    QString first;
    QSqlQuery &rows = integrity.value();
    if (rows.next())
        first = rows.value(0).toString();
    if (first != QLatin1String("ok")) {
        qCWarning(lcModels).noquote() << "backup integrity check failed:" << first;
        return makeError(ErrorCode::BackupDamaged, db.filePath(), first);
    }
    auto counts = db.rows(QStringLiteral("SELECT count(*) FROM tickets"));
    if (!counts)
        return counts.error();
    check.tickets = counts->value(0).value(0).toLongLong();
    auto last = db.rows(QStringLiteral(
        "SELECT register_id, number, closed_at FROM tickets ORDER BY closed_at DESC, id DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (!last->isEmpty()) {
        const QVariantList &row = last->first();
        check.lastTicket
            = TicketMark {row.value(0).toString(), row.value(1).toLongLong(), utc(row.value(2).toString())};
    }
    auto key = registerPublicKey(db);
    if (!key) {
        if (key.error().code == ErrorCode::NotFound)
            return check; // no fiscal record yet
        return makeError(ErrorCode::BackupJournalBroken, QStringLiteral("public key"), key.error().detail);
    }
    check.hasJournal = true;
    auto report = verifyJournal(db, key.value());
    if (!report)
        return report.error();
    if (!report->ok) {
        qCWarning(lcModels).noquote() << "backup journal broken at" << report->firstBroken << report->problem;
        return makeError(ErrorCode::BackupJournalBroken, report->firstBroken,
                         report->problem + QStringLiteral(": ") + report->detail);
    }
    check.links = report->links;
    return check;
}

Result<BackupCheck> checkBackupDatabase(const QString &path)
{
    if (!looksLikeShopDatabase(path))
        return makeError(ErrorCode::NotABackup, path);
    auto opened = Database::open(path);
    if (!opened) {
        if (opened.error().code == ErrorCode::SchemaTooNew)
            return opened.error();
        return makeError(ErrorCode::NotABackup, path, opened.error().detail);
    }
    return checkOpenDatabase(*opened.value());
}

Result<QHash<QString, qint64>> lastTicketNumbers(const Database &db)
{
    auto rows = db.rows(QStringLiteral("SELECT register_id, max(number) FROM tickets GROUP BY register_id"));
    if (!rows)
        return rows.error();
    QHash<QString, qint64> last;
    for (const QVariantList &row : rows.value())
        last.insert(row.value(0).toString(), row.value(1).toLongLong());
    return last;
}

Result<QList<TicketMark>> ticketsMissingFrom(const Database &db, const QHash<QString, qint64> &lastNumbers)
{
    auto registers = db.rows(QStringLiteral("SELECT DISTINCT register_id FROM tickets ORDER BY register_id"));
    if (!registers)
        return registers.error();
    QList<TicketMark> missing;
    for (const QVariantList &reg : registers.value()) {
        const QString registerId = reg.value(0).toString();
        auto rows = db.rows(QStringLiteral("SELECT number, closed_at FROM tickets WHERE register_id = ? AND "
                                           "number > ? ORDER BY number"),
                            {registerId, lastNumbers.value(registerId, 0)});
        if (!rows)
            return rows.error();
        for (const QVariantList &row : rows.value())
            missing.append(TicketMark {registerId, row.value(0).toLongLong(), utc(row.value(1).toString())});
    }
    return missing;
}

} // namespace comptoir
