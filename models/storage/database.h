// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace comptoir {

class SqliteStatements;

// One SQLite connection, opened in WAL mode with foreign keys, a busy timeout and
// synchronous=FULL, with the schema migrated to the newest version this program knows.
// Each thread that touches the database owns its own Database (DESIGN.md §1).
class Database
{
public:
    static constexpr int BusyTimeoutMs = 5000;

    // Opens (creating if needed) the database file and migrates it. A schema newer than
    // this program is refused with ErrorCode::SchemaTooNew and left untouched; a file that cannot
    // be put in WAL mode with ErrorCode::WalUnavailable. The file and its -wal, -shm and journal
    // are for this account only (0600: created so, repaired when found looser).
    static Result<std::unique_ptr<Database>> open(const QString &filePath);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // This device's identity, created at first open and kept in the meta table.
    QString deviceId() const { return m_deviceId; }

    Result<QString> meta(const QString &key) const; // empty string when absent
    Status setMeta(const QString &key, const QString &value);

    // Runs one statement with positional bindings; returns the prepared query positioned
    // before the first row. The caller owns the query object.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &bindings = {}) const;
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE). Its prepared form is
    // kept and reused: statements that fire the catalogue's triggers cost more to prepare
    // than to run.
    Status exec(const QString &sql, const QVariantList &bindings = {}) const;
    // exec() for an INSERT, returning the new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &bindings = {}) const;
    // Every row of a statement, read whole (SqliteStatements::rows: NULL is an invalid QVariant).
    // Kept prepared like exec(): for the lookups a sync page repeats by the thousand.
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &bindings = {}) const;

    // Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones are savepoints.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    explicit Database(const QString &connectionName, const QString &filePath);
    Status configure();
    Status ensureDeviceId();

    QString m_connectionName;
    QString m_filePath;
    QString m_deviceId;
    int m_depth = 0;
    // exec(), insert() and rows(), on SQLite's C API (no QSqlQuery per statement).
    std::unique_ptr<SqliteStatements> m_statements;
};

// Scoped transaction: commits on commit(), rolls back if destroyed before.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_status; } // failure to begin
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace comptoir
