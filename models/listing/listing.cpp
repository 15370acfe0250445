// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/listing/listing.h"

#include "models/catalogue/catalogueoutbox.h"
#include "models/clock.h"
#include "models/logging.h"
#include "models/outbox/outbox.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace comptoir {

namespace {

const QString TitleKey = QStringLiteral("online_title");
const QString DescriptionKey = QStringLiteral("online_description");
const QString VisibleKey = QStringLiteral("visible_online");
const QString CategoryKey = QStringLiteral("marketplace_category");
const QString SafetyStockKey = QStringLiteral("safety_stock");

// The API's fields of an online part (the column of each has the same name).
QJsonObject apiFields(const OnlineFields &fields)
{
    QJsonObject object;
    object.insert(TitleKey, fields.onlineTitle);
    object.insert(DescriptionKey, fields.onlineDescription);
    object.insert(VisibleKey, fields.visibleOnline);
    object.insert(CategoryKey, fields.marketplaceCategory);
    return object;
}

OnlineFields normalised(const OnlineFields &fields)
{
    OnlineFields clean = fields;
    clean.onlineTitle = fields.onlineTitle.trimmed();
    clean.onlineDescription = fields.onlineDescription.trimmed();
    clean.marketplaceCategory = fields.marketplaceCategory.trimmed();
    return clean;
}

} // namespace

