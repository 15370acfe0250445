// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the sales journal tests: a shop on a real database file with an operator, two
// stocked variants, the journal, its readers and the parked or cancelled tickets, and helpers
// that read the database back.
#include "fixtures.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticketdrafts.h"
#include "models/sales/ticketfinder.h"
#include "models/sales/ticketreader.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace comptoir::tilltest {

inline QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

inline qint64 count(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

// Row counts of every table a till write may touch, and the stock on hand.
inline QStringList snapshot(const Database &db)
{
    QStringList result;
    const QStringList tables = {QStringLiteral("tickets"),         QStringLiteral("ticket_lines"),
                                QStringLiteral("ticket_payments"), QStringLiteral("ticket_vat"),
                                QStringLiteral("stock_movements"), QStringLiteral("sync_outbox"),
                                QStringLiteral("parked_tickets"),  QStringLiteral("cancelled_tickets")};
    for (const QString &table : tables)
        result << table + QLatin1Char('=') + QString::number(count(db, table));
    auto q = db.query(
        QStringLiteral("SELECT variant_id || ':' || quantity FROM stock_on_hand ORDER BY variant_id"));
    while (q && q.value().next())
        result << q.value().value(0).toString();
    return result;
}

inline QJsonObject outboxPayload(const Database &db, const QString &entityId)
{
    return QJsonDocument::fromJson(
               scalar(db, QStringLiteral("SELECT payload FROM sync_outbox WHERE entity_id = ?"), {entityId})
                   .toString()
                   .toUtf8())
        .object();
}

inline TicketLine line(std::optional<qint64> variant, qint64 quantity, qint64 price, int vat)
{
    TicketLine l;
    l.variantId = variant;
    l.label = QStringLiteral("Article %1").arg(price);
    l.quantity = quantity;
    l.unitPriceCents = price;
    l.vatRateBp = vat;
    return l;
}

inline Payment pay(PaymentMethod method, qint64 amount)
{
    return Payment {method, amount, {}};
}

// A shop with the operator "Camille", jam (5.89 €, 5.5 %, 10 in stock) and a mug (12.90 €, 20 %,
// 5 in stock).
struct TillShop
{
    TestShop shop;
    SaleJournal journal {shop.db(), shop.clock, shop.uuids, shop.ledger, shop.chain};
    TicketReader tickets {shop.db()};
    TicketFinder finder {shop.db()};
    TicketDrafts drafts {shop.db(), shop.clock, shop.uuids, shop.chain};
    qint64 operatorId = 0;
    qint64 jam = 0;
    qint64 mug = 0;

    bool setUp()
    {
        auto op = shop.db().insert(
            QStringLiteral("INSERT INTO operators (name, role, pin_hash, created_at) "
                           "VALUES ('Camille', 'cashier', 'x', '2026-11-27T08:00:00.000Z')"));
        if (!op)
            return false;
        operatorId = *op;
        jam = addVariant(QStringLiteral("Confiture"), 589, 550, 10);
        mug = addVariant(QStringLiteral("Mug"), 1290, 2000, 5);
        return jam > 0 && mug > 0;
    }

    qint64 addVariant(const QString &name, qint64 price, int vat, qint64 stock)
    {
        ProductFields p;
        p.name = name;
        p.vatRateBp = vat;
        VariantFields v;
        v.priceCents = price;
        auto created = shop.catalogue.createProduct(p, v);
        if (!created)
            return 0;
        if (!shop.ledger.record(created->variantId, stock, MovementReason::Receipt))
            return 0;
        return created->variantId;
    }

    // 2 × jam (5.5 %), 1 × mug (20 %), 1 free-price line (10 %): 28.18 € paid in cash, 30 € handed over.
    SaleDraft threeLines() const
    {
        SaleDraft draft;
        draft.operatorId = operatorId;
        draft.lines = {line(jam, 2, 589, 550), line(mug, 1, 1290, 2000), line(std::nullopt, 1, 350, 1000)};
        draft.payments = {pay(PaymentMethod::Cash, 2818)};
        draft.tenderedCents = 3000;
        return draft;
    }
};

} // namespace comptoir::tilltest

Q_DECLARE_METATYPE(comptoir::ErrorCode)
