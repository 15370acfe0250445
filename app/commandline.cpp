// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QCoreApplication>

namespace comptoir {

CommandLine::CommandLine()
    : m_dataDir(QStringList {QStringLiteral("data-dir")},
                tr("Keep the shop's data in <folder> instead of the usual place."), tr("folder")),
      m_demo(QStringList {QStringLiteral("demo")},
             tr("Open the demo shop (in its own folder), creating it the first time.")),
      m_language(QStringList {QStringLiteral("lang")}, tr("Interface language: fr or en."), tr("language")),
      m_period(QStringList {QStringLiteral("period")},
               tr("journal archive: the period to archive, a year (2026) or a month (2026-11)."),
               tr("period")),
      m_out(QStringList {QStringLiteral("out")}, tr("journal archive: the archive file to write."),
            tr("file")),
      m_archive(QStringList {QStringLiteral("archive")},
                tr("journal verify: check this archive file on its own, without a shop."), tr("file")),
      m_key(QStringList {QStringLiteral("key")},
            tr("journal verify --archive: the register key to trust, as its fingerprint (ABCD EFGH …), "
               "its base64 public key, or a file holding one; may be given several times."),
            tr("key")),
      m_follows(QStringList {QStringLiteral("follows")},
                tr("journal verify --archive: check that the archive follows this previous archive."),
                tr("file")),
      m_once(QStringList {QStringLiteral("once")},
             tr("sync: one sync pass with the marketplace, then quit.")),
      m_help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and quit.")),
      m_version(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                tr("Show the version and quit.")),
      m_url(QStringList {QStringLiteral("url")}, tr("enroll: the marketplace's address (https://…)."),
            tr("address")),
      m_code(QStringList {QStringLiteral("code")},
             tr("enroll: the enrolment code the marketplace gave the shop."), tr("code")),
      m_deviceName(QStringList {QStringLiteral("device-name")},
                   tr("enroll: the name of this till on the marketplace (default: the host name)."),
                   tr("name")),
      m_provisioningFile(QStringList {QStringLiteral("provisioning-file")},
                         tr("enroll: enrol with this provisioning file instead of --url and --code."),
                         tr("file")),
      m_backupTo(QStringList {QStringLiteral("to")},
                 tr("backup: write the backup into this folder instead of the shop's backup folder."),
                 tr("folder")),
      m_restoreFrom(QStringList {QStringLiteral("from")},
                    tr("restore: the backup to restore (its folder, or the comptoir.sqlite inside it)."),
                    tr("backup")),
      m_yes(QStringList {QStringLiteral("yes")},
            tr("restore: go on without asking, even when tickets would be missing.")),
      m_dryRun(QStringList {QStringLiteral("dry-run")},
               tr("catalogue import: check the file and say what would change, without changing anything.")),
      m_mapping(QStringList {QStringLiteral("mapping")},
                tr("catalogue import: the columns as saved under this name, or as written in this file "
                   "(JSON); default: guessed from the headers."),
                tr("name|file")),
      m_skipInvalid(QStringList {QStringLiteral("skip-invalid")},
                    tr("catalogue import: import the good rows and save the wrong ones beside the file.")),
      m_stock(QStringList {QStringLiteral("stock")},
              tr("catalogue import: the stock column is what is on the shelf (count, the default), what "
                 "was just received (receipt), or not read (ignore)."),
              tr("mode")),
      m_inStoreBarcodes(QStringList {QStringLiteral("in-store-barcodes")},
                        tr("catalogue import: give an in-store barcode to each new item without one.")),
      m_kind(QStringList {QStringLiteral("kind")},
             tr("catalogue export: catalogue (the default), stock, or valuation (stock at cost)."),
             tr("kind"))
{
    // Every command with its exit codes: a script (or a volunteer) can tell what happened without
    // reading the text. README.md lists the same.
    m_parser.setApplicationDescription(
        tr("Comptoir: till and stock for the independent shops of Orléans.") + QStringLiteral("\n\n")
        + tr("Without a command, Comptoir opens the shop's window.") + QStringLiteral("\n\n")
        + tr("Commands:") + QStringLiteral("\n  demo seed  ")
        + tr("Create the demo shop without opening a window, and say what it holds.")
        + QStringLiteral("\n    ") + tr("Exit codes: 0 created, 1 failed.")
        + QStringLiteral("\n  journal verify  ")
        + tr("Check the fiscal journal (chain, signatures, numbers, closures).") + QStringLiteral("\n    ")
        + tr("Exit codes: 0 intact, 1 the shop could not be opened, 3 broken.")
        + QStringLiteral("\n  journal verify --archive FILE [--key K]... [--follows PREVIOUS]  ")
        + tr("Check an archive file on its own (seal, chain, hashes, signatures, numbers, totals), with "
             "the register keys given, or else those of the shop of --data-dir, --demo or the usual "
             "folder when there is one.")
        + QStringLiteral("\n    ")
        + tr("Exit codes: 0 intact, 1 a file or the shop could not be read, 2 wrong usage, 3 broken, 6 "
             "intact but a register key is not confirmed (no --key, no shop to compare with).")
        + QStringLiteral("\n  journal archive --period P --out FILE  ")
        + tr("Write the fiscal journal of a year or a month to an archive file.") + QStringLiteral("\n    ")
        + tr("Exit codes: 0 written, 1 failed, 2 wrong period, 3 the journal is broken (nothing written).")
        + QStringLiteral("\n  sync --once  ")
        + tr("Sync once with the marketplace the till is enrolled with, and say what happened.")
        + QStringLiteral("\n    ")
        + tr("Exit codes: 0 synced, 1 the shop could not be opened, 3 the sync stopped, 4 not enrolled.")
        + QStringLiteral("\n  enroll --url U --code C | --provisioning-file F  ")
        + tr("Enrol this till with a marketplace, and say with which shop.") + QStringLiteral("\n    ")
        + tr("Exit codes: 0 enrolled, 1 failed, 3 refused by the marketplace.")
        + QStringLiteral("\n  backup [--to DIR]  ")
        + tr("Back the shop up (database, settings, receipts; never the keys) into its backup folder or DIR, "
             "check the copy, and say what it holds. Runs beside an open window.")
        + QStringLiteral("\n    ")
        + tr("Exit codes: 0 written and checked, 1 failed or the copy failed its check.")
        + QStringLiteral("\n  restore --from BACKUP [--yes]  ")
        + tr("Check a backup, then put it in place of the shop's database (kept aside), and journal it. "
             "The window must be closed.")
        + QStringLiteral("\n    ")
        + tr("Exit codes: 0 restored, 1 failed, 3 the backup was refused (damaged, broken journal, another "
             "till's, not a backup), 4 not confirmed (tickets would be missing).")
        + QStringLiteral("\n  catalogue import FILE [--dry-run] [--mapping NAME|FILE] [--skip-invalid] "
                         "[--stock count|receipt|ignore] [--in-store-barcodes]  ")
        + tr("Import a catalogue from a spreadsheet (CSV, XLSX, ODS): the whole file is checked first, and "
             "nothing is written if a row is wrong (each is named).")
        + QStringLiteral("\n    ")
        + tr("Exit codes: 0 imported (or checked, with --dry-run) with no wrong row, 1 rows were refused "
             "(with --skip-invalid: the good ones imported) or it failed.")
        + QStringLiteral("\n  catalogue export --out FILE [--kind catalogue|stock|valuation]  ")
        + tr("Export the catalogue, the stock or the stock's value at cost as CSV or XLSX (from the "
             "file's extension).")
        + QStringLiteral("\n    ") + tr("Exit codes: 0 written, 1 failed.")
        + QStringLiteral("\n  catalogue photos FOLDER  ")
        + tr("Add the photos of a folder: a photo named after a barcode or a reference (\"-2\" for a "
             "further one) goes to that product, the others wait in the photo inbox; each file is said "
             "attached, waiting, skipped (already there) or refused (and why).")
        + QStringLiteral("\n    ") + tr("Exit codes: 0 no photo refused, 1 a photo was refused or it failed.")
        + QStringLiteral("\n  doctor  ")
        + tr("Check this till: database, fiscal journal, keychain, marketplace, clock, disk, printer, "
             "backups, versions; one line each, ok, warn or FAIL.")
        + QStringLiteral("\n    ")
        + tr("Exit codes: 0 nothing failed (warnings allowed), 1 the shop could not be opened, 3 a check "
             "failed.")
        + QStringLiteral("\n\n") + tr("Any command: exit code 2 when the command line is wrong.")
        + QStringLiteral("\n")
        + tr("Any command but journal verify, and the window: exit code 5 when another Comptoir keeps the "
             "shop's data folder (it is named; a command waits a few seconds for it first, a second "
             "window brings the first one to the front)."));
    m_parser.addOptions({m_dataDir, m_demo, m_language, m_period, m_out, m_archive, m_key, m_follows, m_once,
                         m_help, m_version});
    m_parser.addOptions({m_url, m_code, m_deviceName, m_provisioningFile});
    m_parser.addOptions({m_backupTo, m_restoreFrom, m_yes});
    m_parser.addOptions({m_dryRun, m_mapping, m_skipInvalid, m_stock, m_inStoreBarcodes, m_kind});
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("Optional command: demo seed, journal verify, journal archive, sync, enroll, backup, restore, "
           "doctor, catalogue import, catalogue export, catalogue photos; "
           "or a provisioning file (FILE.comptoir) for the first-run assistant."),
        QStringLiteral(
            "[demo seed | journal verify | journal archive | sync | enroll | backup | restore | doctor | "
            "catalogue import FILE | catalogue export | catalogue photos FOLDER | FILE.comptoir]"));
}

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    CommandLineRequest request;
    if (!m_parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = m_parser.errorText();
        return request;
    }
    request.dataDir = m_parser.value(m_dataDir);
    request.demo = m_parser.isSet(m_demo);
    request.language = m_parser.value(m_language);
    request.period = m_parser.value(m_period);
    request.out = m_parser.value(m_out);
    request.archive = m_parser.value(m_archive);
    request.keys = m_parser.values(m_key);
    request.follows = m_parser.value(m_follows);

    if (m_parser.isSet(m_help)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        return request;
    }
    if (m_parser.isSet(m_version)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        return request;
    }
    if (m_parser.isSet(m_language) && request.language != QStringLiteral("fr")
        && request.language != QStringLiteral("en")) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("Unknown language \"%1\": use fr or en.").arg(request.language);
        return request;
    }
    const QStringList command = m_parser.positionalArguments();
    const bool archiveCommand = command == QStringList {QStringLiteral("journal"), QStringLiteral("archive")};
    const bool verifyCommand = command == QStringList {QStringLiteral("journal"), QStringLiteral("verify")};
    const bool exportCommand = command == QStringList {QStringLiteral("catalogue"), QStringLiteral("export")};
    if ((!archiveCommand && m_parser.isSet(m_period))
        || (!archiveCommand && !exportCommand && m_parser.isSet(m_out))) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("--period and --out only go with the command \"journal archive\".");
        return request;
    }
    if (!verifyCommand && m_parser.isSet(m_archive)) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("--archive only goes with the command \"journal verify\".");
        return request;
    }
    if ((!verifyCommand || !m_parser.isSet(m_archive))
        && (m_parser.isSet(m_key) || m_parser.isSet(m_follows))) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("--key and --follows only go with \"journal verify --archive FILE\".");
        return request;
    }
    const bool syncCommand = command == QStringList {QStringLiteral("sync")};
    if (!syncCommand && m_parser.isSet(m_once)) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("--once only goes with the command \"sync\".");
        return request;
    }
    if (syncCommand) {
        if (!m_parser.isSet(m_once)) {
            request.action = CommandLineRequest::Action::Invalid;
            request.error = tr("sync runs from the command line only with --once: comptoir sync --once.");
            return request;
        }
        request.action = CommandLineRequest::Action::SyncOnce;
        return request;
    }
    const bool enrollCommand = command == QStringList {QStringLiteral("enroll")};
    const bool enrollOptions = m_parser.isSet(m_url) || m_parser.isSet(m_code) || m_parser.isSet(m_deviceName)
        || m_parser.isSet(m_provisioningFile);
    if (!enrollCommand && enrollOptions) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("--url, --code, --device-name and --provisioning-file only go with the command "
                           "\"enroll\".");
        return request;
    }
    if (enrollCommand) {
        request.url = m_parser.value(m_url);
        request.code = m_parser.value(m_code);
        request.deviceName = m_parser.value(m_deviceName);
        request.provisioningFile = m_parser.value(m_provisioningFile);
        const bool withFile = !request.provisioningFile.isEmpty();
        const bool withCode = !request.url.isEmpty() && !request.code.isEmpty();
        const bool mixed = withFile && (m_parser.isSet(m_url) || m_parser.isSet(m_code));
        if (withFile == withCode || mixed || request.demo) {
            request.action = CommandLineRequest::Action::Invalid;
            request.error = tr("enroll needs either --url and --code, or --provisioning-file (not both): "
                               "comptoir enroll --url https://… --code CODE [--device-name NAME] "
                               "[--data-dir D].");
            return request;
        }
        request.action = CommandLineRequest::Action::Enroll;
        return request;
    }
    if (std::optional<CommandLineRequest> catalogue = parseCatalogueCommands(command, request))
        return *catalogue;
    if (std::optional<CommandLineRequest> backup = parseBackupCommands(command, request))
        return *backup;
    if (command.isEmpty())
        return request;
    if (command == QStringList {QStringLiteral("doctor")}) {
        request.action = CommandLineRequest::Action::Doctor;
        return request;
    }
    // `comptoir FILE.comptoir`, what a double-click on a provisioning file runs (app/firstrun.h).
    if (command.size() == 1 && command.first().endsWith(QStringLiteral(".comptoir"), Qt::CaseInsensitive)) {
        if (request.demo) {
            request.action = CommandLineRequest::Action::Invalid;
            request.error = tr("A provisioning file sets up a real shop, not the demo: leave out --demo.");
            return request;
        }
        request.openedFile = command.first();
        return request;
    }
    if (command == QStringList {QStringLiteral("demo"), QStringLiteral("seed")}) {
        request.action = CommandLineRequest::Action::SeedDemo;
        return request;
    }
    if (verifyCommand && m_parser.isSet(m_archive)) {
        if (request.archive.isEmpty() || (m_parser.isSet(m_follows) && request.follows.isEmpty())) {
            request.action = CommandLineRequest::Action::Invalid;
            request.error = tr("journal verify --archive needs the archive file (and --follows the previous "
                               "one).");
            return request;
        }
        request.action = CommandLineRequest::Action::VerifyArchive;
        return request;
    }
    if (verifyCommand) {
        request.action = CommandLineRequest::Action::VerifyJournal;
        return request;
    }
    if (archiveCommand) {
        if (request.period.isEmpty() || request.out.isEmpty()) {
            request.action = CommandLineRequest::Action::Invalid;
            request.error = tr("journal archive needs --period (2026 or 2026-11) and --out FILE.");
            return request;
        }
        request.action = CommandLineRequest::Action::ArchiveJournal;
        return request;
    }
    request.action = CommandLineRequest::Action::Invalid;
    request.error = tr("Unknown command \"%1\". Try --help.").arg(command.join(QLatin1Char(' ')));
    return request;
}

