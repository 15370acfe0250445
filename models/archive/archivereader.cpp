// Checking a period archive on its own (archivereader.h).
#include "models/archive/archivereader.h"

#include "models/archive/archiveseal.h"
#include "models/closing/periodaudit.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {

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

VerifyReport &fail(VerifyReport &report, const QString &record, const char *problem, const QString &detail)
{
    report.ok = false;
    report.firstBroken = record;
    report.problem = QLatin1String(problem);
    report.detail = detail;
    return report;
}

// A string field of a link, empty when missing or not a string.
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

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
