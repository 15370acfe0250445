// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/orders/onlineorders.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace comptoir {

class Database;

// What the history is searched by (issue 16, item 6). Every part is optional.
struct OrderHistoryQuery
{
    // An order number ("118", "CMD-118", "#118"), part of the customer's name (case ignored), or
    // part of the phone number (spaces, dots and dashes ignored).
    QString text;
    QDate from; // placed on or after this day (in timeZone); invalid: no bound
    QDate to; // placed on or before this day; invalid: no bound
    std::optional<OrderStatus> status; // the marketplace's status
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the shop's days
    int limit = 500;
};

// Orders past and present, newest first, with each step (status, time and who took it) as the
// marketplace published them (online_order_steps). Customer data is shown, never logged.
class OrderHistory
{
public:
    explicit OrderHistory(Database &db);

    // The orders (without lines or steps), newest placed first.
    Result<QList<OnlineOrder>> search(const OrderHistoryQuery &query) const;
    // One order with its lines (refused ones too) and its steps, oldest step first.
    // Errors: NotFound (subject: the uuid).
    Result<OnlineOrder> details(const QString &orderUuid) const;

    // "118", "CMD-118", "cmd 118", "#118" → 118; anything else: none.
    static std::optional<qint64> orderNumberIn(const QString &text);

private:
    Result<QList<OnlineOrder>> select(const QString &where, QVariantList bindings, int limit) const;

    Database &m_db;
};

} // namespace comptoir
