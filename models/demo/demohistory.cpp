// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demohistory.h"

#include "models/demo/demohistorywriter.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace comptoir {

Result<bool> DemoHistory::hasTickets(const Database &db)
{
    auto q = db.query(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM tickets) OR EXISTS (SELECT 1 FROM closures)"));
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

Result<DemoHistory::Summary> DemoHistory::generate(Database &db, const Signer &signer, const Options &options)
{
    auto existing = hasTickets(db);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Summary {};
    QElapsedTimer timer;
    timer.start();

    Options o = options;
    if (!o.today.isValid()) {
        auto zone = shopTimeZone(db);
        if (!zone)
            return zone.error();
        o.today = localDate(QDateTime::currentDateTimeUtc(), zone.value());
    }
    o.minSales = qMax(1, o.minSales);
    o.maxSales = qMax(o.minSales, o.maxSales);

    // One transaction: the demo gets its whole past or none of it (and one disk sync, not hundreds).
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    DemoHistoryWriter writer(db, signer, o);
    if (Status s = writer.prepare(); !s)
        return s.error();
    for (int back = o.days; back >= 1; --back) {
        const QDate date = o.today.addDays(-back);
        const int weekday = date.dayOfWeek();
        if (weekday == Qt::Sunday || weekday == Qt::Monday)
            continue; // closed, like many French shops
        if (Status s = writer.writeDay(date); !s) {
            qCWarning(lcModels) << "demo history stopped on" << date << "error" << int(s.error().code)
                                << s.error().detail;
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    const Summary summary = writer.summary();
    qCInfo(lcModels) << "demo history:" << summary.tradingDays << "days," << summary.sales << "sales,"
                     << summary.refunds << "refunds," << summary.closures << "closures in" << timer.elapsed()
                     << "ms";
    return summary;
}

} // namespace comptoir
