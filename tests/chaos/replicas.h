// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace comptoir::chaos {

// One stock movement, as a till recorded it or as the server stored it.
struct Movement
{
    QString id;
    QString variantId;
    QString deviceId;
    QString orderId; // server: an online order's commit
    QString reason;
    qint64 delta = 0;
    qint64 counted = -1; // count only
    qint64 baseCursor = 0; // server: a count's causal point
    qint64 appliedCursor = 0; // server
};

struct StockRow
{
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 safetyStock = 0;
};

// A replica's shop-owned product and variant fields in one comparable form: "name" → value,
// "variants.<id>.price_cents" → value (JSON values as text).
using FieldMap = QHash<QString, QString>;

struct ServerState
{
    QString error; // empty when read
    QHash<QString, StockRow> stock; // variant id →
    QHash<QString, FieldMap> products; // product id →
    QList<Movement> movements; // in applied order
    QHash<QString, QString> orderStatus; // order id → status
    // order id → (variant id, quantity) of the lines not refused (a refused line holds nothing)
    QHash<QString, QList<QPair<QString, qint64>>> orderLines;
    QSet<QString> refusedLines; // "order id|line_no"
    QHash<QString, int> openCases; // variant id → open oversell cases
    int casesEver = 0;
    QSet<QString> resolvedCases; // oversell case ids
    QHash<QString, qint64> feed; // "kind|entity id" → the entity's cursor in the feed
    QSet<QString> conflicts; // conflict ids
    QHash<QString, qint64> deviceSeq; // device id → last applied seq
};

struct TillState
{
    QString error;
    QString path;
    QString deviceId;
    QHash<QString, qint64> onHand; // variant id → stock_on_hand
    QHash<QString, StockRow> serverStock; // variant id → stock_server_state
    QHash<QString, FieldMap> products;
    QList<Movement> movements; // origin local, pushed reasons only
    QHash<QString, QString> orderStatus;
    QSet<QString> refusedLines; // "order uuid|line_no", as the replica shows them
    QHash<QString, int> openCases; // variant id → open oversell cases
    qint64 outbox = 0;
    qint64 lastAppliedSeq = 0;
    qint64 lastQueuedSeq = 0;
    QStringList exceptions; // open sync exceptions: "kind code"
    QString cursorRegressed;
    QHash<QString, qint64> entityCursors; // "kind|entity id" → the cursor of the state held
    QSet<QString> conflicts; // conflict ids in the local conflict log
};

ServerState readServer(const QString &path, const QString &shopId);
TillState readTill(const QString &path);

} // namespace comptoir::chaos
