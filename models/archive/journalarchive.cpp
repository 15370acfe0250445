// Period archives of the fiscal journal: writing (from a verified database) and checking on
// their own.
#include "models/archive/journalarchive.h"

#include "models/archive/canonicalrecord.h"
#include "models/clock.h"
#include "models/closing/periodaudit.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

// The local date (YYYY-MM-DD) a link's record belongs to: the business day of a ticket or a
// day closure, the local date (in the shop's time zone) an event occurred or a month or year
// closure was made.
QString recordDate(const QString &type, const QString &stored, const QTimeZone &zone)
{
    if (type == QLatin1String("ticket") || type == QLatin1String("closure"))
        return stored;
    return localDate(QDateTime::fromString(stored, Qt::ISODateWithMs), zone).toString(Qt::ISODate);
}

bool isPeriodClosure(const QString &type)
{
    return type == QLatin1String("month-closure") || type == QLatin1String("year-closure");
}

void count(const QString &type, int &tickets, int &closures, int &events)
{
    if (type == QLatin1String("ticket"))
        ++tickets;
    else if (type == QLatin1String("closure"))
        ++closures;
    else if (type == QLatin1String("event"))
        ++events;
}

// Whether a month or year closure's period ("2026-11", "2026") is the archive's period or a
// month of it.
bool periodWithin(const QString &closurePeriod, const QString &archivePeriod)
{
    return closurePeriod == archivePeriod || closurePeriod.startsWith(archivePeriod + QLatin1Char('-'));
}

// One archive entry for a chain link.
QJsonObject linkEntry(const QSqlQuery &row, const QString &type, qint64 recordId, const QByteArray &canonical)
{
    QJsonObject link;
    link.insert(QStringLiteral("seq"), row.value(0).toLongLong());
    link.insert(QStringLiteral("record_type"), type);
    link.insert(QStringLiteral("record_id"), recordId);
    link.insert(QStringLiteral("previous_hash"), row.value(3).toString());
    link.insert(QStringLiteral("hash"), row.value(4).toString());
    link.insert(QStringLiteral("signature"), row.value(5).toString());
    link.insert(QStringLiteral("canonical"), QString::fromUtf8(canonical));
    return link;
}

VerifyReport &fail(VerifyReport &report, const QString &record, const char *problem, const QString &detail)
{
    report.ok = false;
    report.firstBroken = record;
    report.problem = QLatin1String(problem);
    report.detail = detail;
    return report;
}

// The links of the period, in chain order, as archive entries.
// The month and year closures OF the period (by their own period) go to periodClosures; their
// links are in `links` by the date they were made, like events.
Result<QJsonArray> periodLinks(const Database &db, const QString &period, ArchiveSummary &summary,
                               QJsonArray &periodClosures)
{
    auto q = db.query(QStringLiteral(
        "SELECT c.seq, c.record_type, c.record_id, c.previous_hash, c.hash, c.signature, "
        "CASE c.record_type WHEN 'ticket' THEN (SELECT business_day FROM tickets WHERE id = c.record_id) "
        "WHEN 'closure' THEN (SELECT business_day FROM closures WHERE id = c.record_id) "
        "WHEN 'event' THEN (SELECT occurred_at FROM events WHERE id = c.record_id) "
        "ELSE (SELECT closed_at FROM period_closures WHERE id = c.record_id) END, "
        "(SELECT period FROM period_closures WHERE id = c.record_id) "
        "FROM fiscal_chain c ORDER BY c.seq"));
    if (!q)
        return q.error();
    auto zone = shopTimeZone(db);
    if (!zone)
        return zone.error();
    const QString prefix = period + QLatin1Char('-');
    QJsonArray links;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const QString type = row.value(1).toString();
        const bool inLinks = recordDate(type, row.value(6).toString(), zone.value()).startsWith(prefix);
        const bool ofPeriod = isPeriodClosure(type) && periodWithin(row.value(7).toString(), period);
        if (!inLinks && !ofPeriod)
            continue;
        const auto kind = fiscalRecordTypeFromKey(type);
        if (!kind)
            return makeError(ErrorCode::JournalBroken, type, QStringLiteral("unknown record type"));
        const qint64 recordId = row.value(2).toLongLong();
        auto canonical = canonicalRecord(db, *kind, recordId);
        if (!canonical)
            return canonical.error();
        const QJsonObject link = linkEntry(row, type, recordId, canonical.value());
        if (inLinks) {
            links.append(link);
            count(type, summary.tickets, summary.closures, summary.events);
        }
        if (ofPeriod) {
            periodClosures.append(link);
            ++summary.periodClosures;
        }
    }
    summary.links = int(links.size());
    return links;
}

// A string field of a link, empty when missing or not a string.
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

bool isValidArchivePeriod(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}(-(0[1-9]|1[0-2]))?$"));
    return pattern.match(period).hasMatch();
}

