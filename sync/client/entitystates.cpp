// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/entitystates.h"

#include "sync/client/marketplacechanges.h"

#include "models/moneylimits.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace comptoir {

namespace {

// The typed members of a product or a variant: the type each must have when present. Members this
// version does not know are kept as they are (docs/marketplace-api.md §2: clients ignore them).
enum class FieldType { Text, Boolean, Cents, Count, VatRate, Moderation, Timestamp, TextList, PhotoList };

// A member's type and, for texts and lists, its limits (docs/marketplace-api.md §9).
struct FieldSpec
{
    FieldType type;
    qsizetype minLength = 0; // a text, or each text of a list
    qsizetype maxLength = 0;
    qsizetype maxItems = 0; // a list
};

std::optional<FieldSpec> knownFieldType(const QString &name)
{
    static const QHash<QString, FieldSpec> types = {
        {QStringLiteral("name"), {FieldType::Text, 1, 200}},
        {QStringLiteral("brand"), {FieldType::Text, 0, 200}},
        {QStringLiteral("category"), {FieldType::Text, 0, 100}},
        {QStringLiteral("description"), {FieldType::Text, 0, 10000}},
        {QStringLiteral("online_title"), {FieldType::Text, 0, 200}},
        {QStringLiteral("online_description"), {FieldType::Text, 0, 10000}},
        {QStringLiteral("marketplace_category"), {FieldType::Text, 0, 100}},
        {QStringLiteral("label"), {FieldType::Text, 0, 100}},
        {QStringLiteral("reference"), {FieldType::Text, 1, 64}},
        {QStringLiteral("visible_online"), {FieldType::Boolean}},
        {QStringLiteral("price_cents"), {FieldType::Cents}},
        {QStringLiteral("safety_stock"), {FieldType::Count}},
        {QStringLiteral("vat_rate_bp"), {FieldType::VatRate}},
        {QStringLiteral("moderation_status"), {FieldType::Moderation}},
        {QStringLiteral("created_at"), {FieldType::Timestamp}},
        {QStringLiteral("updated_at"), {FieldType::Timestamp}},
        {QStringLiteral("barcodes"), {FieldType::TextList, 1, 64, 10}},
        {QStringLiteral("photos"), {FieldType::PhotoList, 64, 64, 20}},
    };
    const auto found = types.constFind(name);
    return found == types.cend() ? std::nullopt : std::optional<FieldSpec>(*found);
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

void checkField(JsonCheck &check, const FieldSpec &spec, const QJsonValue &v,
                const std::function<QString()> &path)
{
    const FieldType type = spec.type;
    switch (type) {
    case FieldType::Text:
        if (!v.isString())
            check.fail(path(), QStringLiteral("not a string"));
        else if (const QString problem
                 = JsonReader::lengthProblem(v.toString().size(), spec.minLength, spec.maxLength);
                 !problem.isEmpty())
            check.fail(path(), problem);
        break;
    case FieldType::Boolean:
        if (!v.isBool())
            check.fail(path(), QStringLiteral("not a boolean"));
        break;
    case FieldType::Cents:
        // A variant's price: the till's bound for a unit price (models/moneylimits.h), so that
        // nothing synced can take the till's arithmetic past its bounds.
        if (!JsonReader::isInteger(v) || v.toInteger() < 0)
            check.fail(path(), QStringLiteral("not a non-negative integer number of cents"));
        else if (v.toInteger() > MoneyLimits::MaxUnitPriceCents)
            check.fail(path(),
                       QStringLiteral("a unit price above the till's bound of %1 cents")
                           .arg(MoneyLimits::MaxUnitPriceCents));
        break;
    case FieldType::Count:
        if (!JsonReader::isInteger(v) || v.toInteger() < 0)
            check.fail(path(), QStringLiteral("not a non-negative integer"));
        else if (v.toInteger() > MoneyLimits::MaxStockQuantity)
            check.fail(path(),
                       QStringLiteral("a stock level above the till's bound of %1")
                           .arg(MoneyLimits::MaxStockQuantity));
        break;
    case FieldType::VatRate: {
        static const QSet<qint64> rates = {2000, 1000, 550, 210};
        if (!JsonReader::isInteger(v) || !rates.contains(v.toInteger()))
            check.fail(path(), QStringLiteral("not a French VAT rate in basis points"));
        break;
    }
    case FieldType::Moderation: {
        static const QSet<QString> statuses
            = {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("refused")};
        if (!v.isString() || !statuses.contains(v.toString()))
            check.fail(path(), QStringLiteral("not a moderation status"));
        break;
    }
    case FieldType::Timestamp:
        if (!v.isString() || !JsonReader::parseTimestamp(v.toString()))
            check.fail(path(), QStringLiteral("not an ISO 8601 UTC timestamp"));
        break;
    case FieldType::TextList:
    case FieldType::PhotoList: {
        if (!v.isArray()) {
            check.fail(path(), QStringLiteral("not an array"));
            break;
        }
        const QJsonArray list = v.toArray();
        if (list.size() > spec.maxItems)
            check.fail(path(),
                       QStringLiteral("%1 elements, more than %2").arg(list.size()).arg(spec.maxItems));
        for (qsizetype i = 0; check.ok() && i < list.size(); ++i) {
            const QJsonValue e = list.at(i);
            if (!e.isString() || e.toString().isEmpty())
                check.fail(elementPath(path(), i), QStringLiteral("not a non-empty string"));
            else if (e.toString().size() > spec.maxLength)
                check.fail(elementPath(path(), i),
                           JsonReader::lengthProblem(e.toString().size(), spec.minLength, spec.maxLength));
            else if (type == FieldType::PhotoList && !isSha256Hex(e.toString()))
                check.fail(elementPath(path(), i), QStringLiteral("not a lower-case SHA-256"));
        }
        break;
    }
    }
}

// The members of object other than the ones read apart (skip), type-checked.
QJsonObject otherFields(JsonReader &reader, const QJsonObject &object,
                        std::initializer_list<QLatin1String> skip)
{
    QJsonObject fields = object;
    for (const QLatin1String key : skip)
        fields.remove(key);
    for (auto it = fields.constBegin(); reader.ok() && it != fields.constEnd(); ++it) {
        const auto type = knownFieldType(it.key());
        if (type && !it.value().isNull())
            checkField(reader.check(), *type, it.value(), [&] {
                return reader.path(QLatin1String(it.key().toLatin1()));
            }); // named on failure only
    }
    return fields;
}

// data repeats the entity's id under idKey: it must be the change's id.
QString sameId(JsonReader &data, QLatin1String idKey, const QString &id)
{
    const QString repeated = data.uuid(idKey);
    if (data.ok() && repeated != id)
        data.fail(idKey, QStringLiteral("not the change's id"));
    return repeated;
}

std::optional<OrderStatus> orderStatusFromName(const QString &name)
{
    for (const OrderStatus s : {OrderStatus::Placed, OrderStatus::Accepted, OrderStatus::Rejected,
                                OrderStatus::Ready, OrderStatus::Collected, OrderStatus::Cancelled}) {
        if (orderStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

// Issue 16's members (docs §9): all optional, absent = the v1 default.
QString limitedText(JsonReader &reader, QLatin1String key, qsizetype maxLength)
{
    const QString text = reader.optionalString(key);
    if (reader.ok() && text.size() > maxLength)
        reader.fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
    return text;
}

void readLineRefusal(JsonReader &line, OrderLine &into)
{
    if (const auto refused = line.optionalValue(QLatin1String("refused"))) {
        if (!refused->isBool())
            line.fail(QLatin1String("refused"), QStringLiteral("not a boolean"));
        else
            into.refused = refused->toBool();
    }
    into.refusalReason = limitedText(line, QLatin1String("refusal_reason"), 500);
}

void readOrderHandling(JsonReader &data, OrderState &order)
{
    const QString payment = data.optionalString(QLatin1String("payment"));
    if (data.ok() && !payment.isEmpty()) {
        if (payment != QLatin1String("online") && payment != QLatin1String("at_collection"))
            data.fail(QLatin1String("payment"), QStringLiteral("not online or at_collection"));
        else
            order.payment = payment;
    }
    if (!data.has(QLatin1String("steps")))
        return;
    const QJsonArray steps = data.array(QLatin1String("steps"), 50);
    const QString stepsPath = data.path(QLatin1String("steps"));
    for (qsizetype i = 0; data.ok() && i < steps.size(); ++i) {
        JsonReader s(data.check(), elementObject(data.check(), steps, i, stepsPath),
                     elementPath(stepsPath, i));
        OrderStep step;
        const QString status = s.string(QLatin1String("status"));
        if (s.ok()) {
            const auto parsed = orderStatusFromName(status);
            if (!parsed)
                s.fail(QLatin1String("status"), QStringLiteral("unknown order status"));
            else
                step.status = *parsed;
        }
        step.at = s.timestamp(QLatin1String("at"));
        step.by = limitedText(s, QLatin1String("by"), 100);
        order.steps.append(step);
    }
}

void readOversellHandling(JsonReader &data, OversellCase &c)
{
    static const QSet<QString> causes
        = {QStringLiteral("sale"),       QStringLiteral("return"), QStringLiteral("receipt"),
           QStringLiteral("adjustment"), QStringLiteral("count"),  QStringLiteral("safety_stock"),
           QStringLiteral("order")};
    static const QSet<QString> actions
        = {QStringLiteral("contacted"), QStringLiteral("restock"), QStringLiteral("line_refused")};
    if (data.has(QLatin1String("cause"))) {
        JsonReader cause(data.check(), data.object(QLatin1String("cause")),
                         data.path(QLatin1String("cause")));
        c.cause = cause.string(QLatin1String("reason"));
        if (cause.ok() && !causes.contains(c.cause))
            cause.fail(QLatin1String("reason"), QStringLiteral("unknown cause"));
        c.causeAt = cause.timestamp(QLatin1String("at"));
    }
    if (data.has(QLatin1String("handling"))) {
        JsonReader h(data.check(), data.object(QLatin1String("handling")),
                     data.path(QLatin1String("handling")));
        OversellHandling handling;
        handling.action = h.string(QLatin1String("action"));
        if (h.ok() && !actions.contains(handling.action))
            h.fail(QLatin1String("action"), QStringLiteral("unknown action"));
        handling.note = limitedText(h, QLatin1String("note"), 500);
        handling.at = h.timestamp(QLatin1String("at"));
        handling.by = limitedText(h, QLatin1String("by"), 100);
        c.handling = handling;
    }
}

} // namespace

ProductState readProductState(JsonReader &data, const QString &id)
{
    ProductState product;
    product.productId = sameId(data, QLatin1String("product_id"), id);
    product.version = data.integer(QLatin1String("version"), 1);
    product.archived = data.boolean(QLatin1String("archived"));
    const QJsonArray variants = data.array(QLatin1String("variants"), 1000);
    const QString variantsPath = data.path(QLatin1String("variants"));
    QSet<QString> seen;
    for (qsizetype i = 0; data.ok() && i < variants.size(); ++i) {
        const QJsonObject object = elementObject(data.check(), variants, i, variantsPath);
        JsonReader v(data.check(), object, elementPath(variantsPath, i));
        VariantState variant;
        variant.variantId = v.uuid(QLatin1String("variant_id"));
        if (v.ok() && seen.contains(variant.variantId))
            v.fail(QLatin1String("variant_id"), QStringLiteral("repeated"));
        seen.insert(variant.variantId);
        variant.archived = v.boolean(QLatin1String("archived"));
        variant.fields = otherFields(v, object, {QLatin1String("variant_id"), QLatin1String("archived")});
        product.variants.append(variant);
    }
    if (data.ok())
        product.fields = otherFields(data, data.raw(),
                                     {QLatin1String("product_id"), QLatin1String("version"),
                                      QLatin1String("archived"), QLatin1String("variants")});
    return product;
}

StockState readStockState(JsonReader &data, const QString &id)
{
    StockState stock;
    stock.variantId = sameId(data, QLatin1String("variant_id"), id);
    stock.productId = data.uuid(QLatin1String("product_id"));
    // Stock levels within the till's bound (models/moneylimits.h), so their sums cannot overflow.
    constexpr qint64 maxStock = MoneyLimits::MaxStockQuantity;
    stock.onHand = data.integer(QLatin1String("on_hand"), -maxStock, maxStock);
    stock.reserved = data.integer(QLatin1String("reserved"), 0, maxStock);
    stock.safetyStock = data.integer(QLatin1String("safety_stock"), 0, maxStock);
    stock.available = data.integer(QLatin1String("available"), -3 * maxStock, maxStock);
    if (data.ok() && stock.available != stock.onHand - stock.reserved - stock.safetyStock)
        data.fail(QLatin1String("available"), QStringLiteral("not on_hand - reserved - safety_stock"));
    return stock;
}

OrderState readOrderState(JsonReader &data, const QString &id)
{
    OrderState order;
    order.orderId = sameId(data, QLatin1String("order_id"), id);
    order.number = data.integer(QLatin1String("number"), 1);
    const QString status = data.string(QLatin1String("status"));
    if (data.ok()) {
        const auto parsed = orderStatusFromName(status);
        if (!parsed)
            data.fail(QLatin1String("status"), QStringLiteral("unknown order status"));
        else
            order.status = *parsed;
    }
    order.reason = data.optionalText(QLatin1String("reason"), MaxOrderReasonLength);
    order.customer = data.object(QLatin1String("customer"));
    if (data.ok()) {
        JsonReader customer(data.check(), order.customer, data.path(QLatin1String("customer")));
        customer.text(QLatin1String("name"), 0, MaxCustomerNameLength);
        customer.optionalText(QLatin1String("phone"), MaxCustomerPhoneLength);
    }
    const QJsonArray lines = data.array(QLatin1String("lines"), 1000);
    const QString linesPath = data.path(QLatin1String("lines"));
    if (data.ok() && lines.isEmpty())
        data.fail(QLatin1String("lines"), QStringLiteral("an order without lines"));
    for (qsizetype i = 0; data.ok() && i < lines.size(); ++i) {
        JsonReader l(data.check(), elementObject(data.check(), lines, i, linesPath),
                     elementPath(linesPath, i));
        OrderLine line;
        line.lineNo = l.integer(QLatin1String("line_no"), 1);
        line.variantId = l.uuid(QLatin1String("variant_id"));
        line.quantity = l.integer(QLatin1String("quantity"), 1, MoneyLimits::MaxQuantity);
        line.unitPriceCents = l.integer(QLatin1String("unit_price_cents"), 0, MoneyLimits::MaxUnitPriceCents);
        readLineRefusal(l, line);
        order.lines.append(line);
    }
    order.totalCents = data.integer(QLatin1String("total_cents"), 0, MoneyLimits::MaxTicketCents);
    order.placedAt = data.timestamp(QLatin1String("placed_at"));
    order.updatedAt = data.timestamp(QLatin1String("updated_at"));
    readOrderHandling(data, order);
    return order;
}

OversellCase readOversellCase(JsonReader &data, const QString &id)
{
    OversellCase c;
    c.caseId = sameId(data, QLatin1String("case_id"), id);
    c.variantId = data.uuid(QLatin1String("variant_id"));
    c.productId = data.uuid(QLatin1String("product_id"));
    c.available = data.integer(QLatin1String("available"), -3 * MoneyLimits::MaxStockQuantity,
                               MoneyLimits::MaxStockQuantity);
    c.openedAt = data.timestamp(QLatin1String("opened_at"));
    c.resolved = data.boolean(QLatin1String("resolved"));
    c.resolvedAt = data.optionalTimestamp(QLatin1String("resolved_at"));
    readOversellHandling(data, c);
    return c;
}

ConflictEntry readConflictEntry(JsonReader &data, const QString &id)
{
    ConflictEntry c;
    c.conflictId = id.isEmpty() ? data.uuid(QLatin1String("conflict_id"))
                                : sameId(data, QLatin1String("conflict_id"), id);
    c.productId = data.uuid(QLatin1String("product_id"));
    c.variantId = data.optionalUuid(QLatin1String("variant_id"));
    c.field = data.text(QLatin1String("field"), 1, 100);
    c.kept = data.optionalValue(QLatin1String("kept")).value_or(QJsonValue());
    c.lost = data.optionalValue(QLatin1String("lost")).value_or(QJsonValue());
    c.keptOrigin = data.text(QLatin1String("kept_origin"), 1, 100);
    c.lostOrigin = data.text(QLatin1String("lost_origin"), 1, 100);
    c.rule = data.text(QLatin1String("rule"), 1, 100);
    c.baseVersion = data.integer(QLatin1String("base_version"));
    c.version = data.integer(QLatin1String("version"), 1);
    c.mutationId = data.optionalUuid(QLatin1String("mutation_id"));
    c.at = data.timestamp(QLatin1String("at"));
    return c;
}

TaxonomyState readTaxonomyState(JsonReader &data, const QString &id)
{
    TaxonomyState t;
    if (id != QLatin1String("taxonomy")) {
        data.check().fail(data.path(QLatin1String("id")),
                          QStringLiteral("the taxonomy's id is \"taxonomy\""));
        return t;
    }
    t.version = data.integer(QLatin1String("version"));
    const QJsonArray nodes = data.array(QLatin1String("nodes"), MaxTaxonomyNodes);
    const QString nodesPath = data.path(QLatin1String("nodes"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < nodes.size() && data.ok(); ++i) {
        JsonReader node(data.check(), elementObject(data.check(), nodes, i, nodesPath),
                        elementPath(nodesPath, i));
        TaxonomyNode n;
        n.id = node.text(QLatin1String("id"), 1, 100);
        n.parentId = node.optionalText(QLatin1String("parent"), 100);
        n.name = node.text(QLatin1String("name"), 1, 100);
        if (!node.ok())
            break;
        if (seen.contains(n.id))
            node.fail(QLatin1String("id"), QStringLiteral("appears twice"));
        else if (!n.parentId.isEmpty() && !seen.contains(n.parentId))
            node.fail(QLatin1String("parent"), QStringLiteral("not an earlier node"));
        seen.insert(n.id);
        t.nodes.append(n);
    }
    return t;
}

ShopSettingsState readShopSettings(JsonReader &data, const QString &id)
{
    ShopSettingsState settings;
    if (id != QLatin1String("shop_settings")) {
        data.check().fail(data.path(QLatin1String("id")),
                          QStringLiteral("the shop settings' id is \"shop_settings\""));
        return settings;
    }
    settings.version = data.integer(QLatin1String("version"), 1);
    JsonReader levels(data.check(), data.object(QLatin1String("service_levels")),
                      data.path(QLatin1String("service_levels")));
    settings.acceptWithinMinutes = int(levels.integer(QLatin1String("accept_within_min"), 1, 1440));
    settings.readyWithinMinutes = int(levels.integer(QLatin1String("ready_within_min"), 1, 10080));
    settings.warnBeforeMinutes = int(levels.integer(QLatin1String("warn_before_min"), 0, 120));
    return settings;
}

} // namespace comptoir
