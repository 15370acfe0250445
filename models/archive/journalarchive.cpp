// Period archives of the fiscal journal: writing (from a verified database) and checking on
// their own.
#include "models/archive/journalarchive.h"

#include "models/archive/canonicalrecord.h"
#include "models/clock.h"
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

} // namespace comptoir
