// verifyJournal: walks the fiscal chain and the fiscal records and names the first broken one.
#include "models/archive/journalverifier.h"

#include "models/archive/canonicalrecord.h"
#include "models/closing/closureaudit.h"
#include "models/closing/periodaudit.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/storage/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

VerifyReport &fail(VerifyReport &report, const QString &record, const char *problem, const QString &detail)
{
    report.ok = false;
    report.firstBroken = record;
    report.problem = QLatin1String(problem);
    report.detail = detail;
    return report;
}

QString recordName(const QString &type, qint64 id)
{
    return type + QLatin1Char(' ') + QString::number(id);
}

struct StoredLink
{
    qint64 seq = 0;
    QString type;
    qint64 recordId = 0;
    QByteArray previousHash;
    QByteArray hash;
    QByteArray signature;
};

// The numbering of one register's tickets or closures, in chain order.
struct Numbering
{
    QHash<QString, qint64> last; // by register (and kind) → last number seen
};

// Checks that a ticket's or closure's number follows the previous one of its register (and
// kind). Returns an empty string when it does, otherwise the detail.
Result<QString> checkNumber(const Database &db, const QString &type, qint64 id, Numbering &numbering)
{
    const QString sql = type == QLatin1String("ticket")
        ? QStringLiteral("SELECT register_id, number FROM tickets WHERE id = ?")
        : type == QLatin1String("closure")
        ? QStringLiteral("SELECT register_id || '/' || kind, number FROM closures WHERE id = ?")
        : QStringLiteral(
            "SELECT register_id || '/period/' || kind, number FROM period_closures WHERE id = ?");
    auto q = db.query(sql, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return QStringLiteral("not found");
    const QString series = q.value().value(0).toString();
    const qint64 number = q.value().value(1).toLongLong();
    const qint64 expected = numbering.last.value(series, 0) + 1;
    numbering.last.insert(series, number);
    if (number == expected)
        return QString();
    return QString(QStringLiteral("number ") + QString::number(number) + QStringLiteral(" where ")
                   + QString::number(expected) + QStringLiteral(" was expected"));
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

// Checks one link against the one before it and against its record. False when it fails
// (report filled in).
Result<bool> checkLink(const Database &db, const QByteArray &publicKey, const StoredLink &link,
                       qint64 expectedSeq, const QByteArray &previousHash, Numbering &numbering,
                       VerifyReport &report)
{
    const QString name = recordName(link.type, link.recordId);
    const QString at = QStringLiteral("chain seq ") + QString::number(link.seq);
    if (link.seq != expectedSeq) {
        fail(report, name, "chain-gap",
             at + QStringLiteral(" where ") + QString::number(expectedSeq) + QStringLiteral(" was expected"));
        return false;
    }
    if (link.previousHash != previousHash) {
        fail(report, name, "previous-hash", at + QStringLiteral(": not the hash of the link before"));
        return false;
    }
    const std::optional<FiscalRecordType> type = fiscalRecordTypeFromKey(link.type);
    if (!type) {
        fail(report, name, "missing-record", at + QStringLiteral(": unknown record type"));
        return false;
    }
    auto canonical = canonicalRecord(db, *type, link.recordId);
    if (!canonical && canonical.error().code == ErrorCode::JournalBroken) {
        // Rows the writer never stores (canonicalticket.h): changed, whatever their hash.
        fail(report, name, "hash-mismatch",
             at + QStringLiteral(": the stored record is not as written: ") + canonical.error().detail);
        return false;
    }
    if (!canonical) {
        if (canonical.error().code != ErrorCode::NotFound)
            return canonical.error();
        fail(report, name, "missing-record", at + QStringLiteral(": the record is not stored"));
        return false;
    }
    if (FiscalChain::sha256(link.previousHash + canonical.value()) != link.hash) {
        fail(report, name, "hash-mismatch",
             at + QStringLiteral(": the stored record does not match its hash"));
        return false;
    }
    if (!Ed25519Key::verify(publicKey, link.hash, link.signature)) {
        fail(report, name, "bad-signature", at + QStringLiteral(": the signature does not verify"));
        return false;
    }
    if (*type == FiscalRecordType::Event)
        return true;
    auto number = checkNumber(db, link.type, link.recordId, numbering);
    if (!number)
        return number.error();
    if (!number.value().isEmpty()) {
        fail(report, name, "number-gap", at + QStringLiteral(": ") + number.value());
        return false;
    }
    if (*type == FiscalRecordType::Closure) {
        auto mismatch = closureTotalsMismatch(db, link.recordId);
        if (!mismatch)
            return mismatch.error();
        if (!mismatch.value().isEmpty()) {
            fail(report, name, "closure-total", mismatch.value());
            return false;
        }
    }
    if (*type == FiscalRecordType::MonthClosure || *type == FiscalRecordType::YearClosure) {
        auto mismatch = periodClosureMismatch(db, link.recordId);
        if (!mismatch)
            return mismatch.error();
        if (!mismatch.value().isEmpty()) {
            fail(report, name, "period-total", mismatch.value());
            return false;
        }
    }
    return true;
}

} // namespace

Result<VerifyReport> verifyJournal(const Database &db, const QByteArray &publicKey)
{
    VerifyReport report;
    const QString keyName = QStringLiteral("public key");
    if (publicKey.size() != Ed25519Key::PublicKeySize)
        return fail(report, keyName, "unknown-key", QStringLiteral("not a 32-byte Ed25519 public key"));
    auto stored = db.meta(QLatin1String(RegisterPublicKeyMeta));
    if (!stored)
        return stored.error();
    if (!stored.value().isEmpty() && QByteArray::fromBase64(stored.value().toLatin1()) != publicKey)
        return fail(report, keyName, "unknown-key",
                    QStringLiteral("the database's register_public_key is not the key given"));

    auto q = db.query(QStringLiteral("SELECT seq, record_type, record_id, previous_hash, hash, signature "
                                     "FROM fiscal_chain ORDER BY seq"));
    if (!q)
        return q.error();
    QByteArray previousHash(32, '\0');
    Numbering numbering;
    qint64 expectedSeq = 1;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        StoredLink link;
        link.seq = row.value(0).toLongLong();
        link.type = row.value(1).toString();
        link.recordId = row.value(2).toLongLong();
        link.previousHash = QByteArray::fromHex(row.value(3).toString().toLatin1());
        link.hash = QByteArray::fromHex(row.value(4).toString().toLatin1());
        link.signature = QByteArray::fromBase64(row.value(5).toString().toLatin1());
        auto good = checkLink(db, publicKey, link, expectedSeq, previousHash, numbering, report);
        if (!good)
            return good.error();
        if (!good.value())
            return report;
        ++report.links;
        if (link.type == QLatin1String("ticket"))
            ++report.tickets;
        else if (link.type == QLatin1String("closure"))
            ++report.closures;
        else if (link.type == QLatin1String("event"))
            ++report.events;
        else
            ++report.periodClosures;
        previousHash = link.hash;
        expectedSeq = link.seq + 1;
    }

    const std::pair<QString, QString> tables[] = {{QStringLiteral("tickets"), QStringLiteral("ticket")},
                                                  {QStringLiteral("closures"), QStringLiteral("closure")},
                                                  {QStringLiteral("events"), QStringLiteral("event")}};
    for (const auto &[table, type] : tables) {
        auto unlinked = firstUnlinked(db, table, type);
        if (!unlinked)
            return unlinked.error();
        if (unlinked.value())
            return fail(report, recordName(type, *unlinked.value()), "missing-link",
                        QStringLiteral("no link in the fiscal chain"));
    }
    auto unlinkedPeriod
        = db.query(QStringLiteral("SELECT r.kind || '-closure', r.id FROM period_closures r WHERE NOT EXISTS "
                                  "(SELECT 1 FROM fiscal_chain c WHERE c.record_type = r.kind || '-closure' "
                                  "AND c.record_id = r.id) ORDER BY r.id LIMIT 1"));
    if (!unlinkedPeriod)
        return unlinkedPeriod.error();
    if (unlinkedPeriod.value().next())
        return fail(report,
                    recordName(unlinkedPeriod.value().value(0).toString(),
                               unlinkedPeriod.value().value(1).toLongLong()),
                    "missing-link", QStringLiteral("no link in the fiscal chain"));
    report.ok = true;
    report.detail = QStringLiteral("%1 links: %2 tickets, %3 closures, %4 month and year closures, %5 events")
                        .arg(report.links)
                        .arg(report.tickets)
                        .arg(report.closures)
                        .arg(report.periodClosures)
                        .arg(report.events);
    return report;
}

} // namespace comptoir
