// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"

#include "models/logging.h"
#include "models/storage/migrator.h"
#include "models/storage/privatefiles.h"
#include "models/storage/sqlitestatements.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace comptoir {

namespace {

Error queryError(const QSqlQuery &q, const QString &sql)
{
    return makeError(ErrorCode::DatabaseQueryFailed, sql, q.lastError().text());
}

bool isFilePath(const QString &filePath)
{
    return !filePath.isEmpty() && filePath != QStringLiteral(":memory:")
        && !filePath.startsWith(QStringLiteral("file:"));
}

// A database file (not ":memory:" nor a URI) is created 0600 before SQLite opens it: SQLite gives
// its journal, -wal and -shm files the permissions of the database file, so they are 0600 too.
void createPrivateFile(const QString &filePath)
{
    if (!isFilePath(filePath) || QFileInfo::exists(filePath))
        return;
    QFile file(filePath);
    file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFilePermissions); // empty: a new database
}

} // namespace

Database::Database(const QString &connectionName, const QString &filePath)
    : m_connectionName(connectionName), m_filePath(filePath)
{ }

Database::~Database()
{
    m_statements.reset(); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath)
{
    const QString name = QStringLiteral("comptoir-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> self(new Database(name, filePath));
    createPrivateFile(filePath);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            qCWarning(lcDatabase) << "cannot open" << filePath << db.lastError().text();
            return makeError(ErrorCode::DatabaseOpenFailed, filePath, db.lastError().text());
        }
    }
    const QVariant handle = self->connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(handle.constData()))
        return makeError(ErrorCode::DatabaseOpenFailed, filePath, QStringLiteral("no SQLite handle"));
    self->m_statements
        = std::make_unique<SqliteStatements>(*static_cast<sqlite3 *const *>(handle.constData()));
    if (Status s = self->configure(); !s)
        return s.error();
    Migrator migrator(self->connection());
    if (Status s = migrator.migrate(); !s)
        return s.error();
    if (Status s = self->ensureDeviceId(); !s)
        return s.error();
    qCInfo(lcDatabase) << "opened" << QFileInfo(filePath).fileName() << "schema" << self->schemaVersion();
    return self;
}

Status Database::configure()
{
    // A file that is not SQLite, or whose schema is newer than this program, is refused
    // here before anything is written to it (journal_mode=WAL would change its header).
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return makeError(ErrorCode::DatabaseOpenFailed, m_filePath, q.lastError().text());
    const int version = schemaVersion();
    if (version > Migrator::latestVersion())
        return makeError(ErrorCode::SchemaTooNew, QString::number(version),
                         QString::number(Migrator::latestVersion()));
    // A file (or its WAL) found open to other accounts is repaired before the WAL is used.
    if (isFilePath(m_filePath)) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            restrictToOwner(m_filePath + QLatin1String(suffix));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return makeError(ErrorCode::DatabaseOpenFailed, m_filePath, q.lastError().text());
        // SQLite answers the switch with the journal mode now in force: the old one when WAL
        // cannot be had (a memory database, a file system without shared memory…).
        if (pragma.contains(QStringLiteral("journal_mode"))) {
            const QString mode = q.next() ? q.value(0).toString().toLower() : QString();
            if (mode != QStringLiteral("wal")) {
                qCWarning(lcDatabase) << "journal mode is" << mode << "instead of wal";
                return makeError(ErrorCode::WalUnavailable, m_filePath,
                                 QStringLiteral("journal_mode=") + mode);
            }
        }
    }
    return {};
}

Status Database::ensureDeviceId()
{
    auto existing = meta(QStringLiteral("device_id"));
    if (!existing)
        return existing.error();
    if (existing->isEmpty()) {
        // Two processes opening a new file at once must agree on one id: the first insert wins.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s
            = exec(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)"), {id});
            !s)
            return s;
        existing = meta(QStringLiteral("device_id"));
        if (!existing)
            return existing.error();
    }
    m_deviceId = *existing;
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator(connection()).currentVersion();
}

Result<QString> Database::meta(const QString &key) const
{
    auto q = query(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status Database::setMeta(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q, sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcDatabase) << "query failed:" << q.lastError().text();
        return queryError(q, sql);
    }
    return q;
}

Status Database::exec(const QString &sql, const QVariantList &bindings) const
{
    return m_statements->exec(sql, bindings);
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &bindings) const
{
    return m_statements->insert(sql, bindings);
}

Result<QList<QVariantList>> Database::rows(const QString &sql, const QVariantList &bindings) const
{
    return m_statements->rows(sql, bindings);
}

Status Database::begin()
{
    QSqlQuery q(connection());
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!q.exec(sql))
        return queryError(q, sql);
    ++m_depth;
    return {};
}

Status Database::commit()
{
    Q_ASSERT(m_depth > 0);
    QSqlQuery q(connection());
    const QString sql
        = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1);
    if (!q.exec(sql))
        return queryError(q, sql);
    --m_depth;
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    QSqlQuery q(connection());
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_status = m_db.begin();
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("not open"))
                             : m_status;
    Status s = m_db.commit();
    if (s)
        m_open = false;
    return s;
}

} // namespace comptoir
