// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fiscal chain and verifier tests: the till shop of the closing tests with a
// journal of two business days (sales, a refund, a technical event, two Z closures), and
// tampering through a connection of its own, as an attacker holding the file would.
#include "closingfixture.h"
#include "models/archive/canonicalrecord.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/sales/canonicalticket.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace comptoir::fiscaltest {

using namespace tilltest;

// A signer that always fails, as a missing or broken key would.
class FailingSigner final : public Signer
{
public:
    QByteArray publicKey() const override { return QByteArray(32, '\x01'); }
    Result<QByteArray> sign(const QByteArray &) const override
    {
        return makeError(ErrorCode::CryptoFailed, {}, QStringLiteral("test signer"));
    }
};

// Runs statements on the database file through a separate connection, with every trigger
// (the write-once ones included) dropped first and recreated after. Returns the first error.
inline QString tamper(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("attacker");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        QList<std::pair<QString, QString>> triggers;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
            return q.lastError().text();
        while (q.next())
            triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &trigger : std::as_const(triggers)) {
            if (!q.exec(QStringLiteral("DROP TRIGGER ") + trigger.first))
                error = q.lastError().text();
        }
        for (const QString &statement : statements) {
            if (error.isEmpty() && !q.exec(statement))
                error = statement + QStringLiteral(": ") + q.lastError().text();
        }
        for (const auto &trigger : std::as_const(triggers)) {
            if (!q.exec(trigger.second) && error.isEmpty())
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// Records a technical event the way the events journal does: its row, then its link.
inline Result<qint64> recordEvent(ClosingShop &s, const QString &kind, const QString &detail)
{
    Database &db = s.shop.db();
    Transaction tx(db);
    auto id
        = db.insert(QStringLiteral("INSERT INTO events (uuid, register_id, kind, occurred_at, operator_id, "
                                   "detail) VALUES (?, ?, ?, ?, ?, ?)"),
                    {s.shop.uuids.next(), db.deviceId(), kind,
                     s.shop.clock.now().toUTC().toString(Qt::ISODateWithMs), s.operatorId, detail});
    if (!id)
        return id.error();
    auto canonical = canonicalEvent(db, *id);
    if (!canonical)
        return canonical.error();
    if (auto link = s.shop.chain.append(FiscalRecordType::Event, *id, canonical.value()); !link)
        return link.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return *id;
}

// Closes a day with the cash counted equal to the cash expected.
inline Result<Closure> closeDay(ClosingShop &s, const QString &businessDay)
{
    auto totals = s.closing->totals(businessDay, 5000);
    if (!totals)
        return totals.error();
    return s.closing->close(businessDay, s.operatorId, 5000, totals->cashExpectedCents);
}

// The journal of the 26th and 27th of November: tickets 1 (cash sale), 2 (mixed payment),
// 3 (refund of ticket 1's mug), closure 1, event 1 (its DayClosed event), tickets 4 (discounts,
// card) and 5 (cash sale), closure 2, event 2 (DayClosed) — links 1 to 9 in that order. The
// database's meta holds the public key.
inline bool buildJournal(ClosingShop &s)
{
    if (!s.setUpClosing())
        return false;
    if (!s.shop.db().setMeta(QLatin1String(RegisterPublicKeyMeta),
                             QString::fromLatin1(s.shop.signer.publicKey().toBase64())))
        return false;
    s.setTime(26, 9);
    auto first = s.journal.commitSale(s.threeLines());
    if (!first || !s.journal.commitSale(s.mixedSale()))
        return false;
    s.setTime(26, 11);
    if (!s.refund(first.value(), 1, PaymentMethod::Cash))
        return false;
    s.setTime(26, 18);
    if (!closeDay(s, day(26))) // followed by its DayClosed event, event 1
        return false;
    s.setTime(27, 9);
    if (!s.journal.commitSale(s.discountedSale({pay(PaymentMethod::Card, 4070)})))
        return false;
    s.setTime(27, 10);
    if (!s.journal.commitSale(s.threeLines()))
        return false;
    s.setTime(27, 18);
    return closeDay(s, day(27)).ok();
}

} // namespace comptoir::fiscaltest