Result<ArchiveSummary> writeArchive(const Database &db, EventJournal &events, const Clock &clock,
                                    const QString &period, const QString &path)
{
    if (!isValidArchivePeriod(period))
        return makeError(ErrorCode::InvalidQuantity, period, QStringLiteral("period is not YYYY or YYYY-MM"));
    auto key = registerPublicKey(db);
    if (!key) {
        Error error = key.error();
        if (error.code == ErrorCode::NotFound)
            error.subject = QStringLiteral("register key");
        return error;
    }
    auto report = verifyJournal(db, key.value());
    if (!report)
        return report.error();
    if (!report->ok)
        return makeError(ErrorCode::JournalBroken, report->firstBroken,
                         report->problem + QStringLiteral(": ") + report->detail);

    ArchiveSummary summary;
    summary.period = period;
    summary.path = path;
    QJsonArray periodClosures;
    auto links = periodLinks(db, period, summary, periodClosures);
    if (!links)
        return links.error();

    QJsonObject archive;
    archive.insert(QStringLiteral("format"), QLatin1String(ArchiveFormatName));
    archive.insert(QStringLiteral("version"), ArchiveFormatVersion);
    archive.insert(QStringLiteral("register_id"), db.deviceId());
    archive.insert(QStringLiteral("public_key"), QString::fromLatin1(key.value().toBase64()));
    archive.insert(QStringLiteral("period"), period);
    archive.insert(QStringLiteral("generated_at"), clock.now().toUTC().toString(Qt::ISODateWithMs));
    archive.insert(QStringLiteral("links"), links.value());
    archive.insert(QStringLiteral("period_closures"), periodClosures);
    const QByteArray bytes = QJsonDocument(archive).toJson(QJsonDocument::Indented);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::FileNotWritten, path, file.errorString());
    summary.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    QJsonObject detail;
    detail.insert(QStringLiteral("period"), period);
    detail.insert(QStringLiteral("links"), summary.links);
    detail.insert(QStringLiteral("sha256"), summary.sha256);
    auto event = events.record(EventKind::Archive, std::nullopt, detail);
    if (!event) {
        // An archive that is not journalled is not an archive: take the file back.
        QFile::remove(path);
        return event.error();
    }
    summary.eventId = event.value();
    qCInfo(lcModels) << "archive" << period << summary.links << "links";
    return summary;
}

namespace {

// One link of an archive, read and checked on its own.
struct ArchivedLink
{
    QString type;
    QString name; // "ticket 12"
    QString at; // "chain seq 40"
    qint64 seq = 0;
    QByteArray previousHash;
    QByteArray hash;
    QByteArray signature;
    QByteArray canonical;
};

// Reads a link; false (report filled in) when a field is missing or mistyped.
bool readLink(const QJsonValue &value, ArchivedLink &link, VerifyReport &report)
{
    const QJsonObject object = value.toObject();
    link.type = text(object, "record_type");
    const qint64 recordId = qint64(object.value(QLatin1String("record_id")).toDouble());
    link.seq = qint64(object.value(QLatin1String("seq")).toDouble());
    link.name = link.type + QLatin1Char(' ') + QString::number(recordId);
    link.at = QStringLiteral("chain seq ") + QString::number(link.seq);
    link.previousHash = QByteArray::fromHex(text(object, "previous_hash").toLatin1());
    link.hash = QByteArray::fromHex(text(object, "hash").toLatin1());
    link.signature = QByteArray::fromBase64(text(object, "signature").toLatin1());
    link.canonical = text(object, "canonical").toUtf8();
    if (!fiscalRecordTypeFromKey(link.type) || link.seq <= 0 || recordId <= 0
        || !object.value(QLatin1String("canonical")).isString() || link.previousHash.size() != 32
        || link.hash.size() != 32) {
        fail(report, link.name, "bad-format", link.at + QStringLiteral(": a field is missing or mistyped"));
        return false;
    }
    return true;
}

// Checks a link's hash and signature; false (report filled in) when one fails.
bool authentic(const ArchivedLink &link, const QByteArray &publicKey, VerifyReport &report)
{
    if (FiscalChain::sha256(link.previousHash + link.canonical) != link.hash) {
        fail(report, link.name, "hash-mismatch",
             link.at + QStringLiteral(": the archived record does not match its hash"));
        return false;
    }
    if (!Ed25519Key::verify(publicKey, link.hash, link.signature)) {
        fail(report, link.name, "bad-signature", link.at + QStringLiteral(": the signature does not verify"));
        return false;
    }
    return true;
}

QJsonObject record(const ArchivedLink &link)
{
    return QJsonDocument::fromJson(link.canonical).object();
}

// The archive's month and year closures: each authentic, of the archive's period, and equal to
// the sum of the day closures (month) or month closures (year) the archive holds. False (report
// filled in) when one fails.
bool checkPeriodClosures(const QJsonObject &archive, const QByteArray &publicKey,
                         const QList<QJsonObject> &dayClosures, VerifyReport &report)
{
    const QJsonValue section = archive.value(QLatin1String("period_closures"));
    if (section.isUndefined())
        return true; // an archive written before month and year closures existed
    if (!section.isArray()) {
        fail(report, QStringLiteral("archive"), "bad-format",
             QStringLiteral("period_closures is not an array"));
        return false;
    }
    const QString period = text(archive, "period");
    QList<std::pair<QString, QJsonObject>> closures; // name → record
    for (const QJsonValue &value : section.toArray()) {
        ArchivedLink link;
        if (!readLink(value, link, report))
            return false;
        const QJsonObject closure = record(link);
        if (!isPeriodClosure(link.type) || !periodWithin(text(closure, "period"), period)) {
            fail(report, link.name, "bad-format",
                 link.at + QStringLiteral(": not a month or year closure of ") + period);
            return false;
        }
        if (!authentic(link, publicKey, report))
            return false;
        closures.append({link.name, closure});
    }
    for (const auto &[name, closure] : std::as_const(closures)) {
        const bool month = text(closure, "kind") == QLatin1String("month");
        const QString prefix = text(closure, "period") + QLatin1Char('-');
        QList<QJsonObject> covered;
        if (month) {
            for (const QJsonObject &day : dayClosures) {
                if (text(day, "business_day").startsWith(prefix)
                    && text(day, "register_id") == text(closure, "register_id"))
                    covered << day;
            }
        } else {
            for (const auto &other : std::as_const(closures)) {
                if (text(other.second, "kind") == QLatin1String("month")
                    && text(other.second, "period").startsWith(prefix)
                    && text(other.second, "register_id") == text(closure, "register_id"))
                    covered << other.second;
            }
        }
        const QString mismatch = periodTotalsMismatch(closure, covered);
        if (!mismatch.isEmpty()) {
            fail(report, name, "period-total", mismatch);
            return false;
        }
        ++report.periodClosures;
    }
    return true;
}

} // namespace

