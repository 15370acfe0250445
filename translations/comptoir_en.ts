<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column "%2": %3</source>
        <translation>row %1, column "%2": %3</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 products and %3 variants to create, %4 variants to update, %5 unchanged, %6 stock movements.</source>
        <translation>%1 rows checked: %2 products and %3 variants to create, %4 variants to update, %5 unchanged, %6 stock movements.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 products and %3 variants created, %4 variants updated, %5 unchanged, %6 stock movements.</source>
        <translation>%1 rows read: %2 products and %3 variants created, %4 variants updated, %5 unchanged, %6 stock movements.</translation>
    </message>
    <message>
        <source>%1 in-store barcodes given.</source>
        <translation>%1 in-store barcodes given.</translation>
    </message>
    <message>
        <source>%1 wrong rows left out, saved to %2: correct them there and import that file.</source>
        <translation>%1 wrong rows left out, saved to %2: correct them there and import that file.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>%1: attached to %2 (small: under 600 pixels, take a bigger one to sell from).</source>
        <translation>%1: attached to %2 (small: under 600 pixels, take a bigger one to sell from).</translation>
    </message>
    <message>
        <source>%1: attached to %2.</source>
        <translation>%1: attached to %2.</translation>
    </message>
    <message>
        <source>%1: no product has this code, waiting in the photo inbox.</source>
        <translation>%1: no product has this code, waiting in the photo inbox.</translation>
    </message>
    <message>
        <source>%1: skipped, already in the shop's photos.</source>
        <translation>%1: skipped, already in the shop's photos.</translation>
    </message>
    <message>
        <source>%1: skipped, %2 already has it.</source>
        <translation>%1: skipped, %2 already has it.</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: refused: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>%1 photos: %2 attached, %3 waiting in the inbox, %4 skipped, %5 refused.</source>
        <translation>%1 photos: %2 attached, %3 waiting in the inbox, %4 skipped, %5 refused.</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <source>Why refused</source>
        <translation>Why refused</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The demo shop was already there.</source>
        <translation>The demo shop was already there.</translation>
    </message>
    <message>
        <source>The demo shop is ready.</source>
        <translation>The demo shop is ready.</translation>
    </message>
    <message>
        <source>%1 products, %2 variants, %3 categories, %4 stock movements.</source>
        <translation>%1 products, %2 variants, %3 categories, %4 stock movements.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Operators: %1 (manager, PIN %2), %3 (cashier, PIN %4)</source>
        <translation>Operators: %1 (manager, PIN %2), %3 (cashier, PIN %4)</translation>
    </message>
    <message>
        <source>There is no shop in %1: give the shop's data folder with --data-dir.</source>
        <translation>There is no shop in %1: give the shop's data folder with --data-dir.</translation>
    </message>
    <message>
        <source>This shop has no fiscal records yet: nothing to verify.</source>
        <translation>This shop has no fiscal records yet: nothing to verify.</translation>
    </message>
    <message>
        <source>Register key fingerprint: %1</source>
        <translation>Register key fingerprint: %1</translation>
    </message>
    <message>
        <source>Checked: %1 chain links, %2 tickets, %3 closures, %4 events.</source>
        <translation>Checked: %1 chain links, %2 tickets, %3 closures, %4 events.</translation>
    </message>
    <message>
        <source>BROKEN at %1: %2</source>
        <translation>BROKEN at %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the archive %1.</source>
        <translation>Cannot read the archive %1.</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive: %1</translation>
    </message>
    <message>
        <source>The period "%1" is neither a year (2026) nor a month (2026-11).</source>
        <translation>The period "%1" is neither a year (2026) nor a month (2026-11).</translation>
    </message>
    <message>
        <source>Archive of %1 written to %2.</source>
        <translation>Archive of %1 written to %2.</translation>
    </message>
    <message>
        <source>%1 chain links: %2 tickets, %3 closures, %4 events.</source>
        <translation>%1 chain links: %2 tickets, %3 closures, %4 events.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 of the file: %1</translation>
    </message>
    <message>
        <source>Checked: %1 monthly and yearly closures.</source>
        <translation>Checked: %1 monthly and yearly closures.</translation>
    </message>
    <message>
        <source>%1 monthly and yearly closures of the period, with their signatures.</source>
        <translation>%1 monthly and yearly closures of the period, with their signatures.</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>no link</translation>
    </message>
    <message>
        <source>links %1 to %2</source>
        <translation>links %1 to %2</translation>
    </message>
    <message>
        <source>Register key %1: %2 (%3).</source>
        <translation>Register key %1: %2 (%3).</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>intact, key not confirmed: %1</source>
        <translation>intact, key not confirmed: %1</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint printed on the shop's Z reports, or give the shop's key with --key.</source>
        <translation>Compare it with the fingerprint printed on the shop's Z reports, or give the shop's key with --key.</translation>
    </message>
    <message>
        <source>BROKEN at %1: %2 (%3)</source>
        <translation>BROKEN at %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Chain, hashes, signatures, ticket numbers, ticket, closure and period totals: intact.</source>
        <translation>Chain, hashes, signatures, ticket numbers, ticket, closure and period totals: intact.</translation>
    </message>
    <message>
        <source>--key %1: neither a key fingerprint, nor a public key, nor a file holding one.</source>
        <translation>--key %1: neither a key fingerprint, nor a public key, nor a file holding one.</translation>
    </message>
    <message>
        <source>Keys compared with the shop in %1.</source>
        <translation>Keys compared with the shop in %1.</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>Following: %1</translation>
    </message>
    <message>
        <source>Archive seal, chain, hashes, signatures, numbers and totals: intact.</source>
        <translation>Archive seal, chain, hashes, signatures, numbers and totals: intact.</translation>
    </message>
    <message>
        <source>Sealed with the register key %1.</source>
        <translation>Sealed with the register key %1.</translation>
    </message>
    <message>
        <source>No backup was kept.</source>
        <translation>No backup was kept.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Database copied while the shop stays open: %1 MB in %2 s.</source>
        <translation>Database copied while the shop stays open: %1 MB in %2 s.</translation>
    </message>
    <message>
        <source>Copy checked in %1 s: database integrity ok, fiscal journal intact (%2 chain links).</source>
        <translation>Copy checked in %1 s: database integrity ok, fiscal journal intact (%2 chain links).</translation>
    </message>
    <message>
        <source>It holds %1 tickets; the last one is number %2 of %3.</source>
        <translation>It holds %1 tickets; the last one is number %2 of %3.</translation>
    </message>
    <message>
        <source>It holds no ticket yet.</source>
        <translation>It holds no ticket yet.</translation>
    </message>
    <message>
        <source>Settings, catalogue and staff are in it; the register's private key and the marketplace token are not (they stay in the keychain).</source>
        <translation>Settings, catalogue and staff are in it; the register's private key and the marketplace token are not (they stay in the keychain).</translation>
    </message>
    <message>
        <source>Older backup removed (rotation): %1</source>
        <translation>Older backup removed (rotation): %1</translation>
    </message>
    <message>
        <source>Recorded as the shop's last good backup.</source>
        <translation>Recorded as the shop's last good backup.</translation>
    </message>
    <message>
        <source>Not the shop's backup folder: the shop's last good backup is unchanged.</source>
        <translation>Not the shop's backup folder: the shop's last good backup is unchanged.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Backup checked: %1 (database integrity ok, fiscal journal intact: %2 chain links, %3 tickets).</source>
        <translation>Backup checked: %1 (database integrity ok, fiscal journal intact: %2 chain links, %3 tickets).</translation>
    </message>
    <message>
        <source>The shop's current file will be kept aside as %1.</source>
        <translation>The shop's current file will be kept aside as %1.</translation>
    </message>
    <message>
        <source>The backup is older than the shop's last ticket: these %1 tickets would be missing:</source>
        <translation>The backup is older than the shop's last ticket: these %1 tickets would be missing:</translation>
    </message>
    <message>
        <source>ticket number %1 of %2</source>
        <translation>ticket number %1 of %2</translation>
    </message>
    <message>
        <source>Close Comptoir's window on this shop, then restore again.</source>
        <translation>Close Comptoir's window on this shop, then restore again.</translation>
    </message>
    <message>
        <source>Restore all the same? Type yes to go on, anything else to stop:</source>
        <translation>Restore all the same? Type yes to go on, anything else to stop:</translation>
    </message>
    <message>
        <source>Nothing was changed (give --yes to restore without being asked).</source>
        <translation>Nothing was changed (give --yes to restore without being asked).</translation>
    </message>
    <message>
        <source>The restore could not be staged.</source>
        <translation>The restore could not be staged.</translation>
    </message>
    <message>
        <source>The shop's file is unchanged.</source>
        <translation>The shop's file is unchanged.</translation>
    </message>
    <message>
        <source>Backup %1 restored into %2.</source>
        <translation>Backup %1 restored into %2.</translation>
    </message>
    <message>
        <source>The previous file is kept aside as %1.</source>
        <translation>The previous file is kept aside as %1.</translation>
    </message>
    <message>
        <source>This computer's keychain does not hold the register key of the restored shop (a replaced computer?). Comptoir can start a new register key: the change is journalled (key_changed, reason "restored"), and what the old key signed stays verifiable with its public part.</source>
        <translation>This computer's keychain does not hold the register key of the restored shop (a replaced computer?). Comptoir can start a new register key: the change is journalled (key_changed, reason "restored"), and what the old key signed stays verifiable with its public part.</translation>
    </message>
    <message>
        <source>Start a new register key? Type yes to go on, anything else to stop:</source>
        <translation>Start a new register key? Type yes to go on, anything else to stop:</translation>
    </message>
    <message>
        <source>A new register key was started and journalled.</source>
        <translation>A new register key was started and journalled.</translation>
    </message>
    <message>
        <source>The restore is done, but not journalled yet: it will be when the till has its register key (see docs/backups.md).</source>
        <translation>The restore is done, but not journalled yet: it will be when the till has its register key (see docs/backups.md).</translation>
    </message>
    <message>
        <source>The restore is journalled in the restored shop's technical journal.</source>
        <translation>The restore is journalled in the restored shop's technical journal.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep the shop's data in &lt;folder&gt; instead of the usual place.</source>
        <translation>Keep the shop's data in &lt;folder&gt; instead of the usual place.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Open the demo shop (in its own folder), creating it the first time.</source>
        <translation>Open the demo shop (in its own folder), creating it the first time.</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Interface language: fr or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Show this help and quit.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Show the version and quit.</translation>
    </message>
    <message>
        <source>Comptoir: till and stock for the independent shops of Orléans.</source>
        <translation>Comptoir: till and stock for the independent shops of Orléans.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Create the demo shop without opening a window, and say what it holds.</source>
        <translation>Create the demo shop without opening a window, and say what it holds.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Unknown language "%1": use fr or en.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Try --help.</source>
        <translation>Unknown command "%1". Try --help.</translation>
    </message>
    <message>
        <source>journal archive: the period to archive, a year (2026) or a month (2026-11).</source>
        <translation>journal archive: the period to archive, a year (2026) or a month (2026-11).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>journal archive: the archive file to write.</source>
        <translation>journal archive: the archive file to write.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>journal verify: check this archive file on its own, without a shop.</source>
        <translation>journal verify: check this archive file on its own, without a shop.</translation>
    </message>
    <message>
        <source>Write the fiscal journal of a year or a month to an archive file.</source>
        <translation>Write the fiscal journal of a year or a month to an archive file.</translation>
    </message>
    <message>
        <source>--period and --out only go with the command "journal archive".</source>
        <translation>--period and --out only go with the command "journal archive".</translation>
    </message>
    <message>
        <source>--archive only goes with the command "journal verify".</source>
        <translation>--archive only goes with the command "journal verify".</translation>
    </message>
    <message>
        <source>journal archive needs --period (2026 or 2026-11) and --out FILE.</source>
        <translation>journal archive needs --period (2026 or 2026-11) and --out FILE.</translation>
    </message>
    <message>
        <source>sync: one sync pass with the marketplace, then quit.</source>
        <translation>sync: one sync pass with the marketplace, then quit.</translation>
    </message>
    <message>
        <source>enroll: the marketplace's address (https://…).</source>
        <translation>enroll: the marketplace's address (https://…).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>enroll: the enrolment code the marketplace gave the shop.</source>
        <translation>enroll: the enrolment code the marketplace gave the shop.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>enroll: the name of this till on the marketplace (default: the host name).</source>
        <translation>enroll: the name of this till on the marketplace (default: the host name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>enroll: enrol with this provisioning file instead of --url and --code.</source>
        <translation>enroll: enrol with this provisioning file instead of --url and --code.</translation>
    </message>
    <message>
        <source>Sync once with the marketplace the till is enrolled with, and say what happened.</source>
        <translation>Sync once with the marketplace the till is enrolled with, and say what happened.</translation>
    </message>
    <message>
        <source>Enrol this till with a marketplace, and say with which shop.</source>
        <translation>Enrol this till with a marketplace, and say with which shop.</translation>
    </message>
    <message>
        <source>--once only goes with the command "sync".</source>
        <translation>--once only goes with the command "sync".</translation>
    </message>
    <message>
        <source>sync runs from the command line only with --once: comptoir sync --once.</source>
        <translation>sync runs from the command line only with --once: comptoir sync --once.</translation>
    </message>
    <message>
        <source>--url, --code, --device-name and --provisioning-file only go with the command "enroll".</source>
        <translation>--url, --code, --device-name and --provisioning-file only go with the command "enroll".</translation>
    </message>
    <message>
        <source>enroll needs either --url and --code, or --provisioning-file (not both): comptoir enroll --url https://… --code CODE [--device-name NAME] [--data-dir D].</source>
        <translation>enroll needs either --url and --code, or --provisioning-file (not both): comptoir enroll --url https://… --code CODE [--device-name NAME] [--data-dir D].</translation>
    </message>
    <message>
        <source>Without a command, Comptoir opens the shop's window.</source>
        <translation>Without a command, Comptoir opens the shop's window.</translation>
    </message>
    <message>
        <source>Exit codes: 0 created, 1 failed.</source>
        <translation>Exit codes: 0 created, 1 failed.</translation>
    </message>
    <message>
        <source>Check the fiscal journal (chain, signatures, numbers, closures).</source>
        <translation>Check the fiscal journal (chain, signatures, numbers, closures).</translation>
    </message>
    <message>
        <source>Exit codes: 0 intact, 1 the shop could not be opened, 3 broken.</source>
        <translation>Exit codes: 0 intact, 1 the shop could not be opened, 3 broken.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 failed, 2 wrong period, 3 the journal is broken (nothing written).</source>
        <translation>Exit codes: 0 written, 1 failed, 2 wrong period, 3 the journal is broken (nothing written).</translation>
    </message>
    <message>
        <source>Exit codes: 0 synced, 1 the shop could not be opened, 3 the sync stopped, 4 not enrolled.</source>
        <translation>Exit codes: 0 synced, 1 the shop could not be opened, 3 the sync stopped, 4 not enrolled.</translation>
    </message>
    <message>
        <source>Exit codes: 0 enrolled, 1 failed, 3 refused by the marketplace.</source>
        <translation>Exit codes: 0 enrolled, 1 failed, 3 refused by the marketplace.</translation>
    </message>
    <message>
        <source>Any command: exit code 2 when the command line is wrong.</source>
        <translation>Any command: exit code 2 when the command line is wrong.</translation>
    </message>
    <message>
        <source>Any command but journal verify, and the window: exit code 5 when another Comptoir keeps the shop's data folder (it is named; a command waits a few seconds for it first, a second window brings the first one to the front).</source>
        <translation>Any command but journal verify, and the window: exit code 5 when another Comptoir keeps the shop's data folder (it is named; a command waits a few seconds for it first, a second window brings the first one to the front).</translation>
    </message>
    <message>
        <source>journal verify --archive: the register key to trust, as its fingerprint (ABCD EFGH …), its base64 public key, or a file holding one; may be given several times.</source>
        <translation>journal verify --archive: the register key to trust, as its fingerprint (ABCD EFGH …), its base64 public key, or a file holding one; may be given several times.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>journal verify --archive: check that the archive follows this previous archive.</source>
        <translation>journal verify --archive: check that the archive follows this previous archive.</translation>
    </message>
    <message>
        <source>Check an archive file on its own (seal, chain, hashes, signatures, numbers, totals), with the register keys given, or else those of the shop of --data-dir, --demo or the usual folder when there is one.</source>
        <translation>Check an archive file on its own (seal, chain, hashes, signatures, numbers, totals), with the register keys given, or else those of the shop of --data-dir, --demo or the usual folder when there is one.</translation>
    </message>
    <message>
        <source>Exit codes: 0 intact, 1 a file or the shop could not be read, 2 wrong usage, 3 broken, 6 intact but a register key is not confirmed (no --key, no shop to compare with).</source>
        <translation>Exit codes: 0 intact, 1 a file or the shop could not be read, 2 wrong usage, 3 broken, 6 intact but a register key is not confirmed (no --key, no shop to compare with).</translation>
    </message>
    <message>
        <source>--key and --follows only go with "journal verify --archive FILE".</source>
        <translation>--key and --follows only go with "journal verify --archive FILE".</translation>
    </message>
    <message>
        <source>journal verify --archive needs the archive file (and --follows the previous one).</source>
        <translation>journal verify --archive needs the archive file (and --follows the previous one).</translation>
    </message>
    <message>
        <source>backup: write the backup into this folder instead of the shop's backup folder.</source>
        <translation>backup: write the backup into this folder instead of the shop's backup folder.</translation>
    </message>
    <message>
        <source>restore: the backup to restore (its folder, or the comptoir.sqlite inside it).</source>
        <translation>restore: the backup to restore (its folder, or the comptoir.sqlite inside it).</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>restore: go on without asking, even when tickets would be missing.</source>
        <translation>restore: go on without asking, even when tickets would be missing.</translation>
    </message>
    <message>
        <source>Back the shop up (database, settings, receipts; never the keys) into its backup folder or DIR, check the copy, and say what it holds. Runs beside an open window.</source>
        <translation>Back the shop up (database, settings, receipts; never the keys) into its backup folder or DIR, check the copy, and say what it holds. Runs beside an open window.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written and checked, 1 failed or the copy failed its check.</source>
        <translation>Exit codes: 0 written and checked, 1 failed or the copy failed its check.</translation>
    </message>
    <message>
        <source>Check a backup, then put it in place of the shop's database (kept aside), and journal it. The window must be closed.</source>
        <translation>Check a backup, then put it in place of the shop's database (kept aside), and journal it. The window must be closed.</translation>
    </message>
    <message>
        <source>Exit codes: 0 restored, 1 failed, 3 the backup was refused (damaged, broken journal, another till's, not a backup), 4 not confirmed (tickets would be missing).</source>
        <translation>Exit codes: 0 restored, 1 failed, 3 the backup was refused (damaged, broken journal, another till's, not a backup), 4 not confirmed (tickets would be missing).</translation>
    </message>
    <message>
        <source>A provisioning file sets up a real shop, not the demo: leave out --demo.</source>
        <translation>A provisioning file sets up a real shop, not the demo: leave out --demo.</translation>
    </message>
    <message>
        <source>--to only goes with the command "backup", --from and --yes with "restore".</source>
        <translation>--to only goes with the command "backup", --from and --yes with "restore".</translation>
    </message>
    <message>
        <source>backup --to needs a folder: comptoir backup [--to FOLDER] [--data-dir D].</source>
        <translation>backup --to needs a folder: comptoir backup [--to FOLDER] [--data-dir D].</translation>
    </message>
    <message>
        <source>restore needs the backup: comptoir restore --from BACKUP [--data-dir D] [--yes].</source>
        <translation>restore needs the backup: comptoir restore --from BACKUP [--data-dir D] [--yes].</translation>
    </message>
    <message>
        <source>Check this till: database, fiscal journal, keychain, marketplace, clock, disk, printer, backups, versions; one line each, ok, warn or FAIL.</source>
        <translation>Check this till: database, fiscal journal, keychain, marketplace, clock, disk, printer, backups, versions; one line each, ok, warn or FAIL.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing failed (warnings allowed), 1 the shop could not be opened, 3 a check failed.</source>
        <translation>Exit codes: 0 nothing failed (warnings allowed), 1 the shop could not be opened, 3 a check failed.</translation>
    </message>
    <message>
        <source>catalogue import: check the file and say what would change, without changing anything.</source>
        <translation>catalogue import: check the file and say what would change, without changing anything.</translation>
    </message>
    <message>
        <source>catalogue import: the columns as saved under this name, or as written in this file (JSON); default: guessed from the headers.</source>
        <translation>catalogue import: the columns as saved under this name, or as written in this file (JSON); default: guessed from the headers.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>name|file</translation>
    </message>
    <message>
        <source>catalogue import: import the good rows and save the wrong ones beside the file.</source>
        <translation>catalogue import: import the good rows and save the wrong ones beside the file.</translation>
    </message>
    <message>
        <source>catalogue import: the stock column is what is on the shelf (count, the default), what was just received (receipt), or not read (ignore).</source>
        <translation>catalogue import: the stock column is what is on the shelf (count, the default), what was just received (receipt), or not read (ignore).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>catalogue import: give an in-store barcode to each new item without one.</source>
        <translation>catalogue import: give an in-store barcode to each new item without one.</translation>
    </message>
    <message>
        <source>catalogue export: catalogue (the default), stock, or valuation (stock at cost).</source>
        <translation>catalogue export: catalogue (the default), stock, or valuation (stock at cost).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Import a catalogue from a spreadsheet (CSV, XLSX, ODS): the whole file is checked first, and nothing is written if a row is wrong (each is named).</source>
        <translation>Import a catalogue from a spreadsheet (CSV, XLSX, ODS): the whole file is checked first, and nothing is written if a row is wrong (each is named).</translation>
    </message>
    <message>
        <source>Exit codes: 0 imported (or checked, with --dry-run) with no wrong row, 1 rows were refused (with --skip-invalid: the good ones imported) or it failed.</source>
        <translation>Exit codes: 0 imported (or checked, with --dry-run) with no wrong row, 1 rows were refused (with --skip-invalid: the good ones imported) or it failed.</translation>
    </message>
    <message>
        <source>Export the catalogue, the stock or the stock's value at cost as CSV or XLSX (from the file's extension).</source>
        <translation>Export the catalogue, the stock or the stock's value at cost as CSV or XLSX (from the file's extension).</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 failed.</source>
        <translation>Exit codes: 0 written, 1 failed.</translation>
    </message>
    <message>
        <source>--dry-run, --mapping, --skip-invalid, --stock and --in-store-barcodes only go with "catalogue import", --kind with "catalogue export".</source>
        <translation>--dry-run, --mapping, --skip-invalid, --stock and --in-store-barcodes only go with "catalogue import", --kind with "catalogue export".</translation>
    </message>
    <message>
        <source>catalogue import needs one file: comptoir catalogue import FILE [--dry-run] [--mapping NAME|FILE] [--skip-invalid] [--stock count|receipt|ignore] [--in-store-barcodes] [--data-dir D].</source>
        <translation>catalogue import needs one file: comptoir catalogue import FILE [--dry-run] [--mapping NAME|FILE] [--skip-invalid] [--stock count|receipt|ignore] [--in-store-barcodes] [--data-dir D].</translation>
    </message>
    <message>
        <source>catalogue export needs --out FILE (.csv or .xlsx): comptoir catalogue export --out FILE [--kind catalogue|stock|valuation] [--data-dir D].</source>
        <translation>catalogue export needs --out FILE (.csv or .xlsx): comptoir catalogue export --out FILE [--kind catalogue|stock|valuation] [--data-dir D].</translation>
    </message>
    <message>
        <source>Add the photos of a folder: a photo named after a barcode or a reference ("-2" for a further one) goes to that product, the others wait in the photo inbox; each file is said attached, waiting, skipped (already there) or refused (and why).</source>
        <translation>Add the photos of a folder: a photo named after a barcode or a reference ("-2" for a further one) goes to that product, the others wait in the photo inbox; each file is said attached, waiting, skipped (already there) or refused (and why).</translation>
    </message>
    <message>
        <source>Exit codes: 0 no photo refused, 1 a photo was refused or it failed.</source>
        <translation>Exit codes: 0 no photo refused, 1 a photo was refused or it failed.</translation>
    </message>
    <message>
        <source>Optional command: demo seed, journal verify, journal archive, sync, enroll, backup, restore, doctor, catalogue import, catalogue export, catalogue photos; or a provisioning file (FILE.comptoir) for the first-run assistant.</source>
        <translation>Optional command: demo seed, journal verify, journal archive, sync, enroll, backup, restore, doctor, catalogue import, catalogue export, catalogue photos; or a provisioning file (FILE.comptoir) for the first-run assistant.</translation>
    </message>
    <message>
        <source>catalogue photos needs one folder: comptoir catalogue photos FOLDER [--data-dir D].</source>
        <translation>catalogue photos needs one folder: comptoir catalogue photos FOLDER [--data-dir D].</translation>
    </message>
</context>
<context>
    <name>DoctorText</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>Database integrity</translation>
    </message>
    <message>
        <source>Journal chain</source>
        <translation>Journal chain</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Free disk</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Last good backup</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>Problems to fix before this till can be trusted: %1.</source>
        <translation>Problems to fix before this till can be trusted: %1.</translation>
    </message>
    <message>
        <source>No problem; points to look at: %1.</source>
        <translation>No problem; points to look at: %1.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Everything checked is fine.</translation>
    </message>
    <message>
        <source>Comptoir doctor, %1</source>
        <translation>Comptoir doctor, %1</translation>
    </message>
    <message>
        <source>not checked (see the lines above).</source>
        <translation>not checked (see the lines above).</translation>
    </message>
    <message>
        <source>the shop's database could not be read (error %1): copy this report for support.</source>
        <translation>the shop's database could not be read (error %1): copy this report for support.</translation>
    </message>
    <message>
        <source>intact.</source>
        <translation>intact.</translation>
    </message>
    <message>
        <source>DAMAGED (%1). Stop selling on this till and restore the last good backup.</source>
        <translation>DAMAGED (%1). Stop selling on this till and restore the last good backup.</translation>
    </message>
    <message>
        <source>no fiscal record yet.</source>
        <translation>no fiscal record yet.</translation>
    </message>
    <message>
        <source>intact (links checked: %1).</source>
        <translation>intact (links checked: %1).</translation>
    </message>
    <message>
        <source>intact, but the register key is confirmed by nothing: compare its fingerprint with the Z reports (comptoir journal verify).</source>
        <translation>intact, but the register key is confirmed by nothing: compare its fingerprint with the Z reports (comptoir journal verify).</translation>
    </message>
    <message>
        <source>BROKEN at %1 (%2): the fiscal journal was altered or damaged. Do not repair it; keep the file and call support.</source>
        <translation>BROKEN at %1 (%2): the fiscal journal was altered or damaged. Do not repair it; keep the file and call support.</translation>
    </message>
    <message>
        <source>the register's key is there.</source>
        <translation>the register's key is there.</translation>
    </message>
    <message>
        <source>reachable; the register's key will be made when the till first opens.</source>
        <translation>reachable; the register's key will be made when the till first opens.</translation>
    </message>
    <message>
        <source>the register's key is MISSING from this computer's keychain: the till cannot sign. Restore the keychain, or start a new register key (docs: backups).</source>
        <translation>the register's key is MISSING from this computer's keychain: the till cannot sign. Restore the keychain, or start a new register key (docs: backups).</translation>
    </message>
    <message>
        <source>the keychain holds ANOTHER register key than this shop's: the till cannot sign. Call support.</source>
        <translation>the keychain holds ANOTHER register key than this shop's: the till cannot sign. Call support.</translation>
    </message>
    <message>
        <source>no keychain service (%1): install and start one (gnome-keyring or KWallet).</source>
        <translation>no keychain service (%1): install and start one (gnome-keyring or KWallet).</translation>
    </message>
    <message>
        <source>the keychain did not answer (%1): unlock it, or restart the session.</source>
        <translation>the keychain did not answer (%1): unlock it, or restart the session.</translation>
    </message>
    <message>
        <source>this till is not enrolled: online sales and stock are not shared. Enrol it in Synchronisation with the shop's code.</source>
        <translation>this till is not enrolled: online sales and stock are not shared. Enrol it in Synchronisation with the shop's code.</translation>
    </message>
    <message>
        <source>enrolled with %1, but the keychain holds no token: enrol the till again.</source>
        <translation>enrolled with %1, but the keychain holds no token: enrol the till again.</translation>
    </message>
    <message>
        <source>%1 answers and accepts this till (shop %2).</source>
        <translation>%1 answers and accepts this till (shop %2).</translation>
    </message>
    <message>
        <source>%1 REFUSES this till's token (revoked): enrol the till again with a new code.</source>
        <translation>%1 REFUSES this till's token (revoked): enrol the till again with a new code.</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2). Check the computer's date, or the network (a proxy, a captive portal).</source>
        <translation>%1: the secure connection failed (%2). Check the computer's date, or the network (a proxy, a captive portal).</translation>
    </message>
    <message>
        <source>%1 answered with the error HTTP %2: try again later.</source>
        <translation>%1 answered with the error HTTP %2: try again later.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check the internet connection.</source>
        <translation>%1 cannot be reached (%2): check the internet connection.</translation>
    </message>
    <message>
        <source>not compared (no answer from the marketplace).</source>
        <translation>not compared (no answer from the marketplace).</translation>
    </message>
    <message>
        <source>right (within a minute of the marketplace's; offset: %1 s).</source>
        <translation>right (within a minute of the marketplace's; offset: %1 s).</translation>
    </message>
    <message>
        <source>AHEAD of the marketplace's by %1 s: set the computer's date and time (automatic time).</source>
        <translation>AHEAD of the marketplace's by %1 s: set the computer's date and time (automatic time).</translation>
    </message>
    <message>
        <source>BEHIND the marketplace's by %1 s: set the computer's date and time (automatic time).</source>
        <translation>BEHIND the marketplace's by %1 s: set the computer's date and time (automatic time).</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>%1 free.</translation>
    </message>
    <message>
        <source>only %1 free where the shop's data is (%2): make room.</source>
        <translation>only %1 free where the shop's data is (%2): make room.</translation>
    </message>
    <message>
        <source>none chosen: receipts are only saved as PDF on request (Settings, Receipt printer).</source>
        <translation>none chosen: receipts are only saved as PDF on request (Settings, Receipt printer).</translation>
    </message>
    <message>
        <source>a system printer (%1): not checked here, print a test from Settings.</source>
        <translation>a system printer (%1): not checked here, print a test from Settings.</translation>
    </message>
    <message>
        <source>the default one</source>
        <translation>the default one</translation>
    </message>
    <message>
        <source>%1 is reachable.</source>
        <translation>%1 is reachable.</translation>
    </message>
    <message>
        <source>PDF receipts in %1, a folder made at the first receipt.</source>
        <translation>PDF receipts in %1, a folder made at the first receipt.</translation>
    </message>
    <message>
        <source>%1 cannot be written to by this user: check its permissions.</source>
        <translation>%1 cannot be written to by this user: check its permissions.</translation>
    </message>
    <message>
        <source>the PDF folder %1 cannot be reached: plug its disk in, or choose another folder in Settings.</source>
        <translation>the PDF folder %1 cannot be reached: plug its disk in, or choose another folder in Settings.</translation>
    </message>
    <message>
        <source>%1 does not answer: check that it is switched on and plugged in.</source>
        <translation>%1 does not answer: check that it is switched on and plugged in.</translation>
    </message>
    <message>
        <source>no backup folder chosen: choose one (a USB key, a network share) in Settings.</source>
        <translation>no backup folder chosen: choose one (a USB key, a network share) in Settings.</translation>
    </message>
    <message>
        <source>the backup folder %1 is MISSING: plug the USB key in, or reconnect the share.</source>
        <translation>the backup folder %1 is MISSING: plug the USB key in, or reconnect the share.</translation>
    </message>
    <message>
        <source>no backup has passed its check yet: make one now (Settings).</source>
        <translation>no backup has passed its check yet: make one now (Settings).</translation>
    </message>
    <message>
        <source>the last good backup is older than 48 hours (%1 h): make one now (Settings).</source>
        <translation>the last good backup is older than 48 hours (%1 h): make one now (Settings).</translation>
    </message>
    <message>
        <source>%1 h ago, in %2.</source>
        <translation>%1 h ago, in %2.</translation>
    </message>
    <message>
        <source>Comptoir %1, Qt %2, SQLite %3, %4, schema %5.</source>
        <translation>Comptoir %1, Qt %2, SQLite %3, %4, schema %5.</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Enrolment failed: %1</translation>
    </message>
    <message>
        <source>This till is enrolled with %1.</source>
        <translation>This till is enrolled with %1.</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Device id: %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The shop's data file %1 could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>The shop's data file %1 could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</translation>
    </message>
    <message>
        <source>The shop's data file could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>The shop's data file could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</translation>
    </message>
    <message>
        <source>The shop's data could not be read or saved, so nothing was changed. Try again; if it happens again, restart Comptoir.</source>
        <translation>The shop's data could not be read or saved, so nothing was changed. Try again; if it happens again, restart Comptoir.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Comptoir (schema %1); install the newer version to open it.</source>
        <translation>This data was written by a newer version of Comptoir (schema %1); install the newer version to open it.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Comptoir; install the newer version to open it.</source>
        <translation>This data was written by a newer version of Comptoir; install the newer version to open it.</translation>
    </message>
    <message>
        <source>The shop's data could not be brought up to this version of Comptoir. Nothing was changed: keep the data file as it is and contact support.</source>
        <translation>The shop's data could not be brought up to this version of Comptoir. Nothing was changed: keep the data file as it is and contact support.</translation>
    </message>
    <message>
        <source>The folder %1 cannot hold the shop's data: check that it exists and that you may write to it.</source>
        <translation>The folder %1 cannot hold the shop's data: check that it exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The data folder cannot hold the shop's data: check that it exists and that you may write to it.</source>
        <translation>The data folder cannot hold the shop's data: check that it exists and that you may write to it.</translation>
    </message>
    <message>
        <source>This data belongs to a real shop, not to the demo: Comptoir will not replace it with demo data.</source>
        <translation>This data belongs to a real shop, not to the demo: Comptoir will not replace it with demo data.</translation>
    </message>
    <message>
        <source>Type a name: it cannot be left empty.</source>
        <translation>Type a name: it cannot be left empty.</translation>
    </message>
    <message>
        <source>The amount %1 is negative: type zero or more, like 12.50.</source>
        <translation>The amount %1 is negative: type zero or more, like 12.50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative: type zero or more, like 12.50.</source>
        <translation>An amount cannot be negative: type zero or more, like 12.50.</translation>
    </message>
    <message>
        <source>The VAT rate %1 is not a French rate: pick one from the list.</source>
        <translation>The VAT rate %1 is not a French rate: pick one from the list.</translation>
    </message>
    <message>
        <source>This VAT rate is not a French rate: pick one from the list.</source>
        <translation>This VAT rate is not a French rate: pick one from the list.</translation>
    </message>
    <message>
        <source>The barcode %1 is not valid: check the digits or scan it again.</source>
        <translation>The barcode %1 is not valid: check the digits or scan it again.</translation>
    </message>
    <message>
        <source>This barcode is not valid: check the digits or scan it again.</source>
        <translation>This barcode is not valid: check the digits or scan it again.</translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another product.</source>
        <translation>The barcode %1 is already used by another product.</translation>
    </message>
    <message>
        <source>This barcode is already used by another product.</source>
        <translation>This barcode is already used by another product.</translation>
    </message>
    <message>
        <source>The reference %1 is already used by another product: type another one, or leave it empty to have one made up.</source>
        <translation>The reference %1 is already used by another product: type another one, or leave it empty to have one made up.</translation>
    </message>
    <message>
        <source>This reference is already used by another product: type another one, or leave it empty to have one made up.</source>
        <translation>This reference is already used by another product: type another one, or leave it empty to have one made up.</translation>
    </message>
    <message>
        <source>The category %1 already exists: pick it from the list.</source>
        <translation>The category %1 already exists: pick it from the list.</translation>
    </message>
    <message>
        <source>This category already exists: pick it from the list.</source>
        <translation>This category already exists: pick it from the list.</translation>
    </message>
    <message>
        <source>This category no longer exists: pick another one from the list.</source>
        <translation>This category no longer exists: pick another one from the list.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been removed in the meantime. Search for it again.</source>
        <translation>This item no longer exists; it may have been removed in the meantime. Search for it again.</translation>
    </message>
    <message>
        <source>%1 is archived: restore it before changing it.</source>
        <translation>%1 is archived: restore it before changing it.</translation>
    </message>
    <message>
        <source>This product is archived: restore it before changing it.</source>
        <translation>This product is archived: restore it before changing it.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number: type a whole number of items, or an amount like 12.50.</source>
        <translation>“%1” is not a valid number: type a whole number of items, or an amount like 12.50.</translation>
    </message>
    <message>
        <source>This number is not valid: type a whole number of items, or an amount like 12.50.</source>
        <translation>This number is not valid: type a whole number of items, or an amount like 12.50.</translation>
    </message>
    <message>
        <source>The change is zero: type how many items came in (for example 5) or went out (for example -2).</source>
        <translation>The change is zero: type how many items came in (for example 5) or went out (for example -2).</translation>
    </message>
    <message>
        <source>This kind of stock movement cannot be recorded here: choose a delivery or an adjustment, or use Physical count.</source>
        <translation>This kind of stock movement cannot be recorded here: choose a delivery or an adjustment, or use Physical count.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Try again.</source>
        <translation>Something went wrong and nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan or add at least one item first.</source>
        <translation>The ticket is empty: scan or add at least one item first.</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to: type a smaller discount.</source>
        <translation>The discount is larger than the amount it applies to: type a smaller discount.</translation>
    </message>
    <message>
        <source>This payment is more than what remains to pay: only cash can be more, and the difference is given back as change.</source>
        <translation>This payment is more than what remains to pay: only cash can be more, and the difference is given back as change.</translation>
    </message>
    <message>
        <source>The ticket is not fully paid yet: add a payment for the amount that remains.</source>
        <translation>The ticket is not fully paid yet: add a payment for the amount that remains.</translation>
    </message>
    <message>
        <source>%1: you cannot give back more items than were sold, minus those already refunded.</source>
        <translation>%1: you cannot give back more items than were sold, minus those already refunded.</translation>
    </message>
    <message>
        <source>You cannot give back more items than were sold, minus those already refunded.</source>
        <translation>You cannot give back more items than were sold, minus those already refunded.</translation>
    </message>
    <message>
        <source>A refund is paid back the way the sale was paid, or as a credit note: choose one of those.</source>
        <translation>A refund is paid back the way the sale was paid, or as a credit note: choose one of those.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits: type digits only, for example 2580.</source>
        <translation>A PIN is 4 to 8 digits: type digits only, for example 2580.</translation>
    </message>
    <message>
        <source>This PIN is not right: type it again.</source>
        <translation>This PIN is not right: type it again.</translation>
    </message>
    <message>
        <source>There is already a cashier called %1: choose another name.</source>
        <translation>There is already a cashier called %1: choose another name.</translation>
    </message>
    <message>
        <source>There is already a cashier with this name: choose another name.</source>
        <translation>There is already a cashier with this name: choose another name.</translation>
    </message>
    <message>
        <source>This PIN is not a manager's: ask a manager to type their own PIN.</source>
        <translation>This PIN is not a manager's: ask a manager to type their own PIN.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot use the till: a manager can activate them again.</source>
        <translation>%1 is deactivated and cannot use the till: a manager can activate them again.</translation>
    </message>
    <message>
        <source>This cashier is deactivated and cannot use the till: a manager can activate them again.</source>
        <translation>This cashier is deactivated and cannot use the till: a manager can activate them again.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for %1: wait a few minutes before trying again, or have a manager set a new PIN.</source>
        <translation>Too many wrong PINs for %1: wait a few minutes before trying again, or have a manager set a new PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: wait a few minutes before trying again.</source>
        <translation>Too many wrong PINs: wait a few minutes before trying again.</translation>
    </message>
    <message>
        <source>This is the last active manager: add or activate another manager first.</source>
        <translation>This is the last active manager: add or activate another manager first.</translation>
    </message>
    <message>
        <source>The receipt printer %1 does not answer: check that it is switched on, plugged in and has paper, then print the receipt again.</source>
        <translation>The receipt printer %1 does not answer: check that it is switched on, plugged in and has paper, then print the receipt again.</translation>
    </message>
    <message>
        <source>The receipt printer does not answer: check that it is switched on, plugged in and has paper, then print the receipt again.</source>
        <translation>The receipt printer does not answer: check that it is switched on, plugged in and has paper, then print the receipt again.</translation>
    </message>
    <message>
        <source>The receipt printer stopped before the end: check its paper and cable, then print the receipt again.</source>
        <translation>The receipt printer stopped before the end: check its paper and cable, then print the receipt again.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: choose another folder where you may save files.</source>
        <translation>The file %1 could not be written: choose another folder where you may save files.</translation>
    </message>
    <message>
        <source>The file could not be written: choose another folder where you may save files.</source>
        <translation>The file could not be written: choose another folder where you may save files.</translation>
    </message>
    <message>
        <source>The day of %1 is already closed: its Z report can be reprinted.</source>
        <translation>The day of %1 is already closed: its Z report can be reprinted.</translation>
    </message>
    <message>
        <source>This day is already closed: its Z report can be reprinted.</source>
        <translation>This day is already closed: its Z report can be reprinted.</translation>
    </message>
    <message>
        <source>The day of %1 is still open: close it before any later day.</source>
        <translation>The day of %1 is still open: close it before any later day.</translation>
    </message>
    <message>
        <source>An earlier day is still open: close it before any later day.</source>
        <translation>An earlier day is still open: close it before any later day.</translation>
    </message>
    <message>
        <source>The day of %1 cannot be closed: only the day in progress or an earlier day with sales can be.</source>
        <translation>The day of %1 cannot be closed: only the day in progress or an earlier day with sales can be.</translation>
    </message>
    <message>
        <source>This day cannot be closed: only the day in progress or an earlier day with sales can be.</source>
        <translation>This day cannot be closed: only the day in progress or an earlier day with sales can be.</translation>
    </message>
    <message>
        <source>A SIRET number is 14 digits, as printed on the Kbis or the INSEE notice: check it.</source>
        <translation>A SIRET number is 14 digits, as printed on the Kbis or the INSEE notice: check it.</translation>
    </message>
    <message>
        <source>A French VAT number is FR followed by 11 letters or digits, for example FR40123456789: check it.</source>
        <translation>A French VAT number is FR followed by 11 letters or digits, for example FR40123456789: check it.</translation>
    </message>
    <message>
        <source>The printer settings are incomplete: %1.</source>
        <translation>The printer settings are incomplete: %1.</translation>
    </message>
    <message>
        <source>The printer settings are incomplete: check each field.</source>
        <translation>The printer settings are incomplete: check each field.</translation>
    </message>
    <message>
        <source>No ticket of this till matches %1: check the number on the receipt, or search by day.</source>
        <translation>No ticket of this till matches %1: check the number on the receipt, or search by day.</translation>
    </message>
    <message>
        <source>No ticket of this till matches: check the number on the receipt, or search by day.</source>
        <translation>No ticket of this till matches: check the number on the receipt, or search by day.</translation>
    </message>
    <message>
        <source>No receipt printer is set up: a manager can choose one in Settings.</source>
        <translation>No receipt printer is set up: a manager can choose one in Settings.</translation>
    </message>
    <message>
        <source>This ticket is itself a refund: only a sale can be refunded.</source>
        <translation>This ticket is itself a refund: only a sale can be refunded.</translation>
    </message>
    <message>
        <source>No keychain is available to keep this till's secrets. Install and start %1, then open Comptoir again.</source>
        <translation>No keychain is available to keep this till's secrets. Install and start %1, then open Comptoir again.</translation>
    </message>
    <message>
        <source>No keychain is available to keep this till's secrets. Install and start a secret service (gnome-keyring or KWallet), then open Comptoir again.</source>
        <translation>No keychain is available to keep this till's secrets. Install and start a secret service (gnome-keyring or KWallet), then open Comptoir again.</translation>
    </message>
    <message>
        <source>The keychain refused to keep or give back a secret: unlock it, then try again.</source>
        <translation>The keychain refused to keep or give back a secret: unlock it, then try again.</translation>
    </message>
    <message>
        <source>This till's signing key is missing from the keychain: sales cannot be signed. Call the association's support before selling.</source>
        <translation>This till's signing key is missing from the keychain: sales cannot be signed. Call the association's support before selling.</translation>
    </message>
    <message>
        <source>A record could not be signed, so nothing was stored. Try again; if it goes on, call the association's support.</source>
        <translation>A record could not be signed, so nothing was stored. Try again; if it goes on, call the association's support.</translation>
    </message>
    <message>
        <source>The sales journal has been altered at %1: call the association's support and keep the till's data folder as it is.</source>
        <translation>The sales journal has been altered at %1: call the association's support and keep the till's data folder as it is.</translation>
    </message>
    <message>
        <source>The sales journal has been altered: call the association's support and keep the till's data folder as it is.</source>
        <translation>The sales journal has been altered: call the association's support and keep the till's data folder as it is.</translation>
    </message>
    <message>
        <source>%1 is not a marketplace address: it starts with https:// followed by the marketplace's name, as written on the association's letter.</source>
        <translation>%1 is not a marketplace address: it starts with https:// followed by the marketplace's name, as written on the association's letter.</translation>
    </message>
    <message>
        <source>This is not a marketplace address: it starts with https:// followed by the marketplace's name, as written on the association's letter.</source>
        <translation>This is not a marketplace address: it starts with https:// followed by the marketplace's name, as written on the association's letter.</translation>
    </message>
    <message>
        <source>The marketplace at %1 must be reached with https://, never http://: correct the address.</source>
        <translation>The marketplace at %1 must be reached with https://, never http://: correct the address.</translation>
    </message>
    <message>
        <source>The marketplace must be reached with https://, never http://: correct the address.</source>
        <translation>The marketplace must be reached with https://, never http://: correct the address.</translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified, so nothing was sent. Check the computer's date and time; if it goes on, call the association's support.</source>
        <translation>The identity of %1 could not be verified, so nothing was sent. Check the computer's date and time; if it goes on, call the association's support.</translation>
    </message>
    <message>
        <source>The marketplace's identity could not be verified, so nothing was sent. Check the computer's date and time; if it goes on, call the association's support.</source>
        <translation>The marketplace's identity could not be verified, so nothing was sent. Check the computer's date and time; if it goes on, call the association's support.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: sales go on and will be sent when the connection is back.</source>
        <translation>The marketplace cannot be reached: sales go on and will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>The marketplace is not answering properly for now: sales go on and will be sent later.</source>
        <translation>The marketplace is not answering properly for now: sales go on and will be sent later.</translation>
    </message>
    <message>
        <source>The marketplace no longer recognises this till: enrol it again with a new code from the association.</source>
        <translation>The marketplace no longer recognises this till: enrol it again with a new code from the association.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this till cannot read, so nothing was changed. If it goes on, call the association's support.</source>
        <translation>The marketplace sent an answer this till cannot read, so nothing was changed. If it goes on, call the association's support.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer far too large to be right, so it was refused and nothing was changed.</source>
        <translation>The marketplace sent an answer far too large to be right, so it was refused and nothing was changed.</translation>
    </message>
    <message>
        <source>The marketplace answered about another shop, so the answer was refused and nothing was changed. Call the association's support.</source>
        <translation>The marketplace answered about another shop, so the answer was refused and nothing was changed. Call the association's support.</translation>
    </message>
    <message>
        <source>The marketplace is missing some of this till's earlier changes: they will be sent again.</source>
        <translation>The marketplace is missing some of this till's earlier changes: they will be sent again.</translation>
    </message>
    <message>
        <source>The marketplace was restored from a backup: this till will download the shop's data again.</source>
        <translation>The marketplace was restored from a backup: this till will download the shop's data again.</translation>
    </message>
    <message>
        <source>The marketplace refused a change as too large: it will be sent in smaller parts.</source>
        <translation>The marketplace refused a change as too large: it will be sent in smaller parts.</translation>
    </message>
    <message>
        <source>The marketplace refused the request. If it goes on, call the association's support.</source>
        <translation>The marketplace refused the request. If it goes on, call the association's support.</translation>
    </message>
    <message>
        <source>The marketplace does not know this enrolment code: check each character and type it again.</source>
        <translation>The marketplace does not know this enrolment code: check each character and type it again.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used: ask the association for a new one.</source>
        <translation>This enrolment code has already been used: ask the association for a new one.</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask the association for a new one.</source>
        <translation>This enrolment code has expired: ask the association for a new one.</translation>
    </message>
    <message>
        <source>The provisioning file cannot be used (%1 is missing or wrong), so nothing was changed: ask the association for a new file, or type the code.</source>
        <translation>The provisioning file cannot be used (%1 is missing or wrong), so nothing was changed: ask the association for a new file, or type the code.</translation>
    </message>
    <message>
        <source>The provisioning file cannot be used, so nothing was changed: ask the association for a new file, or type the code.</source>
        <translation>The provisioning file cannot be used, so nothing was changed: ask the association for a new file, or type the code.</translation>
    </message>
    <message>
        <source>This till is not yet linked to the marketplace: enrol it with the code from the association.</source>
        <translation>This till is not yet linked to the marketplace: enrol it with the code from the association.</translation>
    </message>
    <message>
        <source>This order cannot be moved to that step from where it is now (it may have been cancelled online): nothing was sent. Look at its status in the list.</source>
        <translation>This order cannot be moved to that step from where it is now (it may have been cancelled online): nothing was sent. Look at its status in the list.</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under %1 characters.</source>
        <translation>The reason is too long: keep it under %1 characters.</translation>
    </message>
    <message>
        <source>The reason is too long: shorten it.</source>
        <translation>The reason is too long: shorten it.</translation>
    </message>
    <message>
        <source>The till could not check whether an earlier day must be closed first, so the sale waits. Try again; if it happens again, restart Comptoir.</source>
        <translation>The till could not check whether an earlier day must be closed first, so the sale waits. Try again; if it happens again, restart Comptoir.</translation>
    </message>
    <message>
        <source>The till could not check the manager's authorisation, so nothing was changed. Try again; if it happens again, restart Comptoir.</source>
        <translation>The till could not check the manager's authorisation, so nothing was changed. Try again; if it happens again, restart Comptoir.</translation>
    </message>
    <message>
        <source>The till could not check who is selling, so the sale waits. Try again; if it happens again, restart Comptoir.</source>
        <translation>The till could not check who is selling, so the sale waits. Try again; if it happens again, restart Comptoir.</translation>
    </message>
    <message>
        <source>The till could not check a rule of the sale, so the sale waits. Try again; if it happens again, restart Comptoir.</source>
        <translation>The till could not check a rule of the sale, so the sale waits. Try again; if it happens again, restart Comptoir.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows: choose one from the list.</source>
        <translation>%1 is not a time zone this computer knows: choose one from the list.</translation>
    </message>
    <message>
        <source>This is not a time zone this computer knows: choose one from the list.</source>
        <translation>This is not a time zone this computer knows: choose one from the list.</translation>
    </message>
    <message>
        <source>The keychain has not given this till's signing key yet (it may be locked: unlock it). Nothing was recorded; try again in a moment.</source>
        <translation>The keychain has not given this till's signing key yet (it may be locked: unlock it). Nothing was recorded; try again in a moment.</translation>
    </message>
    <message>
        <source>The shop's data is already open in another Comptoir (process %1): use that one, or close it and try again.</source>
        <translation>The shop's data is already open in another Comptoir (process %1): use that one, or close it and try again.</translation>
    </message>
    <message>
        <source>The shop's data is already open in another Comptoir: use that one, or close it and try again.</source>
        <translation>The shop's data is already open in another Comptoir: use that one, or close it and try again.</translation>
    </message>
    <message>
        <source>The shop's data file %1 cannot be kept safely where it is (its write-ahead log cannot be switched on): keep the data folder on this computer's own disk, not on a network share.</source>
        <translation>The shop's data file %1 cannot be kept safely where it is (its write-ahead log cannot be switched on): keep the data folder on this computer's own disk, not on a network share.</translation>
    </message>
    <message>
        <source>The shop's data file cannot be kept safely where it is (its write-ahead log cannot be switched on): keep the data folder on this computer's own disk, not on a network share.</source>
        <translation>The shop's data file cannot be kept safely where it is (its write-ahead log cannot be switched on): keep the data folder on this computer's own disk, not on a network share.</translation>
    </message>
    <message>
        <source>Amount too large: at most %1. Check what was typed or scanned.</source>
        <translation>Amount too large: at most %1. Check what was typed or scanned.</translation>
    </message>
    <message>
        <source>Amount too large for the till: type a smaller amount.</source>
        <translation>Amount too large for the till: type a smaller amount.</translation>
    </message>
    <message>
        <source>Quantity too large: at most %1 items on one line.</source>
        <translation>Quantity too large: at most %1 items on one line.</translation>
    </message>
    <message>
        <source>Quantity too large: type a smaller quantity.</source>
        <translation>Quantity too large: type a smaller quantity.</translation>
    </message>
    <message>
        <source>The day of %1 has not been closed: close it (Z) before the next sale.</source>
        <translation>The day of %1 has not been closed: close it (Z) before the next sale.</translation>
    </message>
    <message>
        <source>An earlier day has not been closed: close it (Z) before the next sale.</source>
        <translation>An earlier day has not been closed: close it (Z) before the next sale.</translation>
    </message>
    <message>
        <source>Payments have been taken: finish the ticket or cancel it.</source>
        <translation>Payments have been taken: finish the ticket or cancel it.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to sell.</source>
        <translation>Nobody is signed in: sign in to sell.</translation>
    </message>
    <message>
        <source>Park or cancel the current ticket before resuming another one.</source>
        <translation>Park or cancel the current ticket before resuming another one.</translation>
    </message>
    <message>
        <source>This provisioning file is damaged or incomplete, so nothing was changed: copy it again, or type the code.</source>
        <translation>This provisioning file is damaged or incomplete, so nothing was changed: copy it again, or type the code.</translation>
    </message>
    <message>
        <source>This provisioning file is for another shop, so nothing was changed: ask for this shop's file.</source>
        <translation>This provisioning file is for another shop, so nothing was changed: ask for this shop's file.</translation>
    </message>
    <message>
        <source>This is not a provisioning file Comptoir reads, so nothing was changed: open the .comptoir file.</source>
        <translation>This is not a provisioning file Comptoir reads, so nothing was changed: open the .comptoir file.</translation>
    </message>
    <message>
        <source>This provisioning file has expired: nothing was changed. Ask for a new one.</source>
        <translation>This provisioning file has expired: nothing was changed. Ask for a new one.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached: plug in the USB key or connect the network share, or choose another folder in Settings.</source>
        <translation>The backup folder %1 cannot be reached: plug in the USB key or connect the network share, or choose another folder in Settings.</translation>
    </message>
    <message>
        <source>No backup folder is chosen: choose one in Settings (a USB key, a network share).</source>
        <translation>No backup folder is chosen: choose one in Settings (a USB key, a network share).</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: check that the folder has room and can be written to, then try again.</source>
        <translation>The backup could not be written to %1: check that the folder has room and can be written to, then try again.</translation>
    </message>
    <message>
        <source>The backup could not be written: check that the folder has room and can be written to, then try again.</source>
        <translation>The backup could not be written: check that the folder has room and can be written to, then try again.</translation>
    </message>
    <message>
        <source>%1 is not a Comptoir backup: choose a backup folder made by Comptoir (comptoir-backup-…) or the comptoir.sqlite file inside it. Nothing was changed.</source>
        <translation>%1 is not a Comptoir backup: choose a backup folder made by Comptoir (comptoir-backup-…) or the comptoir.sqlite file inside it. Nothing was changed.</translation>
    </message>
    <message>
        <source>This is not a Comptoir backup: choose a backup folder made by Comptoir. Nothing was changed.</source>
        <translation>This is not a Comptoir backup: choose a backup folder made by Comptoir. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its database fails its integrity check): it was refused and nothing was changed. Take another backup.</source>
        <translation>The backup %1 is damaged (its database fails its integrity check): it was refused and nothing was changed. Take another backup.</translation>
    </message>
    <message>
        <source>The backup is damaged (its database fails its integrity check): it was refused and nothing was changed. Take another backup.</source>
        <translation>The backup is damaged (its database fails its integrity check): it was refused and nothing was changed. Take another backup.</translation>
    </message>
    <message>
        <source>The fiscal journal of the backup does not verify (first broken record: %1): it was refused and nothing was changed. Take another backup.</source>
        <translation>The fiscal journal of the backup does not verify (first broken record: %1): it was refused and nothing was changed. Take another backup.</translation>
    </message>
    <message>
        <source>The fiscal journal of the backup does not verify: it was refused and nothing was changed. Take another backup.</source>
        <translation>The fiscal journal of the backup does not verify: it was refused and nothing was changed. Take another backup.</translation>
    </message>
    <message>
        <source>This backup belongs to another till (register %1), not to this shop's: it was refused and nothing was changed.</source>
        <translation>This backup belongs to another till (register %1), not to this shop's: it was refused and nothing was changed.</translation>
    </message>
    <message>
        <source>This backup belongs to another till, not to this shop's: it was refused and nothing was changed.</source>
        <translation>This backup belongs to another till, not to this shop's: it was refused and nothing was changed.</translation>
    </message>
    <message>
        <source>The two PINs typed are not the same: type the new PIN twice again.</source>
        <translation>The two PINs typed are not the same: type the new PIN twice again.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Check that it is still there and not open in another program, then try again.</source>
        <translation>The file %1 could not be read. Check that it is still there and not open in another program, then try again.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is still there and not open in another program, then try again.</source>
        <translation>The file could not be read. Check that it is still there and not open in another program, then try again.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet Comptoir can read: save it as CSV, Excel (.xlsx) or OpenDocument (.ods) and try again.</source>
        <translation>%1 is not a spreadsheet Comptoir can read: save it as CSV, Excel (.xlsx) or OpenDocument (.ods) and try again.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet Comptoir can read: save it as CSV, Excel (.xlsx) or OpenDocument (.ods) and try again.</source>
        <translation>This is not a spreadsheet Comptoir can read: save it as CSV, Excel (.xlsx) or OpenDocument (.ods) and try again.</translation>
    </message>
    <message>
        <source>The spreadsheet %1 is damaged or incomplete (was it fully copied?): open it in your spreadsheet program, save it again and retry. Nothing was changed.</source>
        <translation>The spreadsheet %1 is damaged or incomplete (was it fully copied?): open it in your spreadsheet program, save it again and retry. Nothing was changed.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or incomplete (was it fully copied?): open it in your spreadsheet program, save it again and retry. Nothing was changed.</source>
        <translation>The spreadsheet is damaged or incomplete (was it fully copied?): open it in your spreadsheet program, save it again and retry. Nothing was changed.</translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password: open it in your spreadsheet program, save a copy without the password and import that copy. Nothing was changed.</source>
        <translation>This spreadsheet is protected by a password: open it in your spreadsheet program, save a copy without the password and import that copy. Nothing was changed.</translation>
    </message>
    <message>
        <source>The accents of this file are garbled ("%1"): it was saved in another character set. Save it again as "CSV UTF-8" and import it again. Nothing was changed.</source>
        <translation>The accents of this file are garbled ("%1"): it was saved in another character set. Save it again as "CSV UTF-8" and import it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The accents of this file are garbled: it was saved in another character set. Save it again as "CSV UTF-8" and import it again. Nothing was changed.</source>
        <translation>The accents of this file are garbled: it was saved in another character set. Save it again as "CSV UTF-8" and import it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>No column of the file is chosen for "%1", which the import needs: choose it in the columns step.</source>
        <translation>No column of the file is chosen for "%1", which the import needs: choose it in the columns step.</translation>
    </message>
    <message>
        <source>A column the import needs is not chosen: choose it in the columns step.</source>
        <translation>A column the import needs is not chosen: choose it in the columns step.</translation>
    </message>
    <message>
        <source>There is no saved column choice "%1" (or it cannot be read): check its name, or choose the columns again.</source>
        <translation>There is no saved column choice "%1" (or it cannot be read): check its name, or choose the columns again.</translation>
    </message>
    <message>
        <source>This saved column choice cannot be found or read: choose the columns again.</source>
        <translation>This saved column choice cannot be found or read: choose the columns again.</translation>
    </message>
    <message>
        <source>"%1" is not a number this column can hold.</source>
        <translation>"%1" is not a number this column can hold.</translation>
    </message>
    <message>
        <source>An empty or unreadable value where a number is needed.</source>
        <translation>An empty or unreadable value where a number is needed.</translation>
    </message>
    <message>
        <source>The rows of this product disagree on its %1: give every row of the product the same value.</source>
        <translation>The rows of this product disagree on its %1: give every row of the product the same value.</translation>
    </message>
    <message>
        <source>The rows of this product disagree: give every row of the product the same name, brand, category and VAT rate.</source>
        <translation>The rows of this product disagree: give every row of the product the same name, brand, category and VAT rate.</translation>
    </message>
    <message>
        <source>%1 rows of the file are wrong, so nothing was imported. Correct them (the report names each one), or import only the good rows.</source>
        <translation>%1 rows of the file are wrong, so nothing was imported. Correct them (the report names each one), or import only the good rows.</translation>
    </message>
    <message>
        <source>Rows of the file are wrong, so nothing was imported. Correct them (the report names each one), or import only the good rows.</source>
        <translation>Rows of the file are wrong, so nothing was imported. Correct them (the report names each one), or import only the good rows.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>The import was cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The shop has used every in-store barcode of its range: call the association's support.</source>
        <translation>The shop has used every in-store barcode of its range: call the association's support.</translation>
    </message>
    <message>
        <source>This scale barcode layout cannot be used (%1 is wrong): choose one of the layouts offered, or check the one typed.</source>
        <translation>This scale barcode layout cannot be used (%1 is wrong): choose one of the layouts offered, or check the one typed.</translation>
    </message>
    <message>
        <source>This scale barcode layout cannot be used: choose one of the layouts offered.</source>
        <translation>This scale barcode layout cannot be used: choose one of the layouts offered.</translation>
    </message>
    <message>
        <source>The scale's item code %1 is not in the catalogue: give that code to the product as its reference, or sell at a free price.</source>
        <translation>The scale's item code %1 is not in the catalogue: give that code to the product as its reference, or sell at a free price.</translation>
    </message>
    <message>
        <source>The scale's item code is not in the catalogue: give it to the product as its reference, or sell at a free price.</source>
        <translation>The scale's item code is not in the catalogue: give it to the product as its reference, or sell at a free price.</translation>
    </message>
    <message>
        <source>"%1" is not a net quantity Comptoir can use: write a number and a unit among g, kg, ml, cl, l or piece ("250 g", "1,5 l").</source>
        <translation>"%1" is not a net quantity Comptoir can use: write a number and a unit among g, kg, ml, cl, l or piece ("250 g", "1,5 l").</translation>
    </message>
    <message>
        <source>This net quantity cannot be used: write a number and a unit among g, kg, ml, cl, l or piece.</source>
        <translation>This net quantity cannot be used: write a number and a unit among g, kg, ml, cl, l or piece.</translation>
    </message>
    <message>
        <source>These labels do not fit the sheet (%1 is wrong): check the sizes, margins and gaps.</source>
        <translation>These labels do not fit the sheet (%1 is wrong): check the sizes, margins and gaps.</translation>
    </message>
    <message>
        <source>These labels do not fit the sheet: check the sizes, margins and gaps.</source>
        <translation>These labels do not fit the sheet: check the sizes, margins and gaps.</translation>
    </message>
    <message>
        <source>There is no label to print.</source>
        <translation>There is no label to print.</translation>
    </message>
    <message>
        <source>%1 is not a photo Comptoir can read: choose a JPEG, PNG, WebP or HEIC picture. The product is unchanged.</source>
        <translation>%1 is not a photo Comptoir can read: choose a JPEG, PNG, WebP or HEIC picture. The product is unchanged.</translation>
    </message>
    <message>
        <source>This file is not a photo Comptoir can read: choose a JPEG, PNG, WebP or HEIC picture. The product is unchanged.</source>
        <translation>This file is not a photo Comptoir can read: choose a JPEG, PNG, WebP or HEIC picture. The product is unchanged.</translation>
    </message>
    <message>
        <source>The photo %1 is damaged or incomplete (was it still being copied?): copy it again or take it again. The product is unchanged.</source>
        <translation>The photo %1 is damaged or incomplete (was it still being copied?): copy it again or take it again. The product is unchanged.</translation>
    </message>
    <message>
        <source>This photo is damaged or incomplete: copy it again or take it again. The product is unchanged.</source>
        <translation>This photo is damaged or incomplete: copy it again or take it again. The product is unchanged.</translation>
    </message>
    <message>
        <source>This image declares %1 pixels, far more than any camera takes: it was refused. Use a photo straight from a camera or a phone.</source>
        <translation>This image declares %1 pixels, far more than any camera takes: it was refused. Use a photo straight from a camera or a phone.</translation>
    </message>
    <message>
        <source>This image is far larger than any camera takes: it was refused. Use a photo straight from a camera or a phone.</source>
        <translation>This image is far larger than any camera takes: it was refused. Use a photo straight from a camera or a phone.</translation>
    </message>
    <message>
        <source>The HEIC photo %1 cannot be read. On the iPhone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible to take JPEG photos, or send it as JPEG (share it by e-mail at its actual size).</source>
        <translation>The HEIC photo %1 cannot be read. On the iPhone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible to take JPEG photos, or send it as JPEG (share it by e-mail at its actual size).</translation>
    </message>
    <message>
        <source>This HEIC photo cannot be read. On the iPhone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible to take JPEG photos.</source>
        <translation>This HEIC photo cannot be read. On the iPhone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible to take JPEG photos.</translation>
    </message>
    <message>
        <source>The photo could not be saved in %1 (is the disk full or read-only?): free some space, then add it again. Nothing was changed.</source>
        <translation>The photo could not be saved in %1 (is the disk full or read-only?): free some space, then add it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The photo could not be saved (is the disk full or read-only?): free some space, then add it again. Nothing was changed.</source>
        <translation>The photo could not be saved (is the disk full or read-only?): free some space, then add it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>This product already has 20 photos, the most the marketplace shows: remove one before adding another.</source>
        <translation>This product already has 20 photos, the most the marketplace shows: remove one before adding another.</translation>
    </message>
    <message>
        <source>This photo is no longer in the shop's photos: add it again.</source>
        <translation>This photo is no longer in the shop's photos: add it again.</translation>
    </message>
    <message>
        <source>The camera %1 is not available (unplugged, or used by another program): plug it in or close the other program, or choose another camera in Settings.</source>
        <translation>The camera %1 is not available (unplugged, or used by another program): plug it in or close the other program, or choose another camera in Settings.</translation>
    </message>
    <message>
        <source>No camera is available: plug one in, or add photos from files.</source>
        <translation>No camera is available: plug one in, or add photos from files.</translation>
    </message>
    <message>
        <source>The category %1 is not in the marketplace's list: choose one from the list (it is updated at each synchronisation).</source>
        <translation>The category %1 is not in the marketplace's list: choose one from the list (it is updated at each synchronisation).</translation>
    </message>
    <message>
        <source>This category is not in the marketplace's list: choose one from the list.</source>
        <translation>This category is not in the marketplace's list: choose one from the list.</translation>
    </message>
    <message>
        <source>This online text is too long: the title takes at most 200 characters and the description 10 000. Shorten it.</source>
        <translation>This online text is too long: the title takes at most 200 characters and the description 10 000. Shorten it.</translation>
    </message>
    <message>
        <source>The marketplace stopped answering in the middle of an exchange (%1): it was cut off and will be tried again. Sales and orders already here are safe.</source>
        <translation>The marketplace stopped answering in the middle of an exchange (%1): it was cut off and will be tried again. Sales and orders already here are safe.</translation>
    </message>
    <message>
        <source>The marketplace stopped answering in the middle of an exchange: it was cut off and will be tried again. Sales and orders already here are safe.</source>
        <translation>The marketplace stopped answering in the middle of an exchange: it was cut off and will be tried again. Sales and orders already here are safe.</translation>
    </message>
    <message>
        <source>The marketplace asked to wait %1 seconds before the next exchange: Comptoir will try again by itself. Nothing is lost.</source>
        <translation>The marketplace asked to wait %1 seconds before the next exchange: Comptoir will try again by itself. Nothing is lost.</translation>
    </message>
    <message>
        <source>The marketplace asked to wait before the next exchange: Comptoir will try again by itself. Nothing is lost.</source>
        <translation>The marketplace asked to wait before the next exchange: Comptoir will try again by itself. Nothing is lost.</translation>
    </message>
    <message>
        <source>These opening hours cannot be used: each period must end after it starts and must not overlap another one of the same day. Nothing was changed.</source>
        <translation>These opening hours cannot be used: each period must end after it starts and must not overlap another one of the same day. Nothing was changed.</translation>
    </message>
    <message>
        <source>The sound %1 cannot be played: choose a WAV file, or keep the built-in bell.</source>
        <translation>The sound %1 cannot be played: choose a WAV file, or keep the built-in bell.</translation>
    </message>
    <message>
        <source>This sound cannot be played: choose a WAV file, or keep the built-in bell.</source>
        <translation>This sound cannot be played: choose a WAV file, or keep the built-in bell.</translation>
    </message>
    <message>
        <source>This order cannot be prepared now: it is no longer waiting to be prepared (it may have been cancelled online or handled on another till). Its status is shown in the list.</source>
        <translation>This order cannot be prepared now: it is no longer waiting to be prepared (it may have been cancelled online or handled on another till). Its status is shown in the list.</translation>
    </message>
    <message>
        <source>This line can no longer be refused: it is already refused, or the order is finished.</source>
        <translation>This line can no longer be refused: it is already refused, or the order is finished.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>This till is already set up, so the provisioning file was not used. To enrol it again with the marketplace, open Settings, Marketplace, and choose the file there.</source>
        <translation>This till is already set up, so the provisioning file was not used. To enrol it again with the marketplace, open Settings, Marketplace, and choose the file there.</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Provisioning file</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Catalogue import</source>
        <translation>Catalogue import</translation>
    </message>
</context>
<context>
    <name>JournalProblemText</name>
    <message>
        <source>it was changed after it was recorded (an amount, a line, a payment or a date no longer matches its fingerprint)</source>
        <translation>it was changed after it was recorded (an amount, a line, a payment or a date no longer matches its fingerprint)</translation>
    </message>
    <message>
        <source>its signature is not the till's: it was forged or signed again</source>
        <translation>its signature is not the till's: it was forged or signed again</translation>
    </message>
    <message>
        <source>it was deleted from the till's data</source>
        <translation>it was deleted from the till's data</translation>
    </message>
    <message>
        <source>it was added to the till's data without being signed</source>
        <translation>it was added to the till's data without being signed</translation>
    </message>
    <message>
        <source>a record was removed from the journal just before it</source>
        <translation>a record was removed from the journal just before it</translation>
    </message>
    <message>
        <source>the records before it were removed, replaced or put in another order</source>
        <translation>the records before it were removed, replaced or put in another order</translation>
    </message>
    <message>
        <source>its number does not follow the one before: a record is missing</source>
        <translation>its number does not follow the one before: a record is missing</translation>
    </message>
    <message>
        <source>its totals are not the sum of its day's tickets, or its grand total does not follow the one before</source>
        <translation>its totals are not the sum of its day's tickets, or its grand total does not follow the one before</translation>
    </message>
    <message>
        <source>its totals are not the sum of the closures of its period, or its grand total does not follow the one before</source>
        <translation>its totals are not the sum of the closures of its period, or its grand total does not follow the one before</translation>
    </message>
    <message>
        <source>the file is damaged or is not a Comptoir archive</source>
        <translation>the file is damaged or is not a Comptoir archive</translation>
    </message>
    <message>
        <source>it fails the check (%1)</source>
        <translation>it fails the check (%1)</translation>
    </message>
    <message>
        <source>the till's signing key</source>
        <translation>the till's signing key</translation>
    </message>
    <message>
        <source>the archive file</source>
        <translation>the archive file</translation>
    </message>
    <message>
        <source>ticket record %1</source>
        <translation>ticket record %1</translation>
    </message>
    <message>
        <source>daily closure (Z) record %1</source>
        <translation>daily closure (Z) record %1</translation>
    </message>
    <message>
        <source>technical event %1</source>
        <translation>technical event %1</translation>
    </message>
    <message>
        <source>monthly closure record %1</source>
        <translation>monthly closure record %1</translation>
    </message>
    <message>
        <source>yearly closure record %1</source>
        <translation>yearly closure record %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln daily closure(s)</source>
        <translation>
            <numerusform>%Ln daily closure</numerusform>
            <numerusform>%Ln daily closures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monthly or yearly closure(s)</source>
        <translation>
            <numerusform>%Ln monthly or yearly closure</numerusform>
            <numerusform>%Ln monthly or yearly closures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln technical event(s)</source>
        <translation>
            <numerusform>%Ln technical event</numerusform>
            <numerusform>%Ln technical events</numerusform>
        </translation>
    </message>
    <message>
        <source>The fiscal journal is broken at %1: %2.</source>
        <translation>The fiscal journal is broken at %1: %2.</translation>
    </message>
    <message>
        <source>Selling can go on. Change or delete nothing in the till's data folder, and contact the association's support: they will tell you what to tell the tax office.</source>
        <translation>Selling can go on. Change or delete nothing in the till's data folder, and contact the association's support: they will tell you what to tell the tax office.</translation>
    </message>
    <message>
        <source>it is none of the keys this journal was signed with: it was replaced, or the key given is another shop's</source>
        <translation>it is none of the keys this journal was signed with: it was replaced, or the key given is another shop's</translation>
    </message>
    <message>
        <source>it was rewritten in another form than the one its till wrote</source>
        <translation>it was rewritten in another form than the one its till wrote</translation>
    </message>
    <message>
        <source>its link says it is another kind of record than it is</source>
        <translation>its link says it is another kind of record than it is</translation>
    </message>
    <message>
        <source>a change of the till's signing key does not follow from the key before, or is not vouched for</source>
        <translation>a change of the till's signing key does not follow from the key before, or is not vouched for</translation>
    </message>
    <message>
        <source>it appears twice in the journal</source>
        <translation>it appears twice in the journal</translation>
    </message>
    <message>
        <source>its own amounts do not add up (lines, discounts, VAT, payments or change)</source>
        <translation>its own amounts do not add up (lines, discounts, VAT, payments or change)</translation>
    </message>
    <message>
        <source>the archive's seal is not the till's, or was broken</source>
        <translation>the archive's seal is not the till's, or was broken</translation>
    </message>
    <message>
        <source>the archive's content is not what its seal says: records were removed, added or reordered</source>
        <translation>the archive's content is not what its seal says: records were removed, added or reordered</translation>
    </message>
    <message>
        <source>the archive does not follow the previous archive given</source>
        <translation>the archive does not follow the previous archive given</translation>
    </message>
    <message>
        <source>the archive's header</source>
        <translation>the archive's header</translation>
    </message>
    <message>
        <source>the archive's footer</source>
        <translation>the archive's footer</translation>
    </message>
    <message>
        <source>the continuity with the previous archive</source>
        <translation>the continuity with the previous archive</translation>
    </message>
</context>
<context>
    <name>LabelText</name>
    <message>
        <source>%1 / kg</source>
        <translation>%1 / kg</translation>
    </message>
    <message>
        <source>%1 / l</source>
        <translation>%1 / l</translation>
    </message>
    <message>
        <source>%1 / piece</source>
        <translation>%1 / piece</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Item not yet in the catalogue</source>
        <translation>Item not yet in the catalogue</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>OversellCasesDialog</name>
    <message>
        <source>an in-store sale</source>
        <translation>an in-store sale</translation>
    </message>
    <message>
        <source>a return</source>
        <translation>a return</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>a receipt</translation>
    </message>
    <message>
        <source>a stock adjustment</source>
        <translation>a stock adjustment</translation>
    </message>
    <message>
        <source>a stock count</source>
        <translation>a stock count</translation>
    </message>
    <message>
        <source>a safety stock change</source>
        <translation>a safety stock change</translation>
    </message>
    <message>
        <source>an online order</source>
        <translation>an online order</translation>
    </message>
</context>
<context>
    <name>PaymentMethodText</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
</context>
<context>
    <name>PhotoTools</name>
    <message>
        <source>Photo &amp;session…</source>
        <translation>Photo &amp;session…</translation>
    </message>
    <message>
        <source>Scan a product, press Space to photograph it, scan the next (Ctrl+Shift+P)</source>
        <translation>Scan a product, press Space to photograph it, scan the next (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Photo &amp;inbox (%1)</source>
        <translation>Photo &amp;inbox (%1)</translation>
    </message>
    <message>
        <source>Photo &amp;inbox</source>
        <translation>Photo &amp;inbox</translation>
    </message>
    <message>
        <source>Photo %1 added to %2.</source>
        <translation>Photo %1 added to %2.</translation>
    </message>
    <message>
        <source>Photo %1 is waiting in the photo inbox.</source>
        <translation>Photo %1 is waiting in the photo inbox.</translation>
    </message>
</context>
<context>
    <name>PickingSlip</name>
    <message>
        <source>PICKING SLIP</source>
        <translation>PICKING SLIP</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Placed %1</translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation>To pay at collection</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Paid online</translation>
    </message>
    <message>
        <source>Item not in the catalogue yet</source>
        <translation>Item not in the catalogue yet</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>no category</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>ref. %1</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSED: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to pick</source>
        <translation>
            <numerusform>%n item(s) to pick</numerusform>
            <numerusform>%n item(s) to pick</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan at collection:</source>
        <translation>Scan at collection:</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET: %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>VAT number: %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <source>Refund of ticket no. %1</source>
        <translation>Refund of ticket no. %1</translation>
    </message>
    <message>
        <source>Refund of ticket ID %1</source>
        <translation>Refund of ticket ID %1</translation>
    </message>
    <message>
        <source>Ticket no. %1</source>
        <translation>Ticket no. %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Ticket discount</translation>
    </message>
    <message>
        <source>TOTAL incl. VAT</source>
        <translation>TOTAL incl. VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Total VAT</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>DUPLICATE %1</source>
        <translation>DUPLICATE %1</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <source>Return code: %1</source>
        <translation>Return code: %1</translation>
    </message>
    <message>
        <source>Z REPORT no. %1</source>
        <translation>Z REPORT no. %1</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Cancelled tickets</source>
        <translation>Cancelled tickets</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Sales total</translation>
    </message>
    <message>
        <source>Refunds total</source>
        <translation>Refunds total</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Discounts given</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Cash float</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Cash difference</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Lines: %1</translation>
    </message>
    <message>
        <source>Register key fingerprint</source>
        <translation>Register key fingerprint</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>The backup is older than the shop's last ticket: these tickets would be missing (%1):</source>
        <translation>The backup is older than the shop's last ticket: these tickets would be missing (%1):</translation>
    </message>
    <message>
        <source>Register key</source>
        <translation>Register key</translation>
    </message>
    <message>
        <source>The shop was restored, but this computer's keychain does not hold its register key (a replaced computer?), so nothing can be recorded. Start a new register key? The change is journalled, and what the old key signed stays verifiable. Answer no to bring the old keychain over first (docs/backups.md).</source>
        <translation>The shop was restored, but this computer's keychain does not hold its register key (a replaced computer?), so nothing can be recorded. Start a new register key? The change is journalled, and what the old key signed stays verifiable. Answer no to bring the old keychain over first (docs/backups.md).</translation>
    </message>
    <message>
        <source>No new register key was started: %1</source>
        <translation>No new register key was started: %1</translation>
    </message>
    <message>
        <source>Choose the backup to restore (a comptoir-backup-… folder)</source>
        <translation>Choose the backup to restore (a comptoir-backup-… folder)</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Restore refused</translation>
    </message>
    <message>
        <source>Ticket number %1 of %2</source>
        <translation>Ticket number %1 of %2</translation>
    </message>
    <message>
        <source>Restore all the same?</source>
        <translation>Restore all the same?</translation>
    </message>
    <message>
        <source>Tickets would be missing</source>
        <translation>Tickets would be missing</translation>
    </message>
    <message>
        <source>The backup %1 passed its check (%2 tickets, fiscal journal intact).</source>
        <translation>The backup %1 passed its check (%2 tickets, fiscal journal intact).</translation>
    </message>
    <message>
        <source>The shop's current file is kept aside as %1.</source>
        <translation>The shop's current file is kept aside as %1.</translation>
    </message>
    <message>
        <source>Comptoir restarts to put the backup in place. Restore now?</source>
        <translation>Comptoir restarts to put the backup in place. Restore now?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
</context>
<context>
    <name>ScaleBarcodes</name>
    <message numerus="yes">
        <source>%n-digit price in cents</source>
        <translation>
            <numerusform>%n-digit price in cents</numerusform>
            <numerusform>%n-digit price in cents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-digit weight in grams</source>
        <translation>
            <numerusform>%n-digit weight in grams</numerusform>
            <numerusform>%n-digit weight in grams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2-digit item + check digit + %3</source>
        <translation>%1 + %2-digit item + check digit + %3</translation>
    </message>
    <message>
        <source>%1 + %2-digit item + %3</source>
        <translation>%1 + %2-digit item + %3</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>Till 1</source>
        <translation>Till 1</translation>
    </message>
</context>
<context>
    <name>ShopWindow</name>
    <message>
        <source>Take a photo with the &amp;camera…</source>
        <translation>Take a photo with the &amp;camera…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Comptoir cannot start</source>
        <translation>Comptoir cannot start</translation>
    </message>
    <message>
        <source>Its window was brought to the front.</source>
        <translation>Its window was brought to the front.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>This till is not enrolled with a marketplace: nothing to sync. Enrol it first (Settings, Marketplace) with the code the marketplace gave the shop.</source>
        <translation>This till is not enrolled with a marketplace: nothing to sync. Enrol it first (Settings, Marketplace) with the code the marketplace gave the shop.</translation>
    </message>
    <message>
        <source>A full copy of the shop was taken from the marketplace.</source>
        <translation>A full copy of the shop was taken from the marketplace.</translation>
    </message>
    <message>
        <source>Position in the marketplace's feed: %1.</source>
        <translation>Position in the marketplace's feed: %1.</translation>
    </message>
    <message>
        <source>The demo shop keeps its marketplace token only while its window is open (it enrols again at each start): open the demo to sync it.</source>
        <translation>The demo shop keeps its marketplace token only while its window is open (it enrols again at each start): open the demo to sync it.</translation>
    </message>
    <message>
        <source>Syncing with %1 (shop %2)…</source>
        <translation>Syncing with %1 (shop %2)…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <source>This till must be enrolled again with a new code from the marketplace.</source>
        <translation>This till must be enrolled again with a new code from the marketplace.</translation>
    </message>
    <message>
        <source>Changes sent to the marketplace: %1 (applied: %2, already there: %3, refused: %4).</source>
        <translation>Changes sent to the marketplace: %1 (applied: %2, already there: %3, refused: %4).</translation>
    </message>
    <message>
        <source>Pages received from the marketplace: %1 (changes applied: %2, already known: %3).</source>
        <translation>Pages received from the marketplace: %1 (changes applied: %2, already known: %3).</translation>
    </message>
    <message>
        <source>Changes still waiting to be confirmed by the marketplace: %1.</source>
        <translation>Changes still waiting to be confirmed by the marketplace: %1.</translation>
    </message>
    <message>
        <source>Refused changes waiting for a decision (Synchronisation page): %1.</source>
        <translation>Refused changes waiting for a decision (Synchronisation page): %1.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The marketplace found a missing or wrong value in this change. If retrying does not help, call the association's support.</source>
        <translation>The marketplace found a missing or wrong value in this change. If retrying does not help, call the association's support.</translation>
    </message>
    <message>
        <source>The marketplace does not take this kind of change: Comptoir may need an update.</source>
        <translation>The marketplace does not take this kind of change: Comptoir may need an update.</translation>
    </message>
    <message>
        <source>The marketplace does not know this product variant yet. Retry once the product has been sent.</source>
        <translation>The marketplace does not know this product variant yet. Retry once the product has been sent.</translation>
    </message>
    <message>
        <source>The marketplace does not know this product yet. Retry once the product has been sent.</source>
        <translation>The marketplace does not know this product yet. Retry once the product has been sent.</translation>
    </message>
    <message>
        <source>The marketplace does not know this order.</source>
        <translation>The marketplace does not know this order.</translation>
    </message>
    <message>
        <source>The marketplace already holds this stock movement with different figures.</source>
        <translation>The marketplace already holds this stock movement with different figures.</translation>
    </message>
    <message>
        <source>This product is archived on the marketplace: it can no longer be changed.</source>
        <translation>This product is archived on the marketplace: it can no longer be changed.</translation>
    </message>
    <message>
        <source>This change touches a field that only the marketplace may set.</source>
        <translation>This change touches a field that only the marketplace may set.</translation>
    </message>
    <message>
        <source>This barcode already belongs to another product of the shop on the marketplace.</source>
        <translation>This barcode already belongs to another product of the shop on the marketplace.</translation>
    </message>
    <message>
        <source>This reference already belongs to another product of the shop on the marketplace.</source>
        <translation>This reference already belongs to another product of the shop on the marketplace.</translation>
    </message>
    <message>
        <source>A photo of this product did not reach the marketplace.</source>
        <translation>A photo of this product did not reach the marketplace.</translation>
    </message>
    <message>
        <source>This order had already moved on the marketplace (cancelled online, or handled by another till): this step was not taken.</source>
        <translation>This order had already moved on the marketplace (cancelled online, or handled by another till): this step was not taken.</translation>
    </message>
    <message>
        <source>The marketplace refused this photo as too large.</source>
        <translation>The marketplace refused this photo as too large.</translation>
    </message>
    <message>
        <source>The marketplace only takes JPEG and WebP photos.</source>
        <translation>The marketplace only takes JPEG and WebP photos.</translation>
    </message>
    <message>
        <source>This photo was damaged on its way to the marketplace.</source>
        <translation>This photo was damaged on its way to the marketplace.</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>Product change</translation>
    </message>
    <message>
        <source>Product archived</source>
        <translation>Product archived</translation>
    </message>
    <message>
        <source>Product photos</source>
        <translation>Product photos</translation>
    </message>
    <message>
        <source>Order step</source>
        <translation>Order step</translation>
    </message>
    <message>
        <source>Sale summary</source>
        <translation>Sale summary</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Online title</source>
        <translation>Online title</translation>
    </message>
    <message>
        <source>Online description</source>
        <translation>Online description</translation>
    </message>
    <message>
        <source>Visible online</source>
        <translation>Visible online</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Marketplace category</source>
        <translation>Marketplace category</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Shop's field: the last change to reach the marketplace was kept</source>
        <translation>Shop's field: the last change to reach the marketplace was kept</translation>
    </message>
    <message>
        <source>Marketplace's field: the marketplace's value was kept</source>
        <translation>Marketplace's field: the marketplace's value was kept</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Cancelled online</source>
        <translation>Cancelled online</translation>
    </message>
    <message>
        <source>The marketplace</source>
        <translation>The marketplace</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>This till</translation>
    </message>
    <message>
        <source>Another till</source>
        <translation>Another till</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A copy of the shop (sales and fiscal journal, catalogue, stock, staff, settings, receipts) after each Z, on quit and on demand, checked before it counts. Choose a USB key or a network share. The register's key is never copied.</source>
        <translation>A copy of the shop (sales and fiscal journal, catalogue, stock, staff, settings, receipts) after each Z, on quit and on demand, checked before it counts. Choose a USB key or a network share. The register's key is never copied.</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Choose the folder…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Restore another backup…</source>
        <translation>Restore another backup…</translation>
    </message>
    <message>
        <source>Only a manager can restore a backup.</source>
        <translation>Only a manager can restore a backup.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>No folder chosen yet.</translation>
    </message>
    <message>
        <source>The folder cannot be reached (USB key unplugged? share disconnected?).</source>
        <translation>The folder cannot be reached (USB key unplugged? share disconnected?).</translation>
    </message>
    <message>
        <source>last good backup</source>
        <translation>last good backup</translation>
    </message>
    <message>
        <source>Choose the backup folder (a USB key, a network share)</source>
        <translation>Choose the backup folder (a USB key, a network share)</translation>
    </message>
    <message>
        <source>Backing up… the till can keep selling.</source>
        <translation>Backing up… the till can keep selling.</translation>
    </message>
    <message>
        <source>Backup written and checked (%1 tickets, fiscal journal intact): %2</source>
        <translation>Backup written and checked (%1 tickets, fiscal journal intact): %2</translation>
    </message>
</context>
<context>
    <name>comptoir::BackupStatusLabel</name>
    <message>
        <source>No backup folder: choose one in Settings</source>
        <translation>No backup folder: choose one in Settings</translation>
    </message>
    <message>
        <source>Backup folder unreachable: %1</source>
        <translation>Backup folder unreachable: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Last backup over 48 h ago (%1)</source>
        <translation>Last backup over 48 h ago (%1)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Backups: state unreadable</source>
        <translation>Backups: state unreadable</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
</context>
<context>
    <name>comptoir::CartModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 — %2 kg × %3/kg</source>
        <extracomment>A weighed item on the ticket: product, weight in kg, price per kg ("Comté — 0,352 kg × 24,90 €/kg")</extracomment>
        <translation>%1 — %2 kg × %3/kg</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueActions</name>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Add &amp;variant</source>
        <translation>Add &amp;variant</translation>
    </message>
    <message>
        <source>&amp;Receive / adjust stock</source>
        <translation>&amp;Receive / adjust stock</translation>
    </message>
    <message>
        <source>Physical &amp;count</source>
        <translation>Physical &amp;count</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Archive “%1”? It will no longer be offered for sale; its history is kept and you can restore it at any time (Show archived).</source>
        <translation>Archive “%1”? It will no longer be offered for sale; its history is kept and you can restore it at any time (Show archived).</translation>
    </message>
    <message>
        <source>Archive this variant of “%1”? It will no longer be offered for sale; its history is kept and you can restore it at any time (Show archived).</source>
        <translation>Archive this variant of “%1”? It will no longer be offered for sale; its history is kept and you can restore it at any time (Show archived).</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore “%1” and offer it for sale again?</source>
        <translation>Restore “%1” and offer it for sale again?</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueDetailPanel</name>
    <message>
        <source>Variant:</source>
        <translation>Variant:</translation>
    </message>
    <message>
        <source>Barcodes:</source>
        <translation>Barcodes:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Price (VAT incl.):</source>
        <translation>Price (VAT incl.):</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>Low-stock alert at:</source>
        <translation>Low-stock alert at:</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Stock history</translation>
    </message>
    <message>
        <source>Select a product in the list to see its price, its stock and its history.</source>
        <translation>Select a product in the list to see its price, its stock and its history.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Single variant</source>
        <translation>Single variant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>No alert</translation>
    </message>
    <message>
        <source>Archived: not offered for sale. Restore it to sell it again.</source>
        <translation>Archived: not offered for sale. Restore it to sell it again.</translation>
    </message>
    <message>
        <source>Low stock: time to reorder.</source>
        <translation>Low stock: time to reorder.</translation>
    </message>
    <message>
        <source>Reserved online:</source>
        <translation>Reserved online:</translation>
    </message>
    <message>
        <source>%1 (available online: %2)</source>
        <translation>%1 (available online: %2)</translation>
    </message>
    <message>
        <source>Net quantity:</source>
        <translation>Net quantity:</translation>
    </message>
    <message>
        <source>piece(s)</source>
        <translation>piece(s)</translation>
    </message>
    <message>
        <source>%1/kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <source>%1/l</source>
        <translation>%1/l</translation>
    </message>
    <message>
        <source>%1 per piece</source>
        <translation>%1 per piece</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueExportAction</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the catalogue, the stock or its value at cost as a spreadsheet (Excel or CSV)</source>
        <translation>Export the catalogue, the stock or its value at cost as a spreadsheet (Excel or CSV)</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueExportDialog</name>
    <message>
        <source>Export the catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>&amp;The catalogue (prices, VAT, barcodes)</source>
        <translation>&amp;The catalogue (prices, VAT, barcodes)</translation>
    </message>
    <message>
        <source>The catalogue with the &amp;stock on hand</source>
        <translation>The catalogue with the &amp;stock on hand</translation>
    </message>
    <message>
        <source>The stock's &amp;value at cost</source>
        <translation>The stock's &amp;value at cost</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Excel (.xlsx) or CSV with semicolons (.csv), from the file's name.</source>
        <translation>Excel (.xlsx) or CSV with semicolons (.csv), from the file's name.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>catalogue.xlsx</source>
        <translation>catalogue.xlsx</translation>
    </message>
    <message>
        <source>stock.xlsx</source>
        <translation>stock.xlsx</translation>
    </message>
    <message>
        <source>stock-value.xlsx</source>
        <translation>stock-value.xlsx</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV with semicolons (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueImportAction</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import products, prices and stock from a spreadsheet (CSV, Excel, LibreOffice)</source>
        <translation>Import products, prices and stock from a spreadsheet (CSV, Excel, LibreOffice)</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Available online</source>
        <translation>Available online</translation>
    </message>
</context>
<context>
    <name>comptoir::CataloguePage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search by name, brand, category, barcode or reference…</source>
        <translation>Search by name, brand, category, barcode or reference…</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>&amp;Low stock only</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>No product has the barcode “%1”. Check the digits or scan it again; to sell it, create the product first (Ctrl+N).</source>
        <translation>No product has the barcode “%1”. Check the digits or scan it again; to sell it, create the product first (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing found for “%1”: no product has this barcode or reference, and no name matches. Check what you typed, or create the product (Ctrl+N).</source>
        <translation>Nothing found for “%1”: no product has this barcode or reference, and no name matches. Check what you typed, or create the product (Ctrl+N).</translation>
    </message>
    <message>
        <source>“%1” was found but cannot be shown in the list.</source>
        <translation>“%1” was found but cannot be shown in the list.</translation>
    </message>
    <message>
        <source>“%1” is archived: it is not offered for sale. Restore it to sell it again.</source>
        <translation>“%1” is archived: it is not offered for sale. Restore it to sell it again.</translation>
    </message>
    <message>
        <source>&amp;Not ready to list online</source>
        <translation>&amp;Not ready to list online</translation>
    </message>
    <message>
        <source>Products lacking a photo, an online description, a marketplace category, a price or stock (the Online column says which)</source>
        <translation>Products lacking a photo, an online description, a marketplace category, a price or stock (the Online column says which)</translation>
    </message>
</context>
<context>
    <name>comptoir::CategoryPicker</name>
    <message>
        <source>Marketplace category</source>
        <translation>Marketplace category</translation>
    </message>
    <message>
        <source>Type a few letters: carn, épicerie, bougie…</source>
        <translation>Type a few letters: carn, épicerie, bougie…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>The marketplace's categories have not come down yet: synchronise once (Synchronisation page), then choose.</source>
        <translation>The marketplace's categories have not come down yet: synchronise once (Synchronisation page), then choose.</translation>
    </message>
    <message>
        <source>No category matches "%1".</source>
        <translation>No category matches "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category(ies)</numerusform>
            <numerusform>%n category(ies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ClosureAuthorisation</name>
    <message>
        <source>Sign in to close the day.</source>
        <translation>Sign in to close the day.</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer (0 if it is empty).</source>
        <translation>Type the cash counted in the drawer (0 if it is empty).</translation>
    </message>
    <message>
        <source>Closing the day needs a manager: manager, type your PIN.</source>
        <translation>Closing the day needs a manager: manager, type your PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::ClosureDialog</name>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Close the day (Z report)</translation>
    </message>
    <message>
        <source>Closing of %1</source>
        <translation>Closing of %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer</source>
        <translation>Count the cash in the drawer</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Sign in to close the day.</source>
        <translation>Sign in to close the day.</translation>
    </message>
    <message>
        <source>To be closed by %1.</source>
        <translation>To be closed by %1.</translation>
    </message>
    <message>
        <source>%1 is not a manager: a manager's PIN will be asked, and the day closed in the manager's name.</source>
        <translation>%1 is not a manager: a manager's PIN will be asked, and the day closed in the manager's name.</translation>
    </message>
</context>
<context>
    <name>comptoir::DayTotalsView</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sales (tickets)</source>
        <translation>Sales (tickets)</translation>
    </message>
    <message>
        <source>Refunds (tickets)</source>
        <translation>Refunds (tickets)</translation>
    </message>
    <message>
        <source>Cancelled tickets</source>
        <translation>Cancelled tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Discounts given</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Cash float</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>Cash expected in the drawer</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Per payment method</translation>
    </message>
    <message>
        <source>Per VAT rate</source>
        <translation>Per VAT rate</translation>
    </message>
    <message>
        <source>No. %1 to %2</source>
        <translation>No. %1 to %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>comptoir::DemoMarketplace</name>
    <message>
        <source>No demo marketplace</source>
        <translation>No demo marketplace</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: comptoir-marketplace is not built (see run.sh).</source>
        <translation>The demo runs without its marketplace: comptoir-marketplace is not built (see run.sh).</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: comptoir-marketplace did not start (see logs/marketplace.log).</source>
        <translation>The demo runs without its marketplace: comptoir-marketplace did not start (see logs/marketplace.log).</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: its shop could not be created.</source>
        <translation>The demo runs without its marketplace: its shop could not be created.</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: no enrollment code for its shop (was %1 removed?).</source>
        <translation>The demo runs without its marketplace: no enrollment code for its shop (was %1 removed?).</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: %1</source>
        <translation>The demo runs without its marketplace: %1</translation>
    </message>
    <message>
        <source>Demo marketplace at %1: an online order every %2 s.</source>
        <translation>Demo marketplace at %1: an online order every %2 s.</translation>
    </message>
    <message>
        <source>Demo till</source>
        <translation>Demo till</translation>
    </message>
</context>
<context>
    <name>comptoir::DiscountDialog</name>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Type a percentage like 10% or an amount like 2,50; 0 removes the discount.</source>
        <translation>Type a percentage like 10% or an amount like 2,50; 0 removes the discount.</translation>
    </message>
    <message>
        <source>Type a percentage like 10% or an amount like 2,50.</source>
        <translation>Type a percentage like 10% or an amount like 2,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::DoctorSection</name>
    <message>
        <source>Check this till</source>
        <translation>Check this till</translation>
    </message>
    <message>
        <source>Checks the database, the fiscal journal, the keychain, the marketplace, the clock, the disk, the printer and the backups, as `comptoir doctor` does. Nothing is changed. Copy the report to send it to support: it holds no password, PIN or key.</source>
        <translation>Checks the database, the fiscal journal, the keychain, the marketplace, the clock, the disk, the printer and the backups, as `comptoir doctor` does. Nothing is changed. Copy the report to send it to support: it holds no password, PIN or key.</translation>
    </message>
    <message>
        <source>C&amp;heck this till</source>
        <translation>C&amp;heck this till</translation>
    </message>
    <message>
        <source>Cop&amp;y for support</source>
        <translation>Cop&amp;y for support</translation>
    </message>
    <message>
        <source>Put the report on the clipboard, to paste it in an e-mail to support</source>
        <translation>Put the report on the clipboard, to paste it in an e-mail to support</translation>
    </message>
    <message>
        <source>Checking… (the journal's check takes a few seconds on a big shop)</source>
        <translation>Checking… (the journal's check takes a few seconds on a big shop)</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it in your message to support.</source>
        <translation>The report is on the clipboard: paste it in your message to support.</translation>
    </message>
</context>
<context>
    <name>comptoir::EnrollmentDialog</name>
    <message>
        <source>Enrol this till with a marketplace</source>
        <translation>Enrol this till with a marketplace</translation>
    </message>
    <message>
        <source>Type the marketplace's address and the enrolment code the marketplace gave the shop, or open the provisioning file that came with it.</source>
        <translation>Type the marketplace's address and the enrolment code the marketplace gave the shop, or open the provisioning file that came with it.</translation>
    </message>
    <message>
        <source>Marketplace &amp;address:</source>
        <translation>Marketplace &amp;address:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Name of this till:</source>
        <translation>&amp;Name of this till:</translation>
    </message>
    <message>
        <source>Open a &amp;provisioning file…</source>
        <translation>Open a &amp;provisioning file…</translation>
    </message>
    <message>
        <source>Enrolling with the marketplace…</source>
        <translation>Enrolling with the marketplace…</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Type the marketplace's address.</source>
        <translation>Type the marketplace's address.</translation>
    </message>
    <message>
        <source>Type the enrolment code the marketplace gave the shop.</source>
        <translation>Type the enrolment code the marketplace gave the shop.</translation>
    </message>
    <message>
        <source>Open a provisioning file</source>
        <translation>Open a provisioning file</translation>
    </message>
    <message>
        <source>Till enrolled with the shop “%1” on the marketplace. Orders and stock now sync with it.</source>
        <translation>Till enrolled with the shop “%1” on the marketplace. Orders and stock now sync with it.</translation>
    </message>
    <message>
        <source>Provisioning files (*.comptoir *.json);;All files (*)</source>
        <translation>Provisioning files (*.comptoir *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>comptoir::FavouritesBar</name>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Remove from favourites</translation>
    </message>
</context>
<context>
    <name>comptoir::FirstManagerDialog</name>
    <message>
        <source>Create the first manager</source>
        <translation>Create the first manager</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits):</source>
        <translation>PIN (4 to 8 digits):</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>PIN again:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The two PINs are different: type the same PIN twice.</source>
        <translation>The two PINs are different: type the same PIN twice.</translation>
    </message>
    <message>
        <source>Nobody can use the till yet. Create the shop's first manager: they will sign in with this PIN, add the cashiers (Settings, Staff) and authorise refunds.</source>
        <translation>Nobody can use the till yet. Create the shop's first manager: they will sign in with this PIN, add the cashiers (Settings, Staff) and authorise refunds.</translation>
    </message>
</context>
<context>
    <name>comptoir::FirstRunWizard</name>
    <message>
        <source>Comptoir: setting up the shop</source>
        <translation>Comptoir: setting up the shop</translation>
    </message>
</context>
<context>
    <name>comptoir::FreePriceDialog</name>
    <message>
        <source>Free price</source>
        <translation>Free price</translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation>Miscellaneous</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Type the price, for example 12,50.</source>
        <translation>Type the price, for example 12,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::IdentityPage</name>
    <message>
        <source>The shop</source>
        <translation>The shop</translation>
    </message>
    <message>
        <source>What every receipt prints. Check each line against the shop's papers (Kbis).</source>
        <translation>What every receipt prints. Check each line against the shop's papers (Kbis).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>SIRET (14 digits):</source>
        <translation>SIRET (14 digits):</translation>
    </message>
    <message>
        <source>VAT number (FR…):</source>
        <translation>VAT number (FR…):</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportAssistant</name>
    <message>
        <source>Import a catalogue</source>
        <translation>Import a catalogue</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Choose the spreadsheet holding your catalogue: a CSV file (from another till, for instance), an Excel (.xlsx) or LibreOffice (.ods) file. The whole file is checked before anything is written.</source>
        <translation>Choose the spreadsheet holding your catalogue: a CSV file (from another till, for instance), an Excel (.xlsx) or LibreOffice (.ods) file. The whole file is checked before anything is written.</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choose the file…</translation>
    </message>
    <message>
        <source>The file's stock column is:</source>
        <translation>The file's stock column is:</translation>
    </message>
    <message>
        <source>what is on the &amp;shelf now (a count: the stock is set to it)</source>
        <translation>what is on the &amp;shelf now (a count: the stock is set to it)</translation>
    </message>
    <message>
        <source>what was just &amp;received (added to the stock)</source>
        <translation>what was just &amp;received (added to the stock)</translation>
    </message>
    <message>
        <source>&amp;left aside (the stock stays as it is)</source>
        <translation>&amp;left aside (the stock stays as it is)</translation>
    </message>
    <message>
        <source>The file has no stock column: the stock stays as it is.</source>
        <translation>The file has no stock column: the stock stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Give an in-store barcode to each new item without one (to print on its label)</source>
        <translation>&amp;Give an in-store barcode to each new item without one (to print on its label)</translation>
    </message>
    <message>
        <source>Import &amp;only the good rows (the wrong rows are saved in a file to fix and import again)</source>
        <translation>Import &amp;only the good rows (the wrong rows are saved in a file to fix and import again)</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Choose the spreadsheet to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>An import is already running: wait for it to end.</source>
        <translation>An import is already running: wait for it to end.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>rejected rows</source>
        <translation>rejected rows</translation>
    </message>
    <message>
        <source>Step 1 of 5: the file</source>
        <translation>Step 1 of 5: the file</translation>
    </message>
    <message>
        <source>Step 2 of 5: the columns</source>
        <translation>Step 2 of 5: the columns</translation>
    </message>
    <message>
        <source>Step 3 of 5: the options</source>
        <translation>Step 3 of 5: the options</translation>
    </message>
    <message>
        <source>Step 4 of 5: the check</source>
        <translation>Step 4 of 5: the check</translation>
    </message>
    <message>
        <source>Step 5 of 5: done</source>
        <translation>Step 5 of 5: done</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>C&amp;heck the file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Importing… the till can keep selling.</source>
        <translation>Importing… the till can keep selling.</translation>
    </message>
    <message>
        <source>Nothing can be imported while these rows are wrong. Fix them in the file and open it again, or go back and tick “Import only the good rows”.</source>
        <translation>Nothing can be imported while these rows are wrong. Fix them in the file and open it again, or go back and tick “Import only the good rows”.</translation>
    </message>
    <message>
        <source>The rows below will be left out and saved in a file to fix and import again. Press Import to write the %1 other rows.</source>
        <translation>The rows below will be left out and saved in a file to fix and import again. Press Import to write the %1 other rows.</translation>
    </message>
    <message>
        <source>The %1 rows of the file are right. Press Import to write them into the catalogue.</source>
        <translation>The %1 rows of the file are right. Press Import to write them into the catalogue.</translation>
    </message>
    <message>
        <source>Nothing was written: some rows are wrong now (the catalogue changed since the check).</source>
        <translation>Nothing was written: some rows are wrong now (the catalogue changed since the check).</translation>
    </message>
    <message>
        <source>Import done. %1 rows were left out: they are saved in %2. Fix them there and import that file again.</source>
        <translation>Import done. %1 rows were left out: they are saved in %2. Fix them there and import that file again.</translation>
    </message>
    <message>
        <source>Import done: the catalogue is up to date.</source>
        <translation>Import done: the catalogue is up to date.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportColumnsPage</name>
    <message>
        <source>Above each column of the file, choose what it holds. Columns left on “Not imported” are left out. Only the product's name is required.</source>
        <translation>Above each column of the file, choose what it holds. Columns left on “Not imported” are left out. Only the product's name is required.</translation>
    </message>
    <message>
        <source>&amp;Headers on row:</source>
        <translation>&amp;Headers on row:</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Saved &amp;mapping:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>&amp;Save this choice as:</source>
        <translation>&amp;Save this choice as:</translation>
    </message>
    <message>
        <source>e.g. Old till</source>
        <translation>e.g. Old till</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Variant label</source>
        <translation>Variant label</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Purchase price excl. VAT</source>
        <translation>Purchase price excl. VAT</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Net quantity</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Low-stock threshold</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <source>An Excel file (XLSX), %1 rows.</source>
        <translation>An Excel file (XLSX), %1 rows.</translation>
    </message>
    <message>
        <source>A LibreOffice file (ODS), %1 rows.</source>
        <translation>A LibreOffice file (ODS), %1 rows.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>A CSV file, %1 rows, read as %2, fields separated by “%3”.</source>
        <translation>A CSV file, %1 rows, read as %2, fields separated by “%3”.</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation>Mapping “%1” applied.</translation>
    </message>
    <message>
        <source>Type a name to save this choice under.</source>
        <translation>Type a name to save this choice under.</translation>
    </message>
    <message>
        <source>Mapping saved as “%1”: choose it next time under “Saved mapping”.</source>
        <translation>Mapping saved as “%1”: choose it next time under “Saved mapping”.</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportReportView</name>
    <message>
        <source>New products:</source>
        <translation>New products:</translation>
    </message>
    <message>
        <source>New items (variants):</source>
        <translation>New items (variants):</translation>
    </message>
    <message>
        <source>Items updated:</source>
        <translation>Items updated:</translation>
    </message>
    <message>
        <source>Items unchanged:</source>
        <translation>Items unchanged:</translation>
    </message>
    <message>
        <source>Stock movements:</source>
        <translation>Stock movements:</translation>
    </message>
    <message>
        <source>In-store barcodes given:</source>
        <translation>In-store barcodes given:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 problems in the file (rows as your spreadsheet numbers them):</source>
        <translation>%1 problems in the file (rows as your spreadsheet numbers them):</translation>
    </message>
    <message>
        <source>%1 problems: these rows were left out:</source>
        <translation>%1 problems: these rows were left out:</translation>
    </message>
    <message>
        <source>Print the labels of the %1 items given an in-store barcode…</source>
        <translation>Print the labels of the %1 items given an in-store barcode…</translation>
    </message>
</context>
<context>
    <name>comptoir::InStoreBarcodeAction</name>
    <message>
        <source>In-store barcodes</source>
        <translation>In-store barcodes</translation>
    </message>
    <message>
        <source>Give the selected items that have no barcode one of the shop's own (EAN-13 starting with 20), to print on their labels and scan at the till.</source>
        <translation>Give the selected items that have no barcode one of the shop's own (EAN-13 starting with 20), to print on their labels and scan at the till.</translation>
    </message>
    <message>
        <source>Select the items to give a barcode to first (Ctrl or Shift to select several).</source>
        <translation>Select the items to give a barcode to first (Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <source>The selected items already have a barcode: nothing was changed.</source>
        <translation>The selected items already have a barcode: nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) got an in-store barcode.</source>
        <translation>
            <numerusform>%n item(s) got an in-store barcode.</numerusform>
            <numerusform>%n item(s) got an in-store barcode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::KeychainStatusLabel</name>
    <message>
        <source>Keychain pending…</source>
        <translation>Keychain pending…</translation>
    </message>
    <message>
        <source>Waiting for the keychain to give this till's signing key (it may ask to be unlocked). Sales can be prepared; they are recorded once the key is there.</source>
        <translation>Waiting for the keychain to give this till's signing key (it may ask to be unlocked). Sales can be prepared; they are recorded once the key is there.</translation>
    </message>
    <message>
        <source>No signing key: nothing can be recorded</source>
        <translation>No signing key: nothing can be recorded</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
</context>
<context>
    <name>comptoir::LabelActions</name>
    <message>
        <source>Labels…</source>
        <translation>Labels…</translation>
    </message>
    <message>
        <source>Print shelf or product labels for the selected items</source>
        <translation>Print shelf or product labels for the selected items</translation>
    </message>
    <message>
        <source>Labels for changed prices</source>
        <translation>Labels for changed prices</translation>
    </message>
    <message>
        <source>Labels of the items whose price changed since their last label, here or online</source>
        <translation>Labels of the items whose price changed since their last label, here or online</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Items received: %1. Print a label for each?</source>
        <translation>Items received: %1. Print a label for each?</translation>
    </message>
</context>
<context>
    <name>comptoir::LabelDialog</name>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Shelf labels (name, price, unit price, barcode)</source>
        <translation>Shelf labels (name, price, unit price, barcode)</translation>
    </message>
    <message>
        <source>Product labels (barcode, short name, price)</source>
        <translation>Product labels (barcode, short name, price)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>%1: %2 labels of %3 × %4 mm</source>
        <translation>%1: %2 labels of %3 × %4 mm</translation>
    </message>
    <message>
        <source>Custom grid</source>
        <translation>Custom grid</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>On a half-used sheet, the first free label (counted row by row).</source>
        <translation>On a half-used sheet, the first free label (counted row by row).</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Start at &amp;label:</translation>
    </message>
    <message>
        <source>&amp;Copies of each:</source>
        <translation>&amp;Copies of each:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Receipt pr&amp;inter</source>
        <translation>Receipt pr&amp;inter</translation>
    </message>
    <message>
        <source>One label after another on the till's receipt printer.</source>
        <translation>One label after another on the till's receipt printer.</translation>
    </message>
    <message>
        <source>columns ×</source>
        <translation>columns ×</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Label size:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>top</source>
        <translation>top</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Margins:</translation>
    </message>
    <message>
        <source>between columns</source>
        <translation>between columns</translation>
    </message>
    <message>
        <source>between rows</source>
        <translation>between rows</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Gaps:</translation>
    </message>
    <message>
        <source>Labels: %1, sheets: %2</source>
        <translation>Labels: %1, sheets: %2</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>Save the labels as PDF</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>labels.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <source>Sent to the receipt printer</source>
        <translation>Sent to the receipt printer</translation>
    </message>
</context>
<context>
    <name>comptoir::ListingActions</name>
    <message>
        <source>List online</source>
        <translation>List online</translation>
    </message>
    <message>
        <source>Make the selected products visible on the marketplace</source>
        <translation>Make the selected products visible on the marketplace</translation>
    </message>
    <message>
        <source>Remove from online sale</source>
        <translation>Remove from online sale</translation>
    </message>
    <message>
        <source>Hide the selected products on the marketplace</source>
        <translation>Hide the selected products on the marketplace</translation>
    </message>
    <message>
        <source>Choose the category…</source>
        <translation>Choose the category…</translation>
    </message>
    <message>
        <source>Choose the marketplace category of the selected products</source>
        <translation>Choose the marketplace category of the selected products</translation>
    </message>
    <message>
        <source>Select one or more products first.</source>
        <translation>Select one or more products first.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) listed online.</source>
        <translation>
            <numerusform>%n product(s) listed online.</numerusform>
            <numerusform>%n product(s) listed online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) removed from online sale.</source>
        <translation>
            <numerusform>%n product(s) removed from online sale.</numerusform>
            <numerusform>%n product(s) removed from online sale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) given the marketplace category.</source>
        <translation>
            <numerusform>%n product(s) given the marketplace category.</numerusform>
            <numerusform>%n product(s) given the marketplace category.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ListingSettingsSection</name>
    <message>
        <source>Online sale</source>
        <translation>Online sale</translation>
    </message>
    <message>
        <source>New products are &amp;listed online</source>
        <translation>New products are &amp;listed online</translation>
    </message>
    <message>
        <source>A product created here or imported is visible on the marketplace at once; untick it to check each one before listing it.</source>
        <translation>A product created here or imported is visible on the marketplace at once; untick it to check each one before listing it.</translation>
    </message>
    <message>
        <source>A manager changes this setting.</source>
        <translation>A manager changes this setting.</translation>
    </message>
    <message>
        <source>Saved: new products are listed online.</source>
        <translation>Saved: new products are listed online.</translation>
    </message>
    <message>
        <source>Saved: new products wait until you list them.</source>
        <translation>Saved: new products wait until you list them.</translation>
    </message>
</context>
<context>
    <name>comptoir::LockScreen</name>
    <message>
        <source>The till is locked. Who is serving?</source>
        <translation>The till is locked. Who is serving?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>%1, type your PIN</source>
        <translation>%1, type your PIN</translation>
    </message>
    <message>
        <source>No one can use the till: this shop has no active cashier or manager.</source>
        <translation>No one can use the till: this shop has no active cashier or manager.</translation>
    </message>
    <message>
        <source>Not on the list? A manager adds cashiers and managers in Settings, under Staff.</source>
        <translation>Not on the list? A manager adds cashiers and managers in Settings, under Staff.</translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>This is the demo shop: its products and sales are not real.</source>
        <translation>This is the demo shop: its products and sales are not real.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Comptoir — %1</source>
        <translation>Comptoir — %1</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>The catalogue could not be counted.</source>
        <translation>The catalogue could not be counted.</translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s)</source>
        <translation>
            <numerusform>%n active product</numerusform>
            <numerusform>%n active products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the till: the next person signs in with their PIN (Ctrl+L)</source>
        <translation>Lock the till: the next person signs in with their PIN (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the till</source>
        <translation>Lock the till</translation>
    </message>
    <message>
        <source>Create the first manager…</source>
        <translation>Create the first manager…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cashier</translation>
    </message>
    <message>
        <source>Nobody is signed in at the till.</source>
        <translation>Nobody is signed in at the till.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Quit Comptoir (%1)</source>
        <translation>Quit Comptoir (%1)</translation>
    </message>
    <message>
        <source>Quit Comptoir</source>
        <translation>Quit Comptoir</translation>
    </message>
    <message>
        <source>Nobody can use the till yet: the shop's first manager must be created. They will then add the cashiers in Settings, under Staff.</source>
        <translation>Nobody can use the till yet: the shop's first manager must be created. They will then add the cashiers in Settings, under Staff.</translation>
    </message>
</context>
<context>
    <name>comptoir::ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>The first manager</translation>
    </message>
    <message>
        <source>The person who runs the shop: they sign in with this PIN, add the cashiers (Settings) and authorise refunds.</source>
        <translation>The person who runs the shop: they sign in with this PIN, add the cashiers (Settings) and authorise refunds.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits):</source>
        <translation>PIN (4 to 8 digits):</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>PIN again:</translation>
    </message>
    <message>
        <source>The two PINs are different: type the same PIN twice.</source>
        <translation>The two PINs are different: type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>comptoir::MarketplaceSection</name>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>&amp;Enrol this till…</source>
        <translation>&amp;Enrol this till…</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Marketplace address:</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Device id:</translation>
    </message>
    <message>
        <source>This till is not enrolled with a marketplace.</source>
        <translation>This till is not enrolled with a marketplace.</translation>
    </message>
    <message>
        <source>A manager must be signed in to enrol this till.</source>
        <translation>A manager must be signed in to enrol this till.</translation>
    </message>
</context>
<context>
    <name>comptoir::OnlineSection</name>
    <message>
        <source>&amp;Visible online (the marketplace sells it)</source>
        <translation>&amp;Visible online (the marketplace sells it)</translation>
    </message>
    <message>
        <source>What a customer wants to know: what it is, what it is made of, its size, who makes it. Separate paragraphs with an empty line.</source>
        <translation>What a customer wants to know: what it is, what it is made of, its size, who makes it. Separate paragraphs with an empty line.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the marketplace's category (Ctrl+K)</source>
        <translation>Choose the marketplace's category (Ctrl+K)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Items kept back for the shop: the marketplace sells only the stock above this number.</source>
        <translation>Items kept back for the shop: the marketplace sells only the stock above this number.</translation>
    </message>
    <message>
        <source>Online &amp;title:</source>
        <translation>Online &amp;title:</translation>
    </message>
    <message>
        <source>Online &amp;description:</source>
        <translation>Online &amp;description:</translation>
    </message>
    <message>
        <source>Marketplace category:</source>
        <translation>Marketplace category:</translation>
    </message>
    <message>
        <source>&amp;Safety stock:</source>
        <translation>&amp;Safety stock:</translation>
    </message>
    <message>
        <source>The product's name</source>
        <translation>The product's name</translation>
    </message>
    <message>
        <source>None: the marketplace will not know where to show it</source>
        <translation>None: the marketplace will not know where to show it</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>comptoir::OrderAlerts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new online order(s) to look at</source>
        <translation>
            <numerusform>%n new online order(s) to look at</numerusform>
            <numerusform>%n new online order(s) to look at</numerusform>
        </translation>
    </message>
    <message>
        <source>New online order</source>
        <translation>New online order</translation>
    </message>
    <message numerus="yes">
        <source>%n online order(s) waiting in Comptoir's Orders page.</source>
        <translation>
            <numerusform>%n online order(s) waiting in Comptoir's Orders page.</numerusform>
            <numerusform>%n online order(s) waiting in Comptoir's Orders page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Online order %1</translation>
    </message>
    <message>
        <source>Order %1 is late.</source>
        <translation>Order %1 is late.</translation>
    </message>
    <message>
        <source>Order %1 is about to miss its deadline.</source>
        <translation>Order %1 is about to miss its deadline.</translation>
    </message>
</context>
<context>
    <name>comptoir::OrderHistoryDialog</name>
    <message>
        <source>Order history</source>
        <translation>Order history</translation>
    </message>
    <message>
        <source>Order number, customer name or phone</source>
        <translation>Order number, customer name or phone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Only the %1 newest orders are shown: narrow the search.</source>
        <translation>Only the %1 newest orders are shown: narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order(s)</numerusform>
            <numerusform>%n order(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation>To pay at collection</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Paid online</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <source>item %1 (not in the catalogue)</source>
        <translation>item %1 (not in the catalogue)</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 at %3</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>the marketplace</source>
        <translation>the marketplace</translation>
    </message>
</context>
<context>
    <name>comptoir::OrderSearchDialog</name>
    <message>
        <source>Collect an order</source>
        <translation>Collect an order</translation>
    </message>
    <message>
        <source>Order number, customer's name or phone:</source>
        <translation>Order number, customer's name or phone:</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Collect</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>accepted, not marked ready</source>
        <translation>accepted, not marked ready</translation>
    </message>
    <message>
        <source>CMD-%1 · %2 · %3 · %4 · %5</source>
        <translation>CMD-%1 · %2 · %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>comptoir::OrderSettingsSection</name>
    <message>
        <source>Online orders</source>
        <translation>Online orders</translation>
    </message>
    <message>
        <source>Opening hours: the time an online order has to be accepted and made ready is counted in them. No period ticked on any day: every hour counts.</source>
        <translation>Opening hours: the time an online order has to be accepted and made ready is counted in them. No period ticked on any day: every hour counts.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>The built-in bell</source>
        <translation>The built-in bell</translation>
    </message>
    <message>
        <source>A sound file (WAV)</source>
        <translation>A sound file (WAV)</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>No sound</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save the online order settings</source>
        <translation>Save the online order settings</translation>
    </message>
    <message>
        <source>New order &amp;sound:</source>
        <translation>New order &amp;sound:</translation>
    </message>
    <message>
        <source>Sound &amp;file:</source>
        <translation>Sound &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Ring again every:</source>
        <translation>&amp;Ring again every:</translation>
    </message>
    <message>
        <source>A manager changes the online order settings.</source>
        <translation>A manager changes the online order settings.</translation>
    </message>
    <message>
        <source>The sound of a new online order</source>
        <translation>The sound of a new online order</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>WAV sounds (*.wav)</translation>
    </message>
    <message>
        <source>Online order settings saved.</source>
        <translation>Online order settings saved.</translation>
    </message>
</context>
<context>
    <name>comptoir::OrdersPage</name>
    <message>
        <source>Online orders to prepare</source>
        <translation>Online orders to prepare</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No online order is waiting.</source>
        <translation>No online order is waiting.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>The shop will prepare this order</source>
        <translation>The shop will prepare this order</translation>
    </message>
    <message>
        <source>The shop cannot serve this order: its items go back on sale online</source>
        <translation>The shop cannot serve this order: its items go back on sale online</translation>
    </message>
    <message>
        <source>The order is ready: the customer may come and collect it</source>
        <translation>The order is ready: the customer may come and collect it</translation>
    </message>
    <message>
        <source>The customer has collected the order: its items leave the stock</source>
        <translation>The customer has collected the order: its items leave the stock</translation>
    </message>
    <message>
        <source>%1 (sending…)</source>
        <translation>%1 (sending…)</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Order %1 — %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <source>Order %1: %2. It is sent to the marketplace.</source>
        <translation>Order %1: %2. It is sent to the marketplace.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — soon</source>
        <translation>%1 — soon</translation>
    </message>
    <message>
        <source>%1 — hurry</source>
        <translation>%1 — hurry</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>late by %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Prepare…</translation>
    </message>
    <message>
        <source>Pick the order's items by scanning them, and print its slip</source>
        <translation>Pick the order's items by scanning them, and print its slip</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Oversold items…</source>
        <translation>Oversold items…</translation>
    </message>
    <message>
        <source>Items promised online that the shop no longer has</source>
        <translation>Items promised online that the shop no longer has</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — refused: %2</translation>
    </message>
    <message>
        <source>to be paid at collection</source>
        <translation>to be paid at collection</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>paid online</translation>
    </message>
</context>
<context>
    <name>comptoir::OverdueClosureDialog</name>
    <message>
        <source>A day is still open</source>
        <translation>A day is still open</translation>
    </message>
    <message>
        <source>The day of %1 has not been closed. Close it before selling.</source>
        <translation>The day of %1 has not been closed. Close it before selling.</translation>
    </message>
    <message>
        <source>The cash expected in the drawer; change it if your count differs.</source>
        <translation>The cash expected in the drawer; change it if your count differs.</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>A manager's PIN will be asked, and the day closed in the manager's name.</source>
        <translation>A manager's PIN will be asked, and the day closed in the manager's name.</translation>
    </message>
    <message>
        <source>Close %1 now</source>
        <translation>Close %1 now</translation>
    </message>
    <message>
        <source>Close the day first, then scan the item again.</source>
        <translation>Close the day first, then scan the item again.</translation>
    </message>
</context>
<context>
    <name>comptoir::OverdueDayGate</name>
    <message>
        <source>The day of %1 has not been closed: it must be closed before the next sale.</source>
        <translation>The day of %1 has not been closed: it must be closed before the next sale.</translation>
    </message>
    <message>
        <source>The day of %1 is closed: Z report %2 is stored.</source>
        <translation>The day of %1 is closed: Z report %2 is stored.</translation>
    </message>
</context>
<context>
    <name>comptoir::OversellCasesDialog</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>customer contacted</translation>
    </message>
    <message>
        <source>restocked</source>
        <translation>restocked</translation>
    </message>
    <message>
        <source>order line refused</source>
        <translation>order line refused</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>not handled yet</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Caused by</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Oversell cases</source>
        <translation>Oversell cases</translation>
    </message>
    <message>
        <source>Items promised online that the shop no longer has:</source>
        <translation>Items promised online that the shop no longer has:</translation>
    </message>
    <message>
        <source>Orders waiting for this item (call the customer):</source>
        <translation>Orders waiting for this item (call the customer):</translation>
    </message>
    <message>
        <source>Note (optional): what was agreed</source>
        <translation>Note (optional): what was agreed</translation>
    </message>
    <message>
        <source>Counted: </source>
        <translation>Counted: </translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>Restock (count)</source>
        <translation>Restock (count)</translation>
    </message>
    <message>
        <source>Refuse the order line</source>
        <translation>Refuse the order line</translation>
    </message>
    <message>
        <source>(item not known here yet)</source>
        <translation>(item not known here yet)</translation>
    </message>
    <message>
        <source>No oversell case: every order can be supplied.</source>
        <translation>No oversell case: every order can be supplied.</translation>
    </message>
    <message>
        <source>CMD-%1, line %2</source>
        <translation>CMD-%1, line %2</translation>
    </message>
    <message>
        <source>Noted: the customer was contacted. The marketplace is told.</source>
        <translation>Noted: the customer was contacted. The marketplace is told.</translation>
    </message>
    <message>
        <source>Counted %1 on the shelf. The case closes once the marketplace has the stock.</source>
        <translation>Counted %1 on the shelf. The case closes once the marketplace has the stock.</translation>
    </message>
    <message>
        <source>Choose the order whose line is refused.</source>
        <translation>Choose the order whose line is refused.</translation>
    </message>
    <message>
        <source>The order line is refused; the customer is told by the marketplace.</source>
        <translation>The order line is refused; the customer is told by the marketplace.</translation>
    </message>
</context>
<context>
    <name>comptoir::ParkedTicketsDialog</name>
    <message>
        <source>Parked tickets</source>
        <translation>Parked tickets</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3 (%n line(s))</source>
        <translation>
            <numerusform>%1 — %2 — %3 (%n line)</numerusform>
            <numerusform>%1 — %2 — %3 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>comptoir::PaymentPanel</name>
    <message>
        <source>Amount (empty: what remains; cash: the money handed over)</source>
        <translation>Amount (empty: what remains; cash: the money handed over)</translation>
    </message>
    <message>
        <source>Cash (F9)</source>
        <translation>Cash (F9)</translation>
    </message>
    <message>
        <source>Card (F10)</source>
        <translation>Card (F10)</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Remaining: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
</context>
<context>
    <name>comptoir::PeriodClosuresView</name>
    <message>
        <source>Monthly and yearly closures</source>
        <translation>Monthly and yearly closures</translation>
    </message>
    <message>
        <source>None yet: a month closes by itself once it has ended and its days are closed.</source>
        <translation>None yet: a month closes by itself once it has ended and its days are closed.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoInboxDialog</name>
    <message>
        <source>Photo inbox</source>
        <translation>Photo inbox</translation>
    </message>
    <message>
        <source>Photos whose name is no product's code. Scan the product a photo shows to give it that photo; Delete throws the photo away.</source>
        <translation>Photos whose name is no product's code. Scan the product a photo shows to give it that photo; Delete throws the photo away.</translation>
    </message>
    <message>
        <source>Scan the product this photo shows</source>
        <translation>Scan the product this photo shows</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>The inbox is empty.</translation>
    </message>
    <message>
        <source>No product has the code %1: scan another.</source>
        <translation>No product has the code %1: scan another.</translation>
    </message>
    <message>
        <source>%1 given to the product scanned (%2).</source>
        <translation>%1 given to the product scanned (%2).</translation>
    </message>
    <message>
        <source>%1 thrown away.</source>
        <translation>%1 thrown away.</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoSessionDialog</name>
    <message>
        <source>Photo session</source>
        <translation>Photo session</translation>
    </message>
    <message>
        <source>Scan a product (or type its reference and press Enter), then press Space to take each photo. Esc ends the session.</source>
        <translation>Scan a product (or type its reference and press Enter), then press Space to take each photo. Esc ends the session.</translation>
    </message>
    <message>
        <source>Barcode or reference</source>
        <translation>Barcode or reference</translation>
    </message>
    <message>
        <source>No product yet: scan one.</source>
        <translation>No product yet: scan one.</translation>
    </message>
    <message>
        <source>No photo yet: press Space to take one.</source>
        <translation>No photo yet: press Space to take one.</translation>
    </message>
    <message>
        <source>1 photo. Space takes another.</source>
        <translation>1 photo. Space takes another.</translation>
    </message>
    <message>
        <source>%1 photos. Space takes another.</source>
        <translation>%1 photos. Space takes another.</translation>
    </message>
    <message>
        <source>No product has the code %1: scan another, or add the product in the Catalogue first.</source>
        <translation>No product has the code %1: scan another, or add the product in the Catalogue first.</translation>
    </message>
    <message>
        <source>Frame the product, then press Space.</source>
        <translation>Frame the product, then press Space.</translation>
    </message>
    <message>
        <source>Scan a product first: the photo goes to the product scanned.</source>
        <translation>Scan a product first: the photo goes to the product scanned.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Taking the photo…</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Preparing the photo…</translation>
    </message>
    <message>
        <source>Photo added, but it is small (under 600 pixels): come closer or use a better camera to sell from it.</source>
        <translation>Photo added, but it is small (under 600 pixels): come closer or use a better camera to sell from it.</translation>
    </message>
    <message>
        <source>Photo added. Space takes another; scan the next product when done.</source>
        <translation>Photo added. Space takes another; scan the next product when done.</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoSettingsSection</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>The camera the photo session uses, and the folder your phone syncs its photos to: a photo named after a barcode or a reference goes to that product, the others wait in the photo inbox.</source>
        <translation>The camera the photo session uses, and the folder your phone syncs its photos to: a photo named after a barcode or a reference goes to that product, the others wait in the photo inbox.</translation>
    </message>
    <message>
        <source>None: photos are added from files or the camera only</source>
        <translation>None: photos are added from files or the camera only</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Save the photo settings</source>
        <translation>Save the photo settings</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;amera:</translation>
    </message>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>&amp;Watched folder:</translation>
    </message>
    <message>
        <source>The system's default camera</source>
        <translation>The system's default camera</translation>
    </message>
    <message>
        <source>The chosen camera (not connected)</source>
        <translation>The chosen camera (not connected)</translation>
    </message>
    <message>
        <source>A manager changes the photo settings.</source>
        <translation>A manager changes the photo settings.</translation>
    </message>
    <message>
        <source>The folder your phone syncs photos to</source>
        <translation>The folder your phone syncs photos to</translation>
    </message>
    <message>
        <source>Photo settings saved.</source>
        <translation>Photo settings saved.</translation>
    </message>
    <message>
        <source>Photo settings saved: the folder is watched from now on while Comptoir is open.</source>
        <translation>Photo settings saved: the folder is watched from now on while Comptoir is open.</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>Make main</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Product photos</source>
        <translation>Product photos</translation>
    </message>
    <message>
        <source>Drag photos here from your files. The first photo is the main one. Ctrl+Left/Right: move, Ctrl+Home: make main, Delete: remove.</source>
        <translation>Drag photos here from your files. The first photo is the main one. Ctrl+Left/Right: move, Ctrl+Home: make main, Delete: remove.</translation>
    </message>
    <message>
        <source>The main photo is the one shown first online (Ctrl+Home).</source>
        <translation>The main photo is the one shown first online (Ctrl+Home).</translation>
    </message>
    <message>
        <source>Remove this photo from the product (Delete).</source>
        <translation>Remove this photo from the product (Delete).</translation>
    </message>
    <message>
        <source>%1 was added, but at %2 × %3 pixels it is small to sell from: a photo of at least %4 pixels on its long side shows the product better.</source>
        <translation>%1 was added, but at %2 × %3 pixels it is small to sell from: a photo of at least %4 pixels on its long side shows the product better.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Main photo</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Preparing photos: %1 left…</source>
        <translation>Preparing photos: %1 left…</translation>
    </message>
</context>
<context>
    <name>comptoir::PickingDialog</name>
    <message>
        <source>Item not in the catalogue yet</source>
        <translation>Item not in the catalogue yet</translation>
    </message>
    <message>
        <source>Prepare order %1</source>
        <translation>Prepare order %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <source>Scan an item, or type its barcode or reference and press Enter</source>
        <translation>Scan an item, or type its barcode or reference and press Enter</translation>
    </message>
    <message>
        <source>Location (category)</source>
        <translation>Location (category)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Picked</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Selected line (↑ ↓):</source>
        <translation>Selected line (↑ ↓):</translation>
    </message>
    <message>
        <source>Count missing (F4)</source>
        <translation>Count missing (F4)</translation>
    </message>
    <message>
        <source>Reason the customer reads (optional)</source>
        <translation>Reason the customer reads (optional)</translation>
    </message>
    <message>
        <source>Refuse this line (F8)</source>
        <translation>Refuse this line (F8)</translation>
    </message>
    <message>
        <source>Print the slip (F6)</source>
        <translation>Print the slip (F6)</translation>
    </message>
    <message>
        <source>The picking slip was printed.</source>
        <translation>The picking slip was printed.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Order ready (F10)</source>
        <translation>Order ready (F10)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked.</source>
        <translation>%1: %2 of %3 picked.</translation>
    </message>
    <message>
        <source>%1: line complete.</source>
        <translation>%1: line complete.</translation>
    </message>
    <message>
        <source>Everything is picked: press "Order ready" (F10).</source>
        <translation>Everything is picked: press "Order ready" (F10).</translation>
    </message>
    <message>
        <source>Code %1 is in no item of the catalogue: not an item of this order.</source>
        <translation>Code %1 is in no item of the catalogue: not an item of this order.</translation>
    </message>
    <message>
        <source>Wrong item: this one is not in order %1. Put it back.</source>
        <translation>Wrong item: this one is not in order %1. Put it back.</translation>
    </message>
    <message>
        <source>One too many: all %1 of %2 are already picked. Put this one back.</source>
        <translation>One too many: all %1 of %2 are already picked. Put this one back.</translation>
    </message>
    <message>
        <source>Line %1 (%2) was refused: it is not to be prepared.</source>
        <translation>Line %1 (%2) was refused: it is not to be prepared.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled online: stop picking and put its items back on the shelves.</source>
        <translation>Order %1 was cancelled online: stop picking and put its items back on the shelves.</translation>
    </message>
    <message>
        <source>Order %1 is no longer to be prepared (now: %2): stop picking.</source>
        <translation>Order %1 is no longer to be prepared (now: %2): stop picking.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Missing: refuse the line if it cannot be found</source>
        <translation>Missing: refuse the line if it cannot be found</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 items picked, %3 of %4 lines complete</source>
        <translation>%1 of %2 items picked, %3 of %4 lines complete</translation>
    </message>
    <message>
        <source>, %1 missing</source>
        <translation>, %1 missing</translation>
    </message>
    <message>
        <source>Line %1: %2 counted missing.</source>
        <translation>Line %1: %2 counted missing.</translation>
    </message>
    <message>
        <source>Line %1 refused: the customer will read the reason.</source>
        <translation>Line %1 refused: the customer will read the reason.</translation>
    </message>
</context>
<context>
    <name>comptoir::PinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <source>Unlock the till</source>
        <translation>Unlock the till</translation>
    </message>
    <message>
        <source>A manager must authorise this: manager, type your PIN.</source>
        <translation>A manager must authorise this: manager, type your PIN.</translation>
    </message>
    <message>
        <source>Type your PIN to unlock the till.</source>
        <translation>Type your PIN to unlock the till.</translation>
    </message>
    <message>
        <source>%1, type your PIN to unlock the till.</source>
        <translation>%1, type your PIN to unlock the till.</translation>
    </message>
</context>
<context>
    <name>comptoir::PriceOverrideDialog</name>
    <message>
        <source>Change the price</source>
        <translation>Change the price</translation>
    </message>
    <message>
        <source>New unit price of %1, VAT included (now %2):</source>
        <translation>New unit price of %1, VAT included (now %2):</translation>
    </message>
    <message>
        <source>Type the price, for example 12,50.</source>
        <translation>Type the price, for example 12,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::PrinterPage</name>
    <message>
        <source>The receipt printer</source>
        <translation>The receipt printer</translation>
    </message>
    <message>
        <source>Plug in and switch on the printer, choose it, then print a test page.</source>
        <translation>Plug in and switch on the printer, choose it, then print a test page.</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Network printer's address:</source>
        <translation>Network printer's address:</translation>
    </message>
    <message>
        <source>Folder for PDF receipts:</source>
        <translation>Folder for PDF receipts:</translation>
    </message>
    <message>
        <source>No receipt printer (a PDF on request)</source>
        <translation>No receipt printer (a PDF on request)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (%1)</source>
        <translation>Thermal printer on USB (%1)</translation>
    </message>
    <message>
        <source>System printer: %1</source>
        <translation>System printer: %1</translation>
    </message>
    <message>
        <source>Thermal printer on the network (address below)</source>
        <translation>Thermal printer on the network (address below)</translation>
    </message>
    <message>
        <source>PDF files in a folder (below)</source>
        <translation>PDF files in a folder (below)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>No printer chosen: nothing to test.</source>
        <translation>No printer chosen: nothing to test.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The test page was printed. Check it came out, then Next.</source>
        <translation>The test page was printed. Check it came out, then Next.</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>None; type a new name to create one</source>
        <translation>None; type a new name to create one</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>B&amp;rand:</source>
        <translation>B&amp;rand:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;VAT rate:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>First variant</source>
        <translation>First variant</translation>
    </message>
    <message>
        <source>This variant</source>
        <translation>This variant</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Initial stock</translation>
    </message>
    <message>
        <source>Prod&amp;uct</source>
        <translation>Prod&amp;uct</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>P&amp;hotos</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
</context>
<context>
    <name>comptoir::ProvisioningPage</name>
    <message>
        <source>Connect the till to the marketplace</source>
        <translation>Connect the till to the marketplace</translation>
    </message>
    <message>
        <source>The association sent the shop a provisioning file (name.comptoir) on a USB key or by e-mail. Comptoir looks for it on USB keys and in Downloads.</source>
        <translation>The association sent the shop a provisioning file (name.comptoir) on a USB key or by e-mail. Comptoir looks for it on USB keys and in Downloads.</translation>
    </message>
    <message>
        <source>&amp;Enrol with this file</source>
        <translation>&amp;Enrol with this file</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <source>Enrol with this &amp;code</source>
        <translation>Enrol with this &amp;code</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Marketplace address:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>Continue &amp;without the marketplace (enrol later in Settings)</source>
        <translation>Continue &amp;without the marketplace (enrol later in Settings)</translation>
    </message>
    <message>
        <source>No file? Type the address and the code the association gave:</source>
        <translation>No file? Type the address and the code the association gave:</translation>
    </message>
    <message>
        <source>Open a provisioning file</source>
        <translation>Open a provisioning file</translation>
    </message>
    <message>
        <source>Provisioning files (*.comptoir *.json)</source>
        <translation>Provisioning files (*.comptoir *.json)</translation>
    </message>
    <message>
        <source>No provisioning file was found. Plug in the USB key, then Search again; or open the file; or type the code.</source>
        <translation>No provisioning file was found. Plug in the USB key, then Search again; or open the file; or type the code.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (cannot be used)</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <translation>Marketplace: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>Enrolling with %1…</source>
        <translation>Enrolling with %1…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>This till is enrolled with the shop %1.</source>
        <translation>This till is enrolled with the shop %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReadinessProxy</name>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>online description</source>
        <translation>online description</translation>
    </message>
    <message>
        <source>marketplace category</source>
        <translation>marketplace category</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Ready to be listed online: a photo, an online description, a marketplace category, a price and stock</source>
        <translation>Ready to be listed online: a photo, an online description, a marketplace category, a price and stock</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Visible online.</source>
        <translation>Visible online.</translation>
    </message>
    <message>
        <source>Not visible online.</source>
        <translation>Not visible online.</translation>
    </message>
    <message>
        <source>Ready to be listed online.</source>
        <translation>Ready to be listed online.</translation>
    </message>
    <message>
        <source>Not ready to be listed online: missing %1.</source>
        <translation>Not ready to be listed online: missing %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReceiptService</name>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Café crème, thé, œufs: %1</source>
        <translation>Café crème, thé, œufs: %1</translation>
    </message>
    <message>
        <source>The printer works.</source>
        <translation>The printer works.</translation>
    </message>
</context>
<context>
    <name>comptoir::RejectOrderDialog</name>
    <message>
        <source>Optional: the customer reads it (for example: "Out of stock, sorry").</source>
        <translation>Optional: the customer reads it (for example: "Out of stock, sorry").</translation>
    </message>
    <message>
        <source>Refuse order %1</source>
        <translation>Refuse order %1</translation>
    </message>
    <message>
        <source>Why is order %1 refused?</source>
        <translation>Why is order %1 refused?</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Keep the reason under %1 characters.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReportsPage</name>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Close the day (Z)…</source>
        <translation>Close the day (Z)…</translation>
    </message>
    <message>
        <source>The open day so far (X report)</source>
        <translation>The open day so far (X report)</translation>
    </message>
    <message>
        <source>Past closures (Z)</source>
        <translation>Past closures (Z)</translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation>Z no.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Select a closure to see its Z report.</source>
        <translation>Select a closure to see its Z report.</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Open day: %1</source>
        <translation>Open day: %1</translation>
    </message>
    <message>
        <source>The day %1 was never closed: close it first (Z), then today.</source>
        <translation>The day %1 was never closed: close it first (Z), then today.</translation>
    </message>
    <message>
        <source>Nothing to close: the last day is closed. The next sales belong to %1, which can be closed once it has sales.</source>
        <translation>Nothing to close: the last day is closed. The next sales belong to %1, which can be closed once it has sales.</translation>
    </message>
    <message>
        <source>Sign in to close the day</source>
        <translation>Sign in to close the day</translation>
    </message>
    <message>
        <source>The day %1 is closed: Z report %2 is stored.</source>
        <translation>The day %1 is closed: Z report %2 is stored.</translation>
    </message>
    <message>
        <source>Z report %1 is stored and printed.</source>
        <translation>Z report %1 is stored and printed.</translation>
    </message>
    <message>
        <source>Z report %1 printed again (duplicate).</source>
        <translation>Z report %1 printed again (duplicate).</translation>
    </message>
    <message>
        <source>Z report %1 is stored, but it could not be printed: %2 You can reprint it from the list.</source>
        <translation>Z report %1 is stored, but it could not be printed: %2 You can reprint it from the list.</translation>
    </message>
    <message>
        <source>Z report %1 could not be printed: %2</source>
        <translation>Z report %1 could not be printed: %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ReturnDialog</name>
    <message>
        <source>Return and refund</source>
        <translation>Return and refund</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Refund (Ctrl+Enter)</source>
        <translation>Refund (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Scan the receipt's return code, or type the ticket number:</source>
        <translation>&amp;Scan the receipt's return code, or type the ticket number:</translation>
    </message>
    <message>
        <source>Return code or ticket number, then Enter</source>
        <translation>Return code or ticket number, then Enter</translation>
    </message>
    <message>
        <source>No receipt? Search the sales</source>
        <translation>No receipt? Search the sales</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Ticket total, e.g. 12,50</source>
        <translation>Ticket total, e.g. 12,50</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Part of an article's name</source>
        <translation>Part of an article's name</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>A&amp;rticle:</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation>Search (F3)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>+ or − changes how many come back; a digit sets it</source>
        <translation>+ or − changes how many come back; a digit sets it</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>Refund by</translation>
    </message>
    <message>
        <source>No sale of this till matches: try another day or amount.</source>
        <translation>No sale of this till matches: try another day or amount.</translation>
    </message>
    <message>
        <source>Ticket %1 — %2 — %3 (%4)</source>
        <translation>Ticket %1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Everything on ticket %1 has already been given back.</source>
        <translation>Everything on ticket %1 has already been given back.</translation>
    </message>
    <message>
        <source>Scan or find a sale to see its lines.</source>
        <translation>Scan or find a sale to see its lines.</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>Car&amp;d</translation>
    </message>
    <message>
        <source>C&amp;heque</source>
        <translation>C&amp;heque</translation>
    </message>
    <message>
        <source>Credit &amp;note</source>
        <translation>Credit &amp;note</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>To give back: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in at the till: sign in, then refund.</source>
        <translation>Nobody is signed in at the till: sign in, then refund.</translation>
    </message>
    <message>
        <source>A refund of %1 needs a manager's approval: manager, type your PIN.</source>
        <translation>A refund of %1 needs a manager's approval: manager, type your PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReturnLinesModel</name>
    <message>
        <source>How many come back: + or −, or type a number (at most %1)</source>
        <translation>How many come back: + or −, or type a number (at most %1)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Returnable</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>comptoir::ScaleLayoutSection</name>
    <message>
        <source>Scale barcodes</source>
        <translation>Scale barcodes</translation>
    </message>
    <message>
        <source>The labels your weighing scale prints carry the item's code (its reference in the catalogue) and its price or weight. Tick the layouts your scale prints.</source>
        <translation>The labels your weighing scale prints carry the item's code (its reference in the catalogue) and its price or weight. Tick the layouts your scale prints.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. 21-I5-P5 (prefix, item digits, K for a check digit, P price or W weight)</source>
        <translation>e.g. 21-I5-P5 (prefix, item digits, K for a check digit, P price or W weight)</translation>
    </message>
    <message>
        <source>Scan a label to try</source>
        <translation>Scan a label to try</translation>
    </message>
    <message>
        <source>Save the scale layouts</source>
        <translation>Save the scale layouts</translation>
    </message>
    <message>
        <source>Other &amp;layouts:</source>
        <translation>Other &amp;layouts:</translation>
    </message>
    <message>
        <source>&amp;Try a label:</source>
        <translation>&amp;Try a label:</translation>
    </message>
    <message>
        <source>A manager changes the scale layouts.</source>
        <translation>A manager changes the scale layouts.</translation>
    </message>
    <message>
        <source>%1 is not a scale barcode of these layouts.</source>
        <translation>%1 is not a scale barcode of these layouts.</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>item %1 (%2)</translation>
    </message>
    <message>
        <source>item %1, in no variant's reference yet</source>
        <translation>item %1, in no variant's reference yet</translation>
    </message>
    <message>
        <source>%1, price %2</source>
        <translation>%1, price %2</translation>
    </message>
    <message>
        <source>%1, weight %2 kg</source>
        <translation>%1, weight %2 kg</translation>
    </message>
    <message>
        <source>Scale layouts saved: the till reads them from the next scan.</source>
        <translation>Scale layouts saved: the till reads them from the next scan.</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsPage</name>
    <message>
        <source>Only a manager can change the settings.</source>
        <translation>Only a manager can change the settings.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET:</translation>
    </message>
    <message>
        <source>FR40123456789</source>
        <translation>FR40123456789</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Discounts above this percentage need a &amp;manager PIN:</source>
        <translation>Discounts above this percentage need a &amp;manager PIN:</translation>
    </message>
    <message>
        <source>Cash &amp;float left in the drawer:</source>
        <translation>Cash &amp;float left in the drawer:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Save the settings (%1)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Some settings were not saved: see the errors above.</source>
        <translation>Some settings were not saved: see the errors above.</translation>
    </message>
    <message>
        <source>Type the discount threshold as a percentage from 0 to 100, like 10.</source>
        <translation>Type the discount threshold as a percentage from 0 to 100, like 10.</translation>
    </message>
    <message>
        <source>Business days, closures and the times printed follow this time zone.</source>
        <translation>Business days, closures and the times printed follow this time zone.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>T&amp;ill name, on receipts and Z reports:</source>
        <translation>T&amp;ill name, on receipts and Z reports:</translation>
    </message>
    <message>
        <source>VAT rate of new prod&amp;ucts:</source>
        <translation>VAT rate of new prod&amp;ucts:</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsPageJournal</name>
    <message>
        <source>Fiscal journal</source>
        <translation>Fiscal journal</translation>
    </message>
    <message>
        <source>Keep an archive of each month or year of sales, closures and events, signed by the till, for the tax office. Anyone can check that the journal is intact.</source>
        <translation>Keep an archive of each month or year of sales, closures and events, signed by the till, for the tax office. Anyone can check that the journal is intact.</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Period to archive:</source>
        <translation>Period to archive:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the archive file</source>
        <translation>Choose the folder and the name of the archive file</translation>
    </message>
    <message>
        <source>Writ&amp;e the archive</source>
        <translation>Writ&amp;e the archive</translation>
    </message>
    <message>
        <source>Check the journal, then write the period's archive to the file</source>
        <translation>Check the journal, then write the period's archive to the file</translation>
    </message>
    <message>
        <source>Archive file:</source>
        <translation>Archive file:</translation>
    </message>
    <message>
        <source>Only a manager can archive the journal.</source>
        <translation>Only a manager can archive the journal.</translation>
    </message>
    <message>
        <source>Chec&amp;k the journal</source>
        <translation>Chec&amp;k the journal</translation>
    </message>
    <message>
        <source>Check the chain, the signatures, the numbering and the closure totals of the whole journal</source>
        <translation>Check the chain, the signatures, the numbering and the closure totals of the whole journal</translation>
    </message>
    <message>
        <source>Archive of the fiscal journal</source>
        <translation>Archive of the fiscal journal</translation>
    </message>
    <message>
        <source>Journal archives (*.json)</source>
        <translation>Journal archives (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to write the archive to.</source>
        <translation>Choose the file to write the archive to.</translation>
    </message>
    <message>
        <source>The journal is being checked: try again in a moment.</source>
        <translation>The journal is being checked: try again in a moment.</translation>
    </message>
    <message>
        <source>Checking the journal and writing the archive of %1…</source>
        <translation>Checking the journal and writing the archive of %1…</translation>
    </message>
    <message>
        <source>Checking the journal…</source>
        <translation>Checking the journal…</translation>
    </message>
    <message>
        <source>The archive of %1 was written to %2. It holds %3.</source>
        <translation>The archive of %1 was written to %2. It holds %3.</translation>
    </message>
    <message>
        <source>This period is not over yet: the archive holds what was recorded until now.</source>
        <translation>This period is not over yet: the archive holds what was recorded until now.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1: note it down to show later that the file was not changed.</source>
        <translation>Its SHA-256 fingerprint is %1: note it down to show later that the file was not changed.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>No archive was written.</translation>
    </message>
    <message>
        <source>The journal holds no record yet: there is nothing to archive.</source>
        <translation>The journal holds no record yet: there is nothing to archive.</translation>
    </message>
    <message>
        <source>Checked %1: the journal is intact (chain, signatures, numbering and closure totals).</source>
        <translation>Checked %1: the journal is intact (chain, signatures, numbering and closure totals).</translation>
    </message>
    <message>
        <source>The journal holds no record yet: there is nothing to check.</source>
        <translation>The journal holds no record yet: there is nothing to check.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The fingerprint of the key that signs the journal, also printed on every Z report: an auditor checks the archives against it</source>
        <translation>The fingerprint of the key that signs the journal, also printed on every Z report: an auditor checks the archives against it</translation>
    </message>
    <message>
        <source>Register key fingerprint:</source>
        <translation>Register key fingerprint:</translation>
    </message>
    <message>
        <source>It is sealed with the register key %1.</source>
        <translation>It is sealed with the register key %1.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsPagePrinter</name>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Network thermal printer</source>
        <translation>Network thermal printer</translation>
    </message>
    <message>
        <source>Thermal printer on a port</source>
        <translation>Thermal printer on a port</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>System printer</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>PDF files in a folder</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>192.168.1.50</source>
        <translation>192.168.1.50</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>/dev/usb/lp0 or COM3</source>
        <translation>/dev/usb/lp0 or COM3</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <source>S&amp;ystem printer:</source>
        <translation>S&amp;ystem printer:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Paper &amp;width:</source>
        <translation>Paper &amp;width:</translation>
    </message>
    <message>
        <source>Open the cash drawer on &amp;cash payments</source>
        <translation>Open the cash drawer on &amp;cash payments</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <source>Folder for the PDF receipts</source>
        <translation>Folder for the PDF receipts</translation>
    </message>
    <message>
        <source>Save the settings first: the test print uses the saved printer.</source>
        <translation>Save the settings first: the test print uses the saved printer.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>The test page was printed.</translation>
    </message>
</context>
<context>
    <name>comptoir::StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>The people who may use the till, each with their own PIN. Nobody is ever deleted (tickets name who served): deactivate those who left.</source>
        <translation>The people who may use the till, each with their own PIN. Nobody is ever deleted (tickets name who served): deactivate those who left.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Only a signed-in manager can add people, change PINs or deactivate someone.</source>
        <translation>Only a signed-in manager can add people, change PINs or deactivate someone.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Set the &amp;PIN</source>
        <translation>Set the &amp;PIN</translation>
    </message>
    <message>
        <source>Give the person chosen in the list this new PIN (a forgotten PIN is reset this way)</source>
        <translation>Give the person chosen in the list this new PIN (a forgotten PIN is reset this way)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Person chosen:</source>
        <translation>Person chosen:</translation>
    </message>
    <message>
        <source>New person's name:</source>
        <translation>New person's name:</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Manager (authorises refunds and discounts, changes settings)</source>
        <translation>Manager (authorises refunds and discounts, changes settings)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Their PIN:</source>
        <translation>Their PIN:</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cashier</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>%1 was added as a manager: they can sign in with their PIN.</source>
        <translation>%1 was added as a manager: they can sign in with their PIN.</translation>
    </message>
    <message>
        <source>%1 was added as a cashier: they can sign in with their PIN.</source>
        <translation>%1 was added as a cashier: they can sign in with their PIN.</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>Your PIN was changed.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
    <message>
        <source>%1 can use the till again.</source>
        <translation>%1 can use the till again.</translation>
    </message>
    <message>
        <source>%1 was deactivated: they can no longer use the till. Their tickets keep their name.</source>
        <translation>%1 was deactivated: they can no longer use the till. Their tickets keep their name.</translation>
    </message>
</context>
<context>
    <name>comptoir::StartPage</name>
    <message>
        <source>Start selling</source>
        <translation>Start selling</translation>
    </message>
    <message>
        <source>Last step: how does the shop start?</source>
        <translation>Last step: how does the shop start?</translation>
    </message>
    <message>
        <source>&amp;Restore a backup of this shop (a replaced PC)</source>
        <translation>&amp;Restore a backup of this shop (a replaced PC)</translation>
    </message>
    <message>
        <source>Start from the &amp;marketplace's catalogue: download the shop's products now</source>
        <translation>Start from the &amp;marketplace's catalogue: download the shop's products now</translation>
    </message>
    <message>
        <source>Start with an &amp;empty catalogue: add the products in Catalogue</source>
        <translation>Start with an &amp;empty catalogue: add the products in Catalogue</translation>
    </message>
    <message>
        <source>A till enrolled with the marketplace still receives the shop's products at its first synchronisation.</source>
        <translation>A till enrolled with the marketplace still receives the shop's products at its first synchronisation.</translation>
    </message>
    <message>
        <source>Downloading the shop's products from the marketplace…</source>
        <translation>Downloading the shop's products from the marketplace…</translation>
    </message>
    <message>
        <source>The download stopped: %1 Try again, or start with an empty catalogue.</source>
        <translation>The download stopped: %1 Try again, or start with an empty catalogue.</translation>
    </message>
    <message>
        <source>Products from the marketplace now in the catalogue: %1.</source>
        <translation>Products from the marketplace now in the catalogue: %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::StockDialog</name>
    <message>
        <source>Receive or adjust stock</source>
        <translation>Receive or adjust stock</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Physical count</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>On hand in Comptoir:</source>
        <translation>On hand in Comptoir:</translation>
    </message>
    <message>
        <source>Optional: supplier, delivery note, what happened…</source>
        <translation>Optional: supplier, delivery note, what happened…</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Items that came in (for example 12), or went out (for example -2).</source>
        <translation>Items that came in (for example 12), or went out (for example -2).</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>Delivery received</translation>
    </message>
    <message>
        <source>Adjustment: breakage, loss, correction</source>
        <translation>Adjustment: breakage, loss, correction</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>On hand afterwards:</source>
        <translation>On hand afterwards:</translation>
    </message>
    <message>
        <source>How many items are really on the shelves and in the stockroom.</source>
        <translation>How many items are really on the shelves and in the stockroom.</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Counted:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Difference:</translation>
    </message>
    <message>
        <source>None: the count matches</source>
        <translation>None: the count matches</translation>
    </message>
    <message>
        <source>+%1: more than Comptoir expected</source>
        <translation>+%1: more than Comptoir expected</translation>
    </message>
    <message>
        <source>%1: fewer than Comptoir expected</source>
        <translation>%1: fewer than Comptoir expected</translation>
    </message>
</context>
<context>
    <name>comptoir::StockMovementModel</name>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Physical count</translation>
    </message>
    <message>
        <source>Online reservation</source>
        <translation>Online reservation</translation>
    </message>
    <message>
        <source>Online sale</source>
        <translation>Online sale</translation>
    </message>
    <message>
        <source>Online release</source>
        <translation>Online release</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>comptoir::SyncConflictsView</name>
    <message>
        <source>Edits made at the same time (conflict log)</source>
        <translation>Edits made at the same time (conflict log)</translation>
    </message>
    <message>
        <source>When a product was changed in two places at once, one value was kept and the other is written here, so nothing is lost. Change the product again if the lost value was the right one.</source>
        <translation>When a product was changed in two places at once, one value was kept and the other is written here, so nothing is lost. Change the product again if the lost value was the right one.</translation>
    </message>
    <message>
        <source>No conflict so far.</source>
        <translation>No conflict so far.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Kept from</translation>
    </message>
    <message>
        <source>Lost from</source>
        <translation>Lost from</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Unknown product</translation>
    </message>
</context>
<context>
    <name>comptoir::SyncExceptionsView</name>
    <message>
        <source>Changes the marketplace refused</source>
        <translation>Changes the marketplace refused</translation>
    </message>
    <message>
        <source>The other changes go on. Fix the cause (for example, send the product first), then retry; or have a manager discard the change.</source>
        <translation>The other changes go on. Fix the cause (for example, send the product first), then retry; or have a manager discard the change.</translation>
    </message>
    <message>
        <source>None: every change reached the marketplace.</source>
        <translation>None: every change reached the marketplace.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Send this change again, once its cause is fixed</source>
        <translation>Send this change again, once its cause is fixed</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Drop this change for good (a manager's PIN is asked; it is journalled)</source>
        <translation>Drop this change for good (a manager's PIN is asked; it is journalled)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Not in this till's catalogue</source>
        <translation>Not in this till's catalogue</translation>
    </message>
    <message>
        <source>Marketplace's code: %1</source>
        <translation>Marketplace's code: %1</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>field: %1</translation>
    </message>
    <message>
        <source>The change is sent again.</source>
        <translation>The change is sent again.</translation>
    </message>
    <message>
        <source>Discarding a refused change needs a manager: manager, type your PIN.</source>
        <translation>Discarding a refused change needs a manager: manager, type your PIN.</translation>
    </message>
    <message>
        <source>The change was discarded: it will not be sent.</source>
        <translation>The change was discarded: it will not be sent.</translation>
    </message>
</context>
<context>
    <name>comptoir::SyncPage</name>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>last sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::SyncStatusIndicator</name>
    <message>
        <source>Show the changes the marketplace refused</source>
        <translation>Show the changes the marketplace refused</translation>
    </message>
    <message>
        <source>Enrol this till…</source>
        <translation>Enrol this till…</translation>
    </message>
    <message>
        <source>Enrol this till with the marketplace, with the code the marketplace gave the shop</source>
        <translation>Enrol this till with the marketplace, with the code the marketplace gave the shop</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Enrolment needed</source>
        <translation>Enrolment needed</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>This till is not linked to the Vitrines marketplace. To link it, ask the association for an enrolment code (or a provisioning file) and enrol the till with it. Sales work without it.</source>
        <translation>This till is not linked to the Vitrines marketplace. To link it, ask the association for an enrolment code (or a provisioning file) and enrol the till with it. Sales work without it.</translation>
    </message>
    <message>
        <source>The marketplace no longer recognises this till: ask the association for a new enrolment code and enrol the till again. Nothing waiting is lost.</source>
        <translation>The marketplace no longer recognises this till: ask the association for a new enrolment code and enrol the till again. Nothing waiting is lost.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: sales go on and changes are kept until it answers.</source>
        <translation>The marketplace cannot be reached: sales go on and changes are kept until it answers.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Next try at %1.</translation>
    </message>
    <message>
        <source>Sync stopped after an error: it starts again at the next start of Comptoir.</source>
        <translation>Sync stopped after an error: it starts again at the next start of Comptoir.</translation>
    </message>
    <message>
        <source>ask the association for an enrolment code</source>
        <translation>ask the association for an enrolment code</translation>
    </message>
    <message>
        <source>enrol this till again with a new code</source>
        <translation>enrol this till again with a new code</translation>
    </message>
    <message>
        <source>see the Synchronisation page</source>
        <translation>see the Synchronisation page</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>all sent</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>last sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n refused change</numerusform>
            <numerusform>%n refused changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::TillCart</name>
    <message>
        <source>Unknown code %1: this item is not in the catalogue. Press "Free price" to sell it at a price you type, or "Create the product" (F2).</source>
        <translation>Unknown code %1: this item is not in the catalogue. Press "Free price" to sell it at a price you type, or "Create the product" (F2).</translation>
    </message>
    <message>
        <source>No product matches "%1".</source>
        <translation>No product matches "%1".</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>comptoir::TillCatalogueUpdates</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>New catalogue price, the ticket is updated: %1.</source>
        <translation>New catalogue price, the ticket is updated: %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillCollection</name>
    <message>
        <source>No order CMD-%1 to collect: it is already collected, cancelled, or not accepted yet. See the Orders tab.</source>
        <translation>No order CMD-%1 to collect: it is already collected, cancelled, or not accepted yet. See the Orders tab.</translation>
    </message>
    <message>
        <source>This order can no longer be collected: it was collected or cancelled meanwhile. See the Orders tab.</source>
        <translation>This order can no longer be collected: it was collected or cancelled meanwhile. See the Orders tab.</translation>
    </message>
    <message>
        <source>Order CMD-%1 (%2) was paid online: it is marked collected. Hand over the goods.</source>
        <translation>Order CMD-%1 (%2) was paid online: it is marked collected. Hand over the goods.</translation>
    </message>
    <message>
        <source>Order CMD-%1 (%2) is paid here: its lines are in the ticket at the order's prices. Take the payment.</source>
        <translation>Order CMD-%1 (%2) is paid here: its lines are in the ticket at the order's prices. Take the payment.</translation>
    </message>
    <message>
        <source>This order was not marked ready: check that every item is there.</source>
        <translation>This order was not marked ready: check that every item is there.</translation>
    </message>
    <message>
        <source>%1: this ticket takes %3 of the %2 units reserved for online orders. The sale goes through; an order waiting for it may then lack it (see the oversell cases).</source>
        <translation>%1: this ticket takes %3 of the %2 units reserved for online orders. The sale goes through; an order waiting for it may then lack it (see the oversell cases).</translation>
    </message>
    <message>
        <source>%1: %2 reserved for online orders, %3 available online.</source>
        <translation>%1: %2 reserved for online orders, %3 available online.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillDiscounts</name>
    <message>
        <source>With fewer items, a discount goes above what a cashier may give: manager, type your PIN.</source>
        <translation>With fewer items, a discount goes above what a cashier may give: manager, type your PIN.</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Discount on %1 (%2):</source>
        <translation>Discount on %1 (%2):</translation>
    </message>
    <message>
        <source>A discount of %1 on %2 needs a manager: manager, type your PIN.</source>
        <translation>A discount of %1 on %2 needs a manager: manager, type your PIN.</translation>
    </message>
    <message>
        <source>No more discount on %1.</source>
        <translation>No more discount on %1.</translation>
    </message>
    <message>
        <source>Discount of %1 on %2.</source>
        <translation>Discount of %1 on %2.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan or search an item first.</source>
        <translation>The ticket is empty: scan or search an item first.</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Ticket discount</translation>
    </message>
    <message>
        <source>Discount on the whole ticket (%1):</source>
        <translation>Discount on the whole ticket (%1):</translation>
    </message>
    <message>
        <source>A discount of %1 on the ticket needs a manager: manager, type your PIN.</source>
        <translation>A discount of %1 on the ticket needs a manager: manager, type your PIN.</translation>
    </message>
    <message>
        <source>No more discount on the ticket.</source>
        <translation>No more discount on the ticket.</translation>
    </message>
    <message>
        <source>Ticket discount: %1.</source>
        <translation>Ticket discount: %1.</translation>
    </message>
    <message>
        <source>%1 at %2 instead of %3 needs a manager: manager, type your PIN.</source>
        <translation>%1 at %2 instead of %3 needs a manager: manager, type your PIN.</translation>
    </message>
    <message>
        <source>%1 now at %2.</source>
        <translation>%1 now at %2.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillFavourites</name>
    <message>
        <source>A free-price line cannot be a favourite: create the product first.</source>
        <translation>A free-price line cannot be a favourite: create the product first.</translation>
    </message>
    <message>
        <source>%1 is already a favourite.</source>
        <translation>%1 is already a favourite.</translation>
    </message>
    <message>
        <source>There are already %1 favourites: remove one first (right-click on it).</source>
        <translation>There are already %1 favourites: remove one first (right-click on it).</translation>
    </message>
    <message>
        <source>Adding %1 to the favourites needs a manager: manager, type your PIN.</source>
        <translation>Adding %1 to the favourites needs a manager: manager, type your PIN.</translation>
    </message>
    <message>
        <source>%1 is now a favourite.</source>
        <translation>%1 is now a favourite.</translation>
    </message>
    <message>
        <source>Removing a favourite needs a manager: manager, type your PIN.</source>
        <translation>Removing a favourite needs a manager: manager, type your PIN.</translation>
    </message>
    <message>
        <source>Favourite removed.</source>
        <translation>Favourite removed.</translation>
    </message>
    <message>
        <source>Creating the product %1 needs a manager: manager, type your PIN.</source>
        <translation>Creating the product %1 needs a manager: manager, type your PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillPage</name>
    <message>
        <source>Search a product, or scan</source>
        <translation>Search a product, or scan</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more of the selected line (+)</source>
        <translation>One more of the selected line (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less of the selected line (−)</source>
        <translation>One less of the selected line (−)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <source>Free price</source>
        <translation>Free price</translation>
    </message>
    <message>
        <source>Park (F6)</source>
        <translation>Park (F6)</translation>
    </message>
    <message>
        <source>Resume (F7)</source>
        <translation>Resume (F7)</translation>
    </message>
    <message>
        <source>Cancel ticket (F8)</source>
        <translation>Cancel ticket (F8)</translation>
    </message>
    <message>
        <source>Sign in to sell</source>
        <translation>Sign in to sell</translation>
    </message>
    <message>
        <source>Create the product (F2)</source>
        <translation>Create the product (F2)</translation>
    </message>
    <message>
        <source>Add the unknown code to the catalogue (a manager)</source>
        <translation>Add the unknown code to the catalogue (a manager)</translation>
    </message>
    <message>
        <source>Discount (F4)</source>
        <translation>Discount (F4)</translation>
    </message>
    <message>
        <source>A discount on the selected line, as a percentage or an amount (F4)</source>
        <translation>A discount on the selected line, as a percentage or an amount (F4)</translation>
    </message>
    <message>
        <source>Price (F3)</source>
        <translation>Price (F3)</translation>
    </message>
    <message>
        <source>Change the unit price of the selected line; a manager authorises it (F3)</source>
        <translation>Change the unit price of the selected line; a manager authorises it (F3)</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <source>Add the selected line's product to the favourites (a manager)</source>
        <translation>Add the selected line's product to the favourites (a manager)</translation>
    </message>
    <message>
        <source>Ticket discount (Shift+F4)</source>
        <translation>Ticket discount (Shift+F4)</translation>
    </message>
    <message>
        <source>Close it now (Ctrl+Shift+Z)</source>
        <translation>Close it now (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Collect an order</source>
        <translation>Collect an order</translation>
    </message>
</context>
<context>
    <name>comptoir::TillParking</name>
    <message>
        <source>The ticket is empty: there is nothing to park.</source>
        <translation>The ticket is empty: there is nothing to park.</translation>
    </message>
    <message>
        <source>Park the ticket</source>
        <translation>Park the ticket</translation>
    </message>
    <message>
        <source>A name to find it again (optional):</source>
        <translation>A name to find it again (optional):</translation>
    </message>
    <message>
        <source>Ticket parked. Resume it with F7.</source>
        <translation>Ticket parked. Resume it with F7.</translation>
    </message>
    <message>
        <source>Park or cancel the current ticket before resuming another one.</source>
        <translation>Park or cancel the current ticket before resuming another one.</translation>
    </message>
    <message>
        <source>No ticket is parked.</source>
        <translation>No ticket is parked.</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>Cancel the ticket</translation>
    </message>
    <message>
        <source>Cancel this ticket of %1? The cancellation is recorded.</source>
        <translation>Cancel this ticket of %1? The cancellation is recorded.</translation>
    </message>
    <message>
        <source>Ticket cancelled.</source>
        <translation>Ticket cancelled.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillPayment</name>
    <message>
        <source>Payments have been taken: finish the ticket or cancel it.</source>
        <translation>Payments have been taken: finish the ticket or cancel it.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan or search an item first.</source>
        <translation>The ticket is empty: scan or search an item first.</translation>
    </message>
    <message>
        <source>Ticket n° %1 — change: %2</source>
        <translation>Ticket n° %1 — change: %2</translation>
    </message>
</context>
<context>
    <name>comptoir::TillReceipts</name>
    <message>
        <source>Receipt (F11)</source>
        <translation>Receipt (F11)</translation>
    </message>
    <message>
        <source>Prints the last ticket's receipt; a second copy says DUPLICATE.</source>
        <translation>Prints the last ticket's receipt; a second copy says DUPLICATE.</translation>
    </message>
    <message>
        <source>Return (F12)</source>
        <translation>Return (F12)</translation>
    </message>
    <message>
        <source>Gives back items of an earlier sale: scan its receipt.</source>
        <translation>Gives back items of an earlier sale: scan its receipt.</translation>
    </message>
    <message>
        <source>Refund no. %1 stored: give back %2.</source>
        <translation>Refund no. %1 stored: give back %2.</translation>
    </message>
</context>
<context>
    <name>comptoir::VariantDialog</name>
    <message>
        <source>New variant</source>
        <translation>New variant</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Edit variant</translation>
    </message>
    <message>
        <source>A new variant of %1</source>
        <translation>A new variant of %1</translation>
    </message>
    <message>
        <source>A variant of %1</source>
        <translation>A variant of %1</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Initial stock</translation>
    </message>
</context>
<context>
    <name>comptoir::VariantFieldsForm</name>
    <message>
        <source>Size, colour… (empty if the product has only one kind)</source>
        <translation>Size, colour… (empty if the product has only one kind)</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variant:</translation>
    </message>
    <message>
        <source>Scan or type; several codes separated by spaces</source>
        <translation>Scan or type; several codes separated by spaces</translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation>&amp;Barcodes:</translation>
    </message>
    <message>
        <source>Made up by Comptoir if left empty</source>
        <translation>Made up by Comptoir if left empty</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>12.50</source>
        <translation>12.50</translation>
    </message>
    <message>
        <source>&amp;Price (VAT incl.):</source>
        <translation>&amp;Price (VAT incl.):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Cost (VAT excl.):</source>
        <translation>&amp;Cost (VAT excl.):</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>No alert</translation>
    </message>
    <message>
        <source>The row is highlighted when the stock falls to this number or below.</source>
        <translation>The row is highlighted when the stock falls to this number or below.</translation>
    </message>
    <message>
        <source>&amp;Low-stock alert at:</source>
        <translation>&amp;Low-stock alert at:</translation>
    </message>
    <message>
        <source>Recorded as a delivery received, with the note “Initial stock”.</source>
        <translation>Recorded as a delivery received, with the note “Initial stock”.</translation>
    </message>
    <message>
        <source>&amp;Initial stock:</source>
        <translation>&amp;Initial stock:</translation>
    </message>
    <message>
        <source>Type the price, VAT included, like 12.50.</source>
        <translation>Type the price, VAT included, like 12.50.</translation>
    </message>
    <message>
        <source>In-store &amp;code</source>
        <translation>In-store &amp;code</translation>
    </message>
    <message>
        <source>Give this item a barcode of the shop's own (an EAN-13 starting with 20), to print on its label and scan at the till.</source>
        <translation>Give this item a barcode of the shop's own (an EAN-13 starting with 20), to print on its label and scan at the till.</translation>
    </message>
    <message>
        <source>Optional: 250, 1.5…</source>
        <translation>Optional: 250, 1.5…</translation>
    </message>
    <message>
        <source>What one item holds, for the unit price shelf labels must show.</source>
        <translation>What one item holds, for the unit price shelf labels must show.</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>cl</source>
        <translation>cl</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>piece(s)</source>
        <translation>piece(s)</translation>
    </message>
    <message>
        <source>&amp;Net quantity:</source>
        <translation>&amp;Net quantity:</translation>
    </message>
</context>
</TS>