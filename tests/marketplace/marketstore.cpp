// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketstore.h"

#include "jsonutil.h"

#include "marketlogging.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QUuid>

#include <atomic>

namespace comptoir::market {

namespace {

// The marketplace's schema: ids are UUID strings, money integer cents, JSON kept as text.
// Applied mutations and movements are kept forever (a till can be offline longer than any cache).
const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1'), ('epoch', '1')",
    // address, siret, vat_number: the shop's identity, written into provisioning files (issue 13);
    // added to older files by addShopIdentity().
    "CREATE TABLE IF NOT EXISTS shops (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,"
    " address TEXT NOT NULL DEFAULT '', siret TEXT NOT NULL DEFAULT '', vat_number TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS enrollment_codes (code_hash TEXT PRIMARY KEY,"
    " shop_id TEXT NOT NULL REFERENCES shops(id), created_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
    " used_at TEXT, used_by_device TEXT)",
    "CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES shops(id),"
    " name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, last_applied_seq INTEGER NOT NULL DEFAULT 0,"
    " enrolled_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS mutations (id TEXT PRIMARY KEY, device_id TEXT NOT NULL REFERENCES "
    "devices(id),"
    " seq INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('applied', "
    "'rejected')),"
    " code TEXT, message TEXT, field TEXT, occurred_at TEXT, received_at TEXT NOT NULL,"
    " UNIQUE (device_id, seq))",
    "CREATE TABLE IF NOT EXISTS products (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES shops(id),"
    " version INTEGER NOT NULL, archived INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL,"
    " field_versions TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS variants (id TEXT PRIMARY KEY,"
    " product_id TEXT NOT NULL REFERENCES products(id), shop_id TEXT NOT NULL REFERENCES shops(id),"
    " fields TEXT NOT NULL, field_versions TEXT NOT NULL, on_hand INTEGER NOT NULL DEFAULT 0,"
    " reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0), safety_stock INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS variants_by_product ON variants (product_id)",
    // applied_cursor: the feed cursor the movement was applied at (a count's causal point).
    "CREATE TABLE IF NOT EXISTS movements (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES shops(id),"
    " variant_id TEXT NOT NULL REFERENCES variants(id), device_id TEXT, mutation_id TEXT, order_id TEXT,"
    " reason TEXT NOT NULL, delta INTEGER NOT NULL, requested_delta INTEGER NOT NULL,"
    " counted_quantity INTEGER, base_cursor INTEGER, occurred_at TEXT, applied_cursor INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS movements_by_variant ON movements (variant_id, applied_cursor)",
    "CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES shops(id),"
    " number INTEGER NOT NULL, customer_name TEXT NOT NULL, customer_phone TEXT, status TEXT NOT NULL,"
    " reason TEXT, placed_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (shop_id, number))",
    "CREATE TABLE IF NOT EXISTS order_lines (order_id TEXT NOT NULL REFERENCES orders(id),"
    " line_no INTEGER NOT NULL, variant_id TEXT NOT NULL REFERENCES variants(id),"
    " quantity INTEGER NOT NULL CHECK (quantity > 0), unit_price_cents INTEGER NOT NULL,"
    " PRIMARY KEY (order_id, line_no))",
    "CREATE TABLE IF NOT EXISTS oversell_cases (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES "
    "shops(id),"
    " variant_id TEXT NOT NULL REFERENCES variants(id), available INTEGER NOT NULL, opened_at TEXT NOT NULL,"
    " resolved_at TEXT)",
    "CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES shops(id),"
    " product_id TEXT NOT NULL, variant_id TEXT, field TEXT NOT NULL, kept TEXT, lost TEXT,"
    " kept_origin TEXT NOT NULL, lost_origin TEXT NOT NULL, rule TEXT NOT NULL, base_version INTEGER NOT "
    "NULL,"
    " version INTEGER NOT NULL, mutation_id TEXT, occurred_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS photos (shop_id TEXT NOT NULL REFERENCES shops(id), sha256 TEXT NOT NULL,"
    " content_type TEXT NOT NULL, bytes BLOB NOT NULL, uploaded_at TEXT NOT NULL,"
    " PRIMARY KEY (shop_id, sha256))",
    // How often each shop asked about each photo (tests check that an upload happened once).
    "CREATE TABLE IF NOT EXISTS photo_requests (shop_id TEXT NOT NULL REFERENCES shops(id),"
    " sha256 TEXT NOT NULL, heads INTEGER NOT NULL DEFAULT 0, puts INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (shop_id, sha256))",
    // The marketplace's category tree (one row), sent to every shop as the `taxonomy` entity.
    "CREATE TABLE IF NOT EXISTS taxonomy (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL,"
    " nodes TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tickets (id TEXT PRIMARY KEY, shop_id TEXT NOT NULL REFERENCES shops(id),"
    " device_id TEXT NOT NULL, number TEXT, total_cents INTEGER NOT NULL, occurred_at TEXT)",
    // The change feed: one row per entity, moved to a new cursor at each change.
    "CREATE TABLE IF NOT EXISTS feed (cursor INTEGER PRIMARY KEY AUTOINCREMENT,"
    " shop_id TEXT NOT NULL REFERENCES shops(id), kind TEXT NOT NULL, entity_id TEXT NOT NULL,"
    " UNIQUE (shop_id, kind, entity_id))",
    "CREATE INDEX IF NOT EXISTS feed_by_shop ON feed (shop_id, cursor)",
    // Issue 16: each step an order reached (docs §9 `steps`), who took it ("" for the marketplace's
    // own), and the association's service levels per shop (kind `shop_settings`).
    "CREATE TABLE IF NOT EXISTS order_steps (order_id TEXT NOT NULL REFERENCES orders(id),"
    " step_no INTEGER NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, by_whom TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (order_id, step_no))",
    "CREATE TABLE IF NOT EXISTS shop_settings (shop_id TEXT PRIMARY KEY REFERENCES shops(id),"
    " version INTEGER NOT NULL, accept_within_min INTEGER NOT NULL, ready_within_min INTEGER NOT NULL,"
    " warn_before_min INTEGER NOT NULL)",
};

// Columns added after a table first shipped (issue 16): added to an older file at open.
struct AddedColumn
{
    const char *table;
    const char *column;
    const char *definition;
};
const AddedColumn AddedColumns[] = {
    {"orders", "payment", "TEXT NOT NULL DEFAULT 'online'"},
    {"order_lines", "refused", "INTEGER NOT NULL DEFAULT 0"},
    {"order_lines", "refusal_reason", "TEXT NOT NULL DEFAULT ''"},
    {"oversell_cases", "cause", "TEXT"},
    {"oversell_cases", "cause_at", "TEXT"},
    {"oversell_cases", "handling_action", "TEXT"},
    {"oversell_cases", "handling_note", "TEXT NOT NULL DEFAULT ''"},
    {"oversell_cases", "handled_at", "TEXT"},
    {"oversell_cases", "handled_by", "TEXT NOT NULL DEFAULT ''"},
};

bool addColumns(QSqlQuery &q)
{
    for (const AddedColumn &added : AddedColumns) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'")
                        .arg(QLatin1String(added.table), QLatin1String(added.column)))
            || !q.next())
            return false;
        if (q.value(0).toInt() > 0)
            continue;
        if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                        .arg(QLatin1String(added.table), QLatin1String(added.column),
                             QLatin1String(added.definition))))
            return false;
    }
    return true;
}

