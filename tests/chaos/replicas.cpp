// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicas.h"

#include "chaosoptions.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir::chaos {

namespace {

const QStringList ProductFieldNames {QStringLiteral("name"),          QStringLiteral("brand"),
                                     QStringLiteral("description"),   QStringLiteral("vat_rate_bp"),
                                     QStringLiteral("online_title"),  QStringLiteral("online_description"),
                                     QStringLiteral("visible_online")};
const QStringList VariantFieldNames {QStringLiteral("label"), QStringLiteral("reference"),
                                     QStringLiteral("price_cents"), QStringLiteral("archived")};

// One read connection to a SQLite file, closed with the object.
class Reader
{
public:
    explicit Reader(const QString &path)
    {
        static int counter = 0;
        m_name = QStringLiteral("chaos-reader-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~Reader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // Runs a query; on failure records the error and returns an inactive query.
    QSqlQuery run(const QString &sql, const QVariantList &bindings = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &value : bindings)
            q.addBindValue(value);
        if (!q.exec() && m_error.isEmpty())
            m_error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return q;
    }

private:
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

QString jsonText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString sqlText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString ? value.toString() : QString::number(value.toLongLong());
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

ServerState readServer(const QString &path, const QString &shopId)
{
    ServerState state;
    Reader r(path);
    if (!r.ok()) {
        state.error = r.error();
        return state;
    }
    QSqlQuery q
        = r.run(QStringLiteral("SELECT id, archived, fields FROM products WHERE shop_id = ?"), {shopId});
    while (q.next()) {
        const QJsonObject fields = object(q.value(2));
        FieldMap &map = state.products[q.value(0).toString()];
        for (const QString &name : ProductFieldNames)
            map.insert(name, jsonText(fields.value(name)));
        if (!fields.contains(QStringLiteral("vat_rate_bp")))
            map.insert(QStringLiteral("vat_rate_bp"), QStringLiteral("2000"));
        if (!fields.contains(QStringLiteral("visible_online")))
            map.insert(QStringLiteral("visible_online"), QStringLiteral("0"));
        map.insert(QStringLiteral("archived"), sqlText(q.value(1)));
    }
    q = r.run(QStringLiteral("SELECT id, product_id, fields, on_hand, reserved, safety_stock FROM variants "
                             "WHERE shop_id = ?"),
              {shopId});
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QJsonObject fields = object(q.value(2));
        FieldMap &map = state.products[q.value(1).toString()];
        for (const QString &name : VariantFieldNames) {
            const QJsonValue value = fields.value(name);
            map.insert(QStringLiteral("variants.%1.%2").arg(id, name),
                       value.isUndefined() && name == QLatin1String("archived") ? QStringLiteral("0")
                                                                                : jsonText(value));
        }
        map.insert(QStringLiteral("variants.%1.safety_stock").arg(id), sqlText(q.value(5)));
        state.stock.insert(
            id, StockRow {q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    q = r.run(
        QStringLiteral("SELECT id, variant_id, coalesce(device_id, ''), coalesce(order_id, ''), reason, "
                       "delta, coalesce(counted_quantity, -1), coalesce(base_cursor, 0), applied_cursor "
                       "FROM movements WHERE shop_id = ? ORDER BY applied_cursor, rowid"),
        {shopId});
    while (q.next())
        state.movements.append(Movement {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString(), q.value(4).toString(),
                                         q.value(5).toLongLong(), q.value(6).toLongLong(),
                                         q.value(7).toLongLong(), q.value(8).toLongLong()});
    q = r.run(QStringLiteral("SELECT id, status FROM orders WHERE shop_id = ?"), {shopId});
    while (q.next())
        state.orderStatus.insert(q.value(0).toString(), q.value(1).toString());
    q = r.run(
        QStringLiteral("SELECT l.order_id, l.variant_id, l.quantity, l.refused, l.line_no FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id WHERE o.shop_id = ? ORDER BY l.line_no"),
        {shopId});
    while (q.next()) {
        if (q.value(3).toBool())
            state.refusedLines.insert(q.value(0).toString() + QLatin1Char('|') + q.value(4).toString());
        else
            state.orderLines[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toLongLong()});
    }
    q = r.run(
        QStringLiteral("SELECT variant_id, resolved_at IS NULL, id FROM oversell_cases WHERE shop_id = ?"),
        {shopId});
    while (q.next()) {
        ++state.casesEver;
        if (q.value(1).toBool())
            ++state.openCases[q.value(0).toString()];
        else
            state.resolvedCases.insert(q.value(2).toString());
    }
    q = r.run(QStringLiteral("SELECT kind, entity_id, cursor FROM feed WHERE shop_id = ?"), {shopId});
    while (q.next())
        state.feed.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(),
                          q.value(2).toLongLong());
    q = r.run(QStringLiteral("SELECT id FROM conflicts WHERE shop_id = ?"), {shopId});
    while (q.next())
        state.conflicts.insert(q.value(0).toString());
    q = r.run(QStringLiteral("SELECT id, last_applied_seq FROM devices WHERE shop_id = ?"), {shopId});
    while (q.next())
        state.deviceSeq.insert(q.value(0).toString(), q.value(1).toLongLong());
    state.error = r.error();
    return state;
}

TillState readTill(const QString &path)
{
    TillState state;
    state.path = path;
    Reader r(path);
    if (!r.ok()) {
        state.error = r.error();
        return state;
    }
    QSqlQuery q
        = r.run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('marketplace_device_id', ?)"),
                {QLatin1String(CursorRegressMeta)});
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String(CursorRegressMeta))
            state.cursorRegressed = q.value(1).toString();
        else
            state.deviceId = q.value(1).toString();
    }
    q = r.run(QStringLiteral("SELECT uuid, name, brand, description, vat_rate_bp, online_title, "
                             "online_description, visible_online, archived FROM products"));
    while (q.next()) {
        FieldMap &map = state.products[q.value(0).toString()];
        for (int i = 0; i < ProductFieldNames.size(); ++i)
            map.insert(ProductFieldNames.at(i), sqlText(q.value(i + 1)));
        map.insert(QStringLiteral("archived"), sqlText(q.value(8)));
    }
    q = r.run(QStringLiteral("SELECT v.uuid, p.uuid, v.label, v.reference, v.price_cents, v.archived, "
                             "v.safety_stock, coalesce(s.quantity, 0) FROM variants v "
                             "JOIN products p ON p.id = v.product_id "
                             "LEFT JOIN stock_on_hand s ON s.variant_id = v.id"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        FieldMap &map = state.products[q.value(1).toString()];
        for (int i = 0; i < VariantFieldNames.size(); ++i)
            map.insert(QStringLiteral("variants.%1.%2").arg(id, VariantFieldNames.at(i)),
                       sqlText(q.value(i + 2)));
        map.insert(QStringLiteral("variants.%1.safety_stock").arg(id), sqlText(q.value(6)));
        state.onHand.insert(id, q.value(7).toLongLong());
    }
    q = r.run(QStringLiteral("SELECT v.uuid, s.on_hand, s.reserved, s.safety_stock FROM stock_server_state s "
                             "JOIN variants v ON v.id = s.variant_id"));
    while (q.next())
        state.serverStock.insert(
            q.value(0).toString(),
            StockRow {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    q = r.run(QStringLiteral(
        "SELECT m.id, v.uuid, m.device_id, m.reason, m.delta, coalesce(m.counted_quantity, -1) "
        "FROM stock_movements m JOIN variants v ON v.id = m.variant_id "
        "WHERE m.origin = 'local' AND m.reason NOT LIKE 'online%'"));
    while (q.next()) {
        Movement m;
        m.id = q.value(0).toString();
        m.variantId = q.value(1).toString();
        m.deviceId = q.value(2).toString();
        m.reason = q.value(3).toString();
        m.delta = q.value(4).toLongLong();
        m.counted = q.value(5).toLongLong();
        state.movements.append(m);
    }
    q = r.run(QStringLiteral("SELECT uuid, status FROM online_orders"));
    while (q.next())
        state.orderStatus.insert(q.value(0).toString(), q.value(1).toString());
    q = r.run(QStringLiteral("SELECT o.uuid, l.line_no FROM online_order_lines l "
                             "JOIN online_orders o ON o.id = l.order_id WHERE l.refused = 1"));
    while (q.next())
        state.refusedLines.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
    q = r.run(QStringLiteral("SELECT variant_uuid FROM oversell_cases WHERE resolved = 0"));
    while (q.next())
        ++state.openCases[q.value(0).toString()];
    q = r.run(QStringLiteral("SELECT kind, id, cursor FROM sync_entity_cursors"));
    while (q.next())
        state.entityCursors.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(),
                                   q.value(2).toLongLong());
    q = r.run(QStringLiteral("SELECT uuid FROM sync_conflicts"));
    while (q.next())
        state.conflicts.insert(q.value(0).toString());
    q = r.run(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (q.next())
        state.outbox = q.value(0).toLongLong();
    q = r.run(QStringLiteral("SELECT last_applied_seq, last_queued_seq FROM sync_state WHERE id = 1"));
    if (q.next()) {
        state.lastAppliedSeq = q.value(0).toLongLong();
        state.lastQueuedSeq = q.value(1).toLongLong();
    }
    q = r.run(QStringLiteral("SELECT kind, code FROM sync_exceptions WHERE state = 'open'"));
    while (q.next())
        state.exceptions.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
    state.error = r.error();
    return state;
}

} // namespace comptoir::chaos
