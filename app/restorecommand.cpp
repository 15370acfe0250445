// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backupcommand.h"
#include "app/commandshop.h"
#include "app/shopsession.h"
#include "models/backup/backuprestore.h"
#include "models/fiscal/registerkeychange.h"
#include "models/fiscal/registersigner.h"
#include "models/storage/datadirectory.h"
#include "models/storage/instancelock.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace comptoir {

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitRefused = 3;
constexpr int ExitNotConfirmed = 4;

bool refusal(ErrorCode code)
{
    return code == ErrorCode::NotABackup || code == ErrorCode::BackupDamaged
        || code == ErrorCode::BackupJournalBroken || code == ErrorCode::BackupForeign
        || code == ErrorCode::SchemaTooNew;
}

// "yes" typed on the terminal (or "oui", "y", "o"); anything else, or no terminal, is no.
bool agreed(QTextStream &out, const QString &question)
{
    out << question << ' ' << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("yes") || answer == QLatin1String("y") || answer == QLatin1String("oui")
        || answer == QLatin1String("o") || answer == QCoreApplication::translate("Command", "yes");
}

void printPlan(const RestorePlan &plan, QTextStream &out)
{
    out << QCoreApplication::translate("Command",
                                       "Backup checked: %1 (database integrity ok, fiscal journal intact: %2 "
                                       "chain links, %3 tickets).")
               .arg(plan.backupName)
               .arg(plan.check.links)
               .arg(plan.check.tickets)
        << Qt::endl;
    if (plan.replacesShop)
        out << QCoreApplication::translate("Command", "The shop's current file will be kept aside as %1.")
                   .arg(plan.asideName)
            << Qt::endl;
    if (plan.missingTickets.isEmpty())
        return;
    out << QCoreApplication::translate(
               "Command",
               "The backup is older than the shop's last ticket: these %1 tickets would be missing:")
               .arg(plan.missingTickets.size())
        << Qt::endl;
    for (const TicketMark &ticket : plan.missingTickets)
        out << "  "
            << QCoreApplication::translate("Command", "ticket number %1 of %2")
                   .arg(ticket.number)
                   .arg(QLocale().toString(ticket.closedAt.toLocalTime(), QLocale::ShortFormat))
            << Qt::endl;
}

// Checks, asks, swaps, under the folder's lock. The exit code, or 0 to go on and journal.
int swapIn(const QString &from, const QString &dataDir, bool yes, QTextStream &out, QTextStream &err)
{
    InstanceLock lock(dataDir);
    if (Status s = lock.tryLock(InstanceLock::CommandWaitMs); !s) {
        err << errorText(s.error()) << Qt::endl
            << QCoreApplication::translate("Command",
                                           "Close Comptoir's window on this shop, then restore again.")
            << Qt::endl;
        return exitCodeFor(s.error());
    }
    auto plan = prepareRestore(from, dataDir, nullptr, QDateTime::currentDateTimeUtc());
    if (!plan) {
        err << errorText(plan.error()) << Qt::endl;
        return refusal(plan.error().code) ? ExitRefused : ExitFailure;
    }
    printPlan(plan.value(), out);
    if (!plan->missingTickets.isEmpty() && !yes
        && !agreed(out,
                   QCoreApplication::translate(
                       "Command", "Restore all the same? Type yes to go on, anything else to stop:"))) {
        discardRestore(dataDir);
        err << QCoreApplication::translate("Command",
                                           "Nothing was changed (give --yes to restore without being asked).")
            << Qt::endl;
        return ExitNotConfirmed;
    }
    Status committed = commitRestore(plan.value());
    auto applied
        = committed ? applyStagedRestore(dataDir) : Result<std::optional<AppliedRestore>>(committed.error());
    if (!applied || !applied->has_value()) {
        discardRestore(dataDir);
        err << (applied ? QCoreApplication::translate("Command", "The restore could not be staged.")
                        : errorText(applied.error()))
            << Qt::endl
            << QCoreApplication::translate("Command", "The shop's file is unchanged.") << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("Command", "Backup %1 restored into %2.")
               .arg(plan->backupName, dataDir)
        << Qt::endl;
    if (!(*applied)->asideName.isEmpty())
        out << QCoreApplication::translate("Command", "The previous file is kept aside as %1.")
                   .arg((*applied)->asideName)
            << Qt::endl;
    return 0;
}

// The restored shop's register key is not in this computer's keychain: start a new one, journalled.
Status startNewKey(ShopSession &session, bool yes, QTextStream &out)
{
    out << QCoreApplication::translate(
        "Command",
        "This computer's keychain does not hold the register key of the restored shop (a replaced "
        "computer?). Comptoir can start a new register key: the change is journalled (key_changed, "
        "reason \"restored\"), and what the old key signed stays verifiable with its public part.")
        << Qt::endl;
    if (!yes
        && !agreed(out,
                   QCoreApplication::translate(
                       "Command", "Start a new register key? Type yes to go on, anything else to stop:")))
        return makeError(ErrorCode::SigningKeyMissing, QStringLiteral("missing"));
    auto key = awaitAnswer<Result<Ed25519Key>>(
        [&session](QObject *context, std::function<void(Result<Ed25519Key>)> answer) {
            changeRegisterKey(session.secrets(), session.database(), session.clock(), session.uuids(),
                              std::nullopt, KeyChangeReason::Restored, context, std::move(answer));
        });
    if (!key)
        return key.error();
    session.signer().setKey(key.value());
    out << QCoreApplication::translate("Command", "A new register key was started and journalled.")
        << Qt::endl;
    return {};
}

} // namespace

int runRestoreCommand(const QString &from, const QString &dataDirOverride, bool demo, bool yes)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto dataDir = resolveDataDirectory(dataDirOverride, demo);
    if (!dataDir) {
        err << errorText(dataDir.error()) << Qt::endl;
        return ExitFailure;
    }
    if (!QFileInfo::exists(from)) {
        err << errorText(makeError(ErrorCode::NotABackup, from)) << Qt::endl;
        return ExitRefused;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    if (int code = swapIn(from, *dataDir, yes, out, err); code != 0)
        return code;

    // The Restore event, signed: the shop opened as the window opens it (keychain included).
    ShopSession session;
    Status opened = session.open(dataDirOverride, demo, true);
    if (opened)
        opened = awaitSigningKey(session.signer());
    if (!opened && opened.error().code == ErrorCode::SigningKeyMissing
        && opened.error().subject == QLatin1String("missing"))
        opened = startNewKey(session, yes, out);
    auto recorded
        = opened ? recordPendingRestore(session.database(), session.events()) : Result<bool>(opened.error());
    if (!recorded) {
        err << errorText(recorded.error()) << Qt::endl
            << QCoreApplication::translate("Command",
                                           "The restore is done, but not journalled yet: it will be when the "
                                           "till has its register key "
                                           "(see docs/backups.md).")
            << Qt::endl;
        return ExitFailure;
    }
    out << QCoreApplication::translate("Command",
                                       "The restore is journalled in the restored shop's technical journal.")
        << Qt::endl;
    return 0;
}

} // namespace comptoir
