// Period archives of the fiscal journal: writing (from a verified database) and checking on
// their own.
#include "journalarchive.h"

#include "canonical.h"
#include "clock.h"
#include "database.h"
#include "ed25519.h"
#include "eventjournal.h"
#include "fiscalchain.h"
#include "logging.h"
#include "registerkey.h"

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

// The local date (YYYY-MM-DD) a link's record belongs to.
QString recordDate(const QString &type, const QString &stored)
{
    if (type != QLatin1String("event"))
        return stored;
    return QDateTime::fromString(stored, Qt::ISODateWithMs).toLocalTime().date().toString(Qt::ISODate);
}

void count(const QString &type, int &tickets, int &closures, int &events)
{
    if (type == QLatin1String("ticket"))
        ++tickets;
    else if (type == QLatin1String("closure"))
        ++closures;
    else
        ++events;
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
Result<QJsonArray> periodLinks(const Database &db, const QString &period, ArchiveSummary &summary)
{
    auto q = db.query(QStringLiteral(
        "SELECT c.seq, c.record_type, c.record_id, c.previous_hash, c.hash, c.signature, "
        "CASE c.record_type WHEN 'ticket' THEN (SELECT business_day FROM tickets WHERE id = c.record_id) "
        "WHEN 'closure' THEN (SELECT business_day FROM closures WHERE id = c.record_id) "
        "ELSE (SELECT occurred_at FROM events WHERE id = c.record_id) END "
        "FROM fiscal_chain c ORDER BY c.seq"));
    if (!q)
        return q.error();
    const QString prefix = period + QLatin1Char('-');
    QJsonArray links;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const QString type = row.value(1).toString();
        if (!recordDate(type, row.value(6).toString()).startsWith(prefix))
            continue;
        const auto kind = fiscalRecordTypeFromKey(type);
        if (!kind)
            return makeError(ErrorCode::JournalBroken, type, QStringLiteral("unknown record type"));
        const qint64 recordId = row.value(2).toLongLong();
        auto canonical = canonicalRecord(db, *kind, recordId);
        if (!canonical)
            return canonical.error();
        QJsonObject link;
        link.insert(QStringLiteral("seq"), row.value(0).toLongLong());
        link.insert(QStringLiteral("record_type"), type);
        link.insert(QStringLiteral("record_id"), recordId);
        link.insert(QStringLiteral("previous_hash"), row.value(3).toString());
        link.insert(QStringLiteral("hash"), row.value(4).toString());
        link.insert(QStringLiteral("signature"), row.value(5).toString());
        link.insert(QStringLiteral("canonical"), QString::fromUtf8(canonical.value()));
        links.append(link);
        count(type, summary.tickets, summary.closures, summary.events);
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
    auto links = periodLinks(db, period, summary);
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
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        const QString type = text(link, "record_type");
        const qint64 recordId = qint64(link.value(QLatin1String("record_id")).toDouble());
        const qint64 seq = qint64(link.value(QLatin1String("seq")).toDouble());
        const QString name = type + QLatin1Char(' ') + QString::number(recordId);
        const QString at = QStringLiteral("chain seq ") + QString::number(seq);
        const QByteArray linkPrevious = QByteArray::fromHex(text(link, "previous_hash").toLatin1());
        const QByteArray hash = QByteArray::fromHex(text(link, "hash").toLatin1());
        const QByteArray signature = QByteArray::fromBase64(text(link, "signature").toLatin1());
        if (!fiscalRecordTypeFromKey(type) || seq <= 0 || recordId <= 0
            || !link.value(QLatin1String("canonical")).isString() || linkPrevious.size() != 32
            || hash.size() != 32)
            return fail(report, name, "bad-format", at + QStringLiteral(": a field is missing or mistyped"));
        if (!first && seq != previousSeq + 1)
            return fail(report, name, "chain-gap",
                        at + QStringLiteral(" where ") + QString::number(previousSeq + 1)
                            + QStringLiteral(" was expected"));
        if (!first && linkPrevious != previousHash)
            return fail(report, name, "previous-hash",
                        at + QStringLiteral(": not the hash of the link before"));
        const QByteArray canonical = text(link, "canonical").toUtf8();
        if (FiscalChain::sha256(linkPrevious + canonical) != hash)
            return fail(report, name, "hash-mismatch",
                        at + QStringLiteral(": the archived record does not match its hash"));
        if (!Ed25519Key::verify(publicKey, hash, signature))
            return fail(report, name, "bad-signature",
                        at + QStringLiteral(": the signature does not verify"));
        ++report.links;
        count(type, report.tickets, report.closures, report.events);
        previousHash = hash;
        previousSeq = seq;
        first = false;
    }
    report.ok = true;
    report.detail = QStringLiteral("%1 links: %2 tickets, %3 closures, %4 events")
                        .arg(report.links)
                        .arg(report.tickets)
                        .arg(report.closures)
                        .arg(report.events);
    return report;
}

} // namespace comptoir
