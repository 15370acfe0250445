// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "producteditor.h"

#include "jsonutil.h"
#include "marketstore.h"
#include "productstates.h"
#include "stockbook.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace comptoir::market {

namespace {

const QStringList ProductFields = {QStringLiteral("name"),
                                   QStringLiteral("brand"),
                                   QStringLiteral("category"),
                                   QStringLiteral("description"),
                                   QStringLiteral("online_title"),
                                   QStringLiteral("online_description"),
                                   QStringLiteral("visible_online"),
                                   QStringLiteral("vat_rate_bp"),
                                   QStringLiteral("marketplace_category"),
                                   QStringLiteral("moderation_status"),
                                   QStringLiteral("photos")};
const QStringList VariantFields
    = {QStringLiteral("label"),    QStringLiteral("reference"),    QStringLiteral("price_cents"),
       QStringLiteral("barcodes"), QStringLiteral("safety_stock"), QStringLiteral("archived")};

bool isCount(const QJsonValue &value, qint64 max)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() >= 0
        && value.toInteger() <= max;
}

bool isText(const QJsonValue &value, int min, int max)
{
    return value.isString() && value.toString().size() >= min && value.toString().size() <= max;
}

bool isSha256(const QJsonValue &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return value.isString() && hex.match(value.toString()).hasMatch();
}

} // namespace

ProductEditor::ProductEditor(MarketStore &store, StockBook &stock, const ProductStates &states)
    : m_store(store), m_stock(stock), m_states(states)
{ }

QString ProductEditor::check(const QString &shopId, const QString &variantId, const QString &field,
                             const QJsonValue &value, bool variant, QString *code) const
{
    *code = QStringLiteral("invalid_field");
    if (!(variant ? VariantFields : ProductFields).contains(field))
        return QStringLiteral("Unknown field %1.").arg(field);
    if (field == QLatin1String("name"))
        return isText(value, 1, 200) ? QString() : QStringLiteral("name is a text of 1 to 200 characters.");
    if (field == QLatin1String("brand") || field == QLatin1String("online_title"))
        return isText(value, 0, 200) ? QString()
                                     : QStringLiteral("%1 is a text of at most 200 characters.").arg(field);
    if (field == QLatin1String("category") || field == QLatin1String("marketplace_category")
        || field == QLatin1String("label"))
        return isText(value, 0, 100) ? QString()
                                     : QStringLiteral("%1 is a text of at most 100 characters.").arg(field);
    if (field == QLatin1String("description") || field == QLatin1String("online_description"))
        return isText(value, 0, 10000) ? QString()
                                       : QStringLiteral("%1 is at most 10 000 characters.").arg(field);
    if (field == QLatin1String("visible_online") || field == QLatin1String("archived"))
        return value.isBool() ? QString() : QStringLiteral("%1 is true or false.").arg(field);
    if (field == QLatin1String("vat_rate_bp")) {
        const qint64 rate = value.toInteger(-1);
        return isCount(value, 10000) && (rate == 2000 || rate == 1000 || rate == 550 || rate == 210)
            ? QString()
            : QStringLiteral("vat_rate_bp is 2000, 1000, 550 or 210.");
    }
    if (field == QLatin1String("moderation_status")) {
        const QString status = value.toString();
        return status == QLatin1String("pending") || status == QLatin1String("approved")
                || status == QLatin1String("refused")
            ? QString()
            : QStringLiteral("moderation_status is pending, approved or refused.");
    }
    if (field == QLatin1String("photos")) {
        const QJsonArray photos = value.toArray();
        return value.isArray() && photos.size() <= 20 && std::all_of(photos.begin(), photos.end(), isSha256)
            ? QString()
            : QStringLiteral("photos is a list of at most 20 lower-case SHA-256 hashes.");
    }
    if (field == QLatin1String("price_cents"))
        return isCount(value, Q_INT64_C(1) << 40) ? QString()
                                                  : QStringLiteral("price_cents is a whole number ≥ 0.");
    if (field == QLatin1String("safety_stock"))
        return isCount(value, 1000000000) ? QString() : QStringLiteral("safety_stock is a whole number ≥ 0.");
    if (field == QLatin1String("reference")) {
        if (!isText(value, 1, 64))
            return QStringLiteral("reference is a text of 1 to 64 characters.");
        if (m_store
                .scalar(QStringLiteral("SELECT 1 FROM variants WHERE shop_id = ? AND id <> ?"
                                       " AND lower(json_extract(fields, '$.reference')) = lower(?) LIMIT 1"),
                        {shopId, variantId, value.toString()})
                .isValid()) {
            *code = QStringLiteral("reference_in_use");
            return QStringLiteral("Another variant of the shop has this reference.");
        }
        return {};
    }
    // barcodes
    const QJsonArray barcodes = value.toArray();
    if (!value.isArray() || barcodes.size() > 10
        || !std::all_of(barcodes.begin(), barcodes.end(),
                        [](const QJsonValue &b) { return isText(b, 1, 64); }))
        return QStringLiteral("barcodes is a list of at most 10 texts of 1 to 64 characters.");
    for (const QJsonValue &barcode : barcodes) {
        if (m_store
                .scalar(QStringLiteral("SELECT 1 FROM variants v, json_each(v.fields, '$.barcodes') b"
                                       " WHERE v.shop_id = ? AND v.id <> ? AND b.value = ? LIMIT 1"),
                        {shopId, variantId, barcode.toString()})
                .isValid()) {
            *code = QStringLiteral("barcode_in_use");
            return QStringLiteral("Another variant of the shop has the barcode %1.").arg(barcode.toString());
        }
    }
    return {};
}

