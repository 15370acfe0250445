// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderbench.h"

#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/orders/orderpicking.h"

#include <QSqlQuery>

namespace comptoir::bench {

namespace {

constexpr int Orders = 100;
constexpr int LinesPerOrder = 10;

// An accepted order of LinesPerOrder lines, written as the sync replica writes it.
QString insertOrder(Database &db, int number, const QStringList &lineCodes)
{
    const QString uuid = QStringLiteral("bench-order-%1").arg(number);
    const QString at = QStringLiteral("2026-11-27T08:30:00.000Z");
    auto id = db.insert(QStringLiteral("INSERT INTO online_orders (uuid, number, status, customer_name, "
                                       "customer_phone, total_cents, placed_at, updated_at) "
                                       "VALUES (?, ?, 'accepted', 'Bench', '', 1000, ?, ?)"),
                        {uuid, 900000 + number, at, at});
    if (!id)
        fail(QStringLiteral("order"), id.error());
    int lineNo = 0;
    for (const QString &code : lineCodes) {
        Status s
            = db.exec(QStringLiteral("INSERT INTO online_order_lines (order_id, line_no, variant_uuid, "
                                     "variant_id, quantity, unit_price_cents) SELECT ?, ?, v.uuid, v.id, 1, "
                                     "v.price_cents FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                                     "WHERE b.code = ?"),
                      {*id, ++lineNo, code});
        if (!s)
            fail(QStringLiteral("order line"), s.error());
    }
    return uuid;
}

} // namespace

Figure measureOrderPick(Database &db, const Catalogue &catalogue, const Clock &clock,
                        const QStringList &codes, QRandomGenerator &random)
{
    if (codes.size() < LinesPerOrder)
        fail(QStringLiteral("order_pick"), makeError(ErrorCode::NotFound, QStringLiteral("barcodes")));
    QList<double> samples;
    for (int n = 0; n < Orders; ++n) {
        QStringList lineCodes;
        while (lineCodes.size() < LinesPerOrder) {
            const QString code = codes.at(random.bounded(int(codes.size())));
            if (!lineCodes.contains(code))
                lineCodes << code;
        }
        const QString uuid = insertOrder(db, n + 1, lineCodes);
        OrderPicking picking(db, catalogue, clock);
        if (Status s = picking.start(uuid); !s)
            fail(QStringLiteral("order_pick start"), s.error());
        for (const QString &code : lineCodes) {
            QElapsedTimer timer;
            timer.start();
            auto outcome = picking.scan(code);
            samples.append(elapsedMs(timer));
            if (!outcome)
                fail(QStringLiteral("order_pick scan"), outcome.error());
            if (outcome->result != PickResult::LineComplete && outcome->result != PickResult::OrderComplete)
                fail(QStringLiteral("order_pick scan"), makeError(ErrorCode::NotFound, code));
        }
        if (!picking.progress().complete())
            fail(QStringLiteral("order_pick"), makeError(ErrorCode::NotFound, uuid));
    }
    return summarise(samples);
}

} // namespace comptoir::bench
