// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/settings/openinghours.h"
#include "sync/orders/onlineorders.h"
#include "sync/orders/servicelevels.h"

#include <QDateTime>

namespace comptoir {

// How close an order is to its current step's deadline (issue 16):
// None: no deadline (ready, or final); Ok; Amber: a quarter or less of the allowed time left;
// Red: warn_before_min or less left (about to miss: the alert rings again, once per step);
// Missed: the deadline has passed.
enum class DeadlineLevel { None, Ok, Amber, Red, Missed };

struct OrderDeadline
{
    QDateTime due; // UTC; invalid for DeadlineLevel::None
    qint64 secondsLeft = 0; // opening seconds until due (negative: late by that much)
    DeadlineLevel level = DeadlineLevel::None;
};

// The deadline of an order's current step, counted in the shop's opening minutes: a placed order
// must be accepted within accept_within_min of placed_at; an accepted one made ready within
// ready_within_min of its accepted step (the steps the marketplace published; updated_at when
// none). The status this till works from is OnlineOrder::currentStatus().
class OrderDeadlines
{
public:
    OrderDeadlines(const ServiceLevels &levels, const OpeningHours &hours);

    OrderDeadline deadlineOf(const OnlineOrder &order, const QDateTime &nowUtc) const;

    const ServiceLevels &levels() const { return m_levels; }
    const OpeningHours &hours() const { return m_hours; }

private:
    ServiceLevels m_levels;
    OpeningHours m_hours;
};

} // namespace comptoir
