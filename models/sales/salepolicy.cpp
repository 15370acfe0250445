// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/salepolicy.h"

#include "models/clock.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/staff/operators.h"
#include "models/storage/database.h"

namespace comptoir {

namespace {

// A check that could not be made: the sale waits; the cause goes to the log, not to the words.
Error checkFailed(const QString &check, const Error &cause)
{
    qCWarning(lcModels) << "sale check" << check << "could not be made, code" << int(cause.code);
    return makeError(ErrorCode::SaleCheckFailed, check,
                     QStringLiteral("%1: %2").arg(int(cause.code)).arg(cause.detail));
}

} // namespace

SalePolicy::SalePolicy(const Database &db, const Clock &clock, const Operators &operators,
                       ThresholdSource threshold)
    : m_db(db), m_clock(clock), m_operators(operators), m_threshold(std::move(threshold))
{ }

std::optional<ScaleReading> SalePolicy::readScaleBarcode(const QString &code) const
{
    if (!m_scaleLayouts)
        return std::nullopt;
    auto layouts = m_scaleLayouts();
    if (!layouts) {
        qCWarning(lcModels) << "scale layouts could not be read, code" << int(layouts.error().code);
        return std::nullopt;
    }
    return ScaleBarcodes::decode(code.trimmed(), *layouts);
}

Result<std::optional<QString>> SalePolicy::overdueDay() const
{
    auto overdue = overdueBusinessDay(m_db, m_db.deviceId(), m_clock.now());
    if (!overdue)
        return checkFailed(QStringLiteral("overdue-day"), overdue.error());
    return overdue;
}

Status SalePolicy::checkNoDayOverdue() const
{
    auto overdue = overdueDay();
    if (!overdue)
        return overdue.error();
    if (overdue->has_value())
        return makeError(ErrorCode::DayOverdue, **overdue);
    return {};
}

Status SalePolicy::checkSeller(qint64 operatorId) const
{
    auto seller = m_operators.find(operatorId);
    if (!seller) {
        if (seller.error().code == ErrorCode::NotFound)
            return seller.error();
        return checkFailed(QStringLiteral("operator"), seller.error());
    }
    if (!seller->active)
        return makeError(ErrorCode::OperatorInactive, seller->name);
    return {};
}

Result<bool> SalePolicy::isManager(qint64 operatorId) const
{
    auto found = m_operators.find(operatorId);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return false;
        return checkFailed(QStringLiteral("manager"), found.error());
    }
    return found->active && found->isManager();
}

DiscountPolicy SalePolicy::discounts() const
{
    const auto threshold = m_threshold ? m_threshold() : Result<int>(makeError(ErrorCode::NotFound));
    if (!threshold) {
        qCWarning(lcModels) << "discount threshold not read, code" << int(threshold.error().code)
                            << "- every discount needs a manager";
        return DiscountPolicy(0);
    }
    return DiscountPolicy(*threshold);
}

} // namespace comptoir
