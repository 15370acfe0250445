// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/orderdeadlines.h"

#include <algorithm>

namespace comptoir {

namespace {

// When the order reached `status`: its last published step of that status, else updated_at.
QDateTime stepTime(const OnlineOrder &order, OrderStatus status)
{
    for (auto step = order.steps.crbegin(); step != order.steps.crend(); ++step) {
        if (step->status == status && step->at.isValid())
            return step->at.toUTC();
    }
    return order.updatedAt.isValid() ? order.updatedAt.toUTC() : order.placedAt.toUTC();
}

} // namespace

OrderDeadlines::OrderDeadlines(const ServiceLevels &levels, const OpeningHours &hours)
    : m_levels(levels), m_hours(hours)
{ }

OrderDeadline OrderDeadlines::deadlineOf(const OnlineOrder &order, const QDateTime &nowUtc) const
{
    OrderDeadline deadline;
    if (OnlineOrders::isFinal(order.status))
        return deadline;
    QDateTime from;
    qint64 allowedMinutes = 0;
    switch (order.currentStatus()) {
    case OrderStatus::Placed:
        from = order.placedAt.toUTC();
        allowedMinutes = m_levels.acceptWithinMinutes;
        break;
    case OrderStatus::Accepted:
        from = stepTime(order, OrderStatus::Accepted);
        allowedMinutes = m_levels.readyWithinMinutes;
        break;
    default:
        return deadline; // ready: the customer comes when they can; final: nothing more to do
    }
    if (!from.isValid())
        return deadline;
    deadline.due = m_hours.addOpeningMinutes(from, allowedMinutes);
    deadline.secondsLeft = m_hours.openingSecondsBetween(nowUtc.toUTC(), deadline.due);
    const qint64 allowed = allowedMinutes * 60;
    const qint64 warn = qint64(m_levels.warnBeforeMinutes) * 60;
    if (deadline.secondsLeft <= 0)
        deadline.level = DeadlineLevel::Missed;
    else if (deadline.secondsLeft <= warn)
        deadline.level = DeadlineLevel::Red;
    else if (deadline.secondsLeft * 4 <= allowed)
        deadline.level = DeadlineLevel::Amber;
    else
        deadline.level = DeadlineLevel::Ok;
    return deadline;
}

} // namespace comptoir
