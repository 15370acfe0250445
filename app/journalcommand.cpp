// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journalcommand.h"

#include "app/commandshop.h"
#include "app/shopsession.h"
#include "models/archive/archivereader.h"
#include "models/archive/journalarchive.h"
#include "models/archive/journalverifier.h"
#include "models/clock.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/fiscal/registerkey.h"
#include "models/fiscal/registersigner.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <optional>

namespace comptoir {

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int ExitBroken = 3;
constexpr int ExitUnconfirmed = 6;

// "links 12 to 340", or "the archive's seal" for a key that signed no link.
QString signedRange(const KeySpan &span)
{
    if (span.firstSeq == 0)
        return QCoreApplication::translate("Command", "no link");
    return QCoreApplication::translate("Command", "links %1 to %2").arg(span.firstSeq).arg(span.lastSeq);
}

QString fingerprints(const QList<QByteArray> &keys)
{
    QStringList texts;
    for (const QByteArray &key : keys)
        texts << KeyFingerprint::text(key);
    return texts.join(QStringLiteral(", "));
}

// Every key with the links it signed, what was checked, then "intact" (exit 0), "intact, key not
// confirmed" (ExitUnconfirmed) or the first broken record (ExitBroken).
int printOutcome(const VerifyReport &report, const QString &intact, QTextStream &out, QTextStream &err)
{
    for (const KeySpan &span : report.keys) {
        out << QCoreApplication::translate("Command", "Register key %1: %2 (%3).")
                   .arg(KeyFingerprint::text(span.publicKey), signedRange(span),
                        span.confirmed ? QCoreApplication::translate("Command", "confirmed")
                                       : QCoreApplication::translate("Command", "not confirmed"))
            << Qt::endl;
    }
    out << QCoreApplication::translate("Command",
                                       "Checked: %1 chain links, %2 tickets, %3 closures, %4 events.")
               .arg(report.links)
               .arg(report.tickets)
               .arg(report.closures)
               .arg(report.events)
        << Qt::endl
        << QCoreApplication::translate("Command", "Checked: %1 monthly and yearly closures.")
               .arg(report.periodClosures)
        << Qt::endl;
    switch (report.state) {
    case VerifyState::Intact:
        out << intact << Qt::endl;
        return 0;
    case VerifyState::Unconfirmed:
        out << QCoreApplication::translate("Command", "intact, key not confirmed: %1")
                   .arg(fingerprints(report.unconfirmedKeys))
            << Qt::endl
            << QCoreApplication::translate("Command",
                                           "Compare it with the fingerprint printed on the shop's Z reports, "
                                           "or give the shop's key with --key.")
            << Qt::endl;
        return ExitUnconfirmed;
    case VerifyState::Broken:
        break;
    }
    err << QCoreApplication::translate("Command", "BROKEN at %1: %2 (%3)")
               .arg(report.firstBroken, report.problem, report.detail)
        << Qt::endl;
    return ExitBroken;
}

// A --key value: a fingerprint, a base64 public key, or a file whose first non-empty line is one.
std::optional<KeyReference> keyReference(const QString &value)
{
    if (auto reference = parseKeyReference(value))
        return reference;
    QFile file(value.trimmed());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            return parseKeyReference(line);
    }
    return std::nullopt;
}

// The keys a shop vouches for: its register_public_key and those its key history confirms from
// it. Empty when the shop has none yet.
Result<QList<QByteArray>> shopKeys(const Database &db)
{
    auto key = registerPublicKey(db);
    if (!key)
        return key.error().code == ErrorCode::NotFound ? Result<QList<QByteArray>>(QList<QByteArray> {})
                                                       : Result<QList<QByteArray>>(key.error());
    auto history = databaseKeyHistory(db, key.value());
    if (!history)
        return history.error();
    return history.value().confirmedBy({key.value()});
}

} // namespace

int runJournalVerifyCommand(const QString &dataDirOverride, bool demo)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Only the database: verifying needs no keychain (the public key is enough), and an auditor
    // may work on a copy of the folder on another machine.
    const auto opened = openExistingShop(dataDirOverride, demo, err, true); // reads only: no lock
    if (!opened)
        return opened.exitCode();
    const Database &db = *opened;
    auto key = registerPublicKey(db);
    if (!key) {
        if (key.error().code == ErrorCode::NotFound) {
            out << QCoreApplication::translate("Command",
                                               "This shop has no fiscal records yet: nothing to verify.")
                << Qt::endl;
            return 0;
        }
        err << errorText(key.error()) << Qt::endl;
        return ExitFailure;
    }
    auto report = verifyJournal(db, key.value());
    if (!report) {
        err << errorText(report.error()) << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("Command", "Data folder: %1")
               .arg(QFileInfo(db.filePath()).absolutePath())
        << Qt::endl
        << QCoreApplication::translate("Command", "Register key fingerprint: %1")
               .arg(KeyFingerprint::text(key.value()))
        << Qt::endl;
    return printOutcome(*report,
                        QCoreApplication::translate("Command",
                                                    "Chain, hashes, signatures, ticket numbers, "
                                                    "ticket, closure and period totals: intact."),
                        out, err);
}

