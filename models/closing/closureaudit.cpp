// closureTotalsMismatch: a stored closure recomputed from the tickets it sums up.
#include "models/closing/closureaudit.h"

#include "models/storage/database.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

// One row of integers, or an error when the query fails or returns nothing.
Result<QList<QVariant>> row(const Database &db, const QString &sql, const QVariantList &bindings, int columns)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, {}, sql);
    QList<QVariant> values;
    for (int i = 0; i < columns; ++i)
        values << q.value().value(i);
    return values;
}

// "key: count/amount" per row of a two-integer grouped query, to compare two sets of rows.
Result<QMap<QString, QString>> grouped(const Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    QMap<QString, QString> result;
    while (q.value().next()) {
        result.insert(q.value().value(0).toString(),
                      q.value().value(1).toString() + QLatin1Char('/') + q.value().value(2).toString());
    }
    return result;
}

QString describe(const QMap<QString, QString> &rows)
{
    QStringList parts;
    for (auto it = rows.begin(); it != rows.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(','));
}

QString differs(const QString &what, const QString &stored, const QString &computed)
{
    return QString(what + QStringLiteral(": stored ") + stored + QStringLiteral(", tickets ") + computed);
}

} // namespace

Result<QString> closureTotalsMismatch(const Database &db, qint64 closureId)
{
    auto closure = row(db,
                       QStringLiteral("SELECT register_id, kind, number, business_day, first_ticket_number, "
                                      "last_ticket_number, sale_count, refund_count, sales_cents, "
                                      "refunds_cents, total_cents, discount_cents, cash_float_cents, "
                                      "cash_expected_cents, grand_total_cents FROM closures WHERE id = ?"),
                       {closureId}, 15);
    if (!closure)
        return makeError(ErrorCode::NotFound, QStringLiteral("closure ") + QString::number(closureId));
    const QList<QVariant> &c = closure.value();
    if (c.at(1).toString() != QLatin1String("day"))
        return QString(); // only a day's closure sums tickets directly
    const QVariantList key = {c.at(0), c.at(3)};

    auto sums = row(db,
                    QStringLiteral("SELECT min(number), max(number), "
                                   "coalesce(sum(kind = 'sale'), 0), coalesce(sum(kind = 'refund'), 0), "
                                   "coalesce(sum(CASE WHEN kind = 'sale' THEN total_cents END), 0), "
                                   "coalesce(sum(CASE WHEN kind = 'refund' THEN total_cents END), 0), "
                                   "coalesce(sum(total_cents), 0) "
                                   "FROM tickets WHERE register_id = ? AND business_day = ?"),
                    key, 7);
    if (!sums)
        return sums.error();
    auto discount = row(db,
                        QStringLiteral("SELECT coalesce(sum(l.discount_cents + l.ticket_discount_cents), 0) "
                                       "FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
                                       "WHERE t.register_id = ? AND t.business_day = ? AND t.kind = 'sale'"),
                        key, 1);
    if (!discount)
        return discount.error();
    auto cash = row(db,
                    QStringLiteral("SELECT coalesce(sum(p.amount_cents), 0) FROM ticket_payments p "
                                   "JOIN tickets t ON t.id = p.ticket_id WHERE t.register_id = ? "
                                   "AND t.business_day = ? AND p.method = 'cash'"),
                    key, 1);
    if (!cash)
        return cash.error();
    auto previousGrand = row(db,
                             QStringLiteral("SELECT coalesce((SELECT grand_total_cents FROM closures WHERE "
                                            "register_id = ? AND kind = ? AND number = ?), 0)"),
                             {c.at(0), c.at(1), c.at(2).toLongLong() - 1}, 1);
    if (!previousGrand)
        return previousGrand.error();

    const QList<QVariant> &s = sums.value();
    const std::pair<QString, std::pair<QVariant, QVariant>> scalars[] = {
        {QStringLiteral("first_ticket_number"), {c.at(4), s.at(0)}},
        {QStringLiteral("last_ticket_number"), {c.at(5), s.at(1)}},
        {QStringLiteral("sale_count"), {c.at(6), s.at(2)}},
        {QStringLiteral("refund_count"), {c.at(7), s.at(3)}},
        {QStringLiteral("sales_cents"), {c.at(8), s.at(4)}},
        {QStringLiteral("refunds_cents"), {c.at(9), s.at(5)}},
        {QStringLiteral("total_cents"), {c.at(10), s.at(6)}},
        {QStringLiteral("discount_cents"), {c.at(11), discount.value().at(0)}},
        {QStringLiteral("cash_expected_cents"),
         {c.at(13), c.at(12).toLongLong() + cash.value().at(0).toLongLong()}},
        {QStringLiteral("grand_total_cents"),
         {c.at(14), previousGrand.value().at(0).toLongLong() + c.at(10).toLongLong()}},
    };
    for (const auto &[name, values] : scalars) {
        const QVariant &stored = values.first;
        const QVariant &computed = values.second;
        const bool same = stored.isNull() || computed.isNull() ? stored.isNull() == computed.isNull()
                                                               : stored.toLongLong() == computed.toLongLong();
        if (!same)
            return differs(name, stored.toString(), computed.toString());
    }

    auto storedMethods = grouped(db,
                                 QStringLiteral("SELECT method, count, amount_cents FROM closure_payments "
                                                "WHERE closure_id = ?"),
                                 {closureId});
    if (!storedMethods)
        return storedMethods.error();
    auto methods
        = grouped(db,
                  QStringLiteral("SELECT p.method, count(*), sum(p.amount_cents) FROM ticket_payments p "
                                 "JOIN tickets t ON t.id = p.ticket_id WHERE t.register_id = ? "
                                 "AND t.business_day = ? GROUP BY p.method"),
                  key);
    if (!methods)
        return methods.error();
    if (storedMethods.value() != methods.value())
        return differs(QStringLiteral("payments"), describe(storedMethods.value()),
                       describe(methods.value()));

    auto storedVat = grouped(db,
                             QStringLiteral("SELECT vat_rate_bp, base_cents, vat_cents FROM closure_vat "
                                            "WHERE closure_id = ?"),
                             {closureId});
    if (!storedVat)
        return storedVat.error();
    auto vat = grouped(
        db,
        QStringLiteral("SELECT v.vat_rate_bp, sum(v.base_cents), sum(v.vat_cents) FROM ticket_vat v "
                       "JOIN tickets t ON t.id = v.ticket_id WHERE t.register_id = ? "
                       "AND t.business_day = ? GROUP BY v.vat_rate_bp"),
        key);
    if (!vat)
        return vat.error();
    if (storedVat.value() != vat.value())
        return differs(QStringLiteral("vat"), describe(storedVat.value()), describe(vat.value()));
    return QString();
}

} // namespace comptoir
