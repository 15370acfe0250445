// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// verifyJournal: walks the fiscal chain through the rule engine and names the first broken record.
#include "models/archive/journalverifier.h"

#include "models/archive/canonicalrecord.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

VerifyReport &fail(VerifyReport &report, const QString &record, const QString &problem, const QString &detail)
{
    report.ok = false;
    report.state = VerifyState::Broken;
    report.firstBroken = record;
    report.problem = problem;
    report.detail = detail;
    return report;
}

QString recordName(const QString &type, qint64 id)
{
    return type + QLatin1Char(' ') + QString::number(id);
}

// The first record of a table with no link in the chain, if any.
Result<std::optional<qint64>> firstUnlinked(const Database &db, const QString &table, const QString &type)
{
    auto q = db.query(QStringLiteral("SELECT r.id FROM ") + table
                          + QStringLiteral(" r WHERE NOT EXISTS (SELECT 1 FROM fiscal_chain c WHERE "
                                           "c.record_type = ? AND c.record_id = r.id) ORDER BY r.id LIMIT 1"),
                      {type});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

// Every record has its link; false (report filled in) at the first that has none.
Result<bool> everyRecordLinked(const Database &db, VerifyReport &report)
{
    const std::pair<QString, QString> tables[] = {{QStringLiteral("tickets"), QStringLiteral("ticket")},
                                                  {QStringLiteral("closures"), QStringLiteral("closure")},
                                                  {QStringLiteral("events"), QStringLiteral("event")}};
    for (const auto &[table, type] : tables) {
        auto unlinked = firstUnlinked(db, table, type);
        if (!unlinked)
            return unlinked.error();
        if (unlinked.value()) {
            fail(report, recordName(type, *unlinked.value()), QStringLiteral("missing-link"),
                 QStringLiteral("no link in the fiscal chain"));
            return false;
        }
    }
    auto period
        = db.query(QStringLiteral("SELECT r.kind || '-closure', r.id FROM period_closures r WHERE NOT EXISTS "
                                  "(SELECT 1 FROM fiscal_chain c WHERE c.record_type = r.kind || '-closure' "
                                  "AND c.record_id = r.id) ORDER BY r.id LIMIT 1"));
    if (!period)
        return period.error();
    if (period.value().next()) {
        fail(report, recordName(period.value().value(0).toString(), period.value().value(1).toLongLong()),
             QStringLiteral("missing-link"), QStringLiteral("no link in the fiscal chain"));
        return false;
    }
    return true;
}

// A row of fiscal_chain with its record's canonical bytes rebuilt from the rows.
Result<ChainLinkInput> readLink(const Database &db, const QSqlQuery &row)
{
    ChainLinkInput link;
    link.seq = row.value(0).toLongLong();
    link.recordType = row.value(1).toString();
    link.recordId = row.value(2).toLongLong();
    link.previousHash = QByteArray::fromHex(row.value(3).toString().toLatin1());
    link.hash = QByteArray::fromHex(row.value(4).toString().toLatin1());
    link.signature = QByteArray::fromBase64(row.value(5).toString().toLatin1());
    const std::optional<FiscalRecordType> type = fiscalRecordTypeFromKey(link.recordType);
    if (!type) {
        link.unreadable = QStringLiteral("missing-record");
        link.unreadableDetail = QStringLiteral("unknown record type");
        return link;
    }
    auto canonical = canonicalRecord(db, *type, link.recordId);
    if (!canonical && canonical.error().code == ErrorCode::JournalBroken) {
        // Rows the writer never stores (canonicalticket.h): changed, whatever their hash.
        link.unreadable = QStringLiteral("hash-mismatch");
        link.unreadableDetail
            = QStringLiteral("the stored record is not as written: ") + canonical.error().detail;
    } else if (!canonical) {
        if (canonical.error().code != ErrorCode::NotFound)
            return canonical.error();
        link.unreadable = QStringLiteral("missing-record");
        link.unreadableDetail = QStringLiteral("the record is not stored");
    } else {
        link.canonical = canonical.value();
    }
    return link;
}

} // namespace