int runArchiveVerifyCommand(const ArchiveVerifyOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    ArchiveKeys keys;
    for (const QString &value : options.keys) {
        const auto reference = keyReference(value);
        if (!reference) {
            err << QCoreApplication::translate(
                       "Command",
                       "--key %1: neither a key fingerprint, nor a public key, nor a file holding one.")
                       .arg(value)
                << Qt::endl;
            return ExitUsage;
        }
        keys.pinned << *reference;
    }
    if (keys.pinned.isEmpty()) {
        // No key given: the shop's, when there is one here to compare with.
        const auto dataDir = resolveDataDirectory(options.dataDir, options.demo);
        const bool named = !options.dataDir.isEmpty() || options.demo;
        if (named || (dataDir && QFileInfo::exists(databasePath(*dataDir)))) {
            const auto opened = openExistingShop(options.dataDir, options.demo, err, true);
            if (!opened)
                return opened.exitCode();
            auto shop = shopKeys(*opened);
            if (!shop) {
                err << errorText(shop.error()) << Qt::endl;
                return ExitFailure;
            }
            keys.shopKeys = shop.value();
            out << QCoreApplication::translate("Command", "Keys compared with the shop in %1.")
                       .arg(QFileInfo(opened->filePath()).absolutePath())
                << Qt::endl;
        }
    }
    auto report = verifyArchive(options.archive, keys, options.follows);
    if (!report) {
        err << QCoreApplication::translate("Command", "Cannot read the archive %1.")
                   .arg(report.error().subject)
            << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("Command", "Archive: %1").arg(options.archive) << Qt::endl;
    if (!options.follows.isEmpty())
        out << QCoreApplication::translate("Command", "Following: %1").arg(options.follows) << Qt::endl;
    return printOutcome(*report,
                        QCoreApplication::translate("Command",
                                                    "Archive seal, chain, hashes, signatures, "
                                                    "numbers and totals: intact."),
                        out, err);
}

int runJournalArchiveCommand(const QString &dataDirOverride, bool demo, const QString &period,
                             const QString &outPath)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!isValidArchivePeriod(period)) {
        err << QCoreApplication::translate(
                   "Command", "The period \"%1\" is neither a year (2026) nor a month (2026-11).")
                   .arg(period)
            << Qt::endl;
        return ExitUsage;
    }
    const auto dataDir = existingShopFolder(dataDirOverride, demo, err);
    if (!dataDir)
        return ExitFailure;
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    // The Archive event must be signed: the shop is opened as the window opens it (keychain
    // included).
    ShopSession session;
    Status opened = session.open(dataDirOverride, demo, true);
    if (opened) // the key comes from the keychain, asynchronously: wait for it here, at the top
        opened = awaitSigningKey(session.signer());
    if (!opened) {
        err << errorText(opened.error()) << Qt::endl;
        return exitCodeFor(opened.error());
    }
    const SystemClock clock;
    auto summary
        = writeArchive(session.database(), session.events(), session.signer(), clock, period, outPath);
    if (!summary) {
        err << errorText(summary.error()) << Qt::endl;
        if (summary.error().code == ErrorCode::JournalBroken) {
            err << QCoreApplication::translate("Command", "BROKEN at %1: %2")
                       .arg(summary.error().subject, summary.error().detail.section(QLatin1Char(':'), 0, 0))
                << Qt::endl;
            return ExitBroken;
        }
        return ExitFailure;
    }
    out << QCoreApplication::translate("Command", "Archive of %1 written to %2.").arg(period, outPath)
        << Qt::endl
        << QCoreApplication::translate("Command", "%1 chain links: %2 tickets, %3 closures, %4 events.")
               .arg(summary->links)
               .arg(summary->tickets)
               .arg(summary->closures)
               .arg(summary->events)
        << Qt::endl
        << QCoreApplication::translate("Command",
                                       "%1 monthly and yearly closures of the period, with their signatures.")
               .arg(summary->periodClosures)
        << Qt::endl
        << QCoreApplication::translate("Command", "SHA-256 of the file: %1").arg(summary->sha256) << Qt::endl
        << QCoreApplication::translate("Command", "Sealed with the register key %1.")
               .arg(KeyFingerprint::text(summary->sealPublicKey))
        << Qt::endl;
    return 0;
}

} // namespace comptoir
