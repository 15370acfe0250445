// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A month or year closure recomputed from the closures it covers (periodaudit.h).
#include "models/closing/periodaudit.h"

#include "models/fiscal/canonical.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace comptoir {

namespace {

qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

// "key=a/b" per row of an array of objects (method or rate → two summed integers), summed over
// several arrays.
using Sums = QMap<QString, std::pair<WideInt, WideInt>>;

void addRows(Sums &sums, const QJsonArray &rows, const char *key, const char *first, const char *second)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QJsonValue k = row.value(QLatin1String(key));
        const QString name = k.isString() ? k.toString() : QString::number(k.toInteger());
        auto &sum = sums[name];
        sum.first += integer(row, first);
        sum.second += integer(row, second);
    }
}

QString describe(const Sums &sums)
{
    QStringList parts;
    for (auto it = sums.begin(); it != sums.end(); ++it)
        parts << it.key() + QLatin1Char('=') + wideText(it.value().first) + QLatin1Char('/')
                + wideText(it.value().second);
    return parts.join(QLatin1Char(','));
}

QString differs(const QString &what, const QString &stored, const QString &computed)
{
    return QString(what + QStringLiteral(": stored ") + stored + QStringLiteral(", closures ") + computed);
}

QJsonObject parse(const QByteArray &canonical)
{
    return QJsonDocument::fromJson(canonical).object();
}

} // namespace

QString periodTotalsMismatch(const QJsonObject &closure, const QList<QJsonObject> &covered)
{
    PeriodTotals totals(closure.value(QLatin1String("kind")).toString() == QLatin1String("month"));
    for (const QJsonObject &c : covered)
        totals.add(c);
    return totals.mismatch(closure);
}

void PeriodTotals::add(const QJsonObject &c)
{
    const char *const summed[] = {"sale_count",    "refund_count", "cancelled_count", "sales_cents",
                                  "refunds_cents", "total_cents",  "discount_cents"};
    for (const char *key : summed)
        m_summed[QLatin1String(key)] += integer(c, key);
    m_days += m_month ? 1 : integer(c, "day_count");
    const qint64 number = integer(c, "number");
    if (m_count == 0) {
        m_first = m_last = number;
        m_grand = integer(c, "grand_total_cents");
    }
    m_first = std::min(m_first, number);
    if (number >= m_last) {
        m_last = number;
        m_grand = integer(c, "grand_total_cents");
    }
    ++m_count;
    addRows(m_payments, c.value(QLatin1String("payments")).toArray(), "method", "count", "amount_cents");
    addRows(m_vat, c.value(QLatin1String("vat")).toArray(), "vat_rate_bp", "base_cents", "vat_cents");
}

QString PeriodTotals::mismatch(const QJsonObject &closure) const
{
    if (m_count == 0)
        return QStringLiteral("no closure covered");
    QMap<QString, WideInt> computed = m_summed;
    computed.insert(QStringLiteral("day_count"), m_days);
    computed.insert(QStringLiteral("first_closure_number"), m_first);
    computed.insert(QStringLiteral("last_closure_number"), m_last);
    computed.insert(QStringLiteral("grand_total_cents"), m_grand);
    for (auto it = computed.begin(); it != computed.end(); ++it) {
        const QJsonValue stored = closure.value(it.key());
        if (!stored.isDouble() || WideInt(stored.toInteger()) != it.value())
            return differs(it.key(),
                           stored.isDouble() ? QString::number(stored.toInteger()) : QStringLiteral("?"),
                           wideText(it.value()));
    }
    Sums storedPayments;
    addRows(storedPayments, closure.value(QLatin1String("payments")).toArray(), "method", "count",
            "amount_cents");
    if (storedPayments != m_payments)
        return differs(QStringLiteral("payments"), describe(storedPayments), describe(m_payments));
    Sums storedVat;
    addRows(storedVat, closure.value(QLatin1String("vat")).toArray(), "vat_rate_bp", "base_cents",
            "vat_cents");
    if (storedVat != m_vat)
        return differs(QStringLiteral("vat"), describe(storedVat), describe(m_vat));
    return QString();
}

Result<QString> periodClosureMismatch(const Database &db, qint64 periodClosureId)
{
    auto own = canonicalPeriodClosure(db, periodClosureId);
    if (!own)
        return own.error();
    const QJsonObject closure = parse(own.value());
    const bool month = closure.value(QLatin1String("kind")).toString() == QLatin1String("month");
    const QString sql = month
        ? QStringLiteral("SELECT id FROM closures WHERE register_id = ? AND kind = 'day' "
                         "AND substr(business_day, 1, 7) = ? ORDER BY number")
        : QStringLiteral("SELECT id FROM period_closures WHERE register_id = ? AND "
                         "kind = 'month' AND substr(period, 1, 4) = ? ORDER BY number");
    auto q = db.query(sql,
                      {closure.value(QLatin1String("register_id")).toString(),
                       closure.value(QLatin1String("period")).toString()});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    QList<QJsonObject> covered;
    for (qint64 id : std::as_const(ids)) {
        auto canonical = month ? canonicalClosure(db, id) : canonicalPeriodClosure(db, id);
        if (!canonical)
            return canonical.error();
        covered << parse(canonical.value());
    }
    return periodTotalsMismatch(closure, covered);
}

} // namespace comptoir
