#include "journalcommand.h"

#include "database.h"
#include "datadirectory.h"
#include "errortext.h"
#include "journalverifier.h"
#include "registerkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

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

} // namespace

int runJournalVerifyCommand(const QString &dataDirOverride, bool demo)
{
    constexpr int ExitFailure = 1;
    constexpr int ExitBroken = 3;
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Only the database: verifying needs no keychain (the public key is enough), and an auditor
    // may work on a copy of the folder on another machine.
    auto dataDir = resolveDataDirectory(dataDirOverride, demo);
    if (!dataDir) {
        err << errorText(dataDir.error()) << Qt::endl;
        return ExitFailure;
    }
    if (!QFileInfo::exists(databasePath(*dataDir))) {
        err << QCoreApplication::translate(
                   "Command", "There is no shop in %1: give the shop's data folder with --data-dir.")
                   .arg(*dataDir)
            << Qt::endl;
        return ExitFailure;
    }
    // The command's output is for a person: the storage's own log lines stay quiet.
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    auto opened = Database::open(databasePath(*dataDir));
    if (!opened) {
        err << errorText(opened.error()) << Qt::endl;
        return ExitFailure;
    }
    const Database &db = **opened;
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
    out << QCoreApplication::translate("Command", "Data folder: %1").arg(*dataDir) << Qt::endl
        << QCoreApplication::translate("Command", "Register key fingerprint: %1")
               .arg(fingerprint(key.value()))
        << Qt::endl
        << QCoreApplication::translate("Command",
                                       "Checked: %1 chain links, %2 tickets, %3 closures, %4 events.")
               .arg(report->links)
               .arg(report->tickets)
               .arg(report->closures)
               .arg(report->events)
        << Qt::endl;
    if (report->ok) {
        out << QCoreApplication::translate(
            "Command", "Chain, hashes, signatures, ticket numbers and closure totals: intact.")
            << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("Command", "BROKEN at %1: %2")
               .arg(report->firstBroken, report->problem)
        << Qt::endl;
    return ExitBroken;
}

} // namespace comptoir
