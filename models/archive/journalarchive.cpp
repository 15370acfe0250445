// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Period archives of the fiscal journal, format version 2: written from a verified database and
// sealed by the register's key (journalarchive.h). The range and the states come from
// archiverange.h; the seal's digests from archiveseal.h.
#include "models/archive/journalarchive.h"

#include "models/archive/archiverange.h"
#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/registerkey.h"
#include "models/fiscal/registerkeychange.h"
#include "models/fiscal/signer.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace comptoir {

namespace {

// What the archive's lists and states are made of, read from the database.
struct ArchiveContent
{
    qint64 before = 0; // B(P−1): the link just before the range
    qint64 last = 0; // B(P)
    QJsonArray links;
    QJsonArray periodClosures;
    QJsonArray keyChanges;
    QJsonArray carried; // amendment A: tickets and cancellations of P's days chained before the range
    ArchiveSeriesState opening;
    ArchiveSeriesState closing;
    QString previousHash;
    QString lastHash;
    std::optional<QJsonObject> previousArchive;
};

Result<ArchiveContent> readContent(const Database &db, const QString &period, const QTimeZone &zone)
{
    ArchiveContent c;
    // Everything up to the chain's end now: a link added meanwhile is the next archive's business.
    auto upTo = ArchiveRange::lastSeq(db);
    auto before
        = ArchiveRange::lastClosureSeq(db, ArchiveRange::lastDay(ArchiveRange::previousPeriod(period)));
    auto last = ArchiveRange::lastClosureSeq(db, ArchiveRange::lastDay(period));
    if (!upTo || !before || !last)
        return !upTo ? upTo.error() : !before ? before.error() : last.error();
    c.before = *before;
    c.last = qMin(*last, *upTo);
    auto links = ArchiveRange::links(db, c.before, c.last);
    if (!links)
        return links.error();
    c.links = *links;
    auto periodClosures = ArchiveRange::periodClosureLinks(db, period, *upTo);
    if (!periodClosures)
        return periodClosures.error();
    c.periodClosures = *periodClosures;
    auto keyChanges = ArchiveRange::keyChangeLinks(db, *upTo);
    if (!keyChanges)
        return keyChanges.error();
    c.keyChanges = *keyChanges;
    auto carried = ArchiveRange::carriedLinks(
        db, c.before, ArchiveRange::lastDay(ArchiveRange::previousPeriod(period)), zone);
    if (!carried)
        return carried.error();
    c.carried = *carried;
    auto opening = ArchiveRange::stateAfter(db, c.before);
    auto closing = ArchiveRange::stateAfter(db, c.last);
    if (!opening || !closing)
        return !opening ? opening.error() : closing.error();
    c.opening = *opening;
    c.closing = *closing;
    auto previousHash = ArchiveRange::linkHash(db, c.before);
    auto lastHash = ArchiveRange::linkHash(db, c.last);
    if (!previousHash || !lastHash)
        return !previousHash ? previousHash.error() : lastHash.error();
    c.previousHash = *previousHash;
    c.lastHash = *lastHash;
    auto previousArchive = ArchiveRange::previousArchive(db, period);
    if (!previousArchive)
        return previousArchive.error();
    c.previousArchive = *previousArchive;
    return c;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The shop's identity as the settings store it (models/settings/shopsettings.cpp's keys) and the
// marketplace shop id once enrolled (sync/enrolment's), null when not.
Result<QJsonObject> shopObject(const Database &db)
{
    QJsonObject shop;
    const std::pair<const char *, const char *> fields[] = {{"name", "shop_name"},
                                                            {"siret", "shop_siret"},
                                                            {"vat_number", "shop_vat_number"},
                                                            {"marketplace_shop_id", "marketplace_shop_id"}};
    for (const auto &[field, key] : fields) {
        auto value = db.meta(QString::fromLatin1(key));
        if (!value)
            return value.error();
        if (value->isEmpty() && qstrcmp(field, "marketplace_shop_id") == 0)
            shop.insert(QString::fromLatin1(field), QJsonValue::Null);
        else
            shop.insert(QString::fromLatin1(field), *value);
    }
    return shop;
}

QJsonObject previousLink(const ArchiveContent &c)
{
    QJsonObject link;
    link.insert(QStringLiteral("seq"), c.before);
    link.insert(QStringLiteral("hash"), c.previousHash);
    return link;
}

QJsonObject footerObject(const QString &period, const QString &registerId, const QJsonObject &header,
                         const ArchiveContent &c, const QByteArray &closingKey)
{
    QJsonObject footer;
    footer.insert(QStringLiteral("record"), QStringLiteral("archive-footer"));
    footer.insert(QStringLiteral("version"), ArchiveFormatVersion);
    footer.insert(QStringLiteral("period"), period);
    footer.insert(QStringLiteral("register_id"), registerId);
    footer.insert(QStringLiteral("header_sha256"), hex(ArchiveSeal::digest(header)));
    footer.insert(QStringLiteral("first_seq"),
                  c.links.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : c.links.first().toObject().value(QLatin1String("seq")));
    footer.insert(QStringLiteral("last_seq"), c.last);
    footer.insert(QStringLiteral("link_count"), qint64(c.links.size()));
    footer.insert(QStringLiteral("last_hash"), c.lastHash);
    footer.insert(QStringLiteral("links_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(c.links)));
    footer.insert(QStringLiteral("period_closure_count"), qint64(c.periodClosures.size()));
    footer.insert(QStringLiteral("period_closures_sha256"),
                  QString::fromLatin1(ArchiveSeal::linksIndex(c.periodClosures)));
    footer.insert(QStringLiteral("key_change_count"), qint64(c.keyChanges.size()));
    footer.insert(QStringLiteral("key_changes_sha256"),
                  QString::fromLatin1(ArchiveSeal::linksIndex(c.keyChanges)));
    footer.insert(QStringLiteral("carried_count"), qint64(c.carried.size()));
    footer.insert(QStringLiteral("carried_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(c.carried)));
    footer.insert(QStringLiteral("closing"), c.closing.toJson());
    footer.insert(QStringLiteral("public_key"), base64(closingKey));
    return footer;
}

void count(const QJsonArray &links, ArchiveSummary &summary)
{
    for (const QJsonValue &link : links) {
        const QString type = link.toObject().value(QLatin1String("record_type")).toString();
        if (type == QLatin1String("ticket"))
            ++summary.tickets;
        else if (type == QLatin1String("closure"))
            ++summary.closures;
        else if (type == QLatin1String("event"))
            ++summary.events;
    }
    summary.links = int(links.size());
}

// The register's key, the chain's keys, and a verified journal, or why not.
Result<KeyHistory> checkedKeys(const Database &db, const Signer &signer)
{
    auto key = registerPublicKey(db);
    if (!key) {
        Error error = key.error();
        if (error.code == ErrorCode::NotFound)
            error.subject = QStringLiteral("register key");
        return error;
    }
    // The seal is the register's current key: while a RegisterSigner waits for the keychain, its
    // error says so.
    const QByteArray sealKey = signer.publicKey();
    if (sealKey.isEmpty()) {
        auto signature = signer.sign(QByteArray());
        return signature ? makeError(ErrorCode::CryptoFailed, QStringLiteral("seal key"),
                                     QStringLiteral("the signer has no public key"))
                         : signature.error();
    }
    auto history = registerKeyHistory(db);
    if (!history)
        return history.error();
    if (sealKey != history->lastKey() || sealKey != *key)
        return makeError(ErrorCode::SigningKeyMissing, QStringLiteral("replaced"),
                         QStringLiteral("the signer is not the register's current key"));
    auto report = verifyJournal(db, key.value());
    if (!report)
        return report.error();
    if (!report->ok)
        return makeError(ErrorCode::JournalBroken, report->firstBroken,
                         report->problem + QStringLiteral(": ") + report->detail);
    return history;
}

} // namespace

bool isValidArchivePeriod(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}(-(0[1-9]|1[0-2]))?$"));
    return pattern.match(period).hasMatch();
}

Result<ArchiveSummary> writeArchive(const Database &db, EventJournal &events, const Signer &signer,
                                    const Clock &clock, const QString &period, const QString &path)
{
    if (!isValidArchivePeriod(period))
        return makeError(ErrorCode::InvalidQuantity, period, QStringLiteral("period is not YYYY or YYYY-MM"));
    auto keys = checkedKeys(db, signer);
    if (!keys)
        return keys.error();
    auto zone = shopTimeZone(db);
    if (!zone)
        return zone.error();
    auto content = readContent(db, period, *zone);
    if (!content)
        return content.error();
    const ArchiveContent &c = *content;
    auto shop = shopObject(db);
    if (!shop)
        return shop.error();

    const qint64 firstSeq
        = c.links.isEmpty() ? 0 : c.links.first().toObject().value(QLatin1String("seq")).toInteger();
    QJsonObject header;
    header.insert(QStringLiteral("record"), QStringLiteral("archive-header"));
    header.insert(QStringLiteral("version"), ArchiveFormatVersion);
    header.insert(QStringLiteral("period"), period);
    header.insert(QStringLiteral("register_id"), db.deviceId());
    header.insert(QStringLiteral("shop"), *shop);
    header.insert(QStringLiteral("time_zone"), QString::fromUtf8(zone->id()));
    header.insert(QStringLiteral("generated_at"), clock.now().toUTC().toString(Qt::ISODateWithMs));
    // Amendment B: the key in effect after the link before the range (the previous archive's
    // footer public_key); a key_changed first link is signed by its new key as usual.
    header.insert(QStringLiteral("public_key"), base64(keys->keyAt(c.before)));
    header.insert(QStringLiteral("seal_public_key"), base64(signer.publicKey()));
    header.insert(QStringLiteral("previous_link"), previousLink(c));
    header.insert(QStringLiteral("opening"), c.opening.toJson());
    header.insert(QStringLiteral("previous_archive"),
                  c.previousArchive ? QJsonValue(*c.previousArchive) : QJsonValue(QJsonValue::Null));
    const QJsonObject footer = footerObject(period, db.deviceId(), header, c, keys->keyAt(c.last));

    auto headerSignature = signer.sign(ArchiveSeal::digest(header));
    if (!headerSignature)
        return headerSignature.error();
    auto footerSignature = signer.sign(ArchiveSeal::digest(footer));
    if (!footerSignature)
        return footerSignature.error();

    QJsonObject archive;
    archive.insert(QStringLiteral("format"), QLatin1String(ArchiveFormatName));
    archive.insert(QStringLiteral("version"), ArchiveFormatVersion);
    archive.insert(QStringLiteral("header"), header);
    archive.insert(QStringLiteral("header_signature"), base64(*headerSignature));
    archive.insert(QStringLiteral("links"), c.links);
    archive.insert(QStringLiteral("period_closures"), c.periodClosures);
    archive.insert(QStringLiteral("key_changes"), c.keyChanges);
    archive.insert(QStringLiteral("carried"), c.carried);
    archive.insert(QStringLiteral("footer"), footer);
    archive.insert(QStringLiteral("footer_signature"), base64(*footerSignature));
    const QByteArray bytes = QJsonDocument(archive).toJson(QJsonDocument::Indented);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::FileNotWritten, path, file.errorString());

    ArchiveSummary summary;
    summary.period = period;
    summary.path = path;
    count(c.links, summary);
    summary.periodClosures = int(c.periodClosures.size());
    summary.keyChanges = int(c.keyChanges.size());
    summary.carried = int(c.carried.size());
    summary.firstSeq = firstSeq;
    summary.lastSeq = c.last;
    summary.sealPublicKey = signer.publicKey();
    summary.sha256 = hex(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    summary.footerSha256 = hex(ArchiveSeal::digest(footer));

    QJsonObject detail;
    detail.insert(QStringLiteral("period"), period);
    detail.insert(QStringLiteral("links"), summary.links);
    detail.insert(QStringLiteral("sha256"), summary.sha256);
    detail.insert(QStringLiteral("footer_sha256"), summary.footerSha256);
    auto event = events.record(EventKind::Archive, std::nullopt, detail);
    if (!event) {
        // An archive that is not journalled is not an archive: take the file back.
        QFile::remove(path);
        return event.error();
    }
    summary.eventId = event.value();
    qCInfo(lcModels) << "archive" << period << summary.links << "links, seq" << summary.firstSeq << "to"
                     << summary.lastSeq;
    return summary;
}

} // namespace comptoir