std::atomic<int> s_connectionCounter {0};

// A marketplace file made before the shops had an identity gains its columns.
bool addShopIdentity(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('shops') WHERE name = 'siret'"))
        || !q.next())
        return false;
    if (q.value(0).toInt() > 0)
        return true;
    for (const char *column : {"address", "siret", "vat_number"}) {
        if (!q.exec(QStringLiteral("ALTER TABLE shops ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                        .arg(QLatin1String(column))))
            return false;
    }
    return true;
}

} // namespace

MarketStore::MarketStore(const QString &connectionName, const QString &filePath)
    : m_connectionName(connectionName), m_filePath(filePath)
{ }

MarketStore::~MarketStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<MarketStore> MarketStore::open(const QString &filePath, QString *error)
{
    const QString name = QStringLiteral("marketplace-%1").arg(++s_connectionCounter);
    std::unique_ptr<MarketStore> store(new MarketStore(name, filePath));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return nullptr;
    }
    if (!store->createSchema(error))
        return nullptr;
    return store;
}

bool MarketStore::createSchema(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QStringList pragmas
        = {QStringLiteral("PRAGMA foreign_keys = ON"),
           QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
           QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    for (const char *statement : Schema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!addShopIdentity(q) || !addColumns(q)) {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QSqlQuery MarketStore::run(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreFailure(q.lastError().text() + QStringLiteral(" in ") + sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        throw StoreFailure(q.lastError().text() + QStringLiteral(" in ") + sql);
    return q;
}

QHash<QString, QByteArray> MarketStore::jsonById(const QString &sql, const QStringList &ids) const
{
    QHash<QString, QByteArray> texts;
    if (ids.isEmpty())
        return texts;
    QSqlQuery q = run(sql, {serialiseArray(ids)});
    while (q.next())
        texts.insert(q.value(0).toString(), q.value(1).toString().toUtf8());
    return texts;
}

QVariant MarketStore::scalar(const QString &sql, const QVariantList &bindings, const QVariant &fallback) const
{
    QSqlQuery q = run(sql, bindings);
    return q.next() ? q.value(0) : fallback;
}

Reply MarketStore::transact(const std::function<Reply()> &body, bool commitOnError)
{
    Q_ASSERT(!m_inTransaction);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcMarket) << "cannot begin:" << q.lastError().text();
        return errorReply(503, QStringLiteral("busy"), QStringLiteral("The database is busy; retry."));
    }
    m_inTransaction = true;
    Reply reply;
    try {
        reply = body();
    } catch (const StoreFailure &failure) {
        qCWarning(lcMarket) << "storage failure:" << failure.what();
        reply
            = errorReply(500, QStringLiteral("internal_error"), QStringLiteral("A storage error occurred."));
        commitOnError = false;
    }
    const bool commit = reply.ok() || commitOnError;
    if (commit && !q.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcMarket) << "cannot commit:" << q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        reply
            = errorReply(500, QStringLiteral("internal_error"), QStringLiteral("A storage error occurred."));
    } else if (!commit) {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_inTransaction = false;
    return reply;
}

qint64 MarketStore::touch(const QString &shopId, const QString &kind, const QString &entityId)
{
    run(QStringLiteral("DELETE FROM feed WHERE shop_id = ? AND kind = ? AND entity_id = ?"),
        {shopId, kind, entityId});
    QSqlQuery q = run(QStringLiteral("INSERT INTO feed (shop_id, kind, entity_id) VALUES (?, ?, ?)"),
                      {shopId, kind, entityId});
    return q.lastInsertId().toLongLong();
}

qint64 MarketStore::feedHead() const
{
    return scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'feed'"), {}, 0).toLongLong();
}

qint64 MarketStore::epoch() const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"), {}, 1).toLongLong();
}

qint64 MarketStore::bumpEpoch()
{
    qint64 epochValue = 0;
    const Reply reply = transact([&] {
        // max(epoch + 1, now in ms): a restored backup then bumped never reuses an epoch clients saw.
        run(QStringLiteral("UPDATE meta SET value = MAX(CAST(value AS INTEGER) + 1, ?) WHERE key = 'epoch'"),
            {QDateTime::currentMSecsSinceEpoch()});
        epochValue = epoch();
        return Reply {};
    });
    return reply.ok() ? epochValue : 0;
}

qint64 MarketStore::dataVersion() const
{
    return scalar(QStringLiteral("PRAGMA data_version"), {}, 0).toLongLong();
}

QString MarketStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString MarketStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString MarketStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace comptoir::market
