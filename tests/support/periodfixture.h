// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the month and year closure tests: the journal fixture's shop with a PeriodClosing,
// and days of trading (one sale, then the Z) on any date.
#include "journalfixture.h"
#include "models/archive/journalverifier.h"
#include "models/closing/periodclosing.h"

namespace comptoir::fiscaltest {

struct PeriodShop : ClosingShop
{
    std::unique_ptr<PeriodClosing> periods;

    bool setUpPeriods()
    {
        if (!setUpClosing()
            || !shop.db().setMeta(QLatin1String(RegisterPublicKeyMeta),
                                  QString::fromLatin1(shop.signer.publicKey().toBase64())))
            return false;
        periods = std::make_unique<PeriodClosing>(shop.db(), shop.clock, shop.uuids, shop.chain);
        return true;
    }

    // Local time in Orléans (the tests run with TZ=Europe/Paris).
    void at(const QDate &date, int hour, int minute = 0)
    {
        shop.clock.set(QDateTime(date, QTime(hour, minute), Qt::LocalTime).toUTC());
    }

    // One sale of `cents` (free price, 20 % VAT) at 10:00 on date, paid by method.
    bool sell(const QDate &date, qint64 cents, PaymentMethod method = PaymentMethod::Cash)
    {
        at(date, 10);
        SaleDraft draft;
        draft.operatorId = operatorId;
        draft.lines = {line(std::nullopt, 1, cents, 2000)};
        draft.payments = {pay(method, cents)};
        draft.tenderedCents = method == PaymentMethod::Cash ? cents : 0;
        return journal.commitSale(draft).ok();
    }

    // The Z of date, at 19:00 that day.
    bool closeOn(const QDate &date)
    {
        at(date, 19);
        return closeDay(*this, date.toString(Qt::ISODate)).ok();
    }

    // A trading day: a cash sale, a card sale, the Z.
    bool trade(const QDate &date, qint64 cash, qint64 card)
    {
        return sell(date, cash) && sell(date, card, PaymentMethod::Card) && closeOn(date);
    }

    QList<PeriodClosure> closeEnded()
    {
        auto made = periods->closeEndedPeriods();
        return made.ok() ? made.value() : QList<PeriodClosure> {};
    }

    VerifyReport verify()
    {
        auto report = verifyJournal(shop.db(), testSigningKey().publicKey());
        return report.ok() ? report.value() : VerifyReport {};
    }
};

inline QString describe(const VerifyReport &report)
{
    return report.firstBroken + QLatin1Char(' ') + report.problem + QLatin1Char(' ') + report.detail;
}

} // namespace comptoir::fiscaltest
