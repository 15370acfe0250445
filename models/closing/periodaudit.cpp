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
using Sums = QMap<QString, std::pair<qint64, qint64>>;

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
        parts << it.key() + QLatin1Char('=') + QString::number(it.value().first) + QLatin1Char('/')
                + QString::number(it.value().second);
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
    if (covered.isEmpty())
        return QStringLiteral("no closure covered");
    const bool month = closure.value(QLatin1String("kind")).toString() == QLatin1String("month");
    const char *const summed[] = {"sale_count",    "refund_count", "cancelled_count", "sales_cents",
                                  "refunds_cents", "total_cents",  "discount_cents"};
    QMap<QString, qint64> computed;
    qint64 first = integer(covered.constFirst(), "number");
    qint64 last = first;
    qint64 grand = integer(covered.constFirst(), "grand_total_cents");
    qint64 days = 0;
    Sums payments;
    Sums vat;
    for (const QJsonObject &c : covered) {
        for (const char *key : summed)
            computed[QLatin1String(key)] += integer(c, key);
        days += month ? 1 : integer(c, "day_count");
        const qint64 number = integer(c, "number");
        first = std::min(first, number);
        if (number >= last) {
            last = number;
            grand = integer(c, "grand_total_cents");
        }
        addRows(payments, c.value(QLatin1String("payments")).toArray(), "method", "count", "amount_cents");
        addRows(vat, c.value(QLatin1String("vat")).toArray(), "vat_rate_bp", "base_cents", "vat_cents");
    }
    computed.insert(QStringLiteral("day_count"), days);
    computed.insert(QStringLiteral("first_closure_number"), first);
    computed.insert(QStringLiteral("last_closure_number"), last);
    computed.insert(QStringLiteral("grand_total_cents"), grand);
    for (auto it = computed.begin(); it != computed.end(); ++it) {
        const QJsonValue stored = closure.value(it.key());
        if (!stored.isDouble() || stored.toInteger() != it.value())
            return differs(it.key(),
                           stored.isDouble() ? QString::number(stored.toInteger()) : QStringLiteral("?"),
                           QString::number(it.value()));
    }
    Sums storedPayments;
    addRows(storedPayments, closure.value(QLatin1String("payments")).toArray(), "method", "count",
            "amount_cents");
    if (storedPayments != payments)
        return differs(QStringLiteral("payments"), describe(storedPayments), describe(payments));
    Sums storedVat;
    addRows(storedVat, closure.value(QLatin1String("vat")).toArray(), "vat_rate_bp", "base_cents",
            "vat_cents");
    if (storedVat != vat)
        return differs(QStringLiteral("vat"), describe(storedVat), describe(vat));
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