std::optional<CommandLineRequest> CommandLine::parseBackupCommands(const QStringList &command,
                                                                   CommandLineRequest request)
{
    const bool backupCommand = command == QStringList {QStringLiteral("backup")};
    const bool restoreCommand = command == QStringList {QStringLiteral("restore")};
    request.backupTo = m_parser.value(m_backupTo);
    request.restoreFrom = m_parser.value(m_restoreFrom);
    request.yes = m_parser.isSet(m_yes);
    request.action = CommandLineRequest::Action::Invalid;
    if ((!backupCommand && m_parser.isSet(m_backupTo))
        || (!restoreCommand && (m_parser.isSet(m_restoreFrom) || request.yes))) {
        request.error = tr("--to only goes with the command \"backup\", --from and --yes with \"restore\".");
        return request;
    }
    if (backupCommand) {
        if (m_parser.isSet(m_backupTo) && request.backupTo.isEmpty()) {
            request.error = tr("backup --to needs a folder: comptoir backup [--to FOLDER] [--data-dir D].");
            return request;
        }
        request.action = CommandLineRequest::Action::Backup;
        return request;
    }
    if (restoreCommand) {
        if (request.restoreFrom.isEmpty()) {
            request.error
                = tr("restore needs the backup: comptoir restore --from BACKUP [--data-dir D] [--yes].");
            return request;
        }
        request.action = CommandLineRequest::Action::Restore;
        return request;
    }
    return std::nullopt;
}