Listing::Listing(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

QString Listing::timestamp() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Result<Listing::Before> Listing::read(qint64 productId) const
{
    auto q = m_db.query(QStringLiteral("SELECT online_title, online_description, visible_online, "
                                       "marketplace_category FROM products WHERE id = ?"),
                        {productId});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    Before before;
    OnlineFields fields;
    fields.onlineTitle = row.value(0).toString();
    fields.onlineDescription = row.value(1).toString();
    fields.visibleOnline = row.value(2).toInt() != 0;
    fields.marketplaceCategory = row.value(3).toString();
    before.fields = apiFields(fields);
    row.finish();
    auto variants = m_db.rows(QStringLiteral("SELECT id, safety_stock FROM variants WHERE product_id = ?"),
                              {productId});
    if (!variants)
        return variants.error();
    for (const QVariantList &variant : std::as_const(*variants))
        before.safetyStocks.insert(variant.at(0).toLongLong(), variant.at(1).toLongLong());
    return before;
}

Result<OnlineFields> Listing::online(qint64 productId) const
{
    auto before = read(productId);
    if (!before)
        return before.error();
    OnlineFields fields;
    fields.onlineTitle = before->fields.value(TitleKey).toString();
    fields.onlineDescription = before->fields.value(DescriptionKey).toString();
    fields.visibleOnline = before->fields.value(VisibleKey).toBool();
    fields.marketplaceCategory = before->fields.value(CategoryKey).toString();
    return fields;
}

Result<QHash<qint64, qint64>> Listing::safetyStocks(qint64 productId) const
{
    auto before = read(productId);
    if (!before)
        return before.error();
    return before->safetyStocks;
}

Result<bool> Listing::categoryKnown(const QString &marketplaceCategory) const
{
    if (marketplaceCategory.isEmpty())
        return true;
    auto rows = m_db.rows(QStringLiteral("SELECT 1 FROM marketplace_categories WHERE id = ?"),
                          {marketplaceCategory});
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Status Listing::validate(const OnlineFields &fields) const
{
    if (fields.onlineTitle.size() > MaxTitleLength)
        return makeError(ErrorCode::OnlineTextTooLong, TitleKey, QString::number(MaxTitleLength));
    if (fields.onlineDescription.size() > MaxDescriptionLength)
        return makeError(ErrorCode::OnlineTextTooLong, DescriptionKey, QString::number(MaxDescriptionLength));
    auto known = categoryKnown(fields.marketplaceCategory);
    if (!known)
        return known.error();
    if (!*known)
        return makeError(ErrorCode::MarketplaceCategoryUnknown, fields.marketplaceCategory);
    return {};
}

Status Listing::apply(qint64 productId, const Before &before, const QJsonObject &fields,
                      const QHash<qint64, qint64> &safetyStocks, bool *changed)
{
    const QString now = timestamp();
    QJsonObject changedFields;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (before.fields.value(it.key()) == it.value())
            continue;
        changedFields.insert(it.key(), it.value());
        // The key is one of the four names above, each its column's name.
        const QVariant value
            = it.value().isBool() ? QVariant(it.value().toBool() ? 1 : 0) : QVariant(it.value().toString());
        if (Status s = m_db.exec(QStringLiteral("UPDATE products SET ") + it.key()
                                     + QStringLiteral(" = ?, updated_at = ? WHERE id = ?"),
                                 {value, now, productId});
            !s)
            return s;
    }
    QList<QJsonObject> variants;
    for (auto it = safetyStocks.begin(); it != safetyStocks.end(); ++it) {
        if (!before.safetyStocks.contains(it.key()))
            return makeError(ErrorCode::NotFound, QString::number(it.key()));
        if (it.value() < 0 || it.value() > MaxSafetyStock)
            return makeError(ErrorCode::InvalidQuantity, QString::number(it.value()));
        if (before.safetyStocks.value(it.key()) == it.value())
            continue;
        if (Status s
            = m_db.exec(QStringLiteral("UPDATE variants SET safety_stock = ?, updated_at = ? WHERE id = ?"),
                        {it.value(), now, it.key()});
            !s)
            return s;
        auto uuid = m_db.rows(QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {it.key()});
        if (!uuid)
            return uuid.error();
        QJsonObject variantFields;
        variantFields.insert(SafetyStockKey, it.value());
        QJsonObject variant;
        variant.insert(QStringLiteral("variant_id"), uuid->value(0).value(0).toString());
        variant.insert(QStringLiteral("fields"), variantFields);
        variants.append(variant);
    }
    *changed = !changedFields.isEmpty() || !variants.isEmpty();
    if (!*changed)
        return {};
    return queue(productId, changedFields, variants);
}

Status Listing::queue(qint64 productId, const QJsonObject &fields, const QList<QJsonObject> &variants)
{
    auto rows = m_db.rows(QStringLiteral("SELECT uuid, server_version, archived FROM products WHERE id = ?"),
                          {productId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const QVariantList &row = rows->constFirst();
    if (row.at(2).toInt() != 0) {
        qCInfo(lcCatalogue) << "archived product" << productId << "listing changed locally only";
        return {};
    }
    const QString uuid = row.at(0).toString();
    QJsonObject payload = CatalogueOutbox::upsertPayload(uuid, row.at(1).toLongLong(), fields, {}, {});
    if (!variants.isEmpty()) {
        QJsonArray array;
        for (const QJsonObject &variant : variants)
            array.append(variant);
        payload.insert(QStringLiteral("variants"), array);
    }
    return queueMutation(m_db, m_clock, MutationKind::productUpsert(), uuid, payload);
}

Status Listing::setOnline(qint64 productId, const OnlineFields &fields)
{
    return write(productId, fields, {});
}

Status Listing::setSafetyStocks(qint64 productId, const QHash<qint64, qint64> &safetyStocks)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = read(productId);
    if (!before)
        return before.error();
    bool changed = false;
    if (Status s = apply(productId, *before, {}, safetyStocks, &changed); !s)
        return s;
    return tx.commit();
}

Status Listing::write(qint64 productId, const OnlineFields &fields, const QHash<qint64, qint64> &safetyStocks)
{
    const OnlineFields clean = normalised(fields);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = validate(clean); !s)
        return s;
    auto before = read(productId);
    if (!before)
        return before.error();
    bool changed = false;
    if (Status s = apply(productId, *before, apiFields(clean), safetyStocks, &changed); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (changed)
        qCInfo(lcCatalogue) << "online listing of product" << productId << "changed";
    return {};
}

Result<int> Listing::bulk(const QList<qint64> &productIds, const QJsonObject &fields)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    int count = 0;
    for (const qint64 productId : productIds) {
        auto before = read(productId);
        if (!before)
            return before.error();
        bool changed = false;
        if (Status s = apply(productId, *before, fields, {}, &changed); !s)
            return s.error();
        if (changed)
            ++count;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCatalogue) << "online listing changed for" << count << "of" << productIds.size() << "products";
    return count;
}

Result<int> Listing::setVisible(const QList<qint64> &productIds, bool visible)
{
    QJsonObject fields;
    fields.insert(VisibleKey, visible);
    return bulk(productIds, fields);
}

Result<int> Listing::setCategory(const QList<qint64> &productIds, const QString &marketplaceCategory)
{
    const QString id = marketplaceCategory.trimmed();
    auto known = categoryKnown(id);
    if (!known)
        return known.error();
    if (!*known)
        return makeError(ErrorCode::MarketplaceCategoryUnknown, id);
    QJsonObject fields;
    fields.insert(CategoryKey, id);
    return bulk(productIds, fields);
}

} // namespace comptoir
