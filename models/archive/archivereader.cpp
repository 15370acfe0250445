// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a sealed period archive on its own (archivereader.h).
#include "models/archive/archivereader.h"

#include "models/archive/archivecheck.h"
#include "models/archive/archiveseal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace comptoir {

namespace {

RuleFailure failure(const QString &record, const char *problem, const QString &detail)
{
    return RuleFailure {record, QLatin1String(problem), detail};
}

QString hex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex());
}

// Step 7 (docs/fiscal-format.md, "Order for an archive"): every key given must be one of the
// archives' keys (else `unknown-key`); the keys they vouch for, through each archive's history.
std::optional<RuleFailure> confirm(const QList<const ArchiveCheck *> &checks, const ArchiveKeys &keys,
                                   QList<QByteArray> &confirmed)
{
    QList<QByteArray> all;
    for (const ArchiveCheck *check : checks) {
        for (const QByteArray &key : check->history.keys() + QList<QByteArray> {check->file.header.sealKey}) {
            if (!all.contains(key))
                all << key;
        }
    }
    QList<QByteArray> vouched;
    for (const KeyReference &reference : keys.pinned) {
        bool found = false;
        for (const QByteArray &key : std::as_const(all)) {
            if (reference.matches(key)) {
                vouched << key;
                found = true;
            }
        }
        if (!found)
            return failure(QStringLiteral("public key"), "unknown-key",
                           QStringLiteral("the key given is none of the archive's keys"));
    }
    bool shopKey = false;
    for (const QByteArray &key : keys.shopKeys) {
        if (all.contains(key)) {
            vouched << key;
            shopKey = true;
        }
    }
    if (!keys.shopKeys.isEmpty() && !shopKey)
        return failure(QStringLiteral("public key"), "unknown-key",
                       QStringLiteral("none of the shop's keys is one of the archive's keys"));
    for (const ArchiveCheck *check : checks) {
        for (const QByteArray &key : check->history.confirmedBy(vouched)) {
            if (!confirmed.contains(key))
                confirmed << key;
        }
    }
    return std::nullopt;
}

VerifyReport &fail(VerifyReport &report, const RuleFailure &failed)
{
    report.ok = false;
    report.state = VerifyState::Broken;
    report.firstBroken = failed.record;
    report.problem = failed.problem;
    report.detail = failed.detail;
    return report;
}

// `not-following`: the check of §9 between an archive and the one before it, in the order of
// docs/verify_archive.py's check_follows().
std::optional<RuleFailure> follows(const ArchiveCheck &current, const ArchiveCheck &previous)
{
    const ArchiveHeader &h = current.file.header;
    const ArchiveFooter &p = previous.file.footer;
    const std::pair<const char *, bool> checks[] = {
        {"register_id differs from the previous archive's", h.registerId == previous.file.header.registerId},
        {"the previous archive is not of the period just before",
         ArchiveFormat::follows(h.period, previous.file.header.period)},
        {"previous_link is not the previous archive's last link",
         h.previousSeq == p.lastSeq && hex(h.previousHash) == p.lastHash},
        {"opening is not the previous archive's closing", h.opening == p.closing},
        {"public_key is not the previous archive's footer public_key", h.publicKey == p.publicKey},
        {"previous_archive.footer_sha256 is not the previous archive's footer digest",
         !h.hasPreviousArchive || h.previousFooterSha256 == hex(ArchiveSeal::digest(p.json))},
        {"previous_archive.sha256 is not the previous archive file's digest",
         !h.hasPreviousArchive
             || h.previousSha256
                 == hex(QCryptographicHash::hash(previous.bytes, QCryptographicHash::Sha256))},
    };
    for (const auto &[what, ok] : checks) {
        if (!ok)
            return failure(QStringLiteral("follows"), "not-following", QLatin1String(what));
    }
    return std::nullopt;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, path, file.errorString());
    return file.readAll();
}

// Reads and checks one archive (steps 1 to 5) into check; the failure, if any.
Result<std::optional<RuleFailure>> checkOne(const QString &path, ArchiveCheck &check)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return check.run(bytes.value());
}

} // namespace

// The order of docs/fiscal-format.md ("Order for an archive"), as docs/verify_archive.py's main():
// the archive (steps 1-5), then the previous one and the continuity (step 6), then the keys (7).
Result<VerifyReport> verifyArchive(const QString &path, const ArchiveKeys &keys, const QString &followsPath)
{
    VerifyReport report;
    ArchiveCheck check;
    ArchiveCheck previous;
    QList<const ArchiveCheck *> checks {&check};
    auto failed = checkOne(path, check);
    if (!failed)
        return failed.error();
    std::optional<RuleFailure> failure = failed.value();
    if (!failure && !followsPath.isEmpty()) {
        auto before = checkOne(followsPath, previous);
        if (!before)
            return before.error();
        failure = before.value();
        if (failure) {
            failure->record = QStringLiteral("previous archive: ") + failure->record;
            failure->detail = QStringLiteral("previous archive: ") + failure->detail;
        } else {
            failure = follows(check, previous);
        }
        checks << &previous;
    }
    QList<QByteArray> confirmed;
    if (!failure)
        failure = confirm(checks, keys, confirmed);
    if (failure)
        fail(report, *failure);
    if (check.rules) {
        settleKeys(report, *check.rules, confirmed, check.file.header.sealKey);
        report.periodClosures = int(check.file.periodClosures.size());
        if (checks.size() > 1 && previous.rules && report.ok) {
            // The previous archive's keys used, unconfirmed, count too.
            VerifyReport before;
            settleKeys(before, *previous.rules, confirmed, previous.file.header.sealKey);
            for (const QByteArray &key : std::as_const(before.unconfirmedKeys)) {
                if (!report.unconfirmedKeys.contains(key))
                    report.unconfirmedKeys << key;
            }
            if (!report.unconfirmedKeys.isEmpty())
                report.state = VerifyState::Unconfirmed;
        }
    }
    if (report.ok)
        report.detail
            = QStringLiteral("%1 links: %2 tickets, %3 closures, %4 events; %5 month and year closures")
                  .arg(report.links)
                  .arg(report.tickets)
                  .arg(report.closures)
                  .arg(report.events)
                  .arg(report.periodClosures);
    return report;
}

Result<VerifyReport> verifyArchive(const QString &path, const QByteArray &expectedPublicKey)
{
    ArchiveKeys keys;
    if (!expectedPublicKey.isEmpty())
        keys.pinned << KeyReference {expectedPublicKey, KeyFingerprint::raw(expectedPublicKey)};
    return verifyArchive(path, keys);
}

} // namespace comptoir
