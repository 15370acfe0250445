// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir {

// What the command line asks for.
struct CommandLineRequest
{
    enum class Action {
        OpenWindow, // comptoir [--demo] [--data-dir D] [--lang L] [FILE.comptoir]
        SeedDemo, // comptoir demo seed [--data-dir D]
        VerifyJournal, // comptoir journal verify [--data-dir D | --demo]
        VerifyArchive, // comptoir journal verify --archive FILE [--key K]… [--follows PREVIOUS]
        ArchiveJournal, // comptoir journal archive --period P --out FILE [--data-dir D | --demo]
        SyncOnce, // comptoir sync --once [--data-dir D | --demo]
        Enroll, // comptoir enroll (--url U --code C | --provisioning-file F) [--device-name N] [--data-dir D]
        Backup, // comptoir backup [--data-dir D] [--to DIR]
        Restore, // comptoir restore --from FILE [--data-dir D] [--yes]
        Doctor, // comptoir doctor [--data-dir D | --demo]
        // issue 14: comptoir catalogue import FILE [--data-dir D] [--dry-run] [--mapping NAME|FILE]
        // [--skip-invalid] [--stock count|receipt|ignore] [--in-store-barcodes]
        CatalogueImport,
        // comptoir catalogue export --out FILE [--data-dir D] [--kind catalogue|stock|valuation]
        CatalogueExport,
        // issue 15: comptoir catalogue photos FOLDER [--data-dir D]
        CataloguePhotos,
        ShowHelp, // --help
        ShowVersion, // --version
        Invalid, // unknown option or command: `error` says what
    };

    Action action = Action::OpenWindow;
    QString dataDir; // --data-dir, empty when not given
    bool demo = false;
    QString language; // --lang, empty when not given
    QString period; // --period (journal archive): "2026" or "2026-11"
    QString out; // --out (journal archive): the archive file to write
    QString archive; // --archive (journal verify): the archive file to check
    QStringList keys; // --key (journal verify --archive), each value given
    QString follows; // --follows (journal verify --archive): the previous archive
    QString url; // --url (enroll): the marketplace's address
    QString code; // --code (enroll): the enrolment code
    QString deviceName; // --device-name (enroll), empty: the host name
    QString provisioningFile; // --provisioning-file (enroll)
    QString openedFile; // comptoir FILE.comptoir (a double-click): for the first-run assistant
    QString backupTo; // --to (backup): the folder to write the backup to, instead of the shop's
    QString restoreFrom; // --from (restore): the backup (its folder or its comptoir.sqlite)
    bool yes = false; // --yes (restore): go on without asking when tickets would be missing
    QString importFile; // catalogue import FILE
    bool dryRun = false; // --dry-run (catalogue import): check only
    QString mapping; // --mapping (catalogue import): a saved mapping's name or a mapping file
    bool skipInvalid = false; // --skip-invalid (catalogue import)
    QString stockMode = QStringLiteral("count"); // --stock (catalogue import): count, receipt or ignore
    bool inStoreBarcodes = false; // --in-store-barcodes (catalogue import)
    QString exportKind = QStringLiteral("catalogue"); // --kind (catalogue export)
    QString photoFolder; // catalogue photos FOLDER
    QString error;

    // Whether the request needs a QApplication (a display) rather than a QCoreApplication.
    bool needsWindow() const { return action == Action::OpenWindow; }
};

// comptoir's command line: --data-dir <dir>, --demo, --lang <fr|en>, --help, --version and
// the commands `demo seed`, `journal verify [--archive FILE]` and
// `journal archive --period P --out FILE`. Texts go through QCoreApplication::translate, so build it
// after the translators are installed when its help text is to be shown.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    CommandLineRequest parse(const QStringList &arguments);
    QString helpText() const;

    // The arguments as given to main(), with the options that Q(Gui)Application takes for
    // itself (-platform offscreen, -style fusion, -reverse…) removed, so that they can be
    // parsed before any application object exists.
    static QStringList withoutQtOptions(const QStringList &arguments);

private:
    // backup and restore (issue 13); nothing when the command is neither and none of their options
    // is given.
    std::optional<CommandLineRequest> parseBackupCommands(const QStringList &command,
                                                          CommandLineRequest request);

    // catalogue import and export (issue 14); nothing when the command is neither and none of
    // their options is given.
    std::optional<CommandLineRequest> parseCatalogueCommands(const QStringList &command,
                                                             CommandLineRequest request);

    QCommandLineParser m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_demo;
    QCommandLineOption m_language;
    QCommandLineOption m_period;
    QCommandLineOption m_out;
    QCommandLineOption m_archive;
    QCommandLineOption m_key;
    QCommandLineOption m_follows;
    QCommandLineOption m_once;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_url;
    QCommandLineOption m_code;
    QCommandLineOption m_deviceName;
    QCommandLineOption m_provisioningFile;
    QCommandLineOption m_backupTo;
    QCommandLineOption m_restoreFrom;
    QCommandLineOption m_yes;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_mapping;
    QCommandLineOption m_skipInvalid;
    QCommandLineOption m_stock;
    QCommandLineOption m_inStoreBarcodes;
    QCommandLineOption m_kind;
};

} // namespace comptoir
