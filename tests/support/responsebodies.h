// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Good marketplace answers for the sync tests, as docs/marketplace-api.md describes them, and a
// way to spoil one field at a time.

#include "sync/marketplacetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace comptoir::bodies {

inline const QString ShopId = QStringLiteral("0190f3a2-7b1c-7d00-8000-000000000001");
inline const QString OtherShopId = QStringLiteral("0190f3a2-7b1c-7d00-8000-0000000000ff");
inline const QString DeviceId = QStringLiteral("0190f3a2-7b1c-7d00-8000-00000000d001");
inline const QString ProductId = QStringLiteral("0190f3a2-7b1c-7d00-8000-0000000000a1");
inline const QString VariantId = QStringLiteral("0190f3a2-7b1c-7d00-8000-0000000000b1");
inline const QString OrderId = QStringLiteral("0190f3a2-7b1c-7d00-8000-0000000000c1");
inline const QString CaseId = QStringLiteral("0190f3a2-7b1c-7d00-8000-0000000000e1");
inline const QString ConflictId = QStringLiteral("0190f3a2-7b1c-7d00-8000-0000000000f1");
inline const QString MutationA = QStringLiteral("0190f3a2-7b1c-7d00-8000-00000000aa01");
inline const QString MutationB = QStringLiteral("0190f3a2-7b1c-7d00-8000-00000000aa02");
inline const QByteArray Token = QByteArrayLiteral("tok_Zq8vJ3kP0wYHc2mN5sR7tU9xA1bD4eF6");
inline const QString Photo
    = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject enroll()
{
    return {{QStringLiteral("shop_id"), ShopId},
            {QStringLiteral("shop_name"), QStringLiteral("Au Bon Pain")},
            {QStringLiteral("device_id"), DeviceId},
            {QStringLiteral("token"), QString::fromLatin1(Token)},
            {QStringLiteral("epoch"), 3},
            {QStringLiteral("last_applied_seq"), 0}};
}

inline const QString MutationC = QStringLiteral("0190f3a2-7b1c-7d00-8000-00000000aa03");

inline PushBatch batch()
{
    PushBatch b;
    b.shopId = ShopId;
    b.deviceId = DeviceId;
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-27T10:00:00.000Z"), Qt::ISODateWithMs);
    b.mutations = {
        Mutation {MutationA, 7, QStringLiteral("stock_movement"), at, {{QStringLiteral("delta"), -1}}},
        Mutation {MutationB, 8, QStringLiteral("product_upsert"), at, {{QStringLiteral("base_version"), 2}}},
        Mutation {MutationC,
                  9,
                  QStringLiteral("order_transition"),
                  at,
                  {{QStringLiteral("to"), QStringLiteral("ready")}}}};
    return b;
}

inline QJsonObject conflictData()
{
    return {{QStringLiteral("conflict_id"), ConflictId},
            {QStringLiteral("product_id"), ProductId},
            {QStringLiteral("variant_id"), QJsonValue()},
            {QStringLiteral("field"), QStringLiteral("online_title")},
            {QStringLiteral("kept"), QStringLiteral("Confiture de coings")},
            {QStringLiteral("lost"), QStringLiteral("Confiture de coings bio")},
            {QStringLiteral("kept_origin"), QString(QStringLiteral("device:") + DeviceId)},
            {QStringLiteral("lost_origin"), QStringLiteral("marketplace")},
            {QStringLiteral("rule"), QStringLiteral("shop_owned_last_write_wins")},
            {QStringLiteral("base_version"), 2},
            {QStringLiteral("version"), 5},
            {QStringLiteral("mutation_id"), MutationB},
            {QStringLiteral("at"), QStringLiteral("2026-11-27T10:07:00.000Z")}};
}

inline QJsonObject push()
{
    const QJsonArray results {
        QJsonObject {{QStringLiteral("id"), MutationA},
                     {QStringLiteral("seq"), 7},
                     {QStringLiteral("status"), QStringLiteral("duplicate")},
                     {QStringLiteral("original_status"), QStringLiteral("applied")}},
        QJsonObject {{QStringLiteral("id"), MutationB},
                     {QStringLiteral("seq"), 8},
                     {QStringLiteral("status"), QStringLiteral("applied")},
                     {QStringLiteral("version"), 5},
                     {QStringLiteral("conflicts"), QJsonArray {conflictData()}}},
        QJsonObject {
            {QStringLiteral("id"), MutationC},
            {QStringLiteral("seq"), 9},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("code"), QStringLiteral("illegal_transition")},
            {QStringLiteral("message"), QStringLiteral("Order 118 is collected; it cannot become ready.")}},
    };
    return {{QStringLiteral("shop_id"), ShopId},
            {QStringLiteral("device_id"), DeviceId},
            {QStringLiteral("last_applied_seq"), 9},
            {QStringLiteral("results"), results},
            {QStringLiteral("server_cursor"), 120}};
}

