// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir: parses the command line, builds the objects in order and hands them down.
// A command (demo seed), --help and --version run on a QCoreApplication, without a display;
// only the window needs a QApplication.

#include "app/backupcommand.h"
#include "app/cataloguecommand.h"
#include "app/commandline.h"
#include "app/commandshop.h"
#include "app/democommand.h"
#include "app/demomarketplace.h"
#include "app/doctorcommand.h"
#include "app/enrollcommand.h"
#include "app/firstrun.h"
#include "app/journalcommand.h"
#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "app/synccommand.h"
#include "app/terminationsignals.h"
#include "app/windowbeacon.h"
#include "ui/backup/restoreflow.h"
#include "ui/errortext.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSessionManager>
#include <QStatusBar>
#include <QTextStream>

#include <sys/stat.h>
#include <utility>

using namespace comptoir;

namespace {

constexpr int ExitFailure = 1; // the shop could not be opened
constexpr int ExitUsage = 2; // the command line was wrong

int runCommand(const CommandLineRequest &request, CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
        out << commandLine.helpText();
        return 0;
    case CommandLineRequest::Action::ShowVersion:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    case CommandLineRequest::Action::Invalid:
        err << request.error << Qt::endl;
        return ExitUsage;
    case CommandLineRequest::Action::OpenWindow:
        return ExitUsage;
    case CommandLineRequest::Action::VerifyJournal:
        return runJournalVerifyCommand(request.dataDir, request.demo);
    case CommandLineRequest::Action::VerifyArchive:
        return runArchiveVerifyCommand(ArchiveVerifyOptions {request.archive, request.keys, request.follows,
                                                             request.dataDir, request.demo});
    case CommandLineRequest::Action::ArchiveJournal:
        return runJournalArchiveCommand(request.dataDir, request.demo, request.period, request.out);
    case CommandLineRequest::Action::SyncOnce:
        return runSyncOnceCommand(request.dataDir, request.demo);
    case CommandLineRequest::Action::Enroll:
        return runEnrollCommand(request.dataDir, request.url, request.code, request.deviceName,
                                request.provisioningFile);
    case CommandLineRequest::Action::Backup:
        return runBackupCommand(request.dataDir, request.demo, request.backupTo);
    case CommandLineRequest::Action::Restore:
        return runRestoreCommand(request.restoreFrom, request.dataDir, request.demo, request.yes);
    case CommandLineRequest::Action::Doctor:
        return runDoctorCommand(request.dataDir, request.demo);
    case CommandLineRequest::Action::CatalogueImport:
        return runCatalogueImportCommand(request);
    case CommandLineRequest::Action::CatalogueExport:
        return runCatalogueExportCommand(request);
    case CommandLineRequest::Action::CataloguePhotos:
        return runCataloguePhotosCommand(request);
    case CommandLineRequest::Action::SeedDemo:
        break;
    }
    return runDemoSeedCommand(request.dataDir);
}

