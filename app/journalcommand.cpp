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
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <optional>

namespace comptoir {

namespace {

// The key as printed for people to compare: SHA-256 of the raw public key, first 16 hex digits
// in groups of four.
QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int ExitBroken = 3;

// What was checked, then "intact" (exit 0) or the first broken record (exit ExitBroken).
int printOutcome(const VerifyReport &report, const QString &intact, QTextStream &out, QTextStream &err)
{
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
    if (report.ok) {
        out << intact << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("Command", "BROKEN at %1: %2").arg(report.firstBroken, report.problem)
        << Qt::endl;
    return ExitBroken;
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
               .arg(fingerprint(key.value()))
        << Qt::endl;
    return printOutcome(
        *report,
        QCoreApplication::translate("Command",
                                    "Chain, hashes, signatures, ticket numbers and closure totals: intact."),
        out, err);
}

int runArchiveVerifyCommand(const QString &archivePath)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto report = verifyArchive(archivePath);
    if (!report) {
        err << QCoreApplication::translate("Command", "Cannot read the archive %1.").arg(archivePath)
            << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("Command", "Archive: %1").arg(archivePath) << Qt::endl;
    if (report->ok || report->firstBroken != QLatin1String("archive")) {
        // The key the archive holds, to compare with the one printed on the receipts.
        QFile file(archivePath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray key = QByteArray::fromBase64(QJsonDocument::fromJson(file.readAll())
                                                              .object()
                                                              .value(QLatin1String("public_key"))
                                                              .toString()
                                                              .toLatin1());
            out << QCoreApplication::translate("Command", "Register key fingerprint: %1")
                       .arg(fingerprint(key))
                << Qt::endl;
        }
    }
    return printOutcome(
        *report, QCoreApplication::translate("Command", "Archive chain, hashes and signatures: intact."), out,
        err);
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