Result<VerifyReport> verifyArchive(const QString &path, const QByteArray &expectedPublicKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, path, file.errorString());
    const QByteArray bytes = file.readAll();
    VerifyReport report;
    const QString archiveName = QStringLiteral("archive");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return fail(report, archiveName, "bad-format",
                    parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : QStringLiteral("not a JSON object"));
    const QJsonObject archive = document.object();
    if (text(archive, "format") != QLatin1String(ArchiveFormatName)
        || archive.value(QLatin1String("version")).toInt() != ArchiveFormatVersion
        || !archive.value(QLatin1String("links")).isArray())
        return fail(report, archiveName, "bad-format",
                    QStringLiteral("not a version 1 comptoir-fiscal-archive with links"));

    const QString keyName = QStringLiteral("public key");
    const QByteArray publicKey = QByteArray::fromBase64(text(archive, "public_key").toLatin1());
    if (publicKey.size() != Ed25519Key::PublicKeySize)
        return fail(report, keyName, "unknown-key", QStringLiteral("not a 32-byte Ed25519 public key"));
    if (!expectedPublicKey.isEmpty() && publicKey != expectedPublicKey)
        return fail(report, keyName, "unknown-key",
                    QStringLiteral("the archive's public key is not the key given"));

    const QJsonArray links = archive.value(QLatin1String("links")).toArray();
    QByteArray previousHash;
    qint64 previousSeq = 0;
    bool first = true;
    QList<QJsonObject> dayClosures;
    for (const QJsonValue &value : links) {
        ArchivedLink link;
        if (!readLink(value, link, report))
            return report;
        if (!first && link.seq != previousSeq + 1)
            return fail(report, link.name, "chain-gap",
                        link.at + QStringLiteral(" where ") + QString::number(previousSeq + 1)
                            + QStringLiteral(" was expected"));
        if (!first && link.previousHash != previousHash)
            return fail(report, link.name, "previous-hash",
                        link.at + QStringLiteral(": not the hash of the link before"));
        if (!authentic(link, publicKey, report))
            return report;
        ++report.links;
        count(link.type, report.tickets, report.closures, report.events);
        if (link.type == QLatin1String("closure"))
            dayClosures << record(link);
        previousHash = link.hash;
        previousSeq = link.seq;
        first = false;
    }
    if (!checkPeriodClosures(archive, publicKey, dayClosures, report))
        return report;
    report.ok = true;
    report.detail = QStringLiteral("%1 links: %2 tickets, %3 closures, %4 events; %5 month and year closures")
                        .arg(report.links)
                        .arg(report.tickets)
                        .arg(report.closures)
                        .arg(report.events)
                        .arg(report.periodClosures);
    return report;
}

} // namespace comptoir