inline QJsonObject productData()
{
    const QJsonObject variant {{QStringLiteral("variant_id"), VariantId},
                               {QStringLiteral("label"), QStringLiteral("250 g")},
                               {QStringLiteral("reference"), QStringLiteral("CONF-250")},
                               {QStringLiteral("price_cents"), 1250},
                               {QStringLiteral("barcodes"), QJsonArray {QStringLiteral("3760000000012")}},
                               {QStringLiteral("safety_stock"), 1},
                               {QStringLiteral("archived"), false}};
    return {{QStringLiteral("product_id"), ProductId},
            {QStringLiteral("version"), 4},
            {QStringLiteral("archived"), false},
            {QStringLiteral("name"), QStringLiteral("Confiture de coings")},
            {QStringLiteral("brand"), QStringLiteral("")},
            {QStringLiteral("category"), QStringLiteral("Épicerie")},
            {QStringLiteral("vat_rate_bp"), 550},
            {QStringLiteral("visible_online"), true},
            {QStringLiteral("moderation_status"), QStringLiteral("approved")},
            {QStringLiteral("photos"), QJsonArray {Photo}},
            {QStringLiteral("variants"), QJsonArray {variant}},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-02T09:12:00.000Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
}

inline QJsonObject stockData()
{
    return {{QStringLiteral("variant_id"), VariantId},
            {QStringLiteral("product_id"), ProductId},
            {QStringLiteral("on_hand"), 5},
            {QStringLiteral("reserved"), 2},
            {QStringLiteral("safety_stock"), 1},
            {QStringLiteral("available"), 2}};
}

inline QJsonObject orderData()
{
    return {{QStringLiteral("order_id"), OrderId},
            {QStringLiteral("number"), 118},
            {QStringLiteral("status"), QStringLiteral("placed")},
            {QStringLiteral("reason"), QJsonValue()},
            {QStringLiteral("customer"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Camille D.")},
                          {QStringLiteral("phone"), QJsonValue()}}},
            {QStringLiteral("lines"),
             QJsonArray {QJsonObject {{QStringLiteral("line_no"), 1},
                                      {QStringLiteral("variant_id"), VariantId},
                                      {QStringLiteral("quantity"), 2},
                                      {QStringLiteral("unit_price_cents"), 1250}}}},
            {QStringLiteral("total_cents"), 2500},
            {QStringLiteral("placed_at"), QStringLiteral("2026-11-27T10:05:00.123Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-27T10:05:00.123Z")}};
}

inline QJsonObject oversellData()
{
    return {{QStringLiteral("case_id"), CaseId},
            {QStringLiteral("variant_id"), VariantId},
            {QStringLiteral("product_id"), ProductId},
            {QStringLiteral("available"), -1},
            {QStringLiteral("opened_at"), QStringLiteral("2026-11-27T10:06:00.000Z")},
            {QStringLiteral("resolved"), false},
            {QStringLiteral("resolved_at"), QJsonValue()}};
}

inline QJsonObject change(qint64 cursor, const QString &kind, const QString &id, const QJsonObject &data)
{
    return {{QStringLiteral("cursor"), cursor},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("data"), data}};
}

// A page after cursor 100, of the query ChangesQuery {100, 10, 0, 3}.
inline QJsonObject changes()
{
    const QJsonArray list {change(101, QStringLiteral("product"), ProductId, productData()),
                           change(102, QStringLiteral("stock"), VariantId, stockData()),
                           change(104, QStringLiteral("order"), OrderId, orderData()),
                           change(105, QStringLiteral("oversell_case"), CaseId, oversellData()),
                           change(107, QStringLiteral("conflict"), ConflictId, conflictData())};
    return {{QStringLiteral("shop_id"), ShopId}, {QStringLiteral("epoch"), 3},
            {QStringLiteral("changes"), list},   {QStringLiteral("next_cursor"), 107},
            {QStringLiteral("has_more"), true},  {QStringLiteral("last_applied_seq"), 8}};
}

inline ChangesQuery changesQuery()
{
    return ChangesQuery {100, 10, 0, 3};
}

// The first page of a snapshot fixed at cursor 640 (items may be newer than it).
inline QJsonObject snapshot()
{
    const QJsonArray items {change(88, QStringLiteral("product"), ProductId, productData()),
                            change(651, QStringLiteral("stock"), VariantId, stockData())};
    return {{QStringLiteral("shop_id"), ShopId}, {QStringLiteral("epoch"), 3},
            {QStringLiteral("cursor"), 640},     {QStringLiteral("last_applied_seq"), 8},
            {QStringLiteral("items"), items},    {QStringLiteral("next_page"), QStringLiteral("p2")},
            {QStringLiteral("has_more"), true}};
}

inline QJsonObject error(const QString &code, const QJsonObject &details = {})
{
    QJsonObject e {{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("Refused.")}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), details);
    return {{QStringLiteral("error"), e}};
}

// Sets (or, with an undefined value, removes) the value at a path such as "changes[2].data.on_hand".
inline QJsonValue withValue(const QJsonValue &root, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const auto match = indexed.match(step);
    if (match.hasMatch()) {
        QJsonObject object = root.toObject();
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int i = match.captured(2).toInt();
        const QJsonValue inner = withValue(array.at(i), steps, value);
        if (inner.isUndefined())
            array.removeAt(i);
        else
            array.replace(i, inner);
        object.insert(match.captured(1), array);
        return object;
    }
    QJsonObject object = root.toObject();
    const QJsonValue inner = withValue(object.value(step), steps, value);
    if (inner.isUndefined())
        object.remove(step);
    else
        object.insert(step, inner);
    return object;
}

inline QJsonObject withValue(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return withValue(QJsonValue(root), path.split(QLatin1Char('.')), value).toObject();
}

} // namespace comptoir::bodies
