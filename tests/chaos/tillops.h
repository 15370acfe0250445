// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/result.h"
#include "models/sales/salejournal.h"
#include "models/stock/stockledger.h"
#include "models/uuidv7.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <memory>

namespace comptoir {
class Database;
class OnlineOrders;
} // namespace comptoir

namespace comptoir::chaos {

// What a chaos till does: its shop (opened like the app's ShopSession, with the test register
// key), and one random operation at a time — sales and refunds through the SaleJournal (real
// signed tickets), receipts, adjustments and counts through the StockLedger, product edits
// through the Catalogue, online-order transitions queued like the Commandes page queues them, and
// refusals of single order lines (partial orders).
// Each operation and the till's operation counter commit in one transaction, so a SIGKILL never
// loses or repeats one.
// The till's clock, skewed by a fixed offset per till: no sync decision may depend on a clock.
class SkewedClock final : public Clock
{
public:
    explicit SkewedClock(qint64 skewMs) : m_skewMs(skewMs) { }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_skewMs); }

private:
    qint64 m_skewMs;
};

class TillOps
{
public:
    enum class Kind { Sale, Refund, Receipt, Adjustment, Count, ProductEdit, OrderTransition, LineRefusal };

    TillOps(Database &db, quint32 seed, qint64 clockSkewMs = 0);
    ~TillOps();

    Status prepare(); // register key meta, operator
    Result<qint64> opsDone() const;
    Result<qint64> variantCount() const;
    // One operation (and the counter). Returns what was done.
    Result<Kind> runOne();

    const Clock &clock() const { return m_clock; }
    UuidV7Generator &uuids() { return m_uuids; }

private:
    struct Item
    {
        qint64 variantId = 0;
        qint64 productId = 0;
        qint64 priceCents = 0;
        int vatRateBp = 2000;
    };
    Result<QList<Item>> items() const;
    Status sale(const QList<Item> &items);
    Status refund();
    Status receiptOrAdjustment(const QList<Item> &items, bool receipt);
    Status count(const QList<Item> &items);
    Status productEdit(const QList<Item> &items);
    Result<bool> orderTransition();
    // Refuses one line of an open order (issue 16): marks it refused locally and queues an
    // order_line_refusal row in the same transaction, as OrderLineRefusals does.
    Result<bool> refuseLine();

    Database &m_db;
    SkewedClock m_clock;
    UuidV7Generator m_uuids {m_clock};
    Ed25519Key m_key;
    FiscalChain m_chain;
    EventJournal m_events;
    Catalogue m_catalogue;
    StockLedger m_ledger;
    SaleJournal m_journal;
    std::unique_ptr<OnlineOrders> m_orders;
    QRandomGenerator m_random;
    qint64 m_operatorId = 0;
};

} // namespace comptoir::chaos