Result<KeyHistory> databaseKeyHistory(const Database &db, const QByteArray &fallbackKey)
{
    auto stored = db.meta(QLatin1String(RegisterPublicKeyMeta));
    if (!stored)
        return stored.error();
    const QByteArray meta = QByteArray::fromBase64(stored.value().toLatin1());
    auto q = db.query(QStringLiteral("SELECT c.seq, c.record_id FROM fiscal_chain c JOIN events e ON e.id = "
                                     "c.record_id WHERE c.record_type = 'event' AND e.kind = 'key_changed' "
                                     "ORDER BY c.seq"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, qint64>> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    QList<KeyChange> changes;
    for (const auto &[seq, id] : std::as_const(rows)) {
        auto canonical = canonicalEvent(db, id);
        if (!canonical)
            return canonical.error();
        auto change = keyChangeFromRecord(QJsonDocument::fromJson(canonical.value()).object(), seq);
        if (change && change.value())
            changes << *change.value();
    }
    if (changes.isEmpty())
        return KeyHistory(meta.size() == Ed25519Key::PublicKeySize ? meta : fallbackKey);
    KeyHistory history(changes.constFirst().previousKey);
    for (const KeyChange &change : std::as_const(changes))
        history.add(change); // one that does not follow is left out: its link fails key-change
    return history;
}

void settleKeys(VerifyReport &report, const ChainRules &rules, const QList<QByteArray> &confirmed,
                const QByteArray &sealKey)
{
    report.keys = rules.keySpans();
    report.unconfirmedKeys.clear();
    for (KeySpan &span : report.keys) {
        span.confirmed = confirmed.contains(span.publicKey);
        const bool used = span.firstSeq > 0 || span.publicKey == sealKey;
        if (used && !span.confirmed && !report.unconfirmedKeys.contains(span.publicKey))
            report.unconfirmedKeys << span.publicKey;
    }
    if (!sealKey.isEmpty() && !confirmed.contains(sealKey) && !report.unconfirmedKeys.contains(sealKey))
        report.unconfirmedKeys << sealKey;
    report.links = rules.links;
    report.tickets = rules.tickets;
    report.closures = rules.closures;
    report.events = rules.events;
    report.periodClosures = rules.periodClosures;
    report.ok = report.problem.isEmpty();
    report.state = !report.ok              ? VerifyState::Broken
        : report.unconfirmedKeys.isEmpty() ? VerifyState::Intact
                                           : VerifyState::Unconfirmed;
}

Result<VerifyReport> verifyJournal(const Database &db, const QByteArray &publicKey)
{
    VerifyReport report;
    const QString keyName = QStringLiteral("public key");
    const QString unknownKey = QStringLiteral("unknown-key");
    if (publicKey.size() != Ed25519Key::PublicKeySize)
        return fail(report, keyName, unknownKey, QStringLiteral("not a 32-byte Ed25519 public key"));
    auto stored = db.meta(QLatin1String(RegisterPublicKeyMeta));
    if (!stored)
        return stored.error();
    const QByteArray meta = QByteArray::fromBase64(stored.value().toLatin1());
    auto history = databaseKeyHistory(db, publicKey);
    if (!history)
        return history.error();
    if (!meta.isEmpty() && meta != history.value().lastKey())
        return fail(report, keyName, unknownKey,
                    QStringLiteral("the database's register_public_key is not the chain's last key"));
    if (!history.value().contains(publicKey))
        return fail(report, keyName, unknownKey, QStringLiteral("the key given is none of the chain's keys"));

    auto zone = shopTimeZone(db);
    if (!zone)
        return zone.error();
    ChainRules::Setup setup;
    setup.keys = history.value();
    setup.zone = zone.value();
    ChainRules rules(setup);
    auto q = db.query(QStringLiteral("SELECT seq, record_type, record_id, previous_hash, hash, signature "
                                     "FROM fiscal_chain ORDER BY seq"));
    if (!q)
        return q.error();
    std::optional<RuleFailure> failed;
    while (!failed && q.value().next()) {
        auto link = readLink(db, q.value());
        if (!link)
            return link.error();
        failed = rules.feed(link.value());
    }
    if (failed) {
        fail(report, failed->record, failed->problem, failed->detail);
    } else {
        auto linked = everyRecordLinked(db, report);
        if (!linked)
            return linked.error();
    }
    QList<QByteArray> pinned {publicKey};
    if (!meta.isEmpty())
        pinned << meta;
    settleKeys(report, rules, history.value().confirmedBy(pinned));
    if (report.ok)
        report.detail
            = QStringLiteral("%1 links: %2 tickets, %3 closures, %4 month and year closures, %5 events")
                  .arg(report.links)
                  .arg(report.tickets)
                  .arg(report.closures)
                  .arg(report.periodClosures)
                  .arg(report.events);
    return report;
}

} // namespace comptoir
