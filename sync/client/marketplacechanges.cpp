// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/marketplacechanges.h"

#include "sync/client/entitystates.h"
#include "sync/client/jsonreader.h"
#include "sync/client/marketplaceresponses.h"

namespace comptoir {

namespace {

// One {cursor, kind, id, data} element of a page (feed changes and snapshot items alike).
Change readChange(JsonCheck &check, const QJsonArray &array, qsizetype i, const QString &arrayPath)
{
    JsonReader item(check, elementObject(check, array, i, arrayPath), elementPath(arrayPath, i));
    Change change;
    change.cursor = item.integer(QLatin1String("cursor"), 1);
    const QString kind = item.string(QLatin1String("kind"));
    // The taxonomy and the shop's settings are one entity each, named by their kind; every other
    // id is a UUID.
    change.id = kind == QLatin1String("taxonomy") || kind == QLatin1String("shop_settings")
        ? item.string(QLatin1String("id"))
        : item.uuid(QLatin1String("id"));
    if (!check.ok())
        return change;
    const auto parsedKind = changeKindFromName(kind);
    if (!parsedKind) {
        // The kinds are closed in v1 (docs §3): skipping one would lose it for good.
        item.fail(QLatin1String("kind"), QStringLiteral("unknown change kind"));
        return change;
    }
    change.kind = *parsedKind;
    JsonReader data(check, item.object(QLatin1String("data")), item.path(QLatin1String("data")));
    if (!check.ok())
        return change;
    switch (change.kind) {
    case ChangeKind::Product:
        change.data = readProductState(data, change.id);
        break;
    case ChangeKind::Stock:
        change.data = readStockState(data, change.id);
        break;
    case ChangeKind::Order:
        change.data = readOrderState(data, change.id);
        break;
    case ChangeKind::OversellCase:
        change.data = readOversellCase(data, change.id);
        break;
    case ChangeKind::Conflict:
        change.data = readConflictEntry(data, change.id);
        break;
    case ChangeKind::Taxonomy:
        change.data = readTaxonomyState(data, change.id);
        break;
    case ChangeKind::ShopSettings:
        change.data = readShopSettings(data, change.id);
        break;
    }
    return change;
}

Error wrongShop(const QString &received)
{
    return makeError(ErrorCode::MarketplaceWrongShop, received, QStringLiteral("not this till's shop"));
}

} // namespace

Result<ChangesPage> parseChangesPage(const QByteArray &body, const QString &shopId, const ChangesQuery &query)
{
    auto object = parseJsonObject(body);
    if (!object)
        return object.error();
    JsonCheck check;
    JsonReader json(check, *object);
    ChangesPage page;
    page.shopId = json.uuid(QLatin1String("shop_id"));
    if (check.ok() && page.shopId != shopId.toLower())
        return wrongShop(page.shopId);
    page.epoch = json.integer(QLatin1String("epoch"));
    if (check.ok() && page.epoch != query.epoch)
        return makeError(ErrorCode::MarketplaceEpochChanged, QString::number(page.epoch),
                         QStringLiteral("a page of another epoch than asked for"));
    const QJsonArray changes = json.array(QLatin1String("changes"), std::max(query.limit, 0));
    qint64 previous = query.since;
    for (qsizetype i = 0; check.ok() && i < changes.size(); ++i) {
        Change change = readChange(check, changes, i, QStringLiteral("changes"));
        if (check.ok() && change.cursor <= previous)
            check.fail(elementPath(QStringLiteral("changes"), i) + QStringLiteral(".cursor"),
                       QStringLiteral("%1 does not move forward from %2").arg(change.cursor).arg(previous));
        previous = change.cursor;
        page.changes.append(std::move(change));
    }
    page.nextCursor = json.integer(QLatin1String("next_cursor"));
    if (check.ok() && page.nextCursor < previous)
        check.fail(QStringLiteral("next_cursor"),
                   QStringLiteral("%1 is behind cursor %2").arg(page.nextCursor).arg(previous));
    page.hasMore = json.boolean(QLatin1String("has_more"));
    if (check.ok() && page.hasMore && page.nextCursor == query.since)
        check.fail(QStringLiteral("has_more"), QStringLiteral("more to come, but the cursor did not move"));
    page.lastAppliedSeq = json.integer(QLatin1String("last_applied_seq"));
    if (!check.ok())
        return check.error();
    return page;
}

Result<SnapshotPage> parseSnapshotPage(const QByteArray &body, const QString &shopId,
                                       const SnapshotQuery &query)
{
    auto object = parseJsonObject(body);
    if (!object)
        return object.error();
    JsonCheck check;
    JsonReader json(check, *object);
    SnapshotPage page;
    page.shopId = json.uuid(QLatin1String("shop_id"));
    if (check.ok() && page.shopId != shopId.toLower())
        return wrongShop(page.shopId);
    page.epoch = json.integer(QLatin1String("epoch"));
    if (check.ok() && query.epoch && page.epoch != *query.epoch)
        return makeError(ErrorCode::MarketplaceEpochChanged, QString::number(page.epoch),
                         QStringLiteral("the epoch changed between snapshot pages"));
    page.cursor = json.integer(QLatin1String("cursor"));
    if (check.ok() && query.cursor && page.cursor != *query.cursor)
        check.fail(
            QStringLiteral("cursor"),
            QStringLiteral("%1 is not the snapshot's fixed cursor %2").arg(page.cursor).arg(*query.cursor));
    page.lastAppliedSeq = json.integer(QLatin1String("last_applied_seq"));
    const QJsonArray items = json.array(QLatin1String("items"), std::max(query.limit, 0));
    for (qsizetype i = 0; check.ok() && i < items.size(); ++i)
        page.items.append(readChange(check, items, i, QStringLiteral("items")));
    page.hasMore = json.boolean(QLatin1String("has_more"));
    page.nextPage = json.optionalText(QLatin1String("next_page"), 2000); // opaque, sent back in a URL
    if (check.ok() && page.hasMore && page.nextPage.isEmpty())
        check.fail(QStringLiteral("next_page"), QStringLiteral("missing while has_more is true"));
    if (check.ok() && !page.hasMore && !page.nextPage.isEmpty())
        check.fail(QStringLiteral("next_page"), QStringLiteral("given while has_more is false"));
    if (check.ok() && page.hasMore && page.nextPage == query.pageToken)
        check.fail(QStringLiteral("next_page"), QStringLiteral("the same page again"));
    if (!check.ok())
        return check.error();
    return page;
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Product:
        return QStringLiteral("product");
    case ChangeKind::Stock:
        return QStringLiteral("stock");
    case ChangeKind::Order:
        return QStringLiteral("order");
    case ChangeKind::OversellCase:
        return QStringLiteral("oversell_case");
    case ChangeKind::Conflict:
        return QStringLiteral("conflict");
    case ChangeKind::Taxonomy:
        return QStringLiteral("taxonomy");
    case ChangeKind::ShopSettings:
        return QStringLiteral("shop_settings");
    }
    return {};
}

std::optional<ChangeKind> changeKindFromName(const QString &name)
{
    for (const ChangeKind kind :
         {ChangeKind::Product, ChangeKind::Stock, ChangeKind::Order, ChangeKind::OversellCase,
          ChangeKind::Conflict, ChangeKind::Taxonomy, ChangeKind::ShopSettings}) {
        if (changeKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return QStringLiteral("placed");
    case OrderStatus::Accepted:
        return QStringLiteral("accepted");
    case OrderStatus::Rejected:
        return QStringLiteral("rejected");
    case OrderStatus::Ready:
        return QStringLiteral("ready");
    case OrderStatus::Collected:
        return QStringLiteral("collected");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace comptoir