void ProductEditor::merge(Patch &patch, Target &target, const QJsonObject &incoming) const
{
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        const QJsonValue current = target.fields.value(it.key());
        if (current == it.value())
            continue; // equal values are never a conflict and change nothing
        const QJsonObject last = target.versions.value(it.key()).toObject();
        const QString lastOrigin = last.value(QStringLiteral("o")).toString();
        const bool changedSinceBase = !target.isNew
            && last.value(QStringLiteral("v")).toInteger() > patch.baseVersion && lastOrigin != patch.origin;
        const QString field = target.variantId.isEmpty()
            ? it.key()
            : QStringLiteral("variants.%1.%2").arg(target.variantId, it.key());
        if (changedSinceBase && it.key() == QLatin1String("marketplace_category")) {
            patch.conflicts.append({target.variantId, field, current, it.value(), lastOrigin, patch.origin,
                                    QStringLiteral("marketplace_owned_server_wins")});
            continue;
        }
        if (changedSinceBase)
            patch.conflicts.append({target.variantId, field, it.value(), current, patch.origin, lastOrigin,
                                    QStringLiteral("shop_owned_last_write_wins")});
        target.fields.insert(it.key(), it.value());
        target.versions.insert(
            it.key(),
            QJsonObject {{QStringLiteral("v"), patch.newVersion}, {QStringLiteral("o"), patch.origin}});
        target.changed = true;
    }
}

void ProductEditor::saveVariant(const QString &shopId, const Target &variant)
{
    const qint64 safety = variant.fields.value(QStringLiteral("safety_stock")).toInteger();
    const bool safetyChanged
        = m_store
              .scalar(QStringLiteral("SELECT safety_stock FROM variants WHERE id = ?"), {variant.variantId})
              .toLongLong()
        != safety;
    m_store.run(
        QStringLiteral("UPDATE variants SET fields = ?, field_versions = ?, safety_stock = ? WHERE id = ?"),
        {serialise(variant.fields), serialise(variant.versions), safety, variant.variantId});
    if (safetyChanged)
        m_stock.changed(shopId, variant.variantId);
}

void ProductEditor::createVariant(const QString &shopId, const QString &productId, const QString &variantId,
                                  const QJsonObject &fields, const QString &origin, qint64 version)
{
    QJsonObject versions;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        versions.insert(it.key(),
                        QJsonObject {{QStringLiteral("v"), version}, {QStringLiteral("o"), origin}});
    m_store.run(
        QStringLiteral("INSERT INTO variants (id, product_id, shop_id, fields, field_versions, safety_stock)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {variantId, productId, shopId, serialise(fields), serialise(versions),
         fields.value(QStringLiteral("safety_stock")).toInteger()});
    m_stock.changed(shopId, variantId);
}

QJsonObject ProductEditor::logConflict(const QString &shopId, const QString &productId,
                                       const QString &variantId, const QString &field, const QJsonValue &kept,
                                       const QJsonValue &lost, const QString &keptOrigin,
                                       const QString &lostOrigin, const QString &rule, qint64 baseVersion,
                                       qint64 version, const QString &mutationId)
{
    const QString id = MarketStore::newId();
    m_store.run(
        QStringLiteral("INSERT INTO conflicts (id, shop_id, product_id, variant_id, field, kept, lost,"
                       " kept_origin, lost_origin, rule, base_version, version, mutation_id, occurred_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, shopId, productId, variantId.isEmpty() ? QVariant() : QVariant(variantId), field,
         serialiseValue(kept), serialiseValue(lost),
         keptOrigin.isEmpty() ? QStringLiteral("marketplace") : keptOrigin,
         lostOrigin.isEmpty() ? QStringLiteral("marketplace") : lostOrigin, rule, baseVersion, version,
         mutationId.isEmpty() ? QVariant() : QVariant(mutationId), MarketStore::now()});
    m_store.touch(shopId, QStringLiteral("conflict"), id);
    return m_states.conflictJson(id);
}

} // namespace comptoir::market
