// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/synccommand.h"

#include "app/commandshop.h"
#include "models/clock.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>
#include <optional>

namespace comptoir {

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitSyncFailed = 3;
constexpr int ExitNotEnrolled = 4;

// The command's texts (context "SyncCommand" for lupdate).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

void printNotEnrolled(QTextStream &err)
{
    err << Text::tr(
        "This till is not enrolled with a marketplace: nothing to sync. Enrol it first (Settings, "
        "Marketplace) with the code the marketplace gave the shop.")
        << Qt::endl;
}

void printReport(QTextStream &out, const SyncReport &report)
{
    // Labelled figures rather than sentences built from pieces: each line is translated whole.
    out << Text::tr("Changes sent to the marketplace: %1 (applied: %2, already there: %3, refused: %4).")
               .arg(report.pushed)
               .arg(report.applied)
               .arg(report.duplicates)
               .arg(report.rejected)
        << Qt::endl;
    out << Text::tr("Pages received from the marketplace: %1 (changes applied: %2, already known: %3).")
               .arg(report.pages)
               .arg(report.changes)
               .arg(report.skipped)
        << Qt::endl;
    if (report.snapshot)
        out << Text::tr("A full copy of the shop was taken from the marketplace.") << Qt::endl;
    out << Text::tr("Position in the marketplace's feed: %1.").arg(report.cursor) << Qt::endl;
    out << Text::tr("Changes still waiting to be confirmed by the marketplace: %1.").arg(report.pending)
        << Qt::endl;
    out << Text::tr("Refused changes waiting for a decision (Synchronisation page): %1.")
               .arg(report.openExceptions)
        << Qt::endl;
}

} // namespace

int runSyncOnceCommand(const QString &dataDirOverride, bool demo)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto db = openExistingShop(dataDirOverride, demo, err);
    if (!db)
        return db.exitCode();
    auto device = Enrollment::current(*db);
    if (!device) {
        err << errorText(device.error()) << Qt::endl;
        return ExitFailure;
    }
    if (!device->has_value()) {
        printNotEnrolled(err);
        return ExitNotEnrolled;
    }
    auto secrets = shopSecrets(*db, err);
    if (!secrets)
        return ExitFailure;
    const EnrolledDevice &enrolled = **device;
    SecretStore &store = *secrets->store;
    const auto token = awaitAnswer<Result<QByteArray>>([&store, &enrolled](QObject *context, auto done) {
        Enrollment::token(store, enrolled.deviceId, context, std::move(done));
    });
    if (!token) {
        if (token.error().code == ErrorCode::NotEnrolled) {
            if (secrets->demo) {
                err << Text::tr("The demo shop keeps its marketplace token only while its window is open (it "
                                "enrols again at each start): open the demo to sync it.")
                    << Qt::endl;
                return ExitNotEnrolled;
            }
            printNotEnrolled(err);
            return ExitNotEnrolled;
        }
        err << errorText(token.error()) << Qt::endl;
        return ExitFailure;
    }

    out << Text::tr("Syncing with %1 (shop %2)…").arg(enrolled.endpoint.toString(), enrolled.shopName)
        << Qt::endl;
    const SystemClock clock;
    UuidV7Generator uuids(clock);
    QNetworkAccessManager network;
    // The photo files live in the data folder, beside the database (models/photos).
    PhotoStore photos(QFileInfo(db->filePath()).absolutePath());
    SyncEngine engine(*db, clock, uuids, network, enrolled, *token, &photos);
    std::optional<SyncReport> result;
    QEventLoop loop;
    engine.runOnce([&](SyncReport report) {
        result = std::move(report);
        loop.quit();
    });
    if (!result)
        loop.exec();
    printReport(out, *result);
    if (!result->error) {
        out << Text::tr("Sync finished.") << Qt::endl;
        return 0;
    }
    err << Text::tr("Sync stopped: %1").arg(errorText(*result->error)) << Qt::endl;
    if (result->error->code == ErrorCode::MarketplaceUnauthorized) {
        err << Text::tr("This till must be enrolled again with a new code from the marketplace.") << Qt::endl;
        return ExitNotEnrolled;
    }
    return ExitSyncFailed;
}

} // namespace comptoir