std::optional<CommandLineRequest> CommandLine::parseCatalogueCommands(const QStringList &command,
                                                                      CommandLineRequest request)
{
    const bool catalogue = command.size() >= 2 && command.first() == QLatin1String("catalogue");
    const bool importCommand = catalogue && command.at(1) == QLatin1String("import");
    const bool exportCommand = catalogue && command.at(1) == QLatin1String("export") && command.size() == 2;
    const bool photosCommand = catalogue && command.at(1) == QLatin1String("photos");
    const bool importOptions = m_parser.isSet(m_dryRun) || m_parser.isSet(m_mapping)
        || m_parser.isSet(m_skipInvalid) || m_parser.isSet(m_stock) || m_parser.isSet(m_inStoreBarcodes);
    request.action = CommandLineRequest::Action::Invalid;
    if ((!importCommand && importOptions) || (!exportCommand && m_parser.isSet(m_kind))) {
        request.error
            = tr("--dry-run, --mapping, --skip-invalid, --stock and --in-store-barcodes only go with "
                 "\"catalogue import\", --kind with \"catalogue export\".");
        return request;
    }
    if (importCommand) {
        request.dryRun = m_parser.isSet(m_dryRun);
        request.mapping = m_parser.value(m_mapping);
        request.skipInvalid = m_parser.isSet(m_skipInvalid);
        request.inStoreBarcodes = m_parser.isSet(m_inStoreBarcodes);
        if (m_parser.isSet(m_stock))
            request.stockMode = m_parser.value(m_stock);
        const QStringList modes {QStringLiteral("count"), QStringLiteral("receipt"),
                                 QStringLiteral("ignore")};
        if (command.size() != 3 || (m_parser.isSet(m_mapping) && request.mapping.isEmpty())
            || !modes.contains(request.stockMode)) {
            request.error = tr("catalogue import needs one file: comptoir catalogue import FILE [--dry-run] "
                               "[--mapping NAME|FILE] [--skip-invalid] [--stock count|receipt|ignore] "
                               "[--in-store-barcodes] [--data-dir D].");
            return request;
        }
        request.importFile = command.at(2);
        request.action = CommandLineRequest::Action::CatalogueImport;
        return request;
    }
    if (photosCommand) {
        if (command.size() != 3) {
            request.error = tr("catalogue photos needs one folder: comptoir catalogue photos FOLDER "
                               "[--data-dir D].");
            return request;
        }
        request.photoFolder = command.at(2);
        request.action = CommandLineRequest::Action::CataloguePhotos;
        return request;
    }
    if (exportCommand) {
        if (m_parser.isSet(m_kind))
            request.exportKind = m_parser.value(m_kind);
        const QStringList kinds {QStringLiteral("catalogue"), QStringLiteral("stock"),
                                 QStringLiteral("valuation")};
        if (request.out.isEmpty() || !kinds.contains(request.exportKind)) {
            request.error = tr("catalogue export needs --out FILE (.csv or .xlsx): comptoir catalogue export "
                               "--out FILE [--kind catalogue|stock|valuation] [--data-dir D].");
            return request;
        }
        request.action = CommandLineRequest::Action::CatalogueExport;
        return request;
    }
    if (catalogue) {
        request.error = tr("Unknown command \"%1\". Try --help.").arg(command.join(QLatin1Char(' ')));
        return request;
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    // Options that QGuiApplication/QApplication consume (see their documentation).
    static const QStringList withValue = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-display"),
        QStringLiteral("-geometry"),        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
        QStringLiteral("-title"),           QStringLiteral("-name"),
        QStringLiteral("-qmljsdebugger"),
    };
    static const QStringList flags = {
        QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-nograb"),
        QStringLiteral("-dograb"),  QStringLiteral("-sync"),
    };
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && argument == QStringLiteral("--"))
            return kept + arguments.mid(i);
        // Qt also accepts them with two dashes ("--platform") and as "-style=fusion".
        QString name = argument.startsWith(QStringLiteral("--")) ? argument.mid(1) : argument;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals > 0;
        if (inlineValue)
            name.truncate(equals);
        if (i > 0 && withValue.contains(name)) {
            if (!inlineValue)
                ++i; // skip its value
            continue;
        }
        if (i > 0 && flags.contains(name) && !inlineValue)
            continue;
        kept.append(argument);
    }
    return kept;
}

} // namespace comptoir
