// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/synctext.h"

#include <QCoreApplication>
#include <QLocale>

namespace comptoir::SyncText {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("SyncText", text);
}

struct Entry
{
    const char *key;
    const char *text;
};

template<std::size_t N> QString lookUp(const Entry (&table)[N], const QString &key)
{
    for (const Entry &entry : table)
        if (key == QLatin1String(entry.key))
            return translated(entry.text);
    return key;
}

// docs/marketplace-api.md §14.2, and the photo refusals that park a photo link (§15.2).
const Entry ServerReasons[] = {
    {"invalid_field",
     QT_TRANSLATE_NOOP("SyncText",
                       "The marketplace found a missing or wrong value in this change. If retrying does not "
                       "help, call the association's support.")},
    {"unsupported_kind",
     QT_TRANSLATE_NOOP("SyncText",
                       "The marketplace does not take this kind of change: Comptoir may need an update.")},
    {"variant_unknown",
     QT_TRANSLATE_NOOP("SyncText",
                       "The marketplace does not know this product variant yet. Retry once the product has "
                       "been sent.")},
    {"product_unknown",
     QT_TRANSLATE_NOOP("SyncText",
                       "The marketplace does not know this product yet. Retry once the product has been "
                       "sent.")},
    {"order_unknown", QT_TRANSLATE_NOOP("SyncText", "The marketplace does not know this order.")},
    {"movement_conflict",
     QT_TRANSLATE_NOOP("SyncText",
                       "The marketplace already holds this stock movement with different figures.")},
    {"product_archived",
     QT_TRANSLATE_NOOP("SyncText",
                       "This product is archived on the marketplace: it can no longer be changed.")},
    {"field_not_writable",
     QT_TRANSLATE_NOOP("SyncText", "This change touches a field that only the marketplace may set.")},
    {"barcode_in_use",
     QT_TRANSLATE_NOOP("SyncText",
                       "This barcode already belongs to another product of the shop on the marketplace.")},
    {"reference_in_use",
     QT_TRANSLATE_NOOP("SyncText",
                       "This reference already belongs to another product of the shop on the marketplace.")},
    {"photo_missing",
     QT_TRANSLATE_NOOP("SyncText", "A photo of this product did not reach the marketplace.")},
    {"illegal_transition",
     QT_TRANSLATE_NOOP("SyncText",
                       "This order had already moved on the marketplace (cancelled online, or handled by "
                       "another till): this step was not taken.")},
    {"payload_too_large", QT_TRANSLATE_NOOP("SyncText", "The marketplace refused this photo as too large.")},
    {"unsupported_media_type",
     QT_TRANSLATE_NOOP("SyncText", "The marketplace only takes JPEG and WebP photos.")},
    {"photo_hash_mismatch",
     QT_TRANSLATE_NOOP("SyncText", "This photo was damaged on its way to the marketplace.")},
};

const Entry MutationKinds[] = {
    {"stock_movement", QT_TRANSLATE_NOOP("SyncText", "Stock movement")},
    {"product_upsert", QT_TRANSLATE_NOOP("SyncText", "Product change")},
    {"product_archive", QT_TRANSLATE_NOOP("SyncText", "Product archived")},
    {"photo_link", QT_TRANSLATE_NOOP("SyncText", "Product photos")},
    {"order_transition", QT_TRANSLATE_NOOP("SyncText", "Order step")},
    {"ticket_summary", QT_TRANSLATE_NOOP("SyncText", "Sale summary")},
};

const Entry ConflictFields[] = {
    {"name", QT_TRANSLATE_NOOP("SyncText", "Name")},
    {"brand", QT_TRANSLATE_NOOP("SyncText", "Brand")},
    {"category", QT_TRANSLATE_NOOP("SyncText", "Category")},
    {"description", QT_TRANSLATE_NOOP("SyncText", "Description")},
    {"online_title", QT_TRANSLATE_NOOP("SyncText", "Online title")},
    {"online_description", QT_TRANSLATE_NOOP("SyncText", "Online description")},
    {"visible_online", QT_TRANSLATE_NOOP("SyncText", "Visible online")},
    {"vat_rate_bp", QT_TRANSLATE_NOOP("SyncText", "VAT rate")},
    {"photos", QT_TRANSLATE_NOOP("SyncText", "Photos")},
    {"marketplace_category", QT_TRANSLATE_NOOP("SyncText", "Marketplace category")},
    {"label", QT_TRANSLATE_NOOP("SyncText", "Variant")},
    {"reference", QT_TRANSLATE_NOOP("SyncText", "Reference")},
    {"price_cents", QT_TRANSLATE_NOOP("SyncText", "Price")},
    {"barcodes", QT_TRANSLATE_NOOP("SyncText", "Barcodes")},
    {"safety_stock", QT_TRANSLATE_NOOP("SyncText", "Safety stock")},
    {"archived", QT_TRANSLATE_NOOP("SyncText", "Archived")},
};

const Entry ConflictRules[] = {
    {"shop_owned_last_write_wins",
     QT_TRANSLATE_NOOP("SyncText", "Shop's field: the last change to reach the marketplace was kept")},
    {"marketplace_owned_server_wins",
     QT_TRANSLATE_NOOP("SyncText", "Marketplace's field: the marketplace's value was kept")},
};

} // namespace

QString serverReason(const QString &code)
{
    return lookUp(ServerReasons, code);
}

QString mutationKind(const QString &kind)
{
    return lookUp(MutationKinds, kind);
}

QString orderStatus(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return translated(QT_TRANSLATE_NOOP("SyncText", "New"));
    case OrderStatus::Accepted:
        return translated(QT_TRANSLATE_NOOP("SyncText", "Accepted"));
    case OrderStatus::Rejected:
        return translated(QT_TRANSLATE_NOOP("SyncText", "Refused"));
    case OrderStatus::Ready:
        return translated(QT_TRANSLATE_NOOP("SyncText", "Ready"));
    case OrderStatus::Collected:
        return translated(QT_TRANSLATE_NOOP("SyncText", "Collected"));
    case OrderStatus::Cancelled:
        return translated(QT_TRANSLATE_NOOP("SyncText", "Cancelled online"));
    }
    return {};
}

QString conflictField(const QString &field)
{
    return lookUp(ConflictFields, field);
}

QString conflictRule(const QString &rule)
{
    return lookUp(ConflictRules, rule);
}

QString origin(const QString &origin, const QString &thisDeviceId)
{
    if (origin == QLatin1String("marketplace"))
        return translated(QT_TRANSLATE_NOOP("SyncText", "The marketplace"));
    if (origin.startsWith(QLatin1String("device:"))) {
        if (!thisDeviceId.isEmpty() && origin.mid(7) == thisDeviceId)
            return translated(QT_TRANSLATE_NOOP("SyncText", "This till"));
        return translated(QT_TRANSLATE_NOOP("SyncText", "Another till"));
    }
    return origin;
}

QString ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return translated(QT_TRANSLATE_NOOP("SyncText", "never"));
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return translated(QT_TRANSLATE_NOOP("SyncText", "just now"));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("SyncText", "%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("SyncText", "%n h ago", nullptr, int(hours));
    return QLocale().toString(then.toLocalTime(), QLocale::ShortFormat);
}

} // namespace comptoir::SyncText
