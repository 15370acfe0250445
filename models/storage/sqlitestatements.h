// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace comptoir {

// The UTF-8 and blob bytes bound to a statement while it runs.
using Buffers = QVarLengthArray<QByteArray, 16>;

// Statements run straight on SQLite's C API, on the handle of a Database's Qt connection, and kept
// prepared for the life of the connection. QSqlQuery costs more than SQLite itself for the short
// statements a sync page or a sale runs by the thousand (each positional bind builds a string
// and a hash entry): these skip it. Values are bound and read as Qt's SQLite driver binds and reads
// them (a null QString is NULL, a bool an integer, a QDateTime ISO text with milliseconds…), so
// the two can be mixed on one connection.
class SqliteStatements
{
public:
    explicit SqliteStatements(sqlite3 *handle) : m_handle(handle) { }
    ~SqliteStatements() { clear(); }
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Runs a statement to its end (any rows it returns are dropped).
    Status exec(const QString &sql, const QVariantList &bindings);
    // exec() for an INSERT: the new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &bindings);
    // Every row a statement returns (a SELECT, or a write with RETURNING); NULL is an invalid
    // QVariant, INTEGER a qint64, REAL a double, TEXT a QString, BLOB a QByteArray.
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &bindings);

    // Finalizes every statement (before the connection closes).
    void clear();

private:
    Result<sqlite3_stmt *> prepared(const QString &sql, const QVariantList &bindings, Buffers &kept);
    Error failure(const QString &sql, sqlite3_stmt *statement) const;

    sqlite3 *m_handle;
    std::unordered_map<QString, sqlite3_stmt *> m_statements;
};

} // namespace comptoir
