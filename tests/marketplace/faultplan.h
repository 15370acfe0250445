// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>

namespace comptoir::market {

struct FaultRates
{
    double dropRequest = 0; // close the connection without handling
    double dropResponse = 0; // handle and commit, then close without answering
    double error5xx = 0; // answer 503 before handling
    double duplicate = 0; // handle twice; the second must change nothing
    int delayMs = 0; // random delay 0..delayMs before answering

    QJsonObject toJson() const;
    // {drop_request, drop_response, error_5xx, delay_ms, duplicate}: absent keys keep `base`'s;
    // nullopt when a rate is outside 0..1 or the delay is negative.
    static std::optional<FaultRates> fromJson(const QJsonObject &json, const FaultRates &base);
};

// What happens to one shop-API request. Decisions are drawn from one generator seeded with
// --seed, always the same number of draws per request, so a run is reproducible for a given
// order of requests.
class FaultPlan
{
public:
    struct Decision
    {
        bool dropRequest = false;
        bool error5xx = false;
        bool dropResponse = false;
        bool duplicate = false;
        int delayMs = 0;
    };

    explicit FaultPlan(quint32 seed);

    void setRates(const FaultRates &rates) { m_rates = rates; }
    const FaultRates &rates() const { return m_rates; }
    Decision decide();

private:
    FaultRates m_rates;
    QRandomGenerator m_random;
};

} // namespace comptoir::market
