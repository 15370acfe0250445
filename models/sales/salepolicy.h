// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/scalebarcode.h"
#include "models/result.h"
#include "models/sales/discountpolicy.h"

#include <QString>

#include <functional>
#include <optional>

namespace comptoir {

class Clock;
class Database;
class Operators;

// The till's rules for a sale in progress, as checks that can fail: a trading day left unclosed
// for more than 24 hours must be closed (Z) before the next sale; a discount above the threshold
// needs a manager (DiscountPolicy); who is a manager, and who may sell, is read from the
// operators, never taken from the window's word. The policy fails closed: a check that cannot be
// made (the database cannot be read, the operator cannot be looked up) is an error
// (SaleCheckFailed), never a pass; a threshold that cannot be read makes every discount need a
// manager.
class SalePolicy
{
public:
    // TillSettings::discountThresholdBp as set now (read at each use: a change in Settings
    // applies at once). A function because the settings' room sits above the sale's.
    using ThresholdSource = std::function<Result<int>()>;

    // The shop's scale barcode layouts as set now (issue 14; ShopSettings, read at each scan).
    using ScaleLayoutSource = std::function<Result<QList<ScaleLayout>>()>;

    SalePolicy(const Database &db, const Clock &clock, const Operators &operators, ThresholdSource threshold);

    // Without a source, no scale barcode is read.
    void setScaleLayouts(ScaleLayoutSource layouts) { m_scaleLayouts = std::move(layouts); }
    // The reading of code by the shop's layouts; none when it is no scale barcode of the shop (or
    // the layouts cannot be read: the code is then looked up as any other, and logged).
    std::optional<ScaleReading> readScaleBarcode(const QString &code) const;

    // The oldest trading day overdue for its Z, YYYY-MM-DD (none: selling may go on).
    // Errors: SaleCheckFailed (subject "overdue-day").
    Result<std::optional<QString>> overdueDay() const;
    // Errors: DayOverdue (subject: the day to close first), SaleCheckFailed.
    Status checkNoDayOverdue() const;
    // Whether operatorId may sell: an active operator. Errors: NotFound, OperatorInactive
    // (subject: the name), SaleCheckFailed (subject "operator").
    Status checkSeller(qint64 operatorId) const;
    // Whether operatorId is an active manager. Errors: SaleCheckFailed (subject "manager").
    Result<bool> isManager(qint64 operatorId) const;
    // The discount rules with the threshold as set now.
    DiscountPolicy discounts() const;

private:
    const Database &m_db;
    const Clock &m_clock;
    const Operators &m_operators;
    ThresholdSource m_threshold;
    ScaleLayoutSource m_scaleLayouts;
};

} // namespace comptoir
