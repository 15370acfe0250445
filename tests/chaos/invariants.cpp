// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invariants.h"

#include "replicas.h"

#include <QSet>

namespace comptoir::chaos {

namespace {

struct Applied
{
    qint64 cursor = 0;
    QString deviceId;
    qint64 effective = 0;
};

bool isOpen(const QString &status)
{
    return status == QLatin1String("placed") || status == QLatin1String("accepted")
        || status == QLatin1String("ready");
}

class Checker
{
public:
    Checker(const RunFacts &facts, const ServerState &server, const QList<TillState> &tills)
        : m_facts(facts), m_server(server), m_tills(tills)
    { }

    Verdict run();

private:
    void problem(const QString &category, const QString &text)
    {
        if (!m_categories.contains(category))
            m_categories.append(category);
        if (m_problems.size() < 40)
            m_problems.append(category + QStringLiteral(": ") + text);
    }
    void replay();
    void checkStock();
    void checkSync();
    void checkProductsAndOrders();

    const RunFacts &m_facts;
    const ServerState &m_server;
    const QList<TillState> &m_tills;
    QHash<QString, Movement> m_generated; // movement id → as the till recorded it
    QHash<QString, qint64> m_model; // variant id → on hand
    QStringList m_problems;
    QStringList m_categories;
    int m_lost = 0;
    int m_duplicated = 0;
    int m_drift = 0;
};

// The reference model: every movement the tills generated (values from their own ledgers), the
// stock created online, and the commits of the orders the server says were collected, replayed
// in the server's order of application with the count rule of docs/marketplace-api.md §10.2.
void Checker::replay()
{
    for (int t = 0; t < m_tills.size(); ++t) {
        for (const Movement &m : m_tills.at(t).movements) {
            if (m_generated.contains(m.id)) {
                ++m_duplicated;
                problem(QStringLiteral("duplicated"),
                        QStringLiteral("movement %1 is in two tills' ledgers").arg(m.id));
            }
            m_generated.insert(m.id, m);
        }
    }
    QHash<QString, qint64> commits; // "order|variant" → quantity still to commit
    for (auto it = m_server.orderStatus.cbegin(); it != m_server.orderStatus.cend(); ++it) {
        if (it.value() != QLatin1String("collected"))
            continue;
        for (const auto &line : m_server.orderLines.value(it.key()))
            commits[it.key() + QLatin1Char('|') + line.first] += line.second;
    }
    QHash<QString, qint64> initial = m_facts.initialStock;
    QHash<QString, QList<Applied>> history;
    QSet<QString> seen;
    for (const Movement &s : m_server.movements) {
        qint64 effective = 0;
        qint64 &onHand = m_model[s.variantId];
        const auto generated = m_generated.constFind(s.id);
        if (generated != m_generated.cend()) {
            seen.insert(s.id);
            const Movement &g = *generated;
            if (g.variantId != s.variantId || g.reason != s.reason || g.deviceId != s.deviceId
                || (g.reason != QLatin1String("count") && g.delta != s.delta))
                problem(QStringLiteral("mismatch"),
                        QStringLiteral("movement %1: till %2 %3 %4 by %5, server %6 %7 %8 by %9")
                            .arg(s.id, g.variantId, g.reason)
                            .arg(g.delta)
                            .arg(g.deviceId, s.variantId, s.reason)
                            .arg(s.delta)
                            .arg(s.deviceId));
            if (g.reason == QLatin1String("count")) {
                qint64 since = 0;
                for (const Applied &a : history.value(s.variantId)) {
                    if (a.cursor > s.baseCursor && a.deviceId != s.deviceId)
                        since += a.effective;
                }
                effective = g.counted + since - onHand;
            } else {
                effective = g.delta;
            }
        } else if (s.reason == QLatin1String("online_commit") && !s.orderId.isEmpty()) {
            const QString key = s.orderId + QLatin1Char('|') + s.variantId;
            const qint64 due = commits.value(key);
            if (due > 0 && -s.delta <= due) {
                effective = s.delta;
                commits[key] = due + s.delta;
            } else {
                ++m_duplicated;
                problem(QStringLiteral("duplicated"),
                        QStringLiteral("commit %1 of order %2 not due (status %3)")
                            .arg(s.id, s.orderId, m_server.orderStatus.value(s.orderId)));
            }
        } else if (s.deviceId.isEmpty() && s.reason == QLatin1String("receipt")
                   && initial.contains(s.variantId) && initial.value(s.variantId) == s.delta) {
            effective = initial.take(s.variantId);
        } else {
            ++m_duplicated;
            problem(QStringLiteral("duplicated"),
                    QStringLiteral("server movement %1 (%2 %3 by '%4') was never generated")
                        .arg(s.id, s.reason)
                        .arg(s.delta)
                        .arg(s.deviceId));
        }
        onHand += effective;
        history[s.variantId].append(Applied {s.appliedCursor, s.deviceId, effective});
    }
    for (auto it = m_generated.cbegin(); it != m_generated.cend(); ++it) {
        if (!seen.contains(it.key())) {
            ++m_lost;
            problem(QStringLiteral("lost"),
                    QStringLiteral("movement %1 (%2 %3 of %4) is not on the server")
                        .arg(it.key(), it->reason)
                        .arg(it->delta)
                        .arg(it->variantId));
        }
    }
    for (auto it = commits.cbegin(); it != commits.cend(); ++it) {
        if (it.value() != 0) {
            ++m_lost;
            problem(
                QStringLiteral("lost"),
                QStringLiteral("collected order line %1 lacks %2 committed").arg(it.key()).arg(it.value()));
        }
    }
    for (auto it = initial.cbegin(); it != initial.cend(); ++it) {
        ++m_lost;
        problem(QStringLiteral("lost"),
                QStringLiteral("the stock created online for %1 is not on the server").arg(it.key()));
    }
}

void Checker::checkStock()
{
    // What the open orders hold: their lines not refused (a refused line holds no reservation,
    // readServer leaves it out), so a refusal that did not release shows here.
    QHash<QString, qint64> reserved;
    for (auto it = m_server.orderStatus.cbegin(); it != m_server.orderStatus.cend(); ++it) {
        if (isOpen(it.value())) {
            for (const auto &line : m_server.orderLines.value(it.key()))
                reserved[line.first] += line.second;
        }
    }
    for (auto it = m_server.stock.cbegin(); it != m_server.stock.cend(); ++it) {
        const QString &variant = it.key();
        const StockRow &row = it.value();
        if (row.onHand != m_model.value(variant)) {
            ++m_drift;
            problem(QStringLiteral("drift"),
                    QStringLiteral("variant %1: server on hand %2, model %3")
                        .arg(variant)
                        .arg(row.onHand)
                        .arg(m_model.value(variant)));
        }
        if (row.reserved != reserved.value(variant))
            problem(QStringLiteral("reserved"),
                    QStringLiteral("variant %1: server reserved %2, open orders %3")
                        .arg(variant)
                        .arg(row.reserved)
                        .arg(reserved.value(variant)));
        const qint64 available = row.onHand - row.reserved - row.safetyStock;
        const int open = m_server.openCases.value(variant);
        if (open > 1 || (available < 0) != (open == 1))
            problem(QStringLiteral("oversell"),
                    QStringLiteral("variant %1: available %2 with %3 open case(s)")
                        .arg(variant)
                        .arg(available)
                        .arg(open));
        for (int t = 0; t < m_tills.size(); ++t) {
            const TillState &till = m_tills.at(t);
            if (!till.onHand.contains(variant) || till.onHand.value(variant) != row.onHand) {
                ++m_drift;
                problem(QStringLiteral("drift"),
                        QStringLiteral("till %1, variant %2: on hand %3, server %4")
                            .arg(t + 1)
                            .arg(variant)
                            .arg(till.onHand.value(variant, -999999))
                            .arg(row.onHand));
            }
            const StockRow held = till.serverStock.value(variant, StockRow {-1, -1, -1});
            if (held.onHand != row.onHand || held.reserved != row.reserved
                || held.safetyStock != row.safetyStock)
                problem(QStringLiteral("replica"),
                        QStringLiteral("till %1, variant %2: holds server stock %3/%4/%5, server %6/%7/%8")
                            .arg(t + 1)
                            .arg(variant)
                            .arg(held.onHand)
                            .arg(held.reserved)
                            .arg(held.safetyStock)
                            .arg(row.onHand)
                            .arg(row.reserved)
                            .arg(row.safetyStock));
            if (till.openCases.value(variant) != open)
                problem(QStringLiteral("oversell"),
                        QStringLiteral("till %1, variant %2: %3 open case(s), server %4")
                            .arg(t + 1)
                            .arg(variant)
                            .arg(till.openCases.value(variant))
                            .arg(open));
        }
    }
}

void Checker::checkSync()
{
    for (int t = 0; t < m_tills.size(); ++t) {
        const TillState &till = m_tills.at(t);
        const QString who = QStringLiteral("till %1").arg(t + 1);
        if (till.outbox != 0)
            problem(QStringLiteral("outbox"), QStringLiteral("%1: %2 rows left").arg(who).arg(till.outbox));
        const qint64 serverSeq = m_server.deviceSeq.value(till.deviceId, -1);
        if (till.lastAppliedSeq != till.lastQueuedSeq || serverSeq != till.lastQueuedSeq)
            problem(QStringLiteral("seq"),
                    QStringLiteral("%1 (device %2): highest seq %3, acknowledged %4, server %5")
                        .arg(who, till.deviceId)
                        .arg(till.lastQueuedSeq)
                        .arg(till.lastAppliedSeq)
                        .arg(serverSeq));
        if (!till.cursorRegressed.isEmpty())
            problem(QStringLiteral("cursor"),
                    who + QStringLiteral(": cursor moved back, ") + till.cursorRegressed);
        for (const QString &exception : till.exceptions) {
            // A till's step on an order the marketplace cancelled (or another till ended) first is
            // refused and parked: expected. Any other parked mutation is a bug.
            if (!exception.startsWith(QLatin1String("order_transition "))
                && exception != QLatin1String("order_line_refusal illegal_transition"))
                problem(QStringLiteral("exception"), who + QStringLiteral(": parked ") + exception);
        }
    }
}

void Checker::checkProductsAndOrders()
{
    for (int t = 0; t < m_tills.size(); ++t) {
        const TillState &till = m_tills.at(t);
        for (auto p = m_server.products.cbegin(); p != m_server.products.cend(); ++p) {
            const FieldMap local = till.products.value(p.key());
            for (auto f = p->cbegin(); f != p->cend(); ++f) {
                if (local.value(f.key(), QStringLiteral("(missing)")) != f.value()) {
                    problem(QStringLiteral("product"),
                            QStringLiteral("till %1, product %2, %3: '%4', server '%5'")
                                .arg(t + 1)
                                .arg(p.key(), f.key(), local.value(f.key(), QStringLiteral("(missing)")),
                                     f.value()));
                    break;
                }
            }
        }
        // Every entity is held at the feed's latest state (so replaying any page changes nothing),
        // except oversell cases resolved before the till's first snapshot (a snapshot omits them).
        for (auto f = m_server.feed.cbegin(); f != m_server.feed.cend(); ++f) {
            const qint64 held = till.entityCursors.value(f.key(), -1);
            const QString id = f.key().section(QLatin1Char('|'), 1);
            if (held == f.value() || (held == -1 && m_server.resolvedCases.contains(id)))
                continue;
            problem(QStringLiteral("feed"),
                    QStringLiteral("till %1 holds %2 at cursor %3, the feed has it at %4")
                        .arg(t + 1)
                        .arg(f.key())
                        .arg(held)
                        .arg(f.value()));
        }
        for (const QString &conflict : m_server.conflicts) {
            if (!till.conflicts.contains(conflict))
                problem(QStringLiteral("conflict"),
                        QStringLiteral("till %1 lacks conflict %2 in its log").arg(t + 1).arg(conflict));
        }
        // A line refused on any till is refused everywhere once settled, and only those are: a
        // refusal still pending, or refused by the marketplace, would differ here.
        if (till.refusedLines != m_server.refusedLines)
            problem(QStringLiteral("refusal"),
                    QStringLiteral("till %1 shows %2 refused line(s), the server %3")
                        .arg(t + 1)
                        .arg(till.refusedLines.size())
                        .arg(m_server.refusedLines.size()));
        for (auto o = m_server.orderStatus.cbegin(); o != m_server.orderStatus.cend(); ++o) {
            if (till.orderStatus.value(o.key()) != o.value())
                problem(QStringLiteral("order"),
                        QStringLiteral("till %1, order %2: '%3', server '%4'")
                            .arg(t + 1)
                            .arg(o.key(), till.orderStatus.value(o.key()), o.value()));
        }
    }
}

Verdict Checker::run()
{
    replay();
    checkStock();
    checkSync();
    checkProductsAndOrders();
    Verdict verdict;
    verdict.problems = m_problems;
    verdict.ok = m_problems.isEmpty();
    const QString counts
        = QStringLiteral(
              "tills=%1 movements=%2 lost=%3 duplicated=%4 drift=%5 oversell_cases=%6 refused_lines=%7")
              .arg(m_tills.size())
              .arg(m_generated.size())
              .arg(m_lost)
              .arg(m_duplicated)
              .arg(m_drift)
              .arg(m_server.casesEver)
              .arg(m_server.refusedLines.size());
    verdict.line = verdict.ok ? QStringLiteral("ok ") + counts
                              : QStringLiteral("FAILED %1 %2; first: %3")
                                    .arg(m_categories.join(QLatin1Char(',')), counts, m_problems.first());
    return verdict;
}

} // namespace

Verdict checkInvariants(const RunFacts &facts)
{
    const ServerState server = readServer(facts.marketDb, facts.shopId);
    if (!server.error.isEmpty())
        return Verdict {false, QStringLiteral("FAILED reading the marketplace: ") + server.error, {}};
    QList<TillState> tills;
    for (const QString &path : facts.tillDbs) {
        tills.append(readTill(path));
        if (!tills.last().error.isEmpty())
            return Verdict {false, QStringLiteral("FAILED reading %1: %2").arg(path, tills.last().error), {}};
    }
    Checker checker(facts, server, tills);
    return checker.run();
}

} // namespace comptoir::chaos
