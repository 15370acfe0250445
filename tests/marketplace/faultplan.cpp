// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultplan.h"

namespace comptoir::market {

QJsonObject FaultRates::toJson() const
{
    return {{QStringLiteral("drop_request"), dropRequest},
            {QStringLiteral("drop_response"), dropResponse},
            {QStringLiteral("error_5xx"), error5xx},
            {QStringLiteral("duplicate"), duplicate},
            {QStringLiteral("delay_ms"), delayMs}};
}

std::optional<FaultRates> FaultRates::fromJson(const QJsonObject &json, const FaultRates &base)
{
    FaultRates rates = base;
    const auto rate = [&](const char *key, double &target) {
        const QString name = QString::fromLatin1(key);
        if (!json.contains(name))
            return true;
        const double value = json.value(name).toDouble(-1);
        if (value < 0 || value > 1)
            return false;
        target = value;
        return true;
    };
    if (!rate("drop_request", rates.dropRequest) || !rate("drop_response", rates.dropResponse)
        || !rate("error_5xx", rates.error5xx) || !rate("duplicate", rates.duplicate))
        return std::nullopt;
    if (json.contains(QStringLiteral("delay_ms"))) {
        const int delay = json.value(QStringLiteral("delay_ms")).toInt(-1);
        if (delay < 0)
            return std::nullopt;
        rates.delayMs = delay;
    }
    return rates;
}

FaultPlan::FaultPlan(quint32 seed) : m_random(seed) { }

FaultPlan::Decision FaultPlan::decide()
{
    // Five draws every time, whatever the rates, so the sequence depends on the seed only.
    const double a = m_random.generateDouble();
    const double b = m_random.generateDouble();
    const double c = m_random.generateDouble();
    const double d = m_random.generateDouble();
    const quint32 e = m_random.generate();
    Decision decision;
    decision.dropRequest = a < m_rates.dropRequest;
    decision.error5xx = b < m_rates.error5xx;
    decision.dropResponse = c < m_rates.dropResponse;
    decision.duplicate = d < m_rates.duplicate;
    decision.delayMs = m_rates.delayMs > 0 ? int(e % quint32(m_rates.delayMs + 1)) : 0;
    return decision;
}

} // namespace comptoir::market
