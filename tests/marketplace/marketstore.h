// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace comptoir::market {

// The reference marketplace's own SQLite file: its schema (created at open), one connection
// in WAL mode with foreign keys and a busy timeout, the epoch, and the change feed's cursor.
// A query that fails throws StoreFailure; transact() turns it into a rollback and a 500.
class MarketStore
{
public:
    static constexpr int BusyTimeoutMs = 5000;

    // Opens (creating if needed) the file. Returns null and sets *error on failure.
    static std::unique_ptr<MarketStore> open(const QString &filePath, QString *error);
    ~MarketStore();
    MarketStore(const MarketStore &) = delete;
    MarketStore &operator=(const MarketStore &) = delete;

    QString filePath() const { return m_filePath; }

    // Runs a statement with positional bindings; the query is positioned before its first row.
    QSqlQuery run(const QString &sql, const QVariantList &bindings = {}) const;
    // The first column of the first row, or `fallback` when there is no row.
    // Runs sql, which selects (id, JSON text) for the ids bound as one JSON array (json_each):
    // id → UTF-8 text. No ids, no query.
    QHash<QString, QByteArray> jsonById(const QString &sql, const QStringList &ids) const;
    QVariant scalar(const QString &sql, const QVariantList &bindings = {},
                    const QVariant &fallback = {}) const;

    // Runs `body` in one BEGIN IMMEDIATE … COMMIT; a reply with status >= 400 rolls back unless
    // `commitOnError` (a push commits its rejected mutations), a StoreFailure rolls back and
    // answers 500. Not reentrant.
    Reply transact(const std::function<Reply()> &body, bool commitOnError = false);

    // Appends (or moves to the head) the feed row of one entity; returns its new cursor. The
    // feed keeps only the latest change per entity: clients apply full states.
    qint64 touch(const QString &shopId, const QString &kind, const QString &entityId);
    qint64 feedHead() const; // the highest cursor ever given, 0 for an empty feed

    qint64 epoch() const;
    qint64 bumpEpoch(); // in its own transaction

    // SQLite's data_version: changes when another connection (another process) committed.
    qint64 dataVersion() const;

    static QString now(); // ISO 8601 UTC with milliseconds
    static QString newId(); // server-made UUID (lower case, no braces)
    static QString sha256Hex(const QByteArray &bytes);

private:
    MarketStore(const QString &connectionName, const QString &filePath);
    bool createSchema(QString *error);

    QString m_connectionName;
    QString m_filePath;
    bool m_inTransaction = false;
};

} // namespace comptoir::market
