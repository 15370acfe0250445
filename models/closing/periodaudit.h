// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/wideint.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace comptoir {

class Database;

// Checks a month or year closure against the closures it covers, both given as their parsed
// canonical serialisations (canonical.h): a month closure against the day closures of its month,
// a year closure against the month closures of its year. Compares the day count, the first and
// last closure numbers, the counts and sums, the grand total (the last covered closure's) and
// the per-method and per-VAT-rate sums. Returns an empty string when everything matches,
// otherwise which value differs ("total_cents: stored 1200, closures 1100"). Used by
// verifyJournal() (from the database) and verifyArchive() (from the archive's records).
QString periodTotalsMismatch(const QJsonObject &closure, const QList<QJsonObject> &covered);

// The same sums, added one covered closure at a time (a few numbers per period, not the closures
// themselves): what the journal's rule engine keeps while it walks a whole chain.
class PeriodTotals
{
public:
    // month: whether the closure to check is a month closure (it counts its covered day closures)
    // or a year closure (it sums its months' day_count).
    explicit PeriodTotals(bool month = true) : m_month(month) { }

    void add(const QJsonObject &covered);
    bool isEmpty() const { return m_count == 0; }
    // Empty when closure (a month or year closure's record) equals the sums, otherwise which
    // value differs, as periodTotalsMismatch() says it.
    QString mismatch(const QJsonObject &closure) const;

private:
    using Sums = QMap<QString, std::pair<WideInt, WideInt>>;
    bool m_month = true;
    qint64 m_count = 0;
    WideInt m_days = 0;
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_grand = 0;
    QMap<QString, WideInt> m_summed;
    Sums m_payments;
    Sums m_vat;
};

// The same for a stored period closure (row of period_closures), its covered closures read from
// the database (the day closures of its register and month, or the month closures of its
// register and year). Errors: NotFound (no such period closure), DatabaseQueryFailed.
Result<QString> periodClosureMismatch(const Database &db, qint64 periodClosureId);

} // namespace comptoir