int runWindow(const CommandLineRequest &request, bool &restart)
{
    // SIGTERM (a logout, a shutdown), SIGINT, SIGHUP: the run ends as when the window is closed.
    // Installed first: a signal that comes while the shop opens is acted on at the event loop.
    TerminationSignals termination;
    bool terminated = false;
    QObject::connect(&termination, &TerminationSignals::received, &termination, [&terminated] {
        terminated = true; // before exec(), quit() would do nothing
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    ShopSession session;
    // A folder already open in a window: that window comes to the front and this start ends. Open
    // elsewhere (a command), or in a window closing now: wait a moment for it.
    Status status = session.open(request.dataDir, request.demo, false, 0);
    if (!status && status.error().code == ErrorCode::DataFolderInUse) {
        if (WindowBeacon::wakeRunningWindow(session.dataDirectory())) {
            QTextStream(stderr) << errorText(status.error()) << '\n'
                                << QCoreApplication::translate("Startup",
                                                               "Its window was brought to the front.")
                                << Qt::endl;
            return ExitShopInUse;
        }
        status = session.open(request.dataDir, request.demo);
    }
    if (status && request.demo) // the demo's key answers at once; its history is signed with it
        status = awaitSigningKey(session.signer());
    if (status && request.demo)
        status = session.seedDemo();
    if (!status) {
        QTextStream(stderr) << errorText(status.error()) << Qt::endl;
        QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "Comptoir cannot start"),
                              errorText(status.error()));
        return exitCodeFor(status.error());
    }
    session.recordStart();
    // A real shop with no setup done: the first-run assistant first (app/firstrun.h), inside the
    // run's start and stop in the events journal.
    // Its "restore a backup" choice: the same checks and questions as in Settings (ui/backup); the
    // restore is staged and swapped in at the next start, before the database opens.
    const auto restoreFromBackup = [&session](QWidget *parent) {
        return RestoreFlow(session.dataDirectory(), &session.database(), session.clock())
            .chooseAndRun(parent);
    };
    if (auto firstRun
        = runFirstRun(session, request.demo, FirstRunOptions {request.openedFile, {}, restoreFromBackup});
        !firstRun) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "Comptoir cannot start"),
                              errorText(firstRun.error()));
        session.recordStop();
        return exitCodeFor(firstRun.error());
    } else if (*firstRun == FirstRunOutcome::Quit || *firstRun == FirstRunOutcome::Restored) {
        session.recordStop();
        restart = *firstRun == FirstRunOutcome::Restored; // the restored shop opens at the next start
        return 0;
    }
    // The demo's marketplace, enrolled before the window (and its sync engine) is built; stopped
    // after the window is gone. Without it the demo runs all the same.
    DemoMarketplace demoMarketplace;
    if (request.demo)
        demoMarketplace.start(session.dataDirectory(), session.database(), session.secrets());
    ShopWindow shopWindow(session);
    MainWindow &window = shopWindow.window();
    if (request.demo) {
        auto *label = new QLabel(demoMarketplace.statusText());
        label->setObjectName(QStringLiteral("demoMarketplaceLabel"));
        window.statusBar()->addPermanentWidget(label);
    }
    shopWindow.show();
    WindowBeacon beacon(window); // after show(): a second start finds a window to bring forward
    beacon.listen(session.dataDirectory());
    // The run is journalled as stopped once, however it ends. aboutToQuit comes before exec()
    // returns, and also where exec() never returns (Windows ends the program at logout).
    bool ended = false;
    const auto endRun = [&] {
        if (std::exchange(ended, true))
            return;
        shopWindow.saveGeometry();
        session.recordStop();
        shopWindow.backUpOnQuit(); // after Stop, so that the backup holds it
    };
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, &window, endRun);
#ifndef QT_NO_SESSIONMANAGER
    // The desktop session ends: keep the window's place now; the session manager then quits the
    // program (aboutToQuit) or terminates it (SIGTERM, above).
    QObject::connect(qApp, &QGuiApplication::commitDataRequest, &window,
                     [&shopWindow](QSessionManager &) { shopWindow.saveGeometry(); });
#endif
    const int code = terminated ? 0 : QApplication::exec();
    endRun();
    restart = shopWindow.restartRequested();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    // Belt and braces: whatever is created without an explicit mode (SQLite's temporary files, the
    // demo marketplace's files) is for this account only. The shop's own files are made 0700/0600.
    ::umask(077);
    QCoreApplication::setOrganizationName(QStringLiteral("Vitrines-Orleans"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vitrines-orleans.fr"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    // Decide from argv, before any application object exists, whether a display is needed.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLineRequest early = CommandLine().parse(CommandLine::withoutQtOptions(rawArguments));

    if (!early.needsWindow()) {
        QCoreApplication app(argc, argv);
        installTranslations(app, early.language);
        CommandLine commandLine; // built again so that its texts are translated
        const CommandLineRequest request = commandLine.parse(CommandLine::withoutQtOptions(app.arguments()));
        return runCommand(request, commandLine);
    }

    QApplication app(argc, argv);
    // The icon of every window (resources/icons/comptoir.svg, also installed in the hicolor theme),
    // and the desktop entry's name, which Wayland compositors match the window with.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/comptoir.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.vitrines_orleans.Comptoir"));
    installTranslations(app, early.language);
    bool restart = false;
    const int code = runWindow(early, restart);
    // A restore committed in Settings: the next run swaps it in before opening the shop. Started
    // once this run has let go of the data folder (its lock and its window beacon).
    if (restart)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
    return code;
}
