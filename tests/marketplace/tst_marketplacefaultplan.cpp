// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fault dice of the reference marketplace: reproducible for a seed, and honouring the rates.
#include "faultplan.h"

#include <QTest>

using namespace comptoir::market;

class TestMarketplaceFaultPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameFaults()
    {
        FaultRates rates;
        rates.dropRequest = 0.3;
        rates.dropResponse = 0.3;
        rates.error5xx = 0.2;
        rates.duplicate = 0.5;
        rates.delayMs = 250;
        FaultPlan a(42), b(42), c(43);
        a.setRates(rates);
        b.setRates(rates);
        c.setRates(rates);
        int differences = 0;
        for (int i = 0; i < 200; ++i) {
            const FaultPlan::Decision x = a.decide();
            const FaultPlan::Decision y = b.decide();
            const FaultPlan::Decision z = c.decide();
            QCOMPARE(x.dropRequest, y.dropRequest);
            QCOMPARE(x.dropResponse, y.dropResponse);
            QCOMPARE(x.error5xx, y.error5xx);
            QCOMPARE(x.duplicate, y.duplicate);
            QCOMPARE(x.delayMs, y.delayMs);
            QVERIFY(x.delayMs >= 0 && x.delayMs <= 250);
            differences += (x.dropRequest != z.dropRequest || x.delayMs != z.delayMs) ? 1 : 0;
        }
        QVERIFY(differences > 0);
    }

    void ratesZeroAndOne()
    {
        FaultPlan plan(7);
        for (int i = 0; i < 50; ++i) {
            const FaultPlan::Decision none = plan.decide();
            QVERIFY(!none.dropRequest && !none.dropResponse && !none.error5xx && !none.duplicate);
            QCOMPARE(none.delayMs, 0);
        }
        FaultRates all;
        all.dropRequest = all.dropResponse = all.error5xx = all.duplicate = 1.0;
        plan.setRates(all);
        for (int i = 0; i < 50; ++i) {
            const FaultPlan::Decision every = plan.decide();
            QVERIFY(every.dropRequest && every.dropResponse && every.error5xx && every.duplicate);
        }
    }

    void ratesFromJson()
    {
        const FaultRates base;
        const auto rates = FaultRates::fromJson(
            {{QStringLiteral("drop_request"), 0.25}, {QStringLiteral("delay_ms"), 10}}, base);
        QVERIFY(rates.has_value());
        QCOMPARE(rates->dropRequest, 0.25);
        QCOMPARE(rates->delayMs, 10);
        QCOMPARE(rates->duplicate, 0.0);
        QVERIFY(!FaultRates::fromJson({{QStringLiteral("error_5xx"), 1.5}}, base).has_value());
        QVERIFY(!FaultRates::fromJson({{QStringLiteral("delay_ms"), -1}}, base).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceFaultPlan)
#include "tst_marketplacefaultplan.moc"
