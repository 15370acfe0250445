<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CatalogueCommand</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>row %1, column "%2": %3</source>
        <translation>ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 products and %3 variants to create, %4 variants to update, %5 unchanged, %6 stock movements.</source>
        <translation>%1 lignes vérifiées : %2 produits et %3 déclinaisons à créer, %4 déclinaisons à mettre à jour, %5 inchangées, %6 mouvements de stock.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 products and %3 variants created, %4 variants updated, %5 unchanged, %6 stock movements.</source>
        <translation>%1 lignes lues : %2 produits et %3 déclinaisons créés, %4 déclinaisons mises à jour, %5 inchangées, %6 mouvements de stock.</translation>
    </message>
    <message>
        <source>%1 in-store barcodes given.</source>
        <translation>%1 codes-barres magasin attribués.</translation>
    </message>
    <message>
        <source>%1 wrong rows left out, saved to %2: correct them there and import that file.</source>
        <translation>%1 lignes fausses laissées de côté, enregistrées dans %2 : corrigez-les dans ce fichier et importez-le.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>%1: attached to %2 (small: under 600 pixels, take a bigger one to sell from).</source>
        <translation>%1 : ajoutée à %2 (petite : moins de 600 pixels, prenez-en une plus grande pour vendre avec).</translation>
    </message>
    <message>
        <source>%1: attached to %2.</source>
        <translation>%1 : ajoutée à %2.</translation>
    </message>
    <message>
        <source>%1: no product has this code, waiting in the photo inbox.</source>
        <translation>%1 : aucun produit n’a ce code, en attente dans les photos en attente.</translation>
    </message>
    <message>
        <source>%1: skipped, already in the shop's photos.</source>
        <translation>%1 : ignorée, déjà dans les photos de la boutique.</translation>
    </message>
    <message>
        <source>%1: skipped, %2 already has it.</source>
        <translation>%1 : ignorée, %2 l’a déjà.</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1 : refusée : %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 photos: %2 attached, %3 waiting in the inbox, %4 skipped, %5 refused.</source>
        <translation>%1 photos : %2 ajoutées, %3 en attente, %4 ignorées, %5 refusées.</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <source>Why refused</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The demo shop was already there.</source>
        <translation>La boutique de démo existait déjà.</translation>
    </message>
    <message>
        <source>The demo shop is ready.</source>
        <translation>La boutique de démo est prête.</translation>
    </message>
    <message>
        <source>%1 products, %2 variants, %3 categories, %4 stock movements.</source>
        <translation>%1 produits, %2 variantes, %3 catégories, %4 mouvements de stock.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Operators: %1 (manager, PIN %2), %3 (cashier, PIN %4)</source>
        <translation>Opérateurs : %1 (gérant, code PIN %2), %3 (caissier, code PIN %4)</translation>
    </message>
    <message>
        <source>There is no shop in %1: give the shop's data folder with --data-dir.</source>
        <translation>Il n’y a pas de boutique dans %1 : indiquez le dossier de données de la boutique avec --data-dir.</translation>
    </message>
    <message>
        <source>This shop has no fiscal records yet: nothing to verify.</source>
        <translation>Cette boutique n’a encore aucun enregistrement fiscal : rien à vérifier.</translation>
    </message>
    <message>
        <source>Register key fingerprint: %1</source>
        <translation>Empreinte de la clé de la caisse : %1</translation>
    </message>
    <message>
        <source>Checked: %1 chain links, %2 tickets, %3 closures, %4 events.</source>
        <translation>Vérifié : %1 maillons de la chaîne, %2 tickets, %3 clôtures, %4 événements.</translation>
    </message>
    <message>
        <source>BROKEN at %1: %2</source>
        <translation>ALTÉRÉ à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the archive %1.</source>
        <translation>Impossible de lire l’archive %1.</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive : %1</translation>
    </message>
    <message>
        <source>The period "%1" is neither a year (2026) nor a month (2026-11).</source>
        <translation>La période « %1 » n’est ni une année (2026) ni un mois (2026-11).</translation>
    </message>
    <message>
        <source>Archive of %1 written to %2.</source>
        <translation>Archive de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>%1 chain links: %2 tickets, %3 closures, %4 events.</source>
        <translation>%1 maillons de la chaîne : %2 tickets, %3 clôtures, %4 événements.</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 du fichier : %1</translation>
    </message>
    <message>
        <source>Checked: %1 monthly and yearly closures.</source>
        <translation>Vérifié : %1 clôtures mensuelles et annuelles.</translation>
    </message>
    <message>
        <source>%1 monthly and yearly closures of the period, with their signatures.</source>
        <translation>%1 clôtures mensuelles et annuelles de la période, avec leurs signatures.</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>aucun maillon</translation>
    </message>
    <message>
        <source>links %1 to %2</source>
        <translation>maillons %1 à %2</translation>
    </message>
    <message>
        <source>Register key %1: %2 (%3).</source>
        <translation>Clé de la caisse %1 : %2 (%3).</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmée</translation>
    </message>
    <message>
        <source>intact, key not confirmed: %1</source>
        <translation>intacte, clé non confirmée : %1</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint printed on the shop's Z reports, or give the shop's key with --key.</source>
        <translation>Comparez-la à l’empreinte imprimée sur les Z de la boutique, ou donnez la clé de la boutique avec --key.</translation>
    </message>
    <message>
        <source>BROKEN at %1: %2 (%3)</source>
        <translation>ALTÉRÉ à %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Chain, hashes, signatures, ticket numbers, ticket, closure and period totals: intact.</source>
        <translation>Chaîne, empreintes, signatures, numéros des tickets, totaux des tickets, des clôtures et des périodes : intacts.</translation>
    </message>
    <message>
        <source>--key %1: neither a key fingerprint, nor a public key, nor a file holding one.</source>
        <translation>--key %1 : ni une empreinte de clé, ni une clé publique, ni un fichier qui en contient une.</translation>
    </message>
    <message>
        <source>Keys compared with the shop in %1.</source>
        <translation>Clés comparées à celles de la boutique de %1.</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>Fait suite à : %1</translation>
    </message>
    <message>
        <source>Archive seal, chain, hashes, signatures, numbers and totals: intact.</source>
        <translation>Sceau de l’archive, chaîne, empreintes, signatures, numéros et totaux : intacts.</translation>
    </message>
    <message>
        <source>Sealed with the register key %1.</source>
        <translation>Scellée avec la clé de la caisse %1.</translation>
    </message>
    <message>
        <source>No backup was kept.</source>
        <translation>Aucune sauvegarde n’a été gardée.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>Database copied while the shop stays open: %1 MB in %2 s.</source>
        <translation>Base copiée sans fermer la boutique : %1 Mo en %2 s.</translation>
    </message>
    <message>
        <source>Copy checked in %1 s: database integrity ok, fiscal journal intact (%2 chain links).</source>
        <translation>Copie vérifiée en %1 s : intégrité de la base correcte, journal fiscal intact (%2 maillons).</translation>
    </message>
    <message>
        <source>It holds %1 tickets; the last one is number %2 of %3.</source>
        <translation>Elle contient %1 tickets ; le dernier est le numéro %2 du %3.</translation>
    </message>
    <message>
        <source>It holds no ticket yet.</source>
        <translation>Elle ne contient encore aucun ticket.</translation>
    </message>
    <message>
        <source>Settings, catalogue and staff are in it; the register's private key and the marketplace token are not (they stay in the keychain).</source>
        <translation>Réglages, catalogue et personnel y sont ; la clé privée de la caisse et le jeton de la place de marché n’y sont pas (ils restent dans le trousseau).</translation>
    </message>
    <message>
        <source>Older backup removed (rotation): %1</source>
        <translation>Ancienne sauvegarde effacée (rotation) : %1</translation>
    </message>
    <message>
        <source>Recorded as the shop's last good backup.</source>
        <translation>Notée comme dernière bonne sauvegarde de la boutique.</translation>
    </message>
    <message>
        <source>Not the shop's backup folder: the shop's last good backup is unchanged.</source>
        <translation>Ce n’est pas le dossier de sauvegarde de la boutique : sa dernière bonne sauvegarde ne change pas.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Backup checked: %1 (database integrity ok, fiscal journal intact: %2 chain links, %3 tickets).</source>
        <translation>Sauvegarde vérifiée : %1 (intégrité de la base correcte, journal fiscal intact : %2 maillons, %3 tickets).</translation>
    </message>
    <message>
        <source>The shop's current file will be kept aside as %1.</source>
        <translation>Le fichier actuel de la boutique sera mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>The backup is older than the shop's last ticket: these %1 tickets would be missing:</source>
        <translation>La sauvegarde est plus ancienne que le dernier ticket de la boutique : ces %1 tickets manqueraient :</translation>
    </message>
    <message>
        <source>ticket number %1 of %2</source>
        <translation>ticket numéro %1 du %2</translation>
    </message>
    <message>
        <source>Close Comptoir's window on this shop, then restore again.</source>
        <translation>Fermez la fenêtre de Comptoir sur cette boutique, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Restore all the same? Type yes to go on, anything else to stop:</source>
        <translation>Restaurer quand même ? Tapez oui pour continuer, autre chose pour arrêter :</translation>
    </message>
    <message>
        <source>Nothing was changed (give --yes to restore without being asked).</source>
        <translation>Rien n’a été changé (donnez --yes pour restaurer sans question).</translation>
    </message>
    <message>
        <source>The restore could not be staged.</source>
        <translation>La restauration n’a pas pu être préparée.</translation>
    </message>
    <message>
        <source>The shop's file is unchanged.</source>
        <translation>Le fichier de la boutique n’a pas changé.</translation>
    </message>
    <message>
        <source>Backup %1 restored into %2.</source>
        <translation>Sauvegarde %1 restaurée dans %2.</translation>
    </message>
    <message>
        <source>The previous file is kept aside as %1.</source>
        <translation>Le fichier précédent est mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>This computer's keychain does not hold the register key of the restored shop (a replaced computer?). Comptoir can start a new register key: the change is journalled (key_changed, reason "restored"), and what the old key signed stays verifiable with its public part.</source>
        <translation>Le trousseau de cet ordinateur n’a pas la clé de caisse de la boutique restaurée (un ordinateur remplacé ?). Comptoir peut démarrer une nouvelle clé de caisse : le changement est inscrit au journal (key_changed, raison « restored »), et ce que l’ancienne clé a signé reste vérifiable avec sa partie publique.</translation>
    </message>
    <message>
        <source>Start a new register key? Type yes to go on, anything else to stop:</source>
        <translation>Démarrer une nouvelle clé de caisse ? Tapez oui pour continuer, autre chose pour arrêter :</translation>
    </message>
    <message>
        <source>A new register key was started and journalled.</source>
        <translation>Une nouvelle clé de caisse a été démarrée et inscrite au journal.</translation>
    </message>
    <message>
        <source>The restore is done, but not journalled yet: it will be when the till has its register key (see docs/backups.md).</source>
        <translation>La restauration est faite, mais pas encore inscrite au journal : elle le sera quand la caisse aura sa clé (voir docs/backups.md).</translation>
    </message>
    <message>
        <source>The restore is journalled in the restored shop's technical journal.</source>
        <translation>La restauration est inscrite au journal technique de la boutique restaurée.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep the shop's data in &lt;folder&gt; instead of the usual place.</source>
        <translation>Conserver les données de la boutique dans &lt;dossier&gt; au lieu de l’emplacement habituel.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Open the demo shop (in its own folder), creating it the first time.</source>
        <translation>Ouvrir la boutique de démo (dans son propre dossier), en la créant la première fois.</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l’interface : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Comptoir: till and stock for the independent shops of Orléans.</source>
        <translation>Comptoir : caisse et stock pour les commerces indépendants d’Orléans.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Create the demo shop without opening a window, and say what it holds.</source>
        <translation>Créer la boutique de démo sans ouvrir de fenêtre, et indiquer ce qu’elle contient.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Try --help.</source>
        <translation>Commande inconnue « %1 ». Essayez --help.</translation>
    </message>
    <message>
        <source>journal archive: the period to archive, a year (2026) or a month (2026-11).</source>
        <translation>journal archive : la période à archiver, une année (2026) ou un mois (2026-11).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>journal archive: the archive file to write.</source>
        <translation>journal archive : le fichier d’archive à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>journal verify: check this archive file on its own, without a shop.</source>
        <translation>journal verify : vérifier ce fichier d’archive seul, sans boutique.</translation>
    </message>
    <message>
        <source>Write the fiscal journal of a year or a month to an archive file.</source>
        <translation>Écrire le journal fiscal d’une année ou d’un mois dans un fichier d’archive.</translation>
    </message>
    <message>
        <source>--period and --out only go with the command "journal archive".</source>
        <translation>--period et --out ne vont qu’avec la commande « journal archive ».</translation>
    </message>
    <message>
        <source>--archive only goes with the command "journal verify".</source>
        <translation>--archive ne va qu’avec la commande « journal verify ».</translation>
    </message>
    <message>
        <source>journal archive needs --period (2026 or 2026-11) and --out FILE.</source>
        <translation>journal archive demande --period (2026 ou 2026-11) et --out FICHIER.</translation>
    </message>
    <message>
        <source>sync: one sync pass with the marketplace, then quit.</source>
        <translation>sync : une synchronisation avec la place de marché, puis quitter.</translation>
    </message>
    <message>
        <source>enroll: the marketplace's address (https://…).</source>
        <translation>enroll : l’adresse de la place de marché (https://…).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>enroll: the enrolment code the marketplace gave the shop.</source>
        <translation>enroll : le code d’inscription que la place de marché a remis à la boutique.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>enroll: the name of this till on the marketplace (default: the host name).</source>
        <translation>enroll : le nom de cette caisse sur la place de marché (par défaut : le nom de l’ordinateur).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>enroll: enrol with this provisioning file instead of --url and --code.</source>
        <translation>enroll : inscrire la caisse avec ce fichier de configuration au lieu de --url et --code.</translation>
    </message>
    <message>
        <source>Sync once with the marketplace the till is enrolled with, and say what happened.</source>
        <translation>Synchroniser une fois avec la place de marché auprès de laquelle la caisse est inscrite, et indiquer ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Enrol this till with a marketplace, and say with which shop.</source>
        <translation>Inscrire cette caisse auprès d’une place de marché, et indiquer pour quelle boutique.</translation>
    </message>
    <message>
        <source>--once only goes with the command "sync".</source>
        <translation>--once ne va qu’avec la commande « sync ».</translation>
    </message>
    <message>
        <source>sync runs from the command line only with --once: comptoir sync --once.</source>
        <translation>En ligne de commande, sync ne s’exécute qu’avec --once : comptoir sync --once.</translation>
    </message>
    <message>
        <source>--url, --code, --device-name and --provisioning-file only go with the command "enroll".</source>
        <translation>--url, --code, --device-name et --provisioning-file ne vont qu’avec la commande « enroll ».</translation>
    </message>
    <message>
        <source>enroll needs either --url and --code, or --provisioning-file (not both): comptoir enroll --url https://… --code CODE [--device-name NAME] [--data-dir D].</source>
        <translation>enroll demande soit --url et --code, soit --provisioning-file (pas les deux) : comptoir enroll --url https://… --code CODE [--device-name NOM] [--data-dir D].</translation>
    </message>
    <message>
        <source>Without a command, Comptoir opens the shop's window.</source>
        <translation>Sans commande, Comptoir ouvre la fenêtre de la boutique.</translation>
    </message>
    <message>
        <source>Exit codes: 0 created, 1 failed.</source>
        <translation>Codes de sortie : 0 créée, 1 échec.</translation>
    </message>
    <message>
        <source>Check the fiscal journal (chain, signatures, numbers, closures).</source>
        <translation>Vérifier le journal fiscal (chaîne, signatures, numéros, clôtures).</translation>
    </message>
    <message>
        <source>Exit codes: 0 intact, 1 the shop could not be opened, 3 broken.</source>
        <translation>Codes de sortie : 0 intact, 1 boutique impossible à ouvrir, 3 altéré.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 failed, 2 wrong period, 3 the journal is broken (nothing written).</source>
        <translation>Codes de sortie : 0 écrite, 1 échec, 2 période fausse, 3 journal altéré (rien n’est écrit).</translation>
    </message>
    <message>
        <source>Exit codes: 0 synced, 1 the shop could not be opened, 3 the sync stopped, 4 not enrolled.</source>
        <translation>Codes de sortie : 0 synchronisée, 1 boutique impossible à ouvrir, 3 synchronisation arrêtée, 4 caisse non inscrite.</translation>
    </message>
    <message>
        <source>Exit codes: 0 enrolled, 1 failed, 3 refused by the marketplace.</source>
        <translation>Codes de sortie : 0 inscrite, 1 échec, 3 refusée par la place de marché.</translation>
    </message>
    <message>
        <source>Any command: exit code 2 when the command line is wrong.</source>
        <translation>Toute commande : code de sortie 2 quand la ligne de commande est fausse.</translation>
    </message>
    <message>
        <source>Any command but journal verify, and the window: exit code 5 when another Comptoir keeps the shop's data folder (it is named; a command waits a few seconds for it first, a second window brings the first one to the front).</source>
        <translation>Toute commande sauf journal verify, et la fenêtre : code de sortie 5 quand un autre Comptoir garde le dossier de données de la boutique (il est nommé ; une commande l’attend d’abord quelques secondes, une seconde fenêtre ramène la première au premier plan).</translation>
    </message>
    <message>
        <source>journal verify --archive: the register key to trust, as its fingerprint (ABCD EFGH …), its base64 public key, or a file holding one; may be given several times.</source>
        <translation>journal verify --archive : la clé de la caisse à laquelle se fier, par son empreinte (ABCD EFGH …), sa clé publique en base64, ou un fichier qui en contient une ; peut être donnée plusieurs fois.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>journal verify --archive: check that the archive follows this previous archive.</source>
        <translation>journal verify --archive : vérifier que l’archive fait suite à cette archive précédente.</translation>
    </message>
    <message>
        <source>Check an archive file on its own (seal, chain, hashes, signatures, numbers, totals), with the register keys given, or else those of the shop of --data-dir, --demo or the usual folder when there is one.</source>
        <translation>Vérifier seul un fichier d’archive (sceau, chaîne, empreintes, signatures, numéros, totaux), avec les clés de caisse données, sinon celles de la boutique de --data-dir, de --demo ou du dossier habituel s’il existe.</translation>
    </message>
    <message>
        <source>Exit codes: 0 intact, 1 a file or the shop could not be read, 2 wrong usage, 3 broken, 6 intact but a register key is not confirmed (no --key, no shop to compare with).</source>
        <translation>Codes de sortie : 0 intacte, 1 un fichier ou la boutique illisible, 2 mauvaise utilisation, 3 altérée, 6 intacte mais une clé de caisse n’est pas confirmée (pas de --key, pas de boutique à laquelle comparer).</translation>
    </message>
    <message>
        <source>--key and --follows only go with "journal verify --archive FILE".</source>
        <translation>--key et --follows ne vont qu’avec « journal verify --archive FICHIER ».</translation>
    </message>
    <message>
        <source>journal verify --archive needs the archive file (and --follows the previous one).</source>
        <translation>journal verify --archive a besoin du fichier d’archive (et --follows, du précédent).</translation>
    </message>
    <message>
        <source>backup: write the backup into this folder instead of the shop's backup folder.</source>
        <translation>backup : écrire la sauvegarde dans ce dossier au lieu du dossier de sauvegarde de la boutique.</translation>
    </message>
    <message>
        <source>restore: the backup to restore (its folder, or the comptoir.sqlite inside it).</source>
        <translation>restore : la sauvegarde à restaurer (son dossier, ou le comptoir.sqlite qu’il contient).</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>restore: go on without asking, even when tickets would be missing.</source>
        <translation>restore : continuer sans demander, même si des tickets manqueraient.</translation>
    </message>
    <message>
        <source>Back the shop up (database, settings, receipts; never the keys) into its backup folder or DIR, check the copy, and say what it holds. Runs beside an open window.</source>
        <translation>Sauvegarder la boutique (base, réglages, tickets PDF ; jamais les clés) dans son dossier de sauvegarde ou DIR, vérifier la copie et dire ce qu’elle contient. Fonctionne à côté d’une fenêtre ouverte.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written and checked, 1 failed or the copy failed its check.</source>
        <translation>Codes de sortie : 0 écrite et vérifiée, 1 échec ou copie qui ne passe pas sa vérification.</translation>
    </message>
    <message>
        <source>Check a backup, then put it in place of the shop's database (kept aside), and journal it. The window must be closed.</source>
        <translation>Vérifier une sauvegarde, puis la mettre à la place de la base de la boutique (mise de côté), et l’inscrire au journal. La fenêtre doit être fermée.</translation>
    </message>
    <message>
        <source>Exit codes: 0 restored, 1 failed, 3 the backup was refused (damaged, broken journal, another till's, not a backup), 4 not confirmed (tickets would be missing).</source>
        <translation>Codes de sortie : 0 restaurée, 1 échec, 3 sauvegarde refusée (abîmée, journal altéré, d’une autre caisse, pas une sauvegarde), 4 non confirmée (des tickets manqueraient).</translation>
    </message>
    <message>
        <source>A provisioning file sets up a real shop, not the demo: leave out --demo.</source>
        <translation>Un fichier de configuration met en place une vraie boutique, pas la démo : retirez --demo.</translation>
    </message>
    <message>
        <source>--to only goes with the command "backup", --from and --yes with "restore".</source>
        <translation>--to ne va qu’avec la commande « backup », --from et --yes avec « restore ».</translation>
    </message>
    <message>
        <source>backup --to needs a folder: comptoir backup [--to FOLDER] [--data-dir D].</source>
        <translation>backup --to demande un dossier : comptoir backup [--to DOSSIER] [--data-dir D].</translation>
    </message>
    <message>
        <source>restore needs the backup: comptoir restore --from BACKUP [--data-dir D] [--yes].</source>
        <translation>restore demande la sauvegarde : comptoir restore --from SAUVEGARDE [--data-dir D] [--yes].</translation>
    </message>
    <message>
        <source>Check this till: database, fiscal journal, keychain, marketplace, clock, disk, printer, backups, versions; one line each, ok, warn or FAIL.</source>
        <translation>Vérifie cette caisse : base de données, journal fiscal, trousseau, place de marché, horloge, disque, imprimante, sauvegardes, versions ; une ligne par point, ok, attention ou ÉCHEC.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing failed (warnings allowed), 1 the shop could not be opened, 3 a check failed.</source>
        <translation>Codes de sortie : 0 rien en échec (avertissements permis), 1 boutique illisible, 3 un point en échec.</translation>
    </message>
    <message>
        <source>catalogue import: check the file and say what would change, without changing anything.</source>
        <translation>catalogue import : vérifier le fichier et dire ce qui changerait, sans rien changer.</translation>
    </message>
    <message>
        <source>catalogue import: the columns as saved under this name, or as written in this file (JSON); default: guessed from the headers.</source>
        <translation>catalogue import : les colonnes telles qu’enregistrées sous ce nom, ou telles qu’écrites dans ce fichier (JSON) ; par défaut : devinées d’après les en-têtes.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>catalogue import: import the good rows and save the wrong ones beside the file.</source>
        <translation>catalogue import : importer les bonnes lignes et enregistrer les lignes fausses à côté du fichier.</translation>
    </message>
    <message>
        <source>catalogue import: the stock column is what is on the shelf (count, the default), what was just received (receipt), or not read (ignore).</source>
        <translation>catalogue import : la colonne de stock est ce qui est en rayon (count, par défaut), ce qui vient d’être reçu (receipt), ou n’est pas lue (ignore).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>catalogue import: give an in-store barcode to each new item without one.</source>
        <translation>catalogue import : donner un code-barres magasin à chaque nouvel article qui n’en a pas.</translation>
    </message>
    <message>
        <source>catalogue export: catalogue (the default), stock, or valuation (stock at cost).</source>
        <translation>catalogue export : catalogue (par défaut), stock, ou valuation (stock valorisé au prix d’achat).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Import a catalogue from a spreadsheet (CSV, XLSX, ODS): the whole file is checked first, and nothing is written if a row is wrong (each is named).</source>
        <translation>Importer un catalogue depuis un tableur (CSV, XLSX, ODS) : tout le fichier est d’abord vérifié, et rien n’est écrit si une ligne est fausse (chacune est nommée).</translation>
    </message>
    <message>
        <source>Exit codes: 0 imported (or checked, with --dry-run) with no wrong row, 1 rows were refused (with --skip-invalid: the good ones imported) or it failed.</source>
        <translation>Codes de sortie : 0 importé (ou vérifié, avec --dry-run) sans ligne fausse, 1 des lignes ont été refusées (avec --skip-invalid : les bonnes importées) ou échec.</translation>
    </message>
    <message>
        <source>Export the catalogue, the stock or the stock's value at cost as CSV or XLSX (from the file's extension).</source>
        <translation>Exporter le catalogue, le stock ou la valeur du stock au prix d’achat en CSV ou XLSX (d’après l’extension du fichier).</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 failed.</source>
        <translation>Codes de sortie : 0 écrit, 1 échec.</translation>
    </message>
    <message>
        <source>--dry-run, --mapping, --skip-invalid, --stock and --in-store-barcodes only go with "catalogue import", --kind with "catalogue export".</source>
        <translation>--dry-run, --mapping, --skip-invalid, --stock et --in-store-barcodes ne vont qu’avec « catalogue import », --kind avec « catalogue export ».</translation>
    </message>
    <message>
        <source>catalogue import needs one file: comptoir catalogue import FILE [--dry-run] [--mapping NAME|FILE] [--skip-invalid] [--stock count|receipt|ignore] [--in-store-barcodes] [--data-dir D].</source>
        <translation>catalogue import demande un fichier : comptoir catalogue import FICHIER [--dry-run] [--mapping NOM|FICHIER] [--skip-invalid] [--stock count|receipt|ignore] [--in-store-barcodes] [--data-dir D].</translation>
    </message>
    <message>
        <source>catalogue export needs --out FILE (.csv or .xlsx): comptoir catalogue export --out FILE [--kind catalogue|stock|valuation] [--data-dir D].</source>
        <translation>catalogue export demande --out FICHIER (.csv ou .xlsx) : comptoir catalogue export --out FICHIER [--kind catalogue|stock|valuation] [--data-dir D].</translation>
    </message>
    <message>
        <source>Add the photos of a folder: a photo named after a barcode or a reference ("-2" for a further one) goes to that product, the others wait in the photo inbox; each file is said attached, waiting, skipped (already there) or refused (and why).</source>
        <translation>Ajouter les photos d’un dossier : une photo nommée d’après un code-barres ou une référence (« -2 » pour une suivante) va à ce produit, les autres attendent dans les photos en attente ; chaque fichier est dit ajouté, en attente, ignoré (déjà là) ou refusé (et pourquoi).</translation>
    </message>
    <message>
        <source>Exit codes: 0 no photo refused, 1 a photo was refused or it failed.</source>
        <translation>Codes de sortie : 0 aucune photo refusée, 1 une photo a été refusée ou échec.</translation>
    </message>
    <message>
        <source>Optional command: demo seed, journal verify, journal archive, sync, enroll, backup, restore, doctor, catalogue import, catalogue export, catalogue photos; or a provisioning file (FILE.comptoir) for the first-run assistant.</source>
        <translation>Commande facultative : demo seed, journal verify, journal archive, sync, enroll, backup, restore, doctor, catalogue import, catalogue export, catalogue photos ; ou un fichier de mise en service (FICHIER.comptoir) pour l’assistant de premier démarrage.</translation>
    </message>
    <message>
        <source>catalogue photos needs one folder: comptoir catalogue photos FOLDER [--data-dir D].</source>
        <translation>catalogue photos demande un dossier : comptoir catalogue photos DOSSIER [--data-dir D].</translation>
    </message>
</context>
<context>
    <name>DoctorText</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>Intégrité de la base</translation>
    </message>
    <message>
        <source>Journal chain</source>
        <translation>Chaîne du journal</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Disque libre</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante des tickets</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Dernière sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2 : %3</translation>
    </message>
    <message>
        <source>Problems to fix before this till can be trusted: %1.</source>
        <translation>Problèmes à régler avant de pouvoir se fier à cette caisse : %1.</translation>
    </message>
    <message>
        <source>No problem; points to look at: %1.</source>
        <translation>Aucun problème ; points à regarder : %1.</translation>
    </message>
    <message>
        <source>Everything checked is fine.</source>
        <translation>Tout ce qui a été vérifié va bien.</translation>
    </message>
    <message>
        <source>Comptoir doctor, %1</source>
        <translation>Vérification de Comptoir, %1</translation>
    </message>
    <message>
        <source>not checked (see the lines above).</source>
        <translation>pas vérifié (voir les lignes au-dessus).</translation>
    </message>
    <message>
        <source>the shop's database could not be read (error %1): copy this report for support.</source>
        <translation>la base de la boutique n’a pas pu être lue (erreur %1) : copiez ce rapport pour le support.</translation>
    </message>
    <message>
        <source>intact.</source>
        <translation>intacte.</translation>
    </message>
    <message>
        <source>DAMAGED (%1). Stop selling on this till and restore the last good backup.</source>
        <translation>ENDOMMAGÉE (%1). Arrêtez de vendre sur cette caisse et restaurez la dernière sauvegarde vérifiée.</translation>
    </message>
    <message>
        <source>no fiscal record yet.</source>
        <translation>aucun enregistrement fiscal pour l’instant.</translation>
    </message>
    <message>
        <source>intact (links checked: %1).</source>
        <translation>intacte (maillons vérifiés : %1).</translation>
    </message>
    <message>
        <source>intact, but the register key is confirmed by nothing: compare its fingerprint with the Z reports (comptoir journal verify).</source>
        <translation>intacte, mais rien ne confirme la clé de la caisse : comparez son empreinte avec celle des Z (comptoir journal verify).</translation>
    </message>
    <message>
        <source>BROKEN at %1 (%2): the fiscal journal was altered or damaged. Do not repair it; keep the file and call support.</source>
        <translation>ALTÉRÉE à %1 (%2) : le journal fiscal a été modifié ou endommagé. Ne le réparez pas ; gardez le fichier et appelez le support.</translation>
    </message>
    <message>
        <source>the register's key is there.</source>
        <translation>la clé de la caisse est là.</translation>
    </message>
    <message>
        <source>reachable; the register's key will be made when the till first opens.</source>
        <translation>joignable ; la clé de la caisse sera créée à la première ouverture de la caisse.</translation>
    </message>
    <message>
        <source>the register's key is MISSING from this computer's keychain: the till cannot sign. Restore the keychain, or start a new register key (docs: backups).</source>
        <translation>la clé de la caisse MANQUE dans le trousseau de cet ordinateur : la caisse ne peut pas signer. Restaurez le trousseau, ou créez une nouvelle clé de caisse (docs : sauvegardes).</translation>
    </message>
    <message>
        <source>the keychain holds ANOTHER register key than this shop's: the till cannot sign. Call support.</source>
        <translation>le trousseau contient une AUTRE clé de caisse que celle de cette boutique : la caisse ne peut pas signer. Appelez le support.</translation>
    </message>
    <message>
        <source>no keychain service (%1): install and start one (gnome-keyring or KWallet).</source>
        <translation>aucun service de trousseau (%1) : installez-en un et démarrez-le (gnome-keyring ou KWallet).</translation>
    </message>
    <message>
        <source>the keychain did not answer (%1): unlock it, or restart the session.</source>
        <translation>le trousseau n’a pas répondu (%1) : déverrouillez-le, ou redémarrez la session.</translation>
    </message>
    <message>
        <source>this till is not enrolled: online sales and stock are not shared. Enrol it in Synchronisation with the shop's code.</source>
        <translation>cette caisse n’est pas inscrite : ventes en ligne et stock ne sont pas partagés. Inscrivez-la dans Synchronisation avec le code de la boutique.</translation>
    </message>
    <message>
        <source>enrolled with %1, but the keychain holds no token: enrol the till again.</source>
        <translation>inscrite auprès de %1, mais le trousseau ne contient pas de jeton : inscrivez de nouveau la caisse.</translation>
    </message>
    <message>
        <source>%1 answers and accepts this till (shop %2).</source>
        <translation>%1 répond et accepte cette caisse (boutique %2).</translation>
    </message>
    <message>
        <source>%1 REFUSES this till's token (revoked): enrol the till again with a new code.</source>
        <translation>%1 REFUSE le jeton de cette caisse (révoqué) : inscrivez de nouveau la caisse avec un nouveau code.</translation>
    </message>
    <message>
        <source>%1: the secure connection failed (%2). Check the computer's date, or the network (a proxy, a captive portal).</source>
        <translation>%1 : la connexion sécurisée a échoué (%2). Vérifiez la date de l’ordinateur, ou le réseau (un proxy, un portail captif).</translation>
    </message>
    <message>
        <source>%1 answered with the error HTTP %2: try again later.</source>
        <translation>%1 a répondu par l’erreur HTTP %2 : réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check the internet connection.</source>
        <translation>%1 est injoignable (%2) : vérifiez la connexion à internet.</translation>
    </message>
    <message>
        <source>not compared (no answer from the marketplace).</source>
        <translation>pas comparée (pas de réponse de la place de marché).</translation>
    </message>
    <message>
        <source>right (within a minute of the marketplace's; offset: %1 s).</source>
        <translation>juste (à moins d’une minute de celle de la place de marché ; écart : %1 s).</translation>
    </message>
    <message>
        <source>AHEAD of the marketplace's by %1 s: set the computer's date and time (automatic time).</source>
        <translation>EN AVANCE de %1 s sur celle de la place de marché : réglez la date et l’heure de l’ordinateur (heure automatique).</translation>
    </message>
    <message>
        <source>BEHIND the marketplace's by %1 s: set the computer's date and time (automatic time).</source>
        <translation>EN RETARD de %1 s sur celle de la place de marché : réglez la date et l’heure de l’ordinateur (heure automatique).</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>%1 libres.</translation>
    </message>
    <message>
        <source>only %1 free where the shop's data is (%2): make room.</source>
        <translation>seulement %1 libres là où sont les données de la boutique (%2) : faites de la place.</translation>
    </message>
    <message>
        <source>none chosen: receipts are only saved as PDF on request (Settings, Receipt printer).</source>
        <translation>aucune choisie : les tickets ne sont enregistrés en PDF que sur demande (Réglages, imprimante).</translation>
    </message>
    <message>
        <source>a system printer (%1): not checked here, print a test from Settings.</source>
        <translation>une imprimante du système (%1) : pas vérifiée ici, imprimez un test depuis Réglages.</translation>
    </message>
    <message>
        <source>the default one</source>
        <translation>celle par défaut</translation>
    </message>
    <message>
        <source>%1 is reachable.</source>
        <translation>%1 est joignable.</translation>
    </message>
    <message>
        <source>PDF receipts in %1, a folder made at the first receipt.</source>
        <translation>Tickets PDF dans %1, un dossier créé au premier ticket.</translation>
    </message>
    <message>
        <source>%1 cannot be written to by this user: check its permissions.</source>
        <translation>%1 n’accepte pas l’écriture par cet utilisateur : vérifiez ses droits.</translation>
    </message>
    <message>
        <source>the PDF folder %1 cannot be reached: plug its disk in, or choose another folder in Settings.</source>
        <translation>le dossier PDF %1 est inaccessible : branchez son disque, ou choisissez un autre dossier dans Réglages.</translation>
    </message>
    <message>
        <source>%1 does not answer: check that it is switched on and plugged in.</source>
        <translation>%1 ne répond pas : vérifiez qu’elle est allumée et branchée.</translation>
    </message>
    <message>
        <source>no backup folder chosen: choose one (a USB key, a network share) in Settings.</source>
        <translation>aucun dossier de sauvegarde choisi : choisissez-en un (une clé USB, un partage réseau) dans Réglages.</translation>
    </message>
    <message>
        <source>the backup folder %1 is MISSING: plug the USB key in, or reconnect the share.</source>
        <translation>le dossier de sauvegarde %1 est ABSENT : branchez la clé USB, ou reconnectez le partage.</translation>
    </message>
    <message>
        <source>no backup has passed its check yet: make one now (Settings).</source>
        <translation>aucune sauvegarde n’a encore passé sa vérification : faites-en une maintenant (Réglages).</translation>
    </message>
    <message>
        <source>the last good backup is older than 48 hours (%1 h): make one now (Settings).</source>
        <translation>la dernière sauvegarde vérifiée a plus de 48 heures (%1 h) : faites-en une maintenant (Réglages).</translation>
    </message>
    <message>
        <source>%1 h ago, in %2.</source>
        <translation>il y a %1 h, dans %2.</translation>
    </message>
    <message>
        <source>Comptoir %1, Qt %2, SQLite %3, %4, schema %5.</source>
        <translation>Comptoir %1, Qt %2, SQLite %3, %4, schéma %5.</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Échec de l’inscription : %1</translation>
    </message>
    <message>
        <source>This till is enrolled with %1.</source>
        <translation>Cette caisse est inscrite auprès de %1.</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Boutique : %1</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Identifiant de l’appareil : %1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The shop's data file %1 could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>Le fichier de données de la boutique %1 n’a pas pu être ouvert. Vérifiez que le disque est branché et que vous avez le droit d’y écrire, puis relancez Comptoir.</translation>
    </message>
    <message>
        <source>The shop's data file could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>Le fichier de données de la boutique n’a pas pu être ouvert. Vérifiez que le disque est branché et que vous avez le droit d’y écrire, puis relancez Comptoir.</translation>
    </message>
    <message>
        <source>The shop's data could not be read or saved, so nothing was changed. Try again; if it happens again, restart Comptoir.</source>
        <translation>Les données de la boutique n’ont pas pu être lues ou enregistrées : rien n’a été modifié. Réessayez ; si cela se reproduit, redémarrez Comptoir.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Comptoir (schema %1); install the newer version to open it.</source>
        <translation>Ces données ont été écrites par une version plus récente de Comptoir (schéma %1) : installez cette version pour les ouvrir.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Comptoir; install the newer version to open it.</source>
        <translation>Ces données ont été écrites par une version plus récente de Comptoir : installez cette version pour les ouvrir.</translation>
    </message>
    <message>
        <source>The shop's data could not be brought up to this version of Comptoir. Nothing was changed: keep the data file as it is and contact support.</source>
        <translation>Les données de la boutique n’ont pas pu être mises à niveau pour cette version de Comptoir. Rien n’a été modifié : conservez le fichier de données tel quel et contactez l’assistance.</translation>
    </message>
    <message>
        <source>The folder %1 cannot hold the shop's data: check that it exists and that you may write to it.</source>
        <translation>Le dossier %1 ne peut pas accueillir les données de la boutique : vérifiez qu’il existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The data folder cannot hold the shop's data: check that it exists and that you may write to it.</source>
        <translation>Le dossier de données ne peut pas accueillir les données de la boutique : vérifiez qu’il existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>This data belongs to a real shop, not to the demo: Comptoir will not replace it with demo data.</source>
        <translation>Ces données appartiennent à une vraie boutique, pas à la démo : Comptoir ne les remplacera pas par des données de démo.</translation>
    </message>
    <message>
        <source>Type a name: it cannot be left empty.</source>
        <translation>Saisissez un nom : ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <source>The amount %1 is negative: type zero or more, like 12.50.</source>
        <translation>Le montant %1 est négatif : saisissez zéro ou plus, par exemple 12,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative: type zero or more, like 12.50.</source>
        <translation>Un montant ne peut pas être négatif : saisissez zéro ou plus, par exemple 12,50.</translation>
    </message>
    <message>
        <source>The VAT rate %1 is not a French rate: pick one from the list.</source>
        <translation>Le taux de TVA %1 n’est pas un taux français : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>This VAT rate is not a French rate: pick one from the list.</source>
        <translation>Ce taux de TVA n’est pas un taux français : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>The barcode %1 is not valid: check the digits or scan it again.</source>
        <translation>Le code-barres %1 n’est pas valide : vérifiez les chiffres ou scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>This barcode is not valid: check the digits or scan it again.</source>
        <translation>Un code-barres n’est pas valide : vérifiez les chiffres ou scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>The barcode %1 is already used by another product.</source>
        <translation>Le code-barres %1 est déjà utilisé par un autre produit.</translation>
    </message>
    <message>
        <source>This barcode is already used by another product.</source>
        <translation>Ce code-barres est déjà utilisé par un autre produit.</translation>
    </message>
    <message>
        <source>The reference %1 is already used by another product: type another one, or leave it empty to have one made up.</source>
        <translation>La référence %1 est déjà utilisée par un autre produit : saisissez-en une autre, ou laissez le champ vide pour que Comptoir en crée une.</translation>
    </message>
    <message>
        <source>This reference is already used by another product: type another one, or leave it empty to have one made up.</source>
        <translation>Cette référence est déjà utilisée par un autre produit : saisissez-en une autre, ou laissez le champ vide pour que Comptoir en crée une.</translation>
    </message>
    <message>
        <source>The category %1 already exists: pick it from the list.</source>
        <translation>La catégorie %1 existe déjà : choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>This category already exists: pick it from the list.</source>
        <translation>Cette catégorie existe déjà : choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>This category no longer exists: pick another one from the list.</source>
        <translation>Cette catégorie n’existe plus : choisissez-en une autre dans la liste.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been removed in the meantime. Search for it again.</source>
        <translation>Cet élément n’existe plus ; il a peut-être été supprimé entre-temps. Recherchez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is archived: restore it before changing it.</source>
        <translation>%1 est archivé : restaurez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>This product is archived: restore it before changing it.</source>
        <translation>Ce produit est archivé : restaurez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number: type a whole number of items, or an amount like 12.50.</source>
        <translation>« %1 » n’est pas un nombre valide : saisissez un nombre entier d’articles, ou un montant comme 12,50.</translation>
    </message>
    <message>
        <source>This number is not valid: type a whole number of items, or an amount like 12.50.</source>
        <translation>Ce nombre n’est pas valide : saisissez un nombre entier d’articles, ou un montant comme 12,50.</translation>
    </message>
    <message>
        <source>The change is zero: type how many items came in (for example 5) or went out (for example -2).</source>
        <translation>La variation est nulle : indiquez combien d’articles sont entrés (par exemple 5) ou sortis (par exemple -2).</translation>
    </message>
    <message>
        <source>This kind of stock movement cannot be recorded here: choose a delivery or an adjustment, or use Physical count.</source>
        <translation>Ce type de mouvement de stock ne peut pas être enregistré ici : choisissez une livraison ou un ajustement, ou utilisez Inventaire (comptage).</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. Try again.</source>
        <translation>Un problème est survenu et rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan or add at least one item first.</source>
        <translation>Le ticket est vide : scannez ou ajoutez d’abord au moins un article.</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to: type a smaller discount.</source>
        <translation>La remise dépasse le montant auquel elle s’applique : saisissez une remise plus petite.</translation>
    </message>
    <message>
        <source>This payment is more than what remains to pay: only cash can be more, and the difference is given back as change.</source>
        <translation>Ce paiement dépasse le reste à payer : seules les espèces peuvent le dépasser, et la différence est alors rendue en monnaie.</translation>
    </message>
    <message>
        <source>The ticket is not fully paid yet: add a payment for the amount that remains.</source>
        <translation>Le ticket n’est pas encore entièrement payé : ajoutez un paiement pour le montant restant.</translation>
    </message>
    <message>
        <source>%1: you cannot give back more items than were sold, minus those already refunded.</source>
        <translation>%1 : vous ne pouvez pas reprendre plus d’articles qu’il n’en a été vendu, moins ceux déjà remboursés.</translation>
    </message>
    <message>
        <source>You cannot give back more items than were sold, minus those already refunded.</source>
        <translation>Vous ne pouvez pas reprendre plus d’articles qu’il n’en a été vendu, moins ceux déjà remboursés.</translation>
    </message>
    <message>
        <source>A refund is paid back the way the sale was paid, or as a credit note: choose one of those.</source>
        <translation>Un remboursement se fait avec le moyen de paiement de la vente, ou par un avoir : choisissez l’un des deux.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits: type digits only, for example 2580.</source>
        <translation>Un code PIN comporte 4 à 8 chiffres : saisissez uniquement des chiffres, par exemple 2580.</translation>
    </message>
    <message>
        <source>This PIN is not right: type it again.</source>
        <translation>Ce code PIN n’est pas correct : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>There is already a cashier called %1: choose another name.</source>
        <translation>Il existe déjà un caissier nommé %1 : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is already a cashier with this name: choose another name.</source>
        <translation>Il existe déjà un caissier portant ce nom : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This PIN is not a manager's: ask a manager to type their own PIN.</source>
        <translation>Ce code PIN n’est pas celui d’un gérant : demandez à un gérant de saisir son propre code PIN.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot use the till: a manager can activate them again.</source>
        <translation>Le compte de %1 est désactivé et ne permet pas d’utiliser la caisse : un gérant peut le réactiver.</translation>
    </message>
    <message>
        <source>This cashier is deactivated and cannot use the till: a manager can activate them again.</source>
        <translation>Ce compte de caissier est désactivé et ne permet pas d’utiliser la caisse : un gérant peut le réactiver.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for %1: wait a few minutes before trying again, or have a manager set a new PIN.</source>
        <translation>Trop de codes PIN erronés pour %1 : attendez quelques minutes avant de réessayer, ou demandez à un gérant de définir un nouveau code PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: wait a few minutes before trying again.</source>
        <translation>Trop de codes PIN erronés : attendez quelques minutes avant de réessayer.</translation>
    </message>
    <message>
        <source>This is the last active manager: add or activate another manager first.</source>
        <translation>C’est le dernier gérant actif : ajoutez ou réactivez d’abord un autre gérant.</translation>
    </message>
    <message>
        <source>The receipt printer %1 does not answer: check that it is switched on, plugged in and has paper, then print the receipt again.</source>
        <translation>L’imprimante de tickets %1 ne répond pas : vérifiez qu’elle est allumée, branchée et qu’elle a du papier, puis réimprimez le ticket.</translation>
    </message>
    <message>
        <source>The receipt printer does not answer: check that it is switched on, plugged in and has paper, then print the receipt again.</source>
        <translation>L’imprimante de tickets ne répond pas : vérifiez qu’elle est allumée, branchée et qu’elle a du papier, puis réimprimez le ticket.</translation>
    </message>
    <message>
        <source>The receipt printer stopped before the end: check its paper and cable, then print the receipt again.</source>
        <translation>L’imprimante de tickets s’est arrêtée avant la fin : vérifiez son papier et son câble, puis réimprimez le ticket.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: choose another folder where you may save files.</source>
        <translation>Le fichier %1 n’a pas pu être enregistré : choisissez un autre dossier, dans lequel vous avez le droit d’enregistrer.</translation>
    </message>
    <message>
        <source>The file could not be written: choose another folder where you may save files.</source>
        <translation>Le fichier n’a pas pu être enregistré : choisissez un autre dossier, dans lequel vous avez le droit d’enregistrer.</translation>
    </message>
    <message>
        <source>The day of %1 is already closed: its Z report can be reprinted.</source>
        <translation>La journée du %1 est déjà clôturée : son rapport Z peut être réimprimé.</translation>
    </message>
    <message>
        <source>This day is already closed: its Z report can be reprinted.</source>
        <translation>Cette journée est déjà clôturée : son rapport Z peut être réimprimé.</translation>
    </message>
    <message>
        <source>The day of %1 is still open: close it before any later day.</source>
        <translation>La journée du %1 n’est pas encore clôturée : clôturez-la avant toute journée suivante.</translation>
    </message>
    <message>
        <source>An earlier day is still open: close it before any later day.</source>
        <translation>Une journée précédente n’est pas encore clôturée : clôturez-la avant toute journée suivante.</translation>
    </message>
    <message>
        <source>The day of %1 cannot be closed: only the day in progress or an earlier day with sales can be.</source>
        <translation>La journée du %1 ne peut pas être clôturée : seule la journée en cours, ou une journée précédente comportant des ventes, peut l’être.</translation>
    </message>
    <message>
        <source>This day cannot be closed: only the day in progress or an earlier day with sales can be.</source>
        <translation>Cette journée ne peut pas être clôturée : seule la journée en cours, ou une journée précédente comportant des ventes, peut l’être.</translation>
    </message>
    <message>
        <source>A SIRET number is 14 digits, as printed on the Kbis or the INSEE notice: check it.</source>
        <translation>Un numéro SIRET comporte 14 chiffres, comme indiqué sur le Kbis ou l’avis de situation Insee : vérifiez-le.</translation>
    </message>
    <message>
        <source>A French VAT number is FR followed by 11 letters or digits, for example FR40123456789: check it.</source>
        <translation>Un numéro de TVA français se compose de FR suivi de 11 lettres ou chiffres, par exemple FR40123456789 : vérifiez-le.</translation>
    </message>
    <message>
        <source>The printer settings are incomplete: %1.</source>
        <translation>Les réglages de l’imprimante sont incomplets : %1.</translation>
    </message>
    <message>
        <source>The printer settings are incomplete: check each field.</source>
        <translation>Les réglages de l’imprimante sont incomplets : vérifiez chaque champ.</translation>
    </message>
    <message>
        <source>No ticket of this till matches %1: check the number on the receipt, or search by day.</source>
        <translation>Aucun ticket de cette caisse ne correspond à %1 : vérifiez le numéro imprimé sur le ticket, ou recherchez par jour.</translation>
    </message>
    <message>
        <source>No ticket of this till matches: check the number on the receipt, or search by day.</source>
        <translation>Aucun ticket de cette caisse ne correspond : vérifiez le numéro imprimé sur le ticket, ou recherchez par jour.</translation>
    </message>
    <message>
        <source>No receipt printer is set up: a manager can choose one in Settings.</source>
        <translation>Aucune imprimante de tickets n’est configurée : un gérant peut en choisir une dans les Réglages.</translation>
    </message>
    <message>
        <source>This ticket is itself a refund: only a sale can be refunded.</source>
        <translation>Ce ticket est lui-même un remboursement : seule une vente peut être remboursée.</translation>
    </message>
    <message>
        <source>No keychain is available to keep this till's secrets. Install and start %1, then open Comptoir again.</source>
        <translation>Aucun trousseau n’est disponible pour garder les secrets de cette caisse. Installez et démarrez %1, puis rouvrez Comptoir.</translation>
    </message>
    <message>
        <source>No keychain is available to keep this till's secrets. Install and start a secret service (gnome-keyring or KWallet), then open Comptoir again.</source>
        <translation>Aucun trousseau n’est disponible pour garder les secrets de cette caisse. Installez et démarrez un service de secrets (gnome-keyring ou KWallet), puis rouvrez Comptoir.</translation>
    </message>
    <message>
        <source>The keychain refused to keep or give back a secret: unlock it, then try again.</source>
        <translation>Le trousseau a refusé de garder ou de rendre un secret : déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>This till's signing key is missing from the keychain: sales cannot be signed. Call the association's support before selling.</source>
        <translation>La clé de signature de cette caisse n’est plus dans le trousseau : les ventes ne peuvent pas être signées. Appelez l’assistance de l’association avant de vendre.</translation>
    </message>
    <message>
        <source>A record could not be signed, so nothing was stored. Try again; if it goes on, call the association's support.</source>
        <translation>Un enregistrement n’a pas pu être signé : rien n’a été enregistré. Réessayez ; si cela continue, appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The sales journal has been altered at %1: call the association's support and keep the till's data folder as it is.</source>
        <translation>Le journal des ventes a été modifié à l’enregistrement %1 : appelez l’assistance de l’association et gardez le dossier de données de la caisse tel quel.</translation>
    </message>
    <message>
        <source>The sales journal has been altered: call the association's support and keep the till's data folder as it is.</source>
        <translation>Le journal des ventes a été modifié : appelez l’assistance de l’association et gardez le dossier de données de la caisse tel quel.</translation>
    </message>
    <message>
        <source>%1 is not a marketplace address: it starts with https:// followed by the marketplace's name, as written on the association's letter.</source>
        <translation>%1 n’est pas une adresse de place de marché : elle commence par https:// suivi du nom de la place de marché, tel qu’il figure sur le courrier de l’association.</translation>
    </message>
    <message>
        <source>This is not a marketplace address: it starts with https:// followed by the marketplace's name, as written on the association's letter.</source>
        <translation>Ce n’est pas une adresse de place de marché : elle commence par https:// suivi du nom de la place de marché, tel qu’il figure sur le courrier de l’association.</translation>
    </message>
    <message>
        <source>The marketplace at %1 must be reached with https://, never http://: correct the address.</source>
        <translation>La place de marché %1 doit être jointe en https://, jamais en http:// : corrigez l’adresse.</translation>
    </message>
    <message>
        <source>The marketplace must be reached with https://, never http://: correct the address.</source>
        <translation>La place de marché doit être jointe en https://, jamais en http:// : corrigez l’adresse.</translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified, so nothing was sent. Check the computer's date and time; if it goes on, call the association's support.</source>
        <translation>L’identité de %1 n’a pas pu être vérifiée : rien n’a été envoyé. Vérifiez la date et l’heure de l’ordinateur ; si cela continue, appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The marketplace's identity could not be verified, so nothing was sent. Check the computer's date and time; if it goes on, call the association's support.</source>
        <translation>L’identité de la place de marché n’a pas pu être vérifiée : rien n’a été envoyé. Vérifiez la date et l’heure de l’ordinateur ; si cela continue, appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: sales go on and will be sent when the connection is back.</source>
        <translation>La place de marché est injoignable : les ventes continuent et seront envoyées dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The marketplace is not answering properly for now: sales go on and will be sent later.</source>
        <translation>La place de marché ne répond pas correctement pour le moment : les ventes continuent et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>The marketplace no longer recognises this till: enrol it again with a new code from the association.</source>
        <translation>La place de marché ne reconnaît plus cette caisse : inscrivez-la à nouveau avec un nouveau code d’inscription fourni par l’association.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this till cannot read, so nothing was changed. If it goes on, call the association's support.</source>
        <translation>La place de marché a envoyé une réponse que cette caisse ne sait pas lire : rien n’a été modifié. Si cela continue, appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer far too large to be right, so it was refused and nothing was changed.</source>
        <translation>La place de marché a envoyé une réponse bien trop volumineuse pour être correcte : elle a été refusée et rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The marketplace answered about another shop, so the answer was refused and nothing was changed. Call the association's support.</source>
        <translation>La place de marché a répondu au sujet d’une autre boutique : la réponse a été refusée et rien n’a été modifié. Appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The marketplace is missing some of this till's earlier changes: they will be sent again.</source>
        <translation>Il manque à la place de marché certaines modifications antérieures de cette caisse : elles vont être renvoyées.</translation>
    </message>
    <message>
        <source>The marketplace was restored from a backup: this till will download the shop's data again.</source>
        <translation>La place de marché a été restaurée à partir d’une sauvegarde : cette caisse va télécharger à nouveau les données de la boutique.</translation>
    </message>
    <message>
        <source>The marketplace refused a change as too large: it will be sent in smaller parts.</source>
        <translation>La place de marché a refusé une modification trop volumineuse : elle sera envoyée en plusieurs parties plus petites.</translation>
    </message>
    <message>
        <source>The marketplace refused the request. If it goes on, call the association's support.</source>
        <translation>La place de marché a refusé la demande. Si cela continue, appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The marketplace does not know this enrolment code: check each character and type it again.</source>
        <translation>La place de marché ne connaît pas ce code d’inscription : vérifiez chaque caractère et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used: ask the association for a new one.</source>
        <translation>Ce code d’inscription a déjà été utilisé : demandez-en un nouveau à l’association.</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask the association for a new one.</source>
        <translation>Ce code d’inscription a expiré : demandez-en un nouveau à l’association.</translation>
    </message>
    <message>
        <source>The provisioning file cannot be used (%1 is missing or wrong), so nothing was changed: ask the association for a new file, or type the code.</source>
        <translation>Le fichier de configuration est inutilisable (%1 absent ou incorrect), et rien n’a été modifié : demandez un nouveau fichier à l’association, ou saisissez le code.</translation>
    </message>
    <message>
        <source>The provisioning file cannot be used, so nothing was changed: ask the association for a new file, or type the code.</source>
        <translation>Le fichier de configuration est inutilisable, et rien n’a été modifié : demandez un nouveau fichier à l’association, ou saisissez le code.</translation>
    </message>
    <message>
        <source>This till is not yet linked to the marketplace: enrol it with the code from the association.</source>
        <translation>Cette caisse n’est pas encore reliée à la place de marché : inscrivez-la avec le code d’inscription fourni par l’association.</translation>
    </message>
    <message>
        <source>This order cannot be moved to that step from where it is now (it may have been cancelled online): nothing was sent. Look at its status in the list.</source>
        <translation>Cette commande ne peut pas passer à cette étape depuis son état actuel (elle a peut-être été annulée en ligne) : rien n’a été envoyé. Consultez son statut dans la liste.</translation>
    </message>
    <message>
        <source>The reason is too long: keep it under %1 characters.</source>
        <translation>Le motif est trop long : ne dépassez pas %1 caractères.</translation>
    </message>
    <message>
        <source>The reason is too long: shorten it.</source>
        <translation>Le motif est trop long : raccourcissez-le.</translation>
    </message>
    <message>
        <source>The till could not check whether an earlier day must be closed first, so the sale waits. Try again; if it happens again, restart Comptoir.</source>
        <translation>La caisse n’a pas pu vérifier si une journée précédente doit d’abord être clôturée : la vente attend. Réessayez ; si cela se reproduit, redémarrez Comptoir.</translation>
    </message>
    <message>
        <source>The till could not check the manager's authorisation, so nothing was changed. Try again; if it happens again, restart Comptoir.</source>
        <translation>La caisse n’a pas pu vérifier l’autorisation du gérant : rien n’a été modifié. Réessayez ; si cela se reproduit, redémarrez Comptoir.</translation>
    </message>
    <message>
        <source>The till could not check who is selling, so the sale waits. Try again; if it happens again, restart Comptoir.</source>
        <translation>La caisse n’a pas pu vérifier qui vend : la vente attend. Réessayez ; si cela se reproduit, redémarrez Comptoir.</translation>
    </message>
    <message>
        <source>The till could not check a rule of the sale, so the sale waits. Try again; if it happens again, restart Comptoir.</source>
        <translation>La caisse n’a pas pu vérifier une règle de la vente : la vente attend. Réessayez ; si cela se reproduit, redémarrez Comptoir.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows: choose one from the list.</source>
        <translation>%1 n’est pas un fuseau horaire connu de cet ordinateur : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>This is not a time zone this computer knows: choose one from the list.</source>
        <translation>Ce n’est pas un fuseau horaire connu de cet ordinateur : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>The keychain has not given this till's signing key yet (it may be locked: unlock it). Nothing was recorded; try again in a moment.</source>
        <translation>Le trousseau n’a pas encore donné la clé de signature de cette caisse (il est peut-être verrouillé : déverrouillez-le). Rien n’a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The shop's data is already open in another Comptoir (process %1): use that one, or close it and try again.</source>
        <translation>Les données de la boutique sont déjà ouvertes dans un autre Comptoir (processus %1) : utilisez celui-là, ou fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The shop's data is already open in another Comptoir: use that one, or close it and try again.</source>
        <translation>Les données de la boutique sont déjà ouvertes dans un autre Comptoir : utilisez celui-là, ou fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The shop's data file %1 cannot be kept safely where it is (its write-ahead log cannot be switched on): keep the data folder on this computer's own disk, not on a network share.</source>
        <translation>Le fichier de données de la boutique %1 ne peut pas être gardé en sûreté là où il est (son journal d’écriture anticipée ne peut pas être activé) : gardez le dossier de données sur le disque de cet ordinateur, pas sur un partage réseau.</translation>
    </message>
    <message>
        <source>The shop's data file cannot be kept safely where it is (its write-ahead log cannot be switched on): keep the data folder on this computer's own disk, not on a network share.</source>
        <translation>Le fichier de données de la boutique ne peut pas être gardé en sûreté là où il est (son journal d’écriture anticipée ne peut pas être activé) : gardez le dossier de données sur le disque de cet ordinateur, pas sur un partage réseau.</translation>
    </message>
    <message>
        <source>Amount too large: at most %1. Check what was typed or scanned.</source>
        <translation>Montant trop élevé : au plus %1. Vérifiez ce qui a été tapé ou scanné.</translation>
    </message>
    <message>
        <source>Amount too large for the till: type a smaller amount.</source>
        <translation>Montant trop élevé pour la caisse : tapez un montant plus petit.</translation>
    </message>
    <message>
        <source>Quantity too large: at most %1 items on one line.</source>
        <translation>Quantité trop élevée : au plus %1 articles sur une ligne.</translation>
    </message>
    <message>
        <source>Quantity too large: type a smaller quantity.</source>
        <translation>Quantité trop élevée : tapez une quantité plus petite.</translation>
    </message>
    <message>
        <source>The day of %1 has not been closed: close it (Z) before the next sale.</source>
        <translation>La journée du %1 n’a pas été clôturée : clôturez-la (Z) avant la prochaine vente.</translation>
    </message>
    <message>
        <source>An earlier day has not been closed: close it (Z) before the next sale.</source>
        <translation>Une journée précédente n’a pas été clôturée : clôturez-la (Z) avant la prochaine vente.</translation>
    </message>
    <message>
        <source>Payments have been taken: finish the ticket or cancel it.</source>
        <translation>Des paiements ont déjà été encaissés : terminez le ticket ou annulez-le.</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to sell.</source>
        <translation>Personne n’est connecté : connectez-vous pour vendre.</translation>
    </message>
    <message>
        <source>Park or cancel the current ticket before resuming another one.</source>
        <translation>Mettez en attente ou annulez le ticket en cours avant d’en reprendre un autre.</translation>
    </message>
    <message>
        <source>This provisioning file is damaged or incomplete, so nothing was changed: copy it again, or type the code.</source>
        <translation>Ce fichier de configuration est abîmé ou incomplet, et rien n’a été modifié : copiez-le de nouveau, ou saisissez le code.</translation>
    </message>
    <message>
        <source>This provisioning file is for another shop, so nothing was changed: ask for this shop's file.</source>
        <translation>Ce fichier de configuration est celui d’une autre boutique, et rien n’a été modifié : demandez le fichier de cette boutique.</translation>
    </message>
    <message>
        <source>This is not a provisioning file Comptoir reads, so nothing was changed: open the .comptoir file.</source>
        <translation>Ce n’est pas un fichier de configuration que Comptoir sait lire, et rien n’a été modifié : ouvrez le fichier .comptoir.</translation>
    </message>
    <message>
        <source>This provisioning file has expired: nothing was changed. Ask for a new one.</source>
        <translation>Ce fichier de configuration a expiré : rien n’a été modifié. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached: plug in the USB key or connect the network share, or choose another folder in Settings.</source>
        <translation>Le dossier de sauvegarde %1 est injoignable : branchez la clé USB ou connectez le partage réseau, ou choisissez un autre dossier dans les Réglages.</translation>
    </message>
    <message>
        <source>No backup folder is chosen: choose one in Settings (a USB key, a network share).</source>
        <translation>Aucun dossier de sauvegarde n’est choisi : choisissez-en un dans les Réglages (une clé USB, un partage réseau).</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: check that the folder has room and can be written to, then try again.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1 : vérifiez que le dossier a de la place et qu’on peut y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>The backup could not be written: check that the folder has room and can be written to, then try again.</source>
        <translation>La sauvegarde n’a pas pu être écrite : vérifiez que le dossier a de la place et qu’on peut y écrire, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a Comptoir backup: choose a backup folder made by Comptoir (comptoir-backup-…) or the comptoir.sqlite file inside it. Nothing was changed.</source>
        <translation>%1 n’est pas une sauvegarde de Comptoir : choisissez un dossier de sauvegarde fait par Comptoir (comptoir-backup-…) ou le fichier comptoir.sqlite qu’il contient. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>This is not a Comptoir backup: choose a backup folder made by Comptoir. Nothing was changed.</source>
        <translation>Ce n’est pas une sauvegarde de Comptoir : choisissez un dossier de sauvegarde fait par Comptoir. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its database fails its integrity check): it was refused and nothing was changed. Take another backup.</source>
        <translation>La sauvegarde %1 est abîmée (sa base ne passe pas le contrôle d’intégrité) : elle est refusée et rien n’a été changé. Prenez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup is damaged (its database fails its integrity check): it was refused and nothing was changed. Take another backup.</source>
        <translation>La sauvegarde est abîmée (sa base ne passe pas le contrôle d’intégrité) : elle est refusée et rien n’a été changé. Prenez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The fiscal journal of the backup does not verify (first broken record: %1): it was refused and nothing was changed. Take another backup.</source>
        <translation>Le journal fiscal de la sauvegarde ne se vérifie pas (premier enregistrement altéré : %1) : elle est refusée et rien n’a été changé. Prenez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The fiscal journal of the backup does not verify: it was refused and nothing was changed. Take another backup.</source>
        <translation>Le journal fiscal de la sauvegarde ne se vérifie pas : elle est refusée et rien n’a été changé. Prenez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This backup belongs to another till (register %1), not to this shop's: it was refused and nothing was changed.</source>
        <translation>Cette sauvegarde est celle d’une autre caisse (caisse %1), pas de celle de cette boutique : elle est refusée et rien n’a été changé.</translation>
    </message>
    <message>
        <source>This backup belongs to another till, not to this shop's: it was refused and nothing was changed.</source>
        <translation>Cette sauvegarde est celle d’une autre caisse, pas de celle de cette boutique : elle est refusée et rien n’a été changé.</translation>
    </message>
    <message>
        <source>The two PINs typed are not the same: type the new PIN twice again.</source>
        <translation>Les deux codes PIN tapés ne sont pas les mêmes : tapez de nouveau le nouveau code deux fois.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Check that it is still there and not open in another program, then try again.</source>
        <translation>Le fichier %1 n’a pas pu être lu. Vérifiez qu’il est toujours là et qu’il n’est pas ouvert dans un autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is still there and not open in another program, then try again.</source>
        <translation>Le fichier n’a pas pu être lu. Vérifiez qu’il est toujours là et qu’il n’est pas ouvert dans un autre programme, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet Comptoir can read: save it as CSV, Excel (.xlsx) or OpenDocument (.ods) and try again.</source>
        <translation>%1 n’est pas un tableur que Comptoir sait lire : enregistrez-le en CSV, Excel (.xlsx) ou OpenDocument (.ods) et réessayez.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet Comptoir can read: save it as CSV, Excel (.xlsx) or OpenDocument (.ods) and try again.</source>
        <translation>Ce n’est pas un tableur que Comptoir sait lire : enregistrez-le en CSV, Excel (.xlsx) ou OpenDocument (.ods) et réessayez.</translation>
    </message>
    <message>
        <source>The spreadsheet %1 is damaged or incomplete (was it fully copied?): open it in your spreadsheet program, save it again and retry. Nothing was changed.</source>
        <translation>Le tableur %1 est abîmé ou incomplet (a-t-il été copié en entier ?) : ouvrez-le dans votre tableur, enregistrez-le à nouveau et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or incomplete (was it fully copied?): open it in your spreadsheet program, save it again and retry. Nothing was changed.</source>
        <translation>Le tableur est abîmé ou incomplet (a-t-il été copié en entier ?) : ouvrez-le dans votre tableur, enregistrez-le à nouveau et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password: open it in your spreadsheet program, save a copy without the password and import that copy. Nothing was changed.</source>
        <translation>Ce tableur est protégé par un mot de passe : ouvrez-le dans votre tableur, enregistrez une copie sans mot de passe et importez cette copie. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The accents of this file are garbled ("%1"): it was saved in another character set. Save it again as "CSV UTF-8" and import it again. Nothing was changed.</source>
        <translation>Les accents de ce fichier sont abîmés (« %1 ») : il a été enregistré dans un autre jeu de caractères. Enregistrez-le à nouveau en « CSV UTF-8 » et importez-le de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The accents of this file are garbled: it was saved in another character set. Save it again as "CSV UTF-8" and import it again. Nothing was changed.</source>
        <translation>Les accents de ce fichier sont abîmés : il a été enregistré dans un autre jeu de caractères. Enregistrez-le à nouveau en « CSV UTF-8 » et importez-le de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>No column of the file is chosen for "%1", which the import needs: choose it in the columns step.</source>
        <translation>Aucune colonne du fichier n’est choisie pour « %1 », dont l’import a besoin : choisissez-la à l’étape des colonnes.</translation>
    </message>
    <message>
        <source>A column the import needs is not chosen: choose it in the columns step.</source>
        <translation>Une colonne dont l’import a besoin n’est pas choisie : choisissez-la à l’étape des colonnes.</translation>
    </message>
    <message>
        <source>There is no saved column choice "%1" (or it cannot be read): check its name, or choose the columns again.</source>
        <translation>Il n’y a pas de choix de colonnes enregistré « %1 » (ou il ne peut pas être lu) : vérifiez son nom, ou choisissez à nouveau les colonnes.</translation>
    </message>
    <message>
        <source>This saved column choice cannot be found or read: choose the columns again.</source>
        <translation>Ce choix de colonnes enregistré est introuvable ou illisible : choisissez à nouveau les colonnes.</translation>
    </message>
    <message>
        <source>"%1" is not a number this column can hold.</source>
        <translation>« %1 » n’est pas un nombre que cette colonne peut contenir.</translation>
    </message>
    <message>
        <source>An empty or unreadable value where a number is needed.</source>
        <translation>Une valeur vide ou illisible là où il faut un nombre.</translation>
    </message>
    <message>
        <source>The rows of this product disagree on its %1: give every row of the product the same value.</source>
        <translation>Les lignes de ce produit ne sont pas d’accord sur : %1. Donnez la même valeur à toutes les lignes du produit.</translation>
    </message>
    <message>
        <source>The rows of this product disagree: give every row of the product the same name, brand, category and VAT rate.</source>
        <translation>Les lignes de ce produit ne sont pas d’accord : donnez à toutes ses lignes le même nom, la même marque, le même rayon et le même taux de TVA.</translation>
    </message>
    <message>
        <source>%1 rows of the file are wrong, so nothing was imported. Correct them (the report names each one), or import only the good rows.</source>
        <translation>%1 lignes du fichier sont fausses : rien n’a été importé. Corrigez-les (le rapport les nomme une à une), ou n’importez que les bonnes lignes.</translation>
    </message>
    <message>
        <source>Rows of the file are wrong, so nothing was imported. Correct them (the report names each one), or import only the good rows.</source>
        <translation>Des lignes du fichier sont fausses : rien n’a été importé. Corrigez-les (le rapport les nomme une à une), ou n’importez que les bonnes lignes.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>L’import a été annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The shop has used every in-store barcode of its range: call the association's support.</source>
        <translation>La boutique a utilisé tous les codes-barres magasin de sa plage : appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>This scale barcode layout cannot be used (%1 is wrong): choose one of the layouts offered, or check the one typed.</source>
        <translation>Ce format de code-barres de balance est inutilisable (%1 est faux) : choisissez l’un des formats proposés, ou vérifiez celui qui a été saisi.</translation>
    </message>
    <message>
        <source>This scale barcode layout cannot be used: choose one of the layouts offered.</source>
        <translation>Ce format de code-barres de balance est inutilisable : choisissez l’un des formats proposés.</translation>
    </message>
    <message>
        <source>The scale's item code %1 is not in the catalogue: give that code to the product as its reference, or sell at a free price.</source>
        <translation>Le code article %1 de la balance n’est pas dans le catalogue : donnez ce code au produit comme référence, ou vendez à prix libre.</translation>
    </message>
    <message>
        <source>The scale's item code is not in the catalogue: give it to the product as its reference, or sell at a free price.</source>
        <translation>Le code article de la balance n’est pas dans le catalogue : donnez-le au produit comme référence, ou vendez à prix libre.</translation>
    </message>
    <message>
        <source>"%1" is not a net quantity Comptoir can use: write a number and a unit among g, kg, ml, cl, l or piece ("250 g", "1,5 l").</source>
        <translation>« %1 » n’est pas une contenance que Comptoir peut utiliser : écrivez un nombre et une unité parmi g, kg, ml, cl, l ou pièce (« 250 g », « 1,5 l »).</translation>
    </message>
    <message>
        <source>This net quantity cannot be used: write a number and a unit among g, kg, ml, cl, l or piece.</source>
        <translation>Cette contenance est inutilisable : écrivez un nombre et une unité parmi g, kg, ml, cl, l ou pièce.</translation>
    </message>
    <message>
        <source>These labels do not fit the sheet (%1 is wrong): check the sizes, margins and gaps.</source>
        <translation>Ces étiquettes ne tiennent pas sur la planche (%1 est faux) : vérifiez les tailles, les marges et les espacements.</translation>
    </message>
    <message>
        <source>These labels do not fit the sheet: check the sizes, margins and gaps.</source>
        <translation>Ces étiquettes ne tiennent pas sur la planche : vérifiez les tailles, les marges et les espacements.</translation>
    </message>
    <message>
        <source>There is no label to print.</source>
        <translation>Il n’y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>%1 is not a photo Comptoir can read: choose a JPEG, PNG, WebP or HEIC picture. The product is unchanged.</source>
        <translation>%1 n’est pas une photo que Comptoir sait lire : choisissez une image JPEG, PNG, WebP ou HEIC. Le produit n’a pas changé.</translation>
    </message>
    <message>
        <source>This file is not a photo Comptoir can read: choose a JPEG, PNG, WebP or HEIC picture. The product is unchanged.</source>
        <translation>Ce fichier n’est pas une photo que Comptoir sait lire : choisissez une image JPEG, PNG, WebP ou HEIC. Le produit n’a pas changé.</translation>
    </message>
    <message>
        <source>The photo %1 is damaged or incomplete (was it still being copied?): copy it again or take it again. The product is unchanged.</source>
        <translation>La photo %1 est abîmée ou incomplète (était-elle encore en cours de copie ?) : copiez-la de nouveau ou reprenez-la. Le produit n’a pas changé.</translation>
    </message>
    <message>
        <source>This photo is damaged or incomplete: copy it again or take it again. The product is unchanged.</source>
        <translation>Cette photo est abîmée ou incomplète : copiez-la de nouveau ou reprenez-la. Le produit n’a pas changé.</translation>
    </message>
    <message>
        <source>This image declares %1 pixels, far more than any camera takes: it was refused. Use a photo straight from a camera or a phone.</source>
        <translation>Cette image annonce %1 pixels, bien plus qu’aucun appareil photo n’en prend : elle a été refusée. Utilisez une photo prise directement par un appareil ou un téléphone.</translation>
    </message>
    <message>
        <source>This image is far larger than any camera takes: it was refused. Use a photo straight from a camera or a phone.</source>
        <translation>Cette image est bien plus grande qu’aucun appareil photo n’en prend : elle a été refusée. Utilisez une photo prise directement par un appareil ou un téléphone.</translation>
    </message>
    <message>
        <source>The HEIC photo %1 cannot be read. On the iPhone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible to take JPEG photos, or send it as JPEG (share it by e-mail at its actual size).</source>
        <translation>La photo HEIC %1 ne peut pas être lue. Sur l’iPhone, choisissez Réglages &gt; Appareil photo &gt; Formats &gt; Le plus compatible pour prendre des photos JPEG, ou envoyez-la en JPEG (partagez-la par e-mail en taille réelle).</translation>
    </message>
    <message>
        <source>This HEIC photo cannot be read. On the iPhone, choose Settings &gt; Camera &gt; Formats &gt; Most Compatible to take JPEG photos.</source>
        <translation>Cette photo HEIC ne peut pas être lue. Sur l’iPhone, choisissez Réglages &gt; Appareil photo &gt; Formats &gt; Le plus compatible pour prendre des photos JPEG.</translation>
    </message>
    <message>
        <source>The photo could not be saved in %1 (is the disk full or read-only?): free some space, then add it again. Nothing was changed.</source>
        <translation>La photo n’a pas pu être enregistrée dans %1 (le disque est-il plein ou en lecture seule ?) : libérez de la place, puis ajoutez-la de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The photo could not be saved (is the disk full or read-only?): free some space, then add it again. Nothing was changed.</source>
        <translation>La photo n’a pas pu être enregistrée (le disque est-il plein ou en lecture seule ?) : libérez de la place, puis ajoutez-la de nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This product already has 20 photos, the most the marketplace shows: remove one before adding another.</source>
        <translation>Ce produit a déjà 20 photos, le maximum que la place de marché affiche : retirez-en une avant d’en ajouter une autre.</translation>
    </message>
    <message>
        <source>This photo is no longer in the shop's photos: add it again.</source>
        <translation>Cette photo n’est plus dans les photos de la boutique : ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>The camera %1 is not available (unplugged, or used by another program): plug it in or close the other program, or choose another camera in Settings.</source>
        <translation>La caméra %1 n’est pas disponible (débranchée, ou utilisée par un autre programme) : branchez-la ou fermez l’autre programme, ou choisissez une autre caméra dans les Réglages.</translation>
    </message>
    <message>
        <source>No camera is available: plug one in, or add photos from files.</source>
        <translation>Aucune caméra n’est disponible : branchez-en une, ou ajoutez des photos depuis des fichiers.</translation>
    </message>
    <message>
        <source>The category %1 is not in the marketplace's list: choose one from the list (it is updated at each synchronisation).</source>
        <translation>La catégorie %1 n’est pas dans la liste de la place de marché : choisissez-en une dans la liste (elle est mise à jour à chaque synchronisation).</translation>
    </message>
    <message>
        <source>This category is not in the marketplace's list: choose one from the list.</source>
        <translation>Cette catégorie n’est pas dans la liste de la place de marché : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>This online text is too long: the title takes at most 200 characters and the description 10 000. Shorten it.</source>
        <translation>Ce texte en ligne est trop long : le titre fait au plus 200 caractères et la description 10 000. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The marketplace stopped answering in the middle of an exchange (%1): it was cut off and will be tried again. Sales and orders already here are safe.</source>
        <translation>La place de marché a cessé de répondre au milieu d’un échange (%1) : il a été interrompu et sera retenté. Les ventes et les commandes déjà ici ne risquent rien.</translation>
    </message>
    <message>
        <source>The marketplace stopped answering in the middle of an exchange: it was cut off and will be tried again. Sales and orders already here are safe.</source>
        <translation>La place de marché a cessé de répondre au milieu d’un échange : il a été interrompu et sera retenté. Les ventes et les commandes déjà ici ne risquent rien.</translation>
    </message>
    <message>
        <source>The marketplace asked to wait %1 seconds before the next exchange: Comptoir will try again by itself. Nothing is lost.</source>
        <translation>La place de marché a demandé d’attendre %1 secondes avant le prochain échange : Comptoir réessaiera de lui-même. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>The marketplace asked to wait before the next exchange: Comptoir will try again by itself. Nothing is lost.</source>
        <translation>La place de marché a demandé d’attendre avant le prochain échange : Comptoir réessaiera de lui-même. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>These opening hours cannot be used: each period must end after it starts and must not overlap another one of the same day. Nothing was changed.</source>
        <translation>Ces horaires d’ouverture ne peuvent pas être utilisés : chaque plage doit finir après son début et ne pas chevaucher une autre plage du même jour. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The sound %1 cannot be played: choose a WAV file, or keep the built-in bell.</source>
        <translation>Le son %1 ne peut pas être joué : choisissez un fichier WAV, ou gardez la sonnette intégrée.</translation>
    </message>
    <message>
        <source>This sound cannot be played: choose a WAV file, or keep the built-in bell.</source>
        <translation>Ce son ne peut pas être joué : choisissez un fichier WAV, ou gardez la sonnette intégrée.</translation>
    </message>
    <message>
        <source>This order cannot be prepared now: it is no longer waiting to be prepared (it may have been cancelled online or handled on another till). Its status is shown in the list.</source>
        <translation>Cette commande ne peut pas être préparée maintenant : elle n’attend plus d’être préparée (elle a peut-être été annulée en ligne ou traitée sur une autre caisse). Son état est affiché dans la liste.</translation>
    </message>
    <message>
        <source>This line can no longer be refused: it is already refused, or the order is finished.</source>
        <translation>Cette ligne ne peut plus être refusée : elle est déjà refusée, ou la commande est terminée.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>This till is already set up, so the provisioning file was not used. To enrol it again with the marketplace, open Settings, Marketplace, and choose the file there.</source>
        <translation>Cette caisse est déjà en place : le fichier de configuration n’a pas été utilisé. Pour l’inscrire de nouveau auprès de la place de marché, ouvrez Réglages, Place de marché, et choisissez-y le fichier.</translation>
    </message>
    <message>
        <source>Provisioning file</source>
        <translation>Fichier de configuration</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Catalogue import</source>
        <translation>Import du catalogue</translation>
    </message>
</context>
<context>
    <name>JournalProblemText</name>
    <message>
        <source>it was changed after it was recorded (an amount, a line, a payment or a date no longer matches its fingerprint)</source>
        <translation>il a été modifié après avoir été enregistré (un montant, une ligne, un paiement ou une date ne correspond plus à son empreinte)</translation>
    </message>
    <message>
        <source>its signature is not the till's: it was forged or signed again</source>
        <translation>sa signature n’est pas celle de la caisse : il a été falsifié ou signé à nouveau</translation>
    </message>
    <message>
        <source>it was deleted from the till's data</source>
        <translation>il a été supprimé des données de la caisse</translation>
    </message>
    <message>
        <source>it was added to the till's data without being signed</source>
        <translation>il a été ajouté aux données de la caisse sans être signé</translation>
    </message>
    <message>
        <source>a record was removed from the journal just before it</source>
        <translation>un enregistrement a été retiré du journal juste avant lui</translation>
    </message>
    <message>
        <source>the records before it were removed, replaced or put in another order</source>
        <translation>les enregistrements qui le précèdent ont été supprimés, remplacés ou mis dans un autre ordre</translation>
    </message>
    <message>
        <source>its number does not follow the one before: a record is missing</source>
        <translation>son numéro ne suit pas le précédent : il manque un enregistrement</translation>
    </message>
    <message>
        <source>its totals are not the sum of its day's tickets, or its grand total does not follow the one before</source>
        <translation>ses totaux ne sont pas la somme des tickets de sa journée, ou son grand total ne fait pas suite au précédent</translation>
    </message>
    <message>
        <source>its totals are not the sum of the closures of its period, or its grand total does not follow the one before</source>
        <translation>ses totaux ne sont pas la somme des clôtures de sa période, ou son grand total ne fait pas suite au précédent</translation>
    </message>
    <message>
        <source>the file is damaged or is not a Comptoir archive</source>
        <translation>le fichier est endommagé ou n’est pas une archive Comptoir</translation>
    </message>
    <message>
        <source>it fails the check (%1)</source>
        <translation>le contrôle échoue (%1)</translation>
    </message>
    <message>
        <source>the till's signing key</source>
        <translation>clé de signature de la caisse</translation>
    </message>
    <message>
        <source>the archive file</source>
        <translation>fichier d’archive</translation>
    </message>
    <message>
        <source>ticket record %1</source>
        <translation>enregistrement du ticket %1</translation>
    </message>
    <message>
        <source>daily closure (Z) record %1</source>
        <translation>enregistrement de la clôture journalière (Z) %1</translation>
    </message>
    <message>
        <source>technical event %1</source>
        <translation>événement technique %1</translation>
    </message>
    <message>
        <source>monthly closure record %1</source>
        <translation>enregistrement de la clôture mensuelle %1</translation>
    </message>
    <message>
        <source>yearly closure record %1</source>
        <translation>enregistrement de la clôture annuelle %1</translation>
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
            <numerusform>%Ln clôture journalière</numerusform>
            <numerusform>%Ln clôtures journalières</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monthly or yearly closure(s)</source>
        <translation>
            <numerusform>%Ln clôture mensuelle ou annuelle</numerusform>
            <numerusform>%Ln clôtures mensuelles ou annuelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln technical event(s)</source>
        <translation>
            <numerusform>%Ln événement technique</numerusform>
            <numerusform>%Ln événements techniques</numerusform>
        </translation>
    </message>
    <message>
        <source>The fiscal journal is broken at %1: %2.</source>
        <translation>Le journal fiscal est altéré — %1 : %2.</translation>
    </message>
    <message>
        <source>Selling can go on. Change or delete nothing in the till's data folder, and contact the association's support: they will tell you what to tell the tax office.</source>
        <translation>Vous pouvez continuer à vendre. Ne modifiez et ne supprimez rien dans le dossier de données de la caisse, et contactez l’assistance de l’association : elle vous dira quoi indiquer au service des impôts.</translation>
    </message>
    <message>
        <source>it is none of the keys this journal was signed with: it was replaced, or the key given is another shop's</source>
        <translation>ce n’est aucune des clés qui ont signé ce journal : elle a été remplacée, ou la clé donnée est celle d’une autre boutique</translation>
    </message>
    <message>
        <source>it was rewritten in another form than the one its till wrote</source>
        <translation>il a été réécrit sous une autre forme que celle écrite par sa caisse</translation>
    </message>
    <message>
        <source>its link says it is another kind of record than it is</source>
        <translation>son maillon le donne pour un autre type d’enregistrement que le sien</translation>
    </message>
    <message>
        <source>a change of the till's signing key does not follow from the key before, or is not vouched for</source>
        <translation>un changement de la clé de signature de la caisse ne découle pas de la clé précédente, ou n’est pas garanti</translation>
    </message>
    <message>
        <source>it appears twice in the journal</source>
        <translation>il figure deux fois dans le journal</translation>
    </message>
    <message>
        <source>its own amounts do not add up (lines, discounts, VAT, payments or change)</source>
        <translation>ses propres montants ne concordent pas (lignes, remises, TVA, paiements ou rendu)</translation>
    </message>
    <message>
        <source>the archive's seal is not the till's, or was broken</source>
        <translation>le sceau de l’archive n’est pas celui de la caisse, ou a été brisé</translation>
    </message>
    <message>
        <source>the archive's content is not what its seal says: records were removed, added or reordered</source>
        <translation>le contenu de l’archive n’est pas celui qu’annonce son sceau : des enregistrements ont été retirés, ajoutés ou déplacés</translation>
    </message>
    <message>
        <source>the archive does not follow the previous archive given</source>
        <translation>l’archive ne fait pas suite à l’archive précédente donnée</translation>
    </message>
    <message>
        <source>the archive's header</source>
        <translation>l’en-tête de l’archive</translation>
    </message>
    <message>
        <source>the archive's footer</source>
        <translation>le pied de l’archive</translation>
    </message>
    <message>
        <source>the continuity with the previous archive</source>
        <translation>la continuité avec l’archive précédente</translation>
    </message>
</context>
<context>
    <name>LabelText</name>
    <message>
        <source>%1 / kg</source>
        <translation>%1 le kg</translation>
    </message>
    <message>
        <source>%1 / l</source>
        <translation>%1 le litre</translation>
    </message>
    <message>
        <source>%1 / piece</source>
        <translation>%1 la pièce</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Item not yet in the catalogue</source>
        <translation>Article pas encore au catalogue</translation>
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
        <translation>une vente en magasin</translation>
    </message>
    <message>
        <source>a return</source>
        <translation>un retour</translation>
    </message>
    <message>
        <source>a receipt</source>
        <translation>une réception</translation>
    </message>
    <message>
        <source>a stock adjustment</source>
        <translation>un ajustement de stock</translation>
    </message>
    <message>
        <source>a stock count</source>
        <translation>un inventaire</translation>
    </message>
    <message>
        <source>a safety stock change</source>
        <translation>un changement du stock de sécurité</translation>
    </message>
    <message>
        <source>an online order</source>
        <translation>une commande en ligne</translation>
    </message>
</context>
<context>
    <name>PaymentMethodText</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>CB</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Avoir</translation>
    </message>
</context>
<context>
    <name>PhotoTools</name>
    <message>
        <source>Photo &amp;session…</source>
        <translation>&amp;Séance photo…</translation>
    </message>
    <message>
        <source>Scan a product, press Space to photograph it, scan the next (Ctrl+Shift+P)</source>
        <translation>Scannez un produit, appuyez sur Espace pour le photographier, scannez le suivant (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Photo &amp;inbox (%1)</source>
        <translation>&amp;Photos en attente (%1)</translation>
    </message>
    <message>
        <source>Photo &amp;inbox</source>
        <translation>&amp;Photos en attente</translation>
    </message>
    <message>
        <source>Photo %1 added to %2.</source>
        <translation>Photo %1 ajoutée à %2.</translation>
    </message>
    <message>
        <source>Photo %1 is waiting in the photo inbox.</source>
        <translation>La photo %1 attend dans les photos en attente.</translation>
    </message>
</context>
<context>
    <name>PickingSlip</name>
    <message>
        <source>PICKING SLIP</source>
        <translation>BON DE PRÉPARATION</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Passée le %1</translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation>À payer au retrait</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Payée en ligne</translation>
    </message>
    <message>
        <source>Item not in the catalogue yet</source>
        <translation>Article pas encore dans le catalogue</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>réf. %1</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSÉE : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to pick</source>
        <translation>
            <numerusform>%n article(s) à préparer</numerusform>
            <numerusform>%n article(s) à préparer</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan at collection:</source>
        <translation>À scanner au retrait :</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>CB</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET : %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>N° TVA : %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <source>Refund of ticket no. %1</source>
        <translation>Ticket d'origine n° %1</translation>
    </message>
    <message>
        <source>Refund of ticket ID %1</source>
        <translation>Ticket d'origine ID %1</translation>
    </message>
    <message>
        <source>Ticket no. %1</source>
        <translation>Ticket n° %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Caisse : %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Caissier : %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Remise ticket</translation>
    </message>
    <message>
        <source>TOTAL incl. VAT</source>
        <translation>TOTAL TTC</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Total TVA</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Rendu monnaie</translation>
    </message>
    <message>
        <source>DUPLICATE %1</source>
        <translation>DUPLICATA %1</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Return code: %1</source>
        <translation>Code retour : %1</translation>
    </message>
    <message>
        <source>Z REPORT no. %1</source>
        <translation>RAPPORT Z n° %1</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Cancelled tickets</source>
        <translation>Tickets annulés</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Total ventes</translation>
    </message>
    <message>
        <source>Refunds total</source>
        <translation>Total remboursements</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Remises accordées</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Écart espèces</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Register key fingerprint</source>
        <translation>Empreinte de la clé de caisse</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>The backup is older than the shop's last ticket: these tickets would be missing (%1):</source>
        <translation>La sauvegarde est plus ancienne que le dernier ticket de la boutique : ces tickets manqueraient (%1) :</translation>
    </message>
    <message>
        <source>Register key</source>
        <translation>Clé de caisse</translation>
    </message>
    <message>
        <source>The shop was restored, but this computer's keychain does not hold its register key (a replaced computer?), so nothing can be recorded. Start a new register key? The change is journalled, and what the old key signed stays verifiable. Answer no to bring the old keychain over first (docs/backups.md).</source>
        <translation>La boutique a été restaurée, mais le trousseau de cet ordinateur n’a pas sa clé de caisse (un ordinateur remplacé ?) : rien ne peut être enregistré. Démarrer une nouvelle clé de caisse ? Le changement est inscrit au journal, et ce que l’ancienne clé a signé reste vérifiable. Répondez non pour d’abord reprendre l’ancien trousseau (docs/backups.md).</translation>
    </message>
    <message>
        <source>No new register key was started: %1</source>
        <translation>Aucune nouvelle clé de caisse n’a été démarrée : %1</translation>
    </message>
    <message>
        <source>Choose the backup to restore (a comptoir-backup-… folder)</source>
        <translation>Choisir la sauvegarde à restaurer (un dossier comptoir-backup-…)</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Restauration refusée</translation>
    </message>
    <message>
        <source>Ticket number %1 of %2</source>
        <translation>Ticket numéro %1 du %2</translation>
    </message>
    <message>
        <source>Restore all the same?</source>
        <translation>Restaurer quand même ?</translation>
    </message>
    <message>
        <source>Tickets would be missing</source>
        <translation>Des tickets manqueraient</translation>
    </message>
    <message>
        <source>The backup %1 passed its check (%2 tickets, fiscal journal intact).</source>
        <translation>La sauvegarde %1 a passé sa vérification (%2 tickets, journal fiscal intact).</translation>
    </message>
    <message>
        <source>The shop's current file is kept aside as %1.</source>
        <translation>Le fichier actuel de la boutique est mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>Comptoir restarts to put the backup in place. Restore now?</source>
        <translation>Comptoir redémarre pour mettre la sauvegarde en place. Restaurer maintenant ?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>ScaleBarcodes</name>
    <message numerus="yes">
        <source>%n-digit price in cents</source>
        <translation>
            <numerusform>prix en centimes sur %n chiffre(s)</numerusform>
            <numerusform>prix en centimes sur %n chiffre(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-digit weight in grams</source>
        <translation>
            <numerusform>poids en grammes sur %n chiffre(s)</numerusform>
            <numerusform>poids en grammes sur %n chiffre(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2-digit item + check digit + %3</source>
        <translation>%1 + article sur %2 chiffres + clé de contrôle + %3</translation>
    </message>
    <message>
        <source>%1 + %2-digit item + %3</source>
        <translation>%1 + article sur %2 chiffres + %3</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>Till 1</source>
        <translation>Caisse 1</translation>
    </message>
</context>
<context>
    <name>ShopWindow</name>
    <message>
        <source>Take a photo with the &amp;camera…</source>
        <translation>Prendre une photo avec la &amp;caméra…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Comptoir cannot start</source>
        <translation>Comptoir ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Its window was brought to the front.</source>
        <translation>Sa fenêtre a été ramenée au premier plan.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>This till is not enrolled with a marketplace: nothing to sync. Enrol it first (Settings, Marketplace) with the code the marketplace gave the shop.</source>
        <translation>Cette caisse n’est inscrite auprès d’aucune place de marché : rien à synchroniser. Inscrivez-la d’abord (Réglages, Place de marché) avec le code d’inscription que la place de marché a remis à la boutique.</translation>
    </message>
    <message>
        <source>A full copy of the shop was taken from the marketplace.</source>
        <translation>Une copie complète de la boutique a été récupérée depuis la place de marché.</translation>
    </message>
    <message>
        <source>Position in the marketplace's feed: %1.</source>
        <translation>Position dans le flux de la place de marché : %1.</translation>
    </message>
    <message>
        <source>The demo shop keeps its marketplace token only while its window is open (it enrols again at each start): open the demo to sync it.</source>
        <translation>La boutique de démo ne garde son jeton de place de marché que tant que sa fenêtre est ouverte (elle s’inscrit à nouveau à chaque démarrage) : ouvrez la démo pour la synchroniser.</translation>
    </message>
    <message>
        <source>Syncing with %1 (shop %2)…</source>
        <translation>Synchronisation avec %1 (boutique %2)…</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Synchronisation terminée.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation interrompue : %1</translation>
    </message>
    <message>
        <source>This till must be enrolled again with a new code from the marketplace.</source>
        <translation>Cette caisse doit être inscrite à nouveau avec un nouveau code d’inscription de la place de marché.</translation>
    </message>
    <message>
        <source>Changes sent to the marketplace: %1 (applied: %2, already there: %3, refused: %4).</source>
        <translation>Modifications envoyées à la place de marché : %1 (appliquées : %2, déjà présentes : %3, refusées : %4).</translation>
    </message>
    <message>
        <source>Pages received from the marketplace: %1 (changes applied: %2, already known: %3).</source>
        <translation>Pages reçues de la place de marché : %1 (modifications appliquées : %2, déjà connues : %3).</translation>
    </message>
    <message>
        <source>Changes still waiting to be confirmed by the marketplace: %1.</source>
        <translation>Modifications en attente de confirmation par la place de marché : %1.</translation>
    </message>
    <message>
        <source>Refused changes waiting for a decision (Synchronisation page): %1.</source>
        <translation>Modifications refusées en attente d’une décision (page Synchronisation) : %1.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The marketplace found a missing or wrong value in this change. If retrying does not help, call the association's support.</source>
        <translation>La place de marché a trouvé une valeur manquante ou incorrecte dans cette modification. Si réessayer ne suffit pas, appelez l’assistance de l’association.</translation>
    </message>
    <message>
        <source>The marketplace does not take this kind of change: Comptoir may need an update.</source>
        <translation>La place de marché n’accepte pas ce type de modification : Comptoir doit peut-être être mis à jour.</translation>
    </message>
    <message>
        <source>The marketplace does not know this product variant yet. Retry once the product has been sent.</source>
        <translation>La place de marché ne connaît pas encore cette variante de produit. Réessayez une fois le produit envoyé.</translation>
    </message>
    <message>
        <source>The marketplace does not know this product yet. Retry once the product has been sent.</source>
        <translation>La place de marché ne connaît pas encore ce produit. Réessayez une fois le produit envoyé.</translation>
    </message>
    <message>
        <source>The marketplace does not know this order.</source>
        <translation>La place de marché ne connaît pas cette commande.</translation>
    </message>
    <message>
        <source>The marketplace already holds this stock movement with different figures.</source>
        <translation>La place de marché a déjà ce mouvement de stock, avec des chiffres différents.</translation>
    </message>
    <message>
        <source>This product is archived on the marketplace: it can no longer be changed.</source>
        <translation>Ce produit est archivé sur la place de marché : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This change touches a field that only the marketplace may set.</source>
        <translation>Cette modification touche un champ que seule la place de marché peut renseigner.</translation>
    </message>
    <message>
        <source>This barcode already belongs to another product of the shop on the marketplace.</source>
        <translation>Ce code-barres appartient déjà à un autre produit de la boutique sur la place de marché.</translation>
    </message>
    <message>
        <source>This reference already belongs to another product of the shop on the marketplace.</source>
        <translation>Cette référence appartient déjà à un autre produit de la boutique sur la place de marché.</translation>
    </message>
    <message>
        <source>A photo of this product did not reach the marketplace.</source>
        <translation>Une photo de ce produit n’est pas parvenue à la place de marché.</translation>
    </message>
    <message>
        <source>This order had already moved on the marketplace (cancelled online, or handled by another till): this step was not taken.</source>
        <translation>Cette commande avait déjà changé d’état sur la place de marché (annulée en ligne, ou traitée par une autre caisse) : cette étape n’a pas été appliquée.</translation>
    </message>
    <message>
        <source>The marketplace refused this photo as too large.</source>
        <translation>La place de marché a refusé cette photo, trop volumineuse.</translation>
    </message>
    <message>
        <source>The marketplace only takes JPEG and WebP photos.</source>
        <translation>La place de marché n’accepte que les photos JPEG et WebP.</translation>
    </message>
    <message>
        <source>This photo was damaged on its way to the marketplace.</source>
        <translation>Cette photo a été endommagée en route vers la place de marché.</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Mouvement de stock</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>Modification de produit</translation>
    </message>
    <message>
        <source>Product archived</source>
        <translation>Produit archivé</translation>
    </message>
    <message>
        <source>Product photos</source>
        <translation>Photos du produit</translation>
    </message>
    <message>
        <source>Order step</source>
        <translation>Étape de commande</translation>
    </message>
    <message>
        <source>Sale summary</source>
        <translation>Récapitulatif de vente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Online title</source>
        <translation>Titre en ligne</translation>
    </message>
    <message>
        <source>Online description</source>
        <translation>Description en ligne</translation>
    </message>
    <message>
        <source>Visible online</source>
        <translation>Visible en ligne</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Marketplace category</source>
        <translation>Catégorie sur la place de marché</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codes-barres</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de sécurité</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Shop's field: the last change to reach the marketplace was kept</source>
        <translation>Champ de la boutique : la dernière modification parvenue à la place de marché a été conservée</translation>
    </message>
    <message>
        <source>Marketplace's field: the marketplace's value was kept</source>
        <translation>Champ de la place de marché : la valeur de la place de marché a été conservée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Cancelled online</source>
        <translation>Annulée en ligne</translation>
    </message>
    <message>
        <source>The marketplace</source>
        <translation>La place de marché</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>Another till</source>
        <translation>Une autre caisse</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A copy of the shop (sales and fiscal journal, catalogue, stock, staff, settings, receipts) after each Z, on quit and on demand, checked before it counts. Choose a USB key or a network share. The register's key is never copied.</source>
        <translation>Une copie de la boutique (ventes et journal fiscal, catalogue, stock, personnel, réglages, tickets PDF) après chaque Z, en quittant et à la demande, vérifiée avant de compter. Choisissez une clé USB ou un partage réseau. La clé de la caisse n’est jamais copiée.</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Choisir le dossier…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Restore another backup…</source>
        <translation>Restaurer une autre sauvegarde…</translation>
    </message>
    <message>
        <source>Only a manager can restore a backup.</source>
        <translation>Seul un responsable peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>The folder cannot be reached (USB key unplugged? share disconnected?).</source>
        <translation>Le dossier est injoignable (clé USB débranchée ? partage déconnecté ?).</translation>
    </message>
    <message>
        <source>last good backup</source>
        <translation>dernière bonne sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup folder (a USB key, a network share)</source>
        <translation>Choisir le dossier de sauvegarde (une clé USB, un partage réseau)</translation>
    </message>
    <message>
        <source>Backing up… the till can keep selling.</source>
        <translation>Sauvegarde en cours… la caisse peut continuer à vendre.</translation>
    </message>
    <message>
        <source>Backup written and checked (%1 tickets, fiscal journal intact): %2</source>
        <translation>Sauvegarde écrite et vérifiée (%1 tickets, journal fiscal intact) : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::BackupStatusLabel</name>
    <message>
        <source>No backup folder: choose one in Settings</source>
        <translation>Pas de dossier de sauvegarde : choisissez-en un dans les Réglages</translation>
    </message>
    <message>
        <source>Backup folder unreachable: %1</source>
        <translation>Dossier de sauvegarde injoignable : %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde encore</translation>
    </message>
    <message>
        <source>Last backup over 48 h ago (%1)</source>
        <translation>Dernière sauvegarde il y a plus de 48 h (%1)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backups: state unreadable</source>
        <translation>Sauvegardes : état illisible</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Dossier de sauvegarde : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::CartModel</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
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
        <translation>&amp;Nouveau produit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Add &amp;variant</source>
        <translation>Ajouter une &amp;variante</translation>
    </message>
    <message>
        <source>&amp;Receive / adjust stock</source>
        <translation>&amp;Recevoir / ajuster le stock</translation>
    </message>
    <message>
        <source>Physical &amp;count</source>
        <translation>&amp;Inventaire (comptage)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Archive “%1”? It will no longer be offered for sale; its history is kept and you can restore it at any time (Show archived).</source>
        <translation>Archiver « %1 » ? Il ne sera plus proposé à la vente ; son historique est conservé et vous pourrez le restaurer à tout moment (Afficher les archivés).</translation>
    </message>
    <message>
        <source>Archive this variant of “%1”? It will no longer be offered for sale; its history is kept and you can restore it at any time (Show archived).</source>
        <translation>Archiver cette variante de « %1 » ? Elle ne sera plus proposée à la vente ; son historique est conservé et vous pourrez la restaurer à tout moment (Afficher les archivés).</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore “%1” and offer it for sale again?</source>
        <translation>Restaurer « %1 » et le proposer de nouveau à la vente ?</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueDetailPanel</name>
    <message>
        <source>Variant:</source>
        <translation>Variante :</translation>
    </message>
    <message>
        <source>Barcodes:</source>
        <translation>Codes-barres :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Price (VAT incl.):</source>
        <translation>Prix TTC :</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA :</translation>
    </message>
    <message>
        <source>Low-stock alert at:</source>
        <translation>Alerte de stock bas à :</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Historique du stock</translation>
    </message>
    <message>
        <source>Select a product in the list to see its price, its stock and its history.</source>
        <translation>Sélectionnez un produit dans la liste pour voir son prix, son stock et son historique.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Single variant</source>
        <translation>Variante unique</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>Archived: not offered for sale. Restore it to sell it again.</source>
        <translation>Archivé : n’est plus proposé à la vente. Restaurez-le pour le vendre à nouveau.</translation>
    </message>
    <message>
        <source>Low stock: time to reorder.</source>
        <translation>Stock bas : il est temps de recommander.</translation>
    </message>
    <message>
        <source>Reserved online:</source>
        <translation>Réservé en ligne :</translation>
    </message>
    <message>
        <source>%1 (available online: %2)</source>
        <translation>%1 (disponible en ligne : %2)</translation>
    </message>
    <message>
        <source>Net quantity:</source>
        <translation>Quantité nette :</translation>
    </message>
    <message>
        <source>piece(s)</source>
        <translation>pièce(s)</translation>
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
        <translation>%1 la pièce</translation>
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
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the catalogue, the stock or its value at cost as a spreadsheet (Excel or CSV)</source>
        <translation>Exporter le catalogue, le stock ou sa valeur au prix d’achat en tableur (Excel ou CSV)</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueExportDialog</name>
    <message>
        <source>Export the catalogue</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>&amp;The catalogue (prices, VAT, barcodes)</source>
        <translation>&amp;Le catalogue (prix, TVA, codes-barres)</translation>
    </message>
    <message>
        <source>The catalogue with the &amp;stock on hand</source>
        <translation>Le catalogue avec le &amp;stock en rayon</translation>
    </message>
    <message>
        <source>The stock's &amp;value at cost</source>
        <translation>La &amp;valeur du stock au prix d’achat</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Excel (.xlsx) or CSV with semicolons (.csv), from the file's name.</source>
        <translation>Excel (.xlsx) ou CSV à points-virgules (.csv), selon le nom du fichier.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
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
        <translation>valeur-du-stock.xlsx</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV with semicolons (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV à points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueImportAction</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import products, prices and stock from a spreadsheet (CSV, Excel, LibreOffice)</source>
        <translation>Importer des produits, des prix et du stock depuis un tableur (CSV, Excel, LibreOffice)</translation>
    </message>
</context>
<context>
    <name>comptoir::CatalogueModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available online</source>
        <translation>Disponible en ligne</translation>
    </message>
</context>
<context>
    <name>comptoir::CataloguePage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search by name, brand, category, barcode or reference…</source>
        <translation>Rechercher par nom, marque, catégorie, code-barres ou référence…</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Stock &amp;bas uniquement</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Afficher les arc&amp;hivés</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>No product has the barcode “%1”. Check the digits or scan it again; to sell it, create the product first (Ctrl+N).</source>
        <translation>Aucun produit n’a le code-barres « %1 ». Vérifiez les chiffres ou scannez-le à nouveau ; pour le vendre, créez d’abord le produit (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing found for “%1”: no product has this barcode or reference, and no name matches. Check what you typed, or create the product (Ctrl+N).</source>
        <translation>Aucun résultat pour « %1 » : aucun produit n’a ce code-barres ni cette référence, et aucun nom ne correspond. Vérifiez votre saisie, ou créez le produit (Ctrl+N).</translation>
    </message>
    <message>
        <source>“%1” was found but cannot be shown in the list.</source>
        <translation>« %1 » a été trouvé, mais ne peut pas être affiché dans la liste.</translation>
    </message>
    <message>
        <source>“%1” is archived: it is not offered for sale. Restore it to sell it again.</source>
        <translation>« %1 » correspond à un produit archivé : il n’est pas proposé à la vente. Restaurez-le pour le vendre à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Not ready to list online</source>
        <translation>Pas prêts à mettre en lig&amp;ne</translation>
    </message>
    <message>
        <source>Products lacking a photo, an online description, a marketplace category, a price or stock (the Online column says which)</source>
        <translation>Produits auxquels il manque une photo, une description en ligne, une catégorie de la place de marché, un prix ou du stock (la colonne « En ligne » dit quoi)</translation>
    </message>
</context>
<context>
    <name>comptoir::CategoryPicker</name>
    <message>
        <source>Marketplace category</source>
        <translation>Catégorie de la place de marché</translation>
    </message>
    <message>
        <source>Type a few letters: carn, épicerie, bougie…</source>
        <translation>Tapez quelques lettres : carn, épicerie, bougie…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>The marketplace's categories have not come down yet: synchronise once (Synchronisation page), then choose.</source>
        <translation>Les catégories de la place de marché ne sont pas encore arrivées : synchronisez une fois (page Synchronisation), puis choisissez.</translation>
    </message>
    <message>
        <source>No category matches "%1".</source>
        <translation>Aucune catégorie ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n catégorie(s)</numerusform>
            <numerusform>%n catégorie(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ClosureAuthorisation</name>
    <message>
        <source>Sign in to close the day.</source>
        <translation>Connectez-vous pour clôturer la journée.</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer (0 if it is empty).</source>
        <translation>Saisissez le montant des espèces comptées dans le tiroir (0 s’il est vide).</translation>
    </message>
    <message>
        <source>Closing the day needs a manager: manager, type your PIN.</source>
        <translation>La clôture de la journée doit être autorisée par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::ClosureDialog</name>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Clôturer la journée (rapport Z)</translation>
    </message>
    <message>
        <source>Closing of %1</source>
        <translation>Clôture du %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer</source>
        <translation>Comptez les espèces du tiroir-caisse</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>Sign in to close the day.</source>
        <translation>Connectez-vous pour clôturer la journée.</translation>
    </message>
    <message>
        <source>To be closed by %1.</source>
        <translation>Clôture faite par %1.</translation>
    </message>
    <message>
        <source>%1 is not a manager: a manager's PIN will be asked, and the day closed in the manager's name.</source>
        <translation>%1 n’est pas gérant : le code PIN d’un gérant sera demandé, et la journée sera clôturée au nom de ce gérant.</translation>
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
        <translation>Ventes (tickets)</translation>
    </message>
    <message>
        <source>Refunds (tickets)</source>
        <translation>Remboursements (tickets)</translation>
    </message>
    <message>
        <source>Cancelled tickets</source>
        <translation>Tickets annulés</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Remises accordées</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>Espèces attendues dans le tiroir</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Base excl. VAT</source>
        <translation>Base HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>Per VAT rate</source>
        <translation>Par taux de TVA</translation>
    </message>
    <message>
        <source>No. %1 to %2</source>
        <translation>Du n° %1 au n° %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>comptoir::DemoMarketplace</name>
    <message>
        <source>No demo marketplace</source>
        <translation>Pas de place de marché de démo</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: comptoir-marketplace is not built (see run.sh).</source>
        <translation>La démo fonctionne sans sa place de marché : comptoir-marketplace n’est pas compilé (voir run.sh).</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: comptoir-marketplace did not start (see logs/marketplace.log).</source>
        <translation>La démo fonctionne sans sa place de marché : comptoir-marketplace n’a pas démarré (voir logs/marketplace.log).</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: its shop could not be created.</source>
        <translation>La démo fonctionne sans sa place de marché : sa boutique n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: no enrollment code for its shop (was %1 removed?).</source>
        <translation>La démo fonctionne sans sa place de marché : aucun code d’inscription pour sa boutique (%1 a-t-il été supprimé ?).</translation>
    </message>
    <message>
        <source>The demo runs without its marketplace: %1</source>
        <translation>La démo fonctionne sans sa place de marché : %1</translation>
    </message>
    <message>
        <source>Demo marketplace at %1: an online order every %2 s.</source>
        <translation>Place de marché de démo sur %1 : une commande en ligne toutes les %2 s.</translation>
    </message>
    <message>
        <source>Demo till</source>
        <translation>Caisse de démo</translation>
    </message>
</context>
<context>
    <name>comptoir::DiscountDialog</name>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Type a percentage like 10% or an amount like 2,50; 0 removes the discount.</source>
        <translation>Saisissez un pourcentage, par exemple 10 %, ou un montant, par exemple 2,50 ; 0 supprime la remise.</translation>
    </message>
    <message>
        <source>Type a percentage like 10% or an amount like 2,50.</source>
        <translation>Saisissez un pourcentage, par exemple 10 %, ou un montant, par exemple 2,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::DoctorSection</name>
    <message>
        <source>Check this till</source>
        <translation>Vérifier cette caisse</translation>
    </message>
    <message>
        <source>Checks the database, the fiscal journal, the keychain, the marketplace, the clock, the disk, the printer and the backups, as `comptoir doctor` does. Nothing is changed. Copy the report to send it to support: it holds no password, PIN or key.</source>
        <translation>Vérifie la base de données, le journal fiscal, le trousseau, la place de marché, l’horloge, le disque, l’imprimante et les sauvegardes, comme « comptoir doctor ». Rien n’est modifié. Copiez le rapport pour l’envoyer au support : il ne contient ni mot de passe, ni code PIN, ni clé.</translation>
    </message>
    <message>
        <source>C&amp;heck this till</source>
        <translation>&amp;Vérifier cette caisse</translation>
    </message>
    <message>
        <source>Cop&amp;y for support</source>
        <translation>Cop&amp;ier pour le support</translation>
    </message>
    <message>
        <source>Put the report on the clipboard, to paste it in an e-mail to support</source>
        <translation>Mettre le rapport dans le presse-papiers, pour le coller dans un courriel au support</translation>
    </message>
    <message>
        <source>Checking… (the journal's check takes a few seconds on a big shop)</source>
        <translation>Vérification… (celle du journal prend quelques secondes pour une grande boutique)</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it in your message to support.</source>
        <translation>Le rapport est dans le presse-papiers : collez-le dans votre message au support.</translation>
    </message>
</context>
<context>
    <name>comptoir::EnrollmentDialog</name>
    <message>
        <source>Enrol this till with a marketplace</source>
        <translation>Inscrire cette caisse auprès d’une place de marché</translation>
    </message>
    <message>
        <source>Type the marketplace's address and the enrolment code the marketplace gave the shop, or open the provisioning file that came with it.</source>
        <translation>Saisissez l’adresse de la place de marché et le code d’inscription que la place de marché a remis à la boutique, ou ouvrez le fichier de configuration fourni avec.</translation>
    </message>
    <message>
        <source>Marketplace &amp;address:</source>
        <translation>&amp;Adresse de la place de marché :</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Code d’inscription :</translation>
    </message>
    <message>
        <source>&amp;Name of this till:</source>
        <translation>&amp;Nom de cette caisse :</translation>
    </message>
    <message>
        <source>Open a &amp;provisioning file…</source>
        <translation>Ouvrir un &amp;fichier de configuration…</translation>
    </message>
    <message>
        <source>Enrolling with the marketplace…</source>
        <translation>Inscription auprès de la place de marché…</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Type the marketplace's address.</source>
        <translation>Saisissez l’adresse de la place de marché.</translation>
    </message>
    <message>
        <source>Type the enrolment code the marketplace gave the shop.</source>
        <translation>Saisissez le code d’inscription que la place de marché a remis à la boutique.</translation>
    </message>
    <message>
        <source>Open a provisioning file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>Till enrolled with the shop “%1” on the marketplace. Orders and stock now sync with it.</source>
        <translation>Caisse enrôlée auprès de la boutique « %1 » sur la place de marché. Les commandes et le stock se synchronisent désormais avec elle.</translation>
    </message>
    <message>
        <source>Provisioning files (*.comptoir *.json);;All files (*)</source>
        <translation>Fichiers de configuration (*.comptoir *.json);;Tous les fichiers (*)</translation>
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
        <translation>Retirer des favoris</translation>
    </message>
</context>
<context>
    <name>comptoir::FirstManagerDialog</name>
    <message>
        <source>Create the first manager</source>
        <translation>Créer le premier gérant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits):</source>
        <translation>Code PIN (4 à 8 chiffres) :</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Confirmez le code PIN :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The two PINs are different: type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents : saisissez deux fois le même code PIN.</translation>
    </message>
    <message>
        <source>Nobody can use the till yet. Create the shop's first manager: they will sign in with this PIN, add the cashiers (Settings, Staff) and authorise refunds.</source>
        <translation>Personne ne peut encore utiliser la caisse. Créez le premier gérant de la boutique : il se connectera avec ce code PIN, ajoutera les caissiers (Réglages, Personnel) et autorisera les remboursements.</translation>
    </message>
</context>
<context>
    <name>comptoir::FirstRunWizard</name>
    <message>
        <source>Comptoir: setting up the shop</source>
        <translation>Comptoir : mise en place de la boutique</translation>
    </message>
</context>
<context>
    <name>comptoir::FreePriceDialog</name>
    <message>
        <source>Free price</source>
        <translation>Prix libre</translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Type the price, for example 12,50.</source>
        <translation>Saisissez le prix, par exemple 12,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::IdentityPage</name>
    <message>
        <source>The shop</source>
        <translation>La boutique</translation>
    </message>
    <message>
        <source>What every receipt prints. Check each line against the shop's papers (Kbis).</source>
        <translation>Ce que chaque ticket imprime. Vérifiez chaque ligne sur les papiers de la boutique (Kbis).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>SIRET (14 digits):</source>
        <translation>SIRET (14 chiffres) :</translation>
    </message>
    <message>
        <source>VAT number (FR…):</source>
        <translation>N° de TVA (FR…) :</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportAssistant</name>
    <message>
        <source>Import a catalogue</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Choose the spreadsheet holding your catalogue: a CSV file (from another till, for instance), an Excel (.xlsx) or LibreOffice (.ods) file. The whole file is checked before anything is written.</source>
        <translation>Choisissez le tableur qui contient votre catalogue : un fichier CSV (l’export d’une autre caisse, par exemple), un fichier Excel (.xlsx) ou LibreOffice (.ods). Tout le fichier est vérifié avant que rien ne soit enregistré.</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>The file's stock column is:</source>
        <translation>La colonne de stock du fichier est :</translation>
    </message>
    <message>
        <source>what is on the &amp;shelf now (a count: the stock is set to it)</source>
        <translation>ce qui est en &amp;rayon maintenant (un inventaire : le stock prend cette valeur)</translation>
    </message>
    <message>
        <source>what was just &amp;received (added to the stock)</source>
        <translation>ce qui vient d’être r&amp;eçu (ajouté au stock)</translation>
    </message>
    <message>
        <source>&amp;left aside (the stock stays as it is)</source>
        <translation>&amp;laissée de côté (le stock reste tel quel)</translation>
    </message>
    <message>
        <source>The file has no stock column: the stock stays as it is.</source>
        <translation>Le fichier n’a pas de colonne de stock : le stock reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;Give an in-store barcode to each new item without one (to print on its label)</source>
        <translation>&amp;Donner un code-barres magasin à chaque nouvel article qui n’en a pas (pour l’imprimer sur son étiquette)</translation>
    </message>
    <message>
        <source>Import &amp;only the good rows (the wrong rows are saved in a file to fix and import again)</source>
        <translation>Importer &amp;uniquement les bonnes lignes (les lignes fausses sont enregistrées dans un fichier à corriger et importer de nouveau)</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import</source>
        <translation>Choisir le tableur à importer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An import is already running: wait for it to end.</source>
        <translation>Une importation est déjà en cours : attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>rejected rows</source>
        <translation>lignes refusées</translation>
    </message>
    <message>
        <source>Step 1 of 5: the file</source>
        <translation>Étape 1 sur 5 : le fichier</translation>
    </message>
    <message>
        <source>Step 2 of 5: the columns</source>
        <translation>Étape 2 sur 5 : les colonnes</translation>
    </message>
    <message>
        <source>Step 3 of 5: the options</source>
        <translation>Étape 3 sur 5 : les options</translation>
    </message>
    <message>
        <source>Step 4 of 5: the check</source>
        <translation>Étape 4 sur 5 : la vérification</translation>
    </message>
    <message>
        <source>Step 5 of 5: done</source>
        <translation>Étape 5 sur 5 : terminé</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing… the till can keep selling.</source>
        <translation>Importation… la caisse peut continuer à vendre.</translation>
    </message>
    <message>
        <source>Nothing can be imported while these rows are wrong. Fix them in the file and open it again, or go back and tick “Import only the good rows”.</source>
        <translation>Rien ne peut être importé tant que ces lignes sont fausses. Corrigez-les dans le fichier et ouvrez-le de nouveau, ou revenez en arrière et cochez « Importer uniquement les bonnes lignes ».</translation>
    </message>
    <message>
        <source>The rows below will be left out and saved in a file to fix and import again. Press Import to write the %1 other rows.</source>
        <translation>Les lignes ci-dessous seront laissées de côté et enregistrées dans un fichier à corriger et importer de nouveau. Appuyez sur Importer pour enregistrer les %1 autres lignes.</translation>
    </message>
    <message>
        <source>The %1 rows of the file are right. Press Import to write them into the catalogue.</source>
        <translation>Les %1 lignes du fichier sont correctes. Appuyez sur Importer pour les enregistrer dans le catalogue.</translation>
    </message>
    <message>
        <source>Nothing was written: some rows are wrong now (the catalogue changed since the check).</source>
        <translation>Rien n’a été enregistré : des lignes sont maintenant fausses (le catalogue a changé depuis la vérification).</translation>
    </message>
    <message>
        <source>Import done. %1 rows were left out: they are saved in %2. Fix them there and import that file again.</source>
        <translation>Importation terminée. %1 lignes ont été laissées de côté : elles sont enregistrées dans %2. Corrigez-les dans ce fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Import done: the catalogue is up to date.</source>
        <translation>Importation terminée : le catalogue est à jour.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportColumnsPage</name>
    <message>
        <source>Above each column of the file, choose what it holds. Columns left on “Not imported” are left out. Only the product's name is required.</source>
        <translation>Au-dessus de chaque colonne du fichier, choisissez ce qu’elle contient. Les colonnes laissées sur « Non importée » sont ignorées. Seul le nom du produit est obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Headers on row:</source>
        <translation>En-&amp;têtes sur la ligne :</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Correspondance enregistrée :</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Save this choice as:</source>
        <translation>&amp;Enregistrer ce choix sous :</translation>
    </message>
    <message>
        <source>e.g. Old till</source>
        <translation>par ex. Ancienne caisse</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Variant label</source>
        <translation>Libellé de la variante</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Price incl. VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Purchase price excl. VAT</source>
        <translation>Prix d’achat HT</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Quantité nette</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Seuil de stock bas</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <source>An Excel file (XLSX), %1 rows.</source>
        <translation>Un fichier Excel (XLSX), %1 lignes.</translation>
    </message>
    <message>
        <source>A LibreOffice file (ODS), %1 rows.</source>
        <translation>Un fichier LibreOffice (ODS), %1 lignes.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>A CSV file, %1 rows, read as %2, fields separated by “%3”.</source>
        <translation>Un fichier CSV, %1 lignes, lu en %2, champs séparés par « %3 ».</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Mapping “%1” applied.</source>
        <translation>Correspondance « %1 » appliquée.</translation>
    </message>
    <message>
        <source>Type a name to save this choice under.</source>
        <translation>Tapez un nom sous lequel enregistrer ce choix.</translation>
    </message>
    <message>
        <source>Mapping saved as “%1”: choose it next time under “Saved mapping”.</source>
        <translation>Correspondance enregistrée sous « %1 » : choisissez-la la prochaine fois dans « Correspondance enregistrée ».</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportReportView</name>
    <message>
        <source>New products:</source>
        <translation>Nouveaux produits :</translation>
    </message>
    <message>
        <source>New items (variants):</source>
        <translation>Nouveaux articles (variantes) :</translation>
    </message>
    <message>
        <source>Items updated:</source>
        <translation>Articles mis à jour :</translation>
    </message>
    <message>
        <source>Items unchanged:</source>
        <translation>Articles inchangés :</translation>
    </message>
    <message>
        <source>Stock movements:</source>
        <translation>Mouvements de stock :</translation>
    </message>
    <message>
        <source>In-store barcodes given:</source>
        <translation>Codes-barres magasin attribués :</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1 problems in the file (rows as your spreadsheet numbers them):</source>
        <translation>%1 problèmes dans le fichier (lignes numérotées comme dans votre tableur) :</translation>
    </message>
    <message>
        <source>%1 problems: these rows were left out:</source>
        <translation>%1 problèmes : ces lignes ont été laissées de côté :</translation>
    </message>
    <message>
        <source>Print the labels of the %1 items given an in-store barcode…</source>
        <translation>Imprimer les étiquettes des %1 articles qui ont reçu un code-barres magasin…</translation>
    </message>
</context>
<context>
    <name>comptoir::InStoreBarcodeAction</name>
    <message>
        <source>In-store barcodes</source>
        <translation>Codes-barres magasin</translation>
    </message>
    <message>
        <source>Give the selected items that have no barcode one of the shop's own (EAN-13 starting with 20), to print on their labels and scan at the till.</source>
        <translation>Donner aux articles sélectionnés qui n’ont pas de code-barres un code propre au magasin (EAN-13 commençant par 20), à imprimer sur leurs étiquettes et à scanner en caisse.</translation>
    </message>
    <message>
        <source>Select the items to give a barcode to first (Ctrl or Shift to select several).</source>
        <translation>Sélectionnez d’abord les articles auxquels donner un code-barres (Ctrl ou Maj pour en sélectionner plusieurs).</translation>
    </message>
    <message>
        <source>The selected items already have a barcode: nothing was changed.</source>
        <translation>Les articles sélectionnés ont déjà un code-barres : rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) got an in-store barcode.</source>
        <translation>
            <numerusform>%n article(s) ont reçu un code-barres magasin.</numerusform>
            <numerusform>%n article(s) ont reçu un code-barres magasin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::KeychainStatusLabel</name>
    <message>
        <source>Keychain pending…</source>
        <translation>Trousseau en attente…</translation>
    </message>
    <message>
        <source>Waiting for the keychain to give this till's signing key (it may ask to be unlocked). Sales can be prepared; they are recorded once the key is there.</source>
        <translation>En attente de la clé de signature de cette caisse dans le trousseau (il peut demander à être déverrouillé). Les ventes peuvent être préparées ; elles sont enregistrées dès que la clé est là.</translation>
    </message>
    <message>
        <source>No signing key: nothing can be recorded</source>
        <translation>Pas de clé de signature : rien ne peut être enregistré</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
</context>
<context>
    <name>comptoir::LabelActions</name>
    <message>
        <source>Labels…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Print shelf or product labels for the selected items</source>
        <translation>Imprimer les étiquettes de rayon ou de produit des articles choisis</translation>
    </message>
    <message>
        <source>Labels for changed prices</source>
        <translation>Étiquettes des prix modifiés</translation>
    </message>
    <message>
        <source>Labels of the items whose price changed since their last label, here or online</source>
        <translation>Étiquettes des articles dont le prix a changé depuis leur dernière étiquette, ici ou en ligne</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Items received: %1. Print a label for each?</source>
        <translation>Articles reçus : %1. Imprimer une étiquette pour chacun ?</translation>
    </message>
</context>
<context>
    <name>comptoir::LabelDialog</name>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Shelf labels (name, price, unit price, barcode)</source>
        <translation>Étiquettes de rayon (nom, prix, prix au kilo ou au litre, code-barres)</translation>
    </message>
    <message>
        <source>Product labels (barcode, short name, price)</source>
        <translation>Étiquettes produit (code-barres, nom court, prix)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>%1: %2 labels of %3 × %4 mm</source>
        <translation>%1 : %2 étiquettes de %3 × %4 mm</translation>
    </message>
    <message>
        <source>Custom grid</source>
        <translation>Grille sur mesure</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Planche :</translation>
    </message>
    <message>
        <source>On a half-used sheet, the first free label (counted row by row).</source>
        <translation>Sur une planche déjà entamée, la première étiquette libre (comptée ligne par ligne).</translation>
    </message>
    <message>
        <source>Start at &amp;label:</source>
        <translation>Commencer à l’étiquette &amp;n° :</translation>
    </message>
    <message>
        <source>&amp;Copies of each:</source>
        <translation>&amp;Exemplaires de chacune :</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Receipt pr&amp;inter</source>
        <translation>Imprimante à &amp;tickets</translation>
    </message>
    <message>
        <source>One label after another on the till's receipt printer.</source>
        <translation>Une étiquette après l’autre sur l’imprimante à tickets de la caisse.</translation>
    </message>
    <message>
        <source>columns ×</source>
        <translation>colonnes ×</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grille :</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Taille d’une étiquette :</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>top</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges :</translation>
    </message>
    <message>
        <source>between columns</source>
        <translation>entre colonnes</translation>
    </message>
    <message>
        <source>between rows</source>
        <translation>entre lignes</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Espacements :</translation>
    </message>
    <message>
        <source>Labels: %1, sheets: %2</source>
        <translation>Étiquettes : %1, planches : %2</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>etiquettes.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Envoyé à l’imprimante</translation>
    </message>
    <message>
        <source>Sent to the receipt printer</source>
        <translation>Envoyé à l’imprimante à tickets</translation>
    </message>
</context>
<context>
    <name>comptoir::ListingActions</name>
    <message>
        <source>List online</source>
        <translation>Mettre en ligne</translation>
    </message>
    <message>
        <source>Make the selected products visible on the marketplace</source>
        <translation>Rendre les produits choisis visibles sur la place de marché</translation>
    </message>
    <message>
        <source>Remove from online sale</source>
        <translation>Retirer de la vente en ligne</translation>
    </message>
    <message>
        <source>Hide the selected products on the marketplace</source>
        <translation>Masquer les produits choisis sur la place de marché</translation>
    </message>
    <message>
        <source>Choose the category…</source>
        <translation>Choisir la catégorie…</translation>
    </message>
    <message>
        <source>Choose the marketplace category of the selected products</source>
        <translation>Choisir la catégorie de la place de marché des produits choisis</translation>
    </message>
    <message>
        <source>Select one or more products first.</source>
        <translation>Choisissez d’abord un ou plusieurs produits.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) listed online.</source>
        <translation>
            <numerusform>%n produit(s) mis en ligne.</numerusform>
            <numerusform>%n produit(s) mis en ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) removed from online sale.</source>
        <translation>
            <numerusform>%n produit(s) retiré(s) de la vente en ligne.</numerusform>
            <numerusform>%n produit(s) retiré(s) de la vente en ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) given the marketplace category.</source>
        <translation>
            <numerusform>%n produit(s) rangé(s) dans la catégorie de la place de marché.</numerusform>
            <numerusform>%n produit(s) rangé(s) dans la catégorie de la place de marché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ListingSettingsSection</name>
    <message>
        <source>Online sale</source>
        <translation>Vente en ligne</translation>
    </message>
    <message>
        <source>New products are &amp;listed online</source>
        <translation>Les nouveaux produits sont mis en &amp;ligne</translation>
    </message>
    <message>
        <source>A product created here or imported is visible on the marketplace at once; untick it to check each one before listing it.</source>
        <translation>Un produit créé ici ou importé est visible tout de suite sur la place de marché ; décochez pour vérifier chacun avant de le mettre en ligne.</translation>
    </message>
    <message>
        <source>A manager changes this setting.</source>
        <translation>Ce réglage est changé par un responsable.</translation>
    </message>
    <message>
        <source>Saved: new products are listed online.</source>
        <translation>Enregistré : les nouveaux produits sont mis en ligne.</translation>
    </message>
    <message>
        <source>Saved: new products wait until you list them.</source>
        <translation>Enregistré : les nouveaux produits attendent que vous les mettiez en ligne.</translation>
    </message>
</context>
<context>
    <name>comptoir::LockScreen</name>
    <message>
        <source>The till is locked. Who is serving?</source>
        <translation>La caisse est verrouillée. Qui est en caisse ?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>%1, type your PIN</source>
        <translation>%1, saisissez votre code PIN</translation>
    </message>
    <message>
        <source>No one can use the till: this shop has no active cashier or manager.</source>
        <translation>Personne ne peut utiliser la caisse : cette boutique n’a aucun caissier ni gérant actif.</translation>
    </message>
    <message>
        <source>Not on the list? A manager adds cashiers and managers in Settings, under Staff.</source>
        <translation>Pas dans la liste ? Un gérant ajoute caissiers et gérants dans Réglages, rubrique Personnel.</translation>
    </message>
</context>
<context>
    <name>comptoir::MainWindow</name>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>This is the demo shop: its products and sales are not real.</source>
        <translation>Ceci est la boutique de démo : ses produits et ses ventes ne sont pas réels.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
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
        <translation> (démo)</translation>
    </message>
    <message>
        <source>The catalogue could not be counted.</source>
        <translation>Impossible de compter les produits du catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s)</source>
        <translation>
            <numerusform>%n produit actif</numerusform>
            <numerusform>%n produits actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n variantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the till: the next person signs in with their PIN (Ctrl+L)</source>
        <translation>Verrouiller la caisse : la personne suivante se connecte avec son code PIN (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the till</source>
        <translation>Verrouiller la caisse</translation>
    </message>
    <message>
        <source>Create the first manager…</source>
        <translation>Créer le premier gérant…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gérant</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>Nobody is signed in at the till.</source>
        <translation>Personne n’est connecté à la caisse.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit Comptoir (%1)</source>
        <translation>Quitter Comptoir (%1)</translation>
    </message>
    <message>
        <source>Quit Comptoir</source>
        <translation>Quitter Comptoir</translation>
    </message>
    <message>
        <source>Nobody can use the till yet: the shop's first manager must be created. They will then add the cashiers in Settings, under Staff.</source>
        <translation>Personne ne peut encore utiliser la caisse : le premier gérant de la boutique doit d’abord être créé. Il ajoutera ensuite les caissiers dans Réglages, rubrique Personnel.</translation>
    </message>
</context>
<context>
    <name>comptoir::ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>Le premier responsable</translation>
    </message>
    <message>
        <source>The person who runs the shop: they sign in with this PIN, add the cashiers (Settings) and authorise refunds.</source>
        <translation>La personne qui tient la boutique : elle se connecte avec ce code PIN, ajoute les caissiers (Réglages) et autorise les remboursements.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits):</source>
        <translation>Code PIN (4 à 8 chiffres) :</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Confirmez le code PIN :</translation>
    </message>
    <message>
        <source>The two PINs are different: type the same PIN twice.</source>
        <translation>Les deux codes PIN sont différents : saisissez deux fois le même code PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::MarketplaceSection</name>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>&amp;Enrol this till…</source>
        <translation>&amp;Inscrire cette caisse…</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Adresse de la place de marché :</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Boutique :</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Identifiant de l’appareil :</translation>
    </message>
    <message>
        <source>This till is not enrolled with a marketplace.</source>
        <translation>Cette caisse n’est inscrite auprès d’aucune place de marché.</translation>
    </message>
    <message>
        <source>A manager must be signed in to enrol this till.</source>
        <translation>Un gérant doit être connecté pour inscrire cette caisse.</translation>
    </message>
</context>
<context>
    <name>comptoir::OnlineSection</name>
    <message>
        <source>&amp;Visible online (the marketplace sells it)</source>
        <translation>&amp;Visible en ligne (la place de marché le vend)</translation>
    </message>
    <message>
        <source>What a customer wants to know: what it is, what it is made of, its size, who makes it. Separate paragraphs with an empty line.</source>
        <translation>Ce qu’un client veut savoir : ce que c’est, en quoi c’est fait, sa taille, qui le fabrique. Séparez les paragraphes par une ligne vide.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the marketplace's category (Ctrl+K)</source>
        <translation>Choisir la catégorie de la place de marché (Ctrl+K)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Items kept back for the shop: the marketplace sells only the stock above this number.</source>
        <translation>Articles gardés pour la boutique : la place de marché ne vend que le stock au-delà de ce nombre.</translation>
    </message>
    <message>
        <source>Online &amp;title:</source>
        <translation>&amp;Titre en ligne :</translation>
    </message>
    <message>
        <source>Online &amp;description:</source>
        <translation>&amp;Description en ligne :</translation>
    </message>
    <message>
        <source>Marketplace category:</source>
        <translation>Catégorie de la place de marché :</translation>
    </message>
    <message>
        <source>&amp;Safety stock:</source>
        <translation>&amp;Stock de sécurité :</translation>
    </message>
    <message>
        <source>The product's name</source>
        <translation>Le nom du produit</translation>
    </message>
    <message>
        <source>None: the marketplace will not know where to show it</source>
        <translation>Aucune : la place de marché ne saura pas où le présenter</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
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
            <numerusform>%n nouvelle(s) commande(s) en ligne à voir</numerusform>
            <numerusform>%n nouvelle(s) commande(s) en ligne à voir</numerusform>
        </translation>
    </message>
    <message>
        <source>New online order</source>
        <translation>Nouvelle commande en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n online order(s) waiting in Comptoir's Orders page.</source>
        <translation>
            <numerusform>%n commande(s) en ligne en attente dans la page Commandes de Comptoir.</numerusform>
            <numerusform>%n commande(s) en ligne en attente dans la page Commandes de Comptoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online order %1</source>
        <translation>Commande en ligne %1</translation>
    </message>
    <message>
        <source>Order %1 is late.</source>
        <translation>La commande %1 est en retard.</translation>
    </message>
    <message>
        <source>Order %1 is about to miss its deadline.</source>
        <translation>La commande %1 va bientôt dépasser son délai.</translation>
    </message>
</context>
<context>
    <name>comptoir::OrderHistoryDialog</name>
    <message>
        <source>Order history</source>
        <translation>Historique des commandes</translation>
    </message>
    <message>
        <source>Order number, customer name or phone</source>
        <translation>Numéro de commande, nom ou téléphone du client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Only the %1 newest orders are shown: narrow the search.</source>
        <translation>Seules les %1 commandes les plus récentes sont affichées : affinez la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande(s)</numerusform>
            <numerusform>%n commande(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>To pay at collection</source>
        <translation>À payer au retrait</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Payée en ligne</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motif donné : %1</translation>
    </message>
    <message>
        <source>item %1 (not in the catalogue)</source>
        <translation>article %1 (absent du catalogue)</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2 à %3</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée : %1</translation>
    </message>
    <message>
        <source>the marketplace</source>
        <translation>la place de marché</translation>
    </message>
</context>
<context>
    <name>comptoir::OrderSearchDialog</name>
    <message>
        <source>Collect an order</source>
        <translation>Retrait de commande</translation>
    </message>
    <message>
        <source>Order number, customer's name or phone:</source>
        <translation>Numéro de commande, nom ou téléphone du client :</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>accepted, not marked ready</source>
        <translation>acceptée, pas marquée prête</translation>
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
        <translation>Commandes en ligne</translation>
    </message>
    <message>
        <source>Opening hours: the time an online order has to be accepted and made ready is counted in them. No period ticked on any day: every hour counts.</source>
        <translation>Heures d’ouverture : le délai pour accepter une commande en ligne et la préparer se compte pendant ces heures. Aucune plage cochée : toutes les heures comptent.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>The built-in bell</source>
        <translation>La sonnette intégrée</translation>
    </message>
    <message>
        <source>A sound file (WAV)</source>
        <translation>Un fichier son (WAV)</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Aucun son</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Save the online order settings</source>
        <translation>Enregistrer les réglages des commandes en ligne</translation>
    </message>
    <message>
        <source>New order &amp;sound:</source>
        <translation>&amp;Son d’une nouvelle commande :</translation>
    </message>
    <message>
        <source>Sound &amp;file:</source>
        <translation>&amp;Fichier son :</translation>
    </message>
    <message>
        <source>&amp;Ring again every:</source>
        <translation>Sonner à &amp;Sonner à nouveau toutes les :nouveau toutes les :</translation>
    </message>
    <message>
        <source>A manager changes the online order settings.</source>
        <translation>Un responsable modifie les réglages des commandes en ligne.</translation>
    </message>
    <message>
        <source>The sound of a new online order</source>
        <translation>Le son d’une nouvelle commande en ligne</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>Sons WAV (*.wav)</translation>
    </message>
    <message>
        <source>Online order settings saved.</source>
        <translation>Réglages des commandes en ligne enregistrés.</translation>
    </message>
</context>
<context>
    <name>comptoir::OrdersPage</name>
    <message>
        <source>Online orders to prepare</source>
        <translation>Commandes en ligne à préparer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No online order is waiting.</source>
        <translation>Aucune commande en ligne en attente.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>The shop will prepare this order</source>
        <translation>La boutique va préparer cette commande</translation>
    </message>
    <message>
        <source>The shop cannot serve this order: its items go back on sale online</source>
        <translation>La boutique ne peut pas honorer cette commande : ses articles sont remis en vente en ligne</translation>
    </message>
    <message>
        <source>The order is ready: the customer may come and collect it</source>
        <translation>La commande est prête : le client peut venir la retirer</translation>
    </message>
    <message>
        <source>The customer has collected the order: its items leave the stock</source>
        <translation>Le client a retiré la commande : ses articles sortent du stock</translation>
    </message>
    <message>
        <source>%1 (sending…)</source>
        <translation>%1 (envoi en cours…)</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Commande %1 — %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motif indiqué : %1</translation>
    </message>
    <message>
        <source>Order %1: %2. It is sent to the marketplace.</source>
        <translation>Commande %1 : %2. Elle est envoyée à la place de marché.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
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
        <translation>%1 — bientôt</translation>
    </message>
    <message>
        <source>%1 — hurry</source>
        <translation>%1 — urgent</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À faire avant le %1</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <source>Pick the order's items by scanning them, and print its slip</source>
        <translation>Prélever les articles de la commande en les scannant, et imprimer son bon de préparation</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Oversold items…</source>
        <translation>Articles survendus…</translation>
    </message>
    <message>
        <source>Items promised online that the shop no longer has</source>
        <translation>Articles promis en ligne que la boutique n’a plus</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — refusée : %2</translation>
    </message>
    <message>
        <source>to be paid at collection</source>
        <translation>à payer au retrait</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>payée en ligne</translation>
    </message>
</context>
<context>
    <name>comptoir::OverdueClosureDialog</name>
    <message>
        <source>A day is still open</source>
        <translation>Une journée n’est pas encore clôturée</translation>
    </message>
    <message>
        <source>The day of %1 has not been closed. Close it before selling.</source>
        <translation>La journée du %1 n’a pas été clôturée. Clôturez-la avant de vendre.</translation>
    </message>
    <message>
        <source>The cash expected in the drawer; change it if your count differs.</source>
        <translation>Espèces attendues dans le tiroir ; corrigez le montant si votre comptage est différent.</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>A manager's PIN will be asked, and the day closed in the manager's name.</source>
        <translation>Le code PIN d’un gérant sera demandé, et la journée sera clôturée au nom de ce gérant.</translation>
    </message>
    <message>
        <source>Close %1 now</source>
        <translation>Clôturer le %1 maintenant</translation>
    </message>
    <message>
        <source>Close the day first, then scan the item again.</source>
        <translation>Clôturez d’abord la journée, puis scannez à nouveau l’article.</translation>
    </message>
</context>
<context>
    <name>comptoir::OverdueDayGate</name>
    <message>
        <source>The day of %1 has not been closed: it must be closed before the next sale.</source>
        <translation>La journée du %1 n’a pas été clôturée : elle doit l’être avant la prochaine vente.</translation>
    </message>
    <message>
        <source>The day of %1 is closed: Z report %2 is stored.</source>
        <translation>La journée du %1 est clôturée : le rapport Z n° %2 est enregistré.</translation>
    </message>
</context>
<context>
    <name>comptoir::OversellCasesDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>customer contacted</source>
        <translation>client contacté</translation>
    </message>
    <message>
        <source>restocked</source>
        <translation>réapprovisionné</translation>
    </message>
    <message>
        <source>order line refused</source>
        <translation>ligne de commande refusée</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>pas encore traité</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Oversell cases</source>
        <translation>Cas de survente</translation>
    </message>
    <message>
        <source>Items promised online that the shop no longer has:</source>
        <translation>Articles promis en ligne que la boutique n’a plus :</translation>
    </message>
    <message>
        <source>Orders waiting for this item (call the customer):</source>
        <translation>Commandes qui attendent cet article (appelez le client) :</translation>
    </message>
    <message>
        <source>Note (optional): what was agreed</source>
        <translation>Note (facultative) : ce qui a été convenu</translation>
    </message>
    <message>
        <source>Counted: </source>
        <translation>Compté : </translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Client contacté</translation>
    </message>
    <message>
        <source>Restock (count)</source>
        <translation>Réapprovisionner (inventaire)</translation>
    </message>
    <message>
        <source>Refuse the order line</source>
        <translation>Refuser la ligne de commande</translation>
    </message>
    <message>
        <source>(item not known here yet)</source>
        <translation>(article pas encore connu ici)</translation>
    </message>
    <message>
        <source>No oversell case: every order can be supplied.</source>
        <translation>Aucun cas de survente : toutes les commandes peuvent être servies.</translation>
    </message>
    <message>
        <source>CMD-%1, line %2</source>
        <translation>CMD-%1, ligne %2</translation>
    </message>
    <message>
        <source>Noted: the customer was contacted. The marketplace is told.</source>
        <translation>Noté : le client a été contacté. La place de marché en est informée.</translation>
    </message>
    <message>
        <source>Counted %1 on the shelf. The case closes once the marketplace has the stock.</source>
        <translation>%1 compté(s) en rayon. Le cas se ferme dès que la place de marché a le stock.</translation>
    </message>
    <message>
        <source>Choose the order whose line is refused.</source>
        <translation>Choisissez la commande dont la ligne est refusée.</translation>
    </message>
    <message>
        <source>The order line is refused; the customer is told by the marketplace.</source>
        <translation>La ligne de commande est refusée ; la place de marché prévient le client.</translation>
    </message>
</context>
<context>
    <name>comptoir::ParkedTicketsDialog</name>
    <message>
        <source>Parked tickets</source>
        <translation>Tickets en attente</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3 (%n line(s))</source>
        <translation>
            <numerusform>%1 — %2 — %3 (%n ligne)</numerusform>
            <numerusform>%1 — %2 — %3 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>comptoir::PaymentPanel</name>
    <message>
        <source>Amount (empty: what remains; cash: the money handed over)</source>
        <translation>Montant (vide : le reste à payer ; espèces : la somme remise par le client)</translation>
    </message>
    <message>
        <source>Cash (F9)</source>
        <translation>Espèces (F9)</translation>
    </message>
    <message>
        <source>Card (F10)</source>
        <translation>Carte bancaire (F10)</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Reste à payer : %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Payé : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::PeriodClosuresView</name>
    <message>
        <source>Monthly and yearly closures</source>
        <translation>Clôtures mensuelles et annuelles</translation>
    </message>
    <message>
        <source>None yet: a month closes by itself once it has ended and its days are closed.</source>
        <translation>Aucune pour l’instant : un mois se clôture automatiquement une fois terminé, quand toutes ses journées sont clôturées.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Journées</translation>
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
        <translation>Année %1</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoInboxDialog</name>
    <message>
        <source>Photo inbox</source>
        <translation>Photos en attente</translation>
    </message>
    <message>
        <source>Photos whose name is no product's code. Scan the product a photo shows to give it that photo; Delete throws the photo away.</source>
        <translation>Photos dont le nom n’est le code d’aucun produit. Scannez le produit que montre une photo pour la lui donner ; Suppr jette la photo.</translation>
    </message>
    <message>
        <source>Scan the product this photo shows</source>
        <translation>Scannez le produit que montre cette photo</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Aucune photo en attente.</translation>
    </message>
    <message>
        <source>No product has the code %1: scan another.</source>
        <translation>Aucun produit n’a le code %1 : scannez-en un autre.</translation>
    </message>
    <message>
        <source>%1 given to the product scanned (%2).</source>
        <translation>%1 donnée au produit scanné (%2).</translation>
    </message>
    <message>
        <source>%1 thrown away.</source>
        <translation>%1 jetée.</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoSessionDialog</name>
    <message>
        <source>Photo session</source>
        <translation>Séance photo</translation>
    </message>
    <message>
        <source>Scan a product (or type its reference and press Enter), then press Space to take each photo. Esc ends the session.</source>
        <translation>Scannez un produit (ou tapez sa référence puis Entrée), puis appuyez sur Espace pour prendre chaque photo. Échap termine la séance.</translation>
    </message>
    <message>
        <source>Barcode or reference</source>
        <translation>Code-barres ou référence</translation>
    </message>
    <message>
        <source>No product yet: scan one.</source>
        <translation>Aucun produit pour l’instant : scannez-en un.</translation>
    </message>
    <message>
        <source>No photo yet: press Space to take one.</source>
        <translation>Pas encore de photo : appuyez sur Espace pour en prendre une.</translation>
    </message>
    <message>
        <source>1 photo. Space takes another.</source>
        <translation>1 photo. Espace en prend une autre.</translation>
    </message>
    <message>
        <source>%1 photos. Space takes another.</source>
        <translation>%1 photos. Espace en prend une autre.</translation>
    </message>
    <message>
        <source>No product has the code %1: scan another, or add the product in the Catalogue first.</source>
        <translation>Aucun produit n’a le code %1 : scannez-en un autre, ou ajoutez d’abord le produit dans le Catalogue.</translation>
    </message>
    <message>
        <source>Frame the product, then press Space.</source>
        <translation>Cadrez le produit, puis appuyez sur Espace.</translation>
    </message>
    <message>
        <source>Scan a product first: the photo goes to the product scanned.</source>
        <translation>Scannez d’abord un produit : la photo va au produit scanné.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Prise de la photo…</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Préparation de la photo…</translation>
    </message>
    <message>
        <source>Photo added, but it is small (under 600 pixels): come closer or use a better camera to sell from it.</source>
        <translation>Photo ajoutée, mais elle est petite (moins de 600 pixels) : rapprochez-vous ou prenez un meilleur appareil pour vendre avec.</translation>
    </message>
    <message>
        <source>Photo added. Space takes another; scan the next product when done.</source>
        <translation>Photo ajoutée. Espace en prend une autre ; scannez le produit suivant quand vous avez fini.</translation>
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
        <translation>La caméra de la séance photo, et le dossier où votre téléphone synchronise ses photos : une photo nommée d’après un code-barres ou une référence va à ce produit, les autres attendent dans les photos en attente.</translation>
    </message>
    <message>
        <source>None: photos are added from files or the camera only</source>
        <translation>Aucun : les photos s’ajoutent seulement depuis des fichiers ou la caméra</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Save the photo settings</source>
        <translation>Enregistrer les réglages des photos</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;améra :</translation>
    </message>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>&amp;Dossier surveillé :</translation>
    </message>
    <message>
        <source>The system's default camera</source>
        <translation>La caméra par défaut du système</translation>
    </message>
    <message>
        <source>The chosen camera (not connected)</source>
        <translation>La caméra choisie (non branchée)</translation>
    </message>
    <message>
        <source>A manager changes the photo settings.</source>
        <translation>Un responsable modifie les réglages des photos.</translation>
    </message>
    <message>
        <source>The folder your phone syncs photos to</source>
        <translation>Le dossier où votre téléphone synchronise ses photos</translation>
    </message>
    <message>
        <source>Photo settings saved.</source>
        <translation>Réglages des photos enregistrés.</translation>
    </message>
    <message>
        <source>Photo settings saved: the folder is watched from now on while Comptoir is open.</source>
        <translation>Réglages des photos enregistrés : le dossier est surveillé dès maintenant, tant que Comptoir est ouvert.</translation>
    </message>
</context>
<context>
    <name>comptoir::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>Photo principale</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Product photos</source>
        <translation>Photos du produit</translation>
    </message>
    <message>
        <source>Drag photos here from your files. The first photo is the main one. Ctrl+Left/Right: move, Ctrl+Home: make main, Delete: remove.</source>
        <translation>Glissez ici des photos depuis vos fichiers. La première photo est la photo principale. Ctrl+Gauche/Droite : déplacer, Ctrl+Début : photo principale, Suppr : retirer.</translation>
    </message>
    <message>
        <source>The main photo is the one shown first online (Ctrl+Home).</source>
        <translation>La photo principale est celle montrée en premier en ligne (Ctrl+Début).</translation>
    </message>
    <message>
        <source>Remove this photo from the product (Delete).</source>
        <translation>Retirer cette photo du produit (Suppr).</translation>
    </message>
    <message>
        <source>%1 was added, but at %2 × %3 pixels it is small to sell from: a photo of at least %4 pixels on its long side shows the product better.</source>
        <translation>%1 a été ajoutée, mais à %2 × %3 pixels elle est petite pour vendre : une photo d’au moins %4 pixels sur son grand côté montre mieux le produit.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main photo</source>
        <translation>Photo principale</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Preparing photos: %1 left…</source>
        <translation>Préparation des photos : encore %1…</translation>
    </message>
</context>
<context>
    <name>comptoir::PickingDialog</name>
    <message>
        <source>Item not in the catalogue yet</source>
        <translation>Article pas encore dans le catalogue</translation>
    </message>
    <message>
        <source>Prepare order %1</source>
        <translation>Préparer la commande %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Commande %1 · %2</translation>
    </message>
    <message>
        <source>Scan an item, or type its barcode or reference and press Enter</source>
        <translation>Scannez un article, ou tapez son code-barres ou sa référence puis Entrée</translation>
    </message>
    <message>
        <source>Location (category)</source>
        <translation>Emplacement (catégorie)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Selected line (↑ ↓):</source>
        <translation>Ligne choisie (↑ ↓) :</translation>
    </message>
    <message>
        <source>Count missing (F4)</source>
        <translation>Compter manquant (F4)</translation>
    </message>
    <message>
        <source>Reason the customer reads (optional)</source>
        <translation>Motif lu par le client (facultatif)</translation>
    </message>
    <message>
        <source>Refuse this line (F8)</source>
        <translation>Refuser cette ligne (F8)</translation>
    </message>
    <message>
        <source>Print the slip (F6)</source>
        <translation>Imprimer le bon (F6)</translation>
    </message>
    <message>
        <source>The picking slip was printed.</source>
        <translation>Le bon de préparation a été imprimé.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Order ready (F10)</source>
        <translation>Commande prête (F10)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked.</source>
        <translation>%1 : %2 sur %3 préparé(s).</translation>
    </message>
    <message>
        <source>%1: line complete.</source>
        <translation>%1 : ligne complète.</translation>
    </message>
    <message>
        <source>Everything is picked: press "Order ready" (F10).</source>
        <translation>Tout est préparé : appuyez sur « Commande prête » (F10).</translation>
    </message>
    <message>
        <source>Code %1 is in no item of the catalogue: not an item of this order.</source>
        <translation>Le code %1 n’est celui d’aucun article du catalogue : ce n’est pas un article de cette commande.</translation>
    </message>
    <message>
        <source>Wrong item: this one is not in order %1. Put it back.</source>
        <translation>Mauvais article : il n’est pas dans la commande %1. Remettez-le en place.</translation>
    </message>
    <message>
        <source>One too many: all %1 of %2 are already picked. Put this one back.</source>
        <translation>Un de trop : les %1 « %2 » sont déjà préparés. Remettez celui-ci en place.</translation>
    </message>
    <message>
        <source>Line %1 (%2) was refused: it is not to be prepared.</source>
        <translation>La ligne %1 (%2) a été refusée : elle n’est pas à préparer.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled online: stop picking and put its items back on the shelves.</source>
        <translation>La commande %1 a été annulée en ligne : arrêtez la préparation et remettez ses articles en rayon.</translation>
    </message>
    <message>
        <source>Order %1 is no longer to be prepared (now: %2): stop picking.</source>
        <translation>La commande %1 n’est plus à préparer (maintenant : %2) : arrêtez la préparation.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>Missing: refuse the line if it cannot be found</source>
        <translation>Manquant : refusez la ligne s’il reste introuvable</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 items picked, %3 of %4 lines complete</source>
        <translation>%1 article(s) sur %2 préparé(s), %3 ligne(s) complète(s) sur %4</translation>
    </message>
    <message>
        <source>, %1 missing</source>
        <translation>, %1 manquant(s)</translation>
    </message>
    <message>
        <source>Line %1: %2 counted missing.</source>
        <translation>Ligne %1 : %2 compté(s) manquant(s).</translation>
    </message>
    <message>
        <source>Line %1 refused: the customer will read the reason.</source>
        <translation>Ligne %1 refusée : le client lira le motif.</translation>
    </message>
</context>
<context>
    <name>comptoir::PinDialog</name>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du gérant</translation>
    </message>
    <message>
        <source>Unlock the till</source>
        <translation>Déverrouiller la caisse</translation>
    </message>
    <message>
        <source>A manager must authorise this: manager, type your PIN.</source>
        <translation>Cette opération doit être autorisée par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Type your PIN to unlock the till.</source>
        <translation>Saisissez votre code PIN pour déverrouiller la caisse.</translation>
    </message>
    <message>
        <source>%1, type your PIN to unlock the till.</source>
        <translation>%1, saisissez votre code PIN pour déverrouiller la caisse.</translation>
    </message>
</context>
<context>
    <name>comptoir::PriceOverrideDialog</name>
    <message>
        <source>Change the price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <source>New unit price of %1, VAT included (now %2):</source>
        <translation>Nouveau prix unitaire TTC de %1 (actuellement %2) :</translation>
    </message>
    <message>
        <source>Type the price, for example 12,50.</source>
        <translation>Saisissez le prix, par exemple 12,50.</translation>
    </message>
</context>
<context>
    <name>comptoir::PrinterPage</name>
    <message>
        <source>The receipt printer</source>
        <translation>L’imprimante de tickets</translation>
    </message>
    <message>
        <source>Plug in and switch on the printer, choose it, then print a test page.</source>
        <translation>Branchez et allumez l’imprimante, choisissez-la, puis imprimez une page de test.</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>Impression de &amp;test</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Imprimante :</translation>
    </message>
    <message>
        <source>Network printer's address:</source>
        <translation>Adresse de l’imprimante réseau :</translation>
    </message>
    <message>
        <source>Folder for PDF receipts:</source>
        <translation>Dossier des tickets PDF :</translation>
    </message>
    <message>
        <source>No receipt printer (a PDF on request)</source>
        <translation>Pas d’imprimante de tickets (un PDF sur demande)</translation>
    </message>
    <message>
        <source>Thermal printer on USB (%1)</source>
        <translation>Imprimante thermique en USB (%1)</translation>
    </message>
    <message>
        <source>System printer: %1</source>
        <translation>Imprimante du système : %1</translation>
    </message>
    <message>
        <source>Thermal printer on the network (address below)</source>
        <translation>Imprimante thermique en réseau (adresse ci-dessous)</translation>
    </message>
    <message>
        <source>PDF files in a folder (below)</source>
        <translation>Fichiers PDF dans un dossier (ci-dessous)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No printer chosen: nothing to test.</source>
        <translation>Aucune imprimante choisie : rien à tester.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>The test page was printed. Check it came out, then Next.</source>
        <translation>La page de test a été imprimée. Vérifiez qu’elle est sortie, puis Suivant.</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>None; type a new name to create one</source>
        <translation>Aucune ; saisissez un nouveau nom pour en créer une</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>B&amp;rand:</source>
        <translation>&amp;Marque :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>Taux de T&amp;VA :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>First variant</source>
        <translation>Première variante</translation>
    </message>
    <message>
        <source>This variant</source>
        <translation>Cette variante</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <source>Prod&amp;uct</source>
        <translation>Prod&amp;uit</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>P&amp;hotos</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>En &amp;ligne</translation>
    </message>
</context>
<context>
    <name>comptoir::ProvisioningPage</name>
    <message>
        <source>Connect the till to the marketplace</source>
        <translation>Relier la caisse à la place de marché</translation>
    </message>
    <message>
        <source>The association sent the shop a provisioning file (name.comptoir) on a USB key or by e-mail. Comptoir looks for it on USB keys and in Downloads.</source>
        <translation>L’association a envoyé à la boutique un fichier de configuration (nom.comptoir) sur une clé USB ou par courriel. Comptoir le cherche sur les clés USB et dans Téléchargements.</translation>
    </message>
    <message>
        <source>&amp;Enrol with this file</source>
        <translation>&amp;Inscrire avec ce fichier</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Chercher de nouveau</translation>
    </message>
    <message>
        <source>Enrol with this &amp;code</source>
        <translation>Inscrire avec ce &amp;code</translation>
    </message>
    <message>
        <source>Marketplace address:</source>
        <translation>Adresse de la place de marché :</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Code d’inscription :</translation>
    </message>
    <message>
        <source>Continue &amp;without the marketplace (enrol later in Settings)</source>
        <translation>Continuer &amp;sans la place de marché (inscrire plus tard dans Réglages)</translation>
    </message>
    <message>
        <source>No file? Type the address and the code the association gave:</source>
        <translation>Pas de fichier ? Saisissez l’adresse et le code donnés par l’association :</translation>
    </message>
    <message>
        <source>Open a provisioning file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>Provisioning files (*.comptoir *.json)</source>
        <translation>Fichiers de configuration (*.comptoir *.json)</translation>
    </message>
    <message>
        <source>No provisioning file was found. Plug in the USB key, then Search again; or open the file; or type the code.</source>
        <translation>Aucun fichier de configuration trouvé. Branchez la clé USB, puis Chercher de nouveau ; ou ouvrez le fichier ; ou saisissez le code.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Boutique : %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <translation>Place de marché : %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valable jusqu’au : %1</translation>
    </message>
    <message>
        <source>Enrolling with %1…</source>
        <translation>Inscription auprès de %1…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>This till is enrolled with the shop %1.</source>
        <translation>Cette caisse est inscrite avec la boutique %1.</translation>
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
        <translation>description en ligne</translation>
    </message>
    <message>
        <source>marketplace category</source>
        <translation>catégorie de la place de marché</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Ready to be listed online: a photo, an online description, a marketplace category, a price and stock</source>
        <translation>Prêt à mettre en ligne : une photo, une description en ligne, une catégorie de la place de marché, un prix et du stock</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manque(s)</numerusform>
            <numerusform>%n manque(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Visible online.</source>
        <translation>Visible en ligne.</translation>
    </message>
    <message>
        <source>Not visible online.</source>
        <translation>Pas visible en ligne.</translation>
    </message>
    <message>
        <source>Ready to be listed online.</source>
        <translation>Prêt à mettre en ligne.</translation>
    </message>
    <message>
        <source>Not ready to be listed online: missing %1.</source>
        <translation>Pas prêt à mettre en ligne : il manque %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReceiptService</name>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Café crème, thé, œufs: %1</source>
        <translation>Café crème, thé, œufs : %1</translation>
    </message>
    <message>
        <source>The printer works.</source>
        <translation>L’imprimante fonctionne.</translation>
    </message>
</context>
<context>
    <name>comptoir::RejectOrderDialog</name>
    <message>
        <source>Optional: the customer reads it (for example: "Out of stock, sorry").</source>
        <translation>Facultatif : le client le lira (par exemple : « Rupture de stock, désolé »).</translation>
    </message>
    <message>
        <source>Refuse order %1</source>
        <translation>Refuser la commande %1</translation>
    </message>
    <message>
        <source>Why is order %1 refused?</source>
        <translation>Pourquoi la commande %1 est-elle refusée ?</translation>
    </message>
    <message>
        <source>Keep the reason under %1 characters.</source>
        <translation>Le motif ne doit pas dépasser %1 caractères.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReportsPage</name>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Close the day (Z)…</source>
        <translation>Clôturer la journée (Z)…</translation>
    </message>
    <message>
        <source>The open day so far (X report)</source>
        <translation>La journée en cours jusqu’à présent (rapport X)</translation>
    </message>
    <message>
        <source>Past closures (Z)</source>
        <translation>Clôtures passées (Z)</translation>
    </message>
    <message>
        <source>Z no.</source>
        <translation>N° Z</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Select a closure to see its Z report.</source>
        <translation>Sélectionnez une clôture pour voir son rapport Z.</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Réimprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Open day: %1</source>
        <translation>Journée en cours : %1</translation>
    </message>
    <message>
        <source>The day %1 was never closed: close it first (Z), then today.</source>
        <translation>La journée du %1 n’a jamais été clôturée : clôturez-la d’abord (Z), puis celle d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing to close: the last day is closed. The next sales belong to %1, which can be closed once it has sales.</source>
        <translation>Rien à clôturer : la dernière journée est clôturée. Les prochaines ventes seront rattachées à la journée du %1, qui pourra être clôturée dès qu’elle comportera des ventes.</translation>
    </message>
    <message>
        <source>Sign in to close the day</source>
        <translation>Connectez-vous pour clôturer la journée</translation>
    </message>
    <message>
        <source>The day %1 is closed: Z report %2 is stored.</source>
        <translation>La journée du %1 est clôturée : le rapport Z n° %2 est enregistré.</translation>
    </message>
    <message>
        <source>Z report %1 is stored and printed.</source>
        <translation>Le rapport Z n° %1 est enregistré et imprimé.</translation>
    </message>
    <message>
        <source>Z report %1 printed again (duplicate).</source>
        <translation>Le rapport Z n° %1 a été réimprimé (duplicata).</translation>
    </message>
    <message>
        <source>Z report %1 is stored, but it could not be printed: %2 You can reprint it from the list.</source>
        <translation>Le rapport Z n° %1 est enregistré, mais n’a pas pu être imprimé : %2 Vous pouvez le réimprimer depuis la liste.</translation>
    </message>
    <message>
        <source>Z report %1 could not be printed: %2</source>
        <translation>Le rapport Z n° %1 n’a pas pu être imprimé : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ReturnDialog</name>
    <message>
        <source>Return and refund</source>
        <translation>Retour et remboursement</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Refund (Ctrl+Enter)</source>
        <translation>Rembourser (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Scan the receipt's return code, or type the ticket number:</source>
        <translation>&amp;Scannez le code retour du ticket, ou saisissez le numéro du ticket :</translation>
    </message>
    <message>
        <source>Return code or ticket number, then Enter</source>
        <translation>Code retour ou numéro de ticket, puis Entrée</translation>
    </message>
    <message>
        <source>No receipt? Search the sales</source>
        <translation>Pas de ticket ? Recherchez dans les ventes</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Ticket total, e.g. 12,50</source>
        <translation>Total du ticket, par ex. 12,50</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Part of an article's name</source>
        <translation>Une partie du nom d’un article</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>A&amp;rticle :</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation>Rechercher (F3)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>+ or − changes how many come back; a digit sets it</source>
        <translation>+ ou − modifie la quantité reprise ; un chiffre la fixe</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>Rembourser par</translation>
    </message>
    <message>
        <source>No sale of this till matches: try another day or amount.</source>
        <translation>Aucune vente de cette caisse ne correspond : essayez un autre jour ou un autre montant.</translation>
    </message>
    <message>
        <source>Ticket %1 — %2 — %3 (%4)</source>
        <translation>Ticket n° %1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Everything on ticket %1 has already been given back.</source>
        <translation>Tous les articles du ticket n° %1 ont déjà été repris.</translation>
    </message>
    <message>
        <source>Scan or find a sale to see its lines.</source>
        <translation>Scannez ou recherchez une vente pour voir ses lignes.</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>&amp;Carte bancaire</translation>
    </message>
    <message>
        <source>C&amp;heque</source>
        <translation>C&amp;hèque</translation>
    </message>
    <message>
        <source>Credit &amp;note</source>
        <translation>&amp;Avoir</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>À rendre : %1</translation>
    </message>
    <message>
        <source>Nobody is signed in at the till: sign in, then refund.</source>
        <translation>Personne n’est connecté à la caisse : connectez-vous, puis remboursez.</translation>
    </message>
    <message>
        <source>A refund of %1 needs a manager's approval: manager, type your PIN.</source>
        <translation>Un remboursement de %1 doit être autorisé par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::ReturnLinesModel</name>
    <message>
        <source>How many come back: + or −, or type a number (at most %1)</source>
        <translation>Quantité reprise : + ou −, ou saisissez un nombre (%1 au maximum)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Retour possible</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>comptoir::ScaleLayoutSection</name>
    <message>
        <source>Scale barcodes</source>
        <translation>Codes-barres de balance</translation>
    </message>
    <message>
        <source>The labels your weighing scale prints carry the item's code (its reference in the catalogue) and its price or weight. Tick the layouts your scale prints.</source>
        <translation>Les étiquettes imprimées par votre balance portent le code de l’article (sa référence dans le catalogue) et son prix ou son poids. Cochez les formats que votre balance imprime.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. 21-I5-P5 (prefix, item digits, K for a check digit, P price or W weight)</source>
        <translation>par ex. 21-I5-P5 (préfixe, chiffres de l’article, K pour une clé de contrôle, P prix ou W poids)</translation>
    </message>
    <message>
        <source>Scan a label to try</source>
        <translation>Scannez une étiquette pour essayer</translation>
    </message>
    <message>
        <source>Save the scale layouts</source>
        <translation>Enregistrer les formats de balance</translation>
    </message>
    <message>
        <source>Other &amp;layouts:</source>
        <translation>Autres &amp;formats :</translation>
    </message>
    <message>
        <source>&amp;Try a label:</source>
        <translation>&amp;Essayer une étiquette :</translation>
    </message>
    <message>
        <source>A manager changes the scale layouts.</source>
        <translation>Un responsable modifie les formats de balance.</translation>
    </message>
    <message>
        <source>%1 is not a scale barcode of these layouts.</source>
        <translation>%1 n’est pas un code-barres de balance de ces formats.</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>article %1 (%2)</translation>
    </message>
    <message>
        <source>item %1, in no variant's reference yet</source>
        <translation>article %1, qui n’est encore la référence d’aucune variante</translation>
    </message>
    <message>
        <source>%1, price %2</source>
        <translation>%1, prix %2</translation>
    </message>
    <message>
        <source>%1, weight %2 kg</source>
        <translation>%1, poids %2 kg</translation>
    </message>
    <message>
        <source>Scale layouts saved: the till reads them from the next scan.</source>
        <translation>Formats de balance enregistrés : la caisse les lit dès le prochain scan.</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsPage</name>
    <message>
        <source>Only a manager can change the settings.</source>
        <translation>Seul un gérant peut modifier les réglages.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>&amp;SIRET :</translation>
    </message>
    <message>
        <source>FR40123456789</source>
        <translation>FR40123456789</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA :</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Discounts above this percentage need a &amp;manager PIN:</source>
        <translation>Les remises au-delà de ce pourcentage exigent le code PIN d’un &amp;gérant :</translation>
    </message>
    <message>
        <source>Cash &amp;float left in the drawer:</source>
        <translation>&amp;Fond de caisse laissé dans le tiroir :</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Enregistrer les réglages (%1)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>Some settings were not saved: see the errors above.</source>
        <translation>Certains réglages n’ont pas été enregistrés : consultez les erreurs ci-dessus.</translation>
    </message>
    <message>
        <source>Type the discount threshold as a percentage from 0 to 100, like 10.</source>
        <translation>Saisissez le seuil de remise en pourcentage, de 0 à 100, par exemple 10.</translation>
    </message>
    <message>
        <source>Business days, closures and the times printed follow this time zone.</source>
        <translation>Les journées de caisse, les clôtures et les heures imprimées suivent ce fuseau horaire.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>T&amp;ill name, on receipts and Z reports:</source>
        <translation>Nom de la caisse, sur les tickets et les &amp;Z :</translation>
    </message>
    <message>
        <source>VAT rate of new prod&amp;ucts:</source>
        <translation>Tau&amp;x de TVA des nouveaux produits :</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsPageJournal</name>
    <message>
        <source>Fiscal journal</source>
        <translation>Journal fiscal</translation>
    </message>
    <message>
        <source>Keep an archive of each month or year of sales, closures and events, signed by the till, for the tax office. Anyone can check that the journal is intact.</source>
        <translation>Conservez, pour l’administration fiscale, une archive de chaque mois ou de chaque année de ventes, de clôtures et d’événements, signée par la caisse. Chacun peut vérifier que le journal est intact.</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Année entière</translation>
    </message>
    <message>
        <source>Period to archive:</source>
        <translation>Période à archiver :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the archive file</source>
        <translation>Choisissez le dossier et le nom du fichier d’archive</translation>
    </message>
    <message>
        <source>Writ&amp;e the archive</source>
        <translation>E&amp;xporter l’archive</translation>
    </message>
    <message>
        <source>Check the journal, then write the period's archive to the file</source>
        <translation>Vérifier le journal, puis écrire l’archive de la période dans le fichier</translation>
    </message>
    <message>
        <source>Archive file:</source>
        <translation>Fichier d’archive :</translation>
    </message>
    <message>
        <source>Only a manager can archive the journal.</source>
        <translation>Seul un gérant peut archiver le journal.</translation>
    </message>
    <message>
        <source>Chec&amp;k the journal</source>
        <translation>Vérifier le &amp;journal</translation>
    </message>
    <message>
        <source>Check the chain, the signatures, the numbering and the closure totals of the whole journal</source>
        <translation>Vérifier la chaîne, les signatures, la numérotation et les totaux des clôtures de tout le journal</translation>
    </message>
    <message>
        <source>Archive of the fiscal journal</source>
        <translation>Archive du journal fiscal</translation>
    </message>
    <message>
        <source>Journal archives (*.json)</source>
        <translation>Archives du journal (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to write the archive to.</source>
        <translation>Choisissez le fichier dans lequel écrire l’archive.</translation>
    </message>
    <message>
        <source>The journal is being checked: try again in a moment.</source>
        <translation>Le journal est en cours de vérification : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Checking the journal and writing the archive of %1…</source>
        <translation>Vérification du journal et écriture de l’archive de %1…</translation>
    </message>
    <message>
        <source>Checking the journal…</source>
        <translation>Vérification du journal…</translation>
    </message>
    <message>
        <source>The archive of %1 was written to %2. It holds %3.</source>
        <translation>L’archive de %1 a été écrite dans %2. Elle contient %3.</translation>
    </message>
    <message>
        <source>This period is not over yet: the archive holds what was recorded until now.</source>
        <translation>Cette période n’est pas encore terminée : l’archive contient ce qui a été enregistré jusqu’à présent.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1: note it down to show later that the file was not changed.</source>
        <translation>Son empreinte SHA-256 est %1 : notez-la pour pouvoir montrer plus tard que le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>Aucune archive n’a été écrite.</translation>
    </message>
    <message>
        <source>The journal holds no record yet: there is nothing to archive.</source>
        <translation>Le journal ne contient encore aucun enregistrement : il n’y a rien à archiver.</translation>
    </message>
    <message>
        <source>Checked %1: the journal is intact (chain, signatures, numbering and closure totals).</source>
        <translation>Vérification faite sur %1 : le journal est intact (chaîne, signatures, numérotation et totaux des clôtures).</translation>
    </message>
    <message>
        <source>The journal holds no record yet: there is nothing to check.</source>
        <translation>Le journal ne contient encore aucun enregistrement : il n’y a rien à vérifier.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The fingerprint of the key that signs the journal, also printed on every Z report: an auditor checks the archives against it</source>
        <translation>L’empreinte de la clé qui signe le journal, imprimée aussi sur chaque Z : un contrôleur y compare les archives</translation>
    </message>
    <message>
        <source>Register key fingerprint:</source>
        <translation>Empreinte de la clé de caisse :</translation>
    </message>
    <message>
        <source>It is sealed with the register key %1.</source>
        <translation>Elle est scellée avec la clé de la caisse %1.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsPagePrinter</name>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Network thermal printer</source>
        <translation>Imprimante thermique réseau</translation>
    </message>
    <message>
        <source>Thermal printer on a port</source>
        <translation>Imprimante thermique sur un port</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Imprimante système</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>Fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante :</translation>
    </message>
    <message>
        <source>192.168.1.50</source>
        <translation>192.168.1.50</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>/dev/usb/lp0 or COM3</source>
        <translation>/dev/usb/lp0 ou COM3</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <source>S&amp;ystem printer:</source>
        <translation>Imprimante s&amp;ystème :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Paper &amp;width:</source>
        <translation>&amp;Largeur du papier :</translation>
    </message>
    <message>
        <source>Open the cash drawer on &amp;cash payments</source>
        <translation>Ouvrir le tiroir-&amp;caisse lors des paiements en espèces</translation>
    </message>
    <message>
        <source>&amp;Test print</source>
        <translation>Impression de &amp;test</translation>
    </message>
    <message>
        <source>Folder for the PDF receipts</source>
        <translation>Dossier des tickets PDF</translation>
    </message>
    <message>
        <source>Save the settings first: the test print uses the saved printer.</source>
        <translation>Enregistrez d’abord les réglages : l’impression de test utilise l’imprimante enregistrée.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>La page de test a été imprimée.</translation>
    </message>
</context>
<context>
    <name>comptoir::StaffSection</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The people who may use the till, each with their own PIN. Nobody is ever deleted (tickets name who served): deactivate those who left.</source>
        <translation>Les personnes qui peuvent utiliser la caisse, chacune avec son code PIN. Personne n’est jamais supprimé (les tickets nomment qui a servi) : désactivez celles qui sont parties.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Only a signed-in manager can add people, change PINs or deactivate someone.</source>
        <translation>Seul un gérant connecté peut ajouter des personnes, changer des codes PIN ou désactiver quelqu’un.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>Set the &amp;PIN</source>
        <translation>Changer le &amp;code</translation>
    </message>
    <message>
        <source>Give the person chosen in the list this new PIN (a forgotten PIN is reset this way)</source>
        <translation>Donner ce nouveau code à la personne choisie dans la liste (c’est ainsi qu’on remplace un code oublié)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Person chosen:</source>
        <translation>Personne choisie :</translation>
    </message>
    <message>
        <source>New person's name:</source>
        <translation>Nom de la nouvelle personne :</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Manager (authorises refunds and discounts, changes settings)</source>
        <translation>Gérant (autorise remboursements et remises, change les réglages)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Their PIN:</source>
        <translation>Son code PIN :</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gérant</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>%1 was added as a manager: they can sign in with their PIN.</source>
        <translation>%1 a été ajouté comme gérant : il peut se connecter avec son code PIN.</translation>
    </message>
    <message>
        <source>%1 was added as a cashier: they can sign in with their PIN.</source>
        <translation>%1 a été ajouté comme caissier : il peut se connecter avec son code PIN.</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>Votre code PIN a été changé.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code PIN.</translation>
    </message>
    <message>
        <source>%1 can use the till again.</source>
        <translation>%1 peut de nouveau utiliser la caisse.</translation>
    </message>
    <message>
        <source>%1 was deactivated: they can no longer use the till. Their tickets keep their name.</source>
        <translation>%1 a été désactivé : il ne peut plus utiliser la caisse. Ses tickets gardent son nom.</translation>
    </message>
</context>
<context>
    <name>comptoir::StartPage</name>
    <message>
        <source>Start selling</source>
        <translation>Commencer à vendre</translation>
    </message>
    <message>
        <source>Last step: how does the shop start?</source>
        <translation>Dernière étape : comment la boutique démarre-t-elle ?</translation>
    </message>
    <message>
        <source>&amp;Restore a backup of this shop (a replaced PC)</source>
        <translation>&amp;Restaurer une sauvegarde de cette boutique (un PC remplacé)</translation>
    </message>
    <message>
        <source>Start from the &amp;marketplace's catalogue: download the shop's products now</source>
        <translation>Partir du catalogue de la &amp;place de marché : télécharger maintenant les produits de la boutique</translation>
    </message>
    <message>
        <source>Start with an &amp;empty catalogue: add the products in Catalogue</source>
        <translation>Partir d’un catalogue &amp;vide : ajouter les produits dans Catalogue</translation>
    </message>
    <message>
        <source>A till enrolled with the marketplace still receives the shop's products at its first synchronisation.</source>
        <translation>Une caisse inscrite à la place de marché reçoit quand même les produits de la boutique à sa première synchronisation.</translation>
    </message>
    <message>
        <source>Downloading the shop's products from the marketplace…</source>
        <translation>Téléchargement des produits de la boutique depuis la place de marché…</translation>
    </message>
    <message>
        <source>The download stopped: %1 Try again, or start with an empty catalogue.</source>
        <translation>Le téléchargement s’est arrêté : %1 Réessayez, ou partez d’un catalogue vide.</translation>
    </message>
    <message>
        <source>Products from the marketplace now in the catalogue: %1.</source>
        <translation>Produits de la place de marché maintenant au catalogue : %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::StockDialog</name>
    <message>
        <source>Receive or adjust stock</source>
        <translation>Recevoir ou ajuster le stock</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Inventaire (comptage)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>On hand in Comptoir:</source>
        <translation>En stock selon Comptoir :</translation>
    </message>
    <message>
        <source>Optional: supplier, delivery note, what happened…</source>
        <translation>Facultatif : fournisseur, bon de livraison, ce qui s’est passé…</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Items that came in (for example 12), or went out (for example -2).</source>
        <translation>Articles entrés (par exemple 12) ou sortis (par exemple -2).</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Variation :</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>Livraison reçue</translation>
    </message>
    <message>
        <source>Adjustment: breakage, loss, correction</source>
        <translation>Ajustement : casse, perte, correction</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>On hand afterwards:</source>
        <translation>En stock ensuite :</translation>
    </message>
    <message>
        <source>How many items are really on the shelves and in the stockroom.</source>
        <translation>Nombre d’articles réellement en rayon et en réserve.</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>Quantité &amp;comptée :</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Écart :</translation>
    </message>
    <message>
        <source>None: the count matches</source>
        <translation>Aucun : le comptage correspond</translation>
    </message>
    <message>
        <source>+%1: more than Comptoir expected</source>
        <translation>+%1 : plus que prévu par Comptoir</translation>
    </message>
    <message>
        <source>%1: fewer than Comptoir expected</source>
        <translation>%1 : moins que prévu par Comptoir</translation>
    </message>
</context>
<context>
    <name>comptoir::StockMovementModel</name>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Online reservation</source>
        <translation>Réservation en ligne</translation>
    </message>
    <message>
        <source>Online sale</source>
        <translation>Vente en ligne</translation>
    </message>
    <message>
        <source>Online release</source>
        <translation>Réservation en ligne libérée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
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
        <translation>Modifications simultanées (journal des conflits)</translation>
    </message>
    <message>
        <source>When a product was changed in two places at once, one value was kept and the other is written here, so nothing is lost. Change the product again if the lost value was the right one.</source>
        <translation>Quand un produit a été modifié à deux endroits en même temps, une valeur a été conservée et l’autre est notée ici, pour que rien ne soit perdu. Modifiez à nouveau le produit si la valeur perdue était la bonne.</translation>
    </message>
    <message>
        <source>No conflict so far.</source>
        <translation>Aucun conflit pour l’instant.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Source conservée</translation>
    </message>
    <message>
        <source>Lost from</source>
        <translation>Source perdue</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Produit inconnu</translation>
    </message>
</context>
<context>
    <name>comptoir::SyncExceptionsView</name>
    <message>
        <source>Changes the marketplace refused</source>
        <translation>Modifications refusées par la place de marché</translation>
    </message>
    <message>
        <source>The other changes go on. Fix the cause (for example, send the product first), then retry; or have a manager discard the change.</source>
        <translation>Les autres modifications continuent. Corrigez la cause (par exemple, envoyez d’abord le produit), puis réessayez ; ou faites abandonner la modification par un gérant.</translation>
    </message>
    <message>
        <source>None: every change reached the marketplace.</source>
        <translation>Aucune : toutes les modifications sont parvenues à la place de marché.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send this change again, once its cause is fixed</source>
        <translation>Renvoyer cette modification, une fois sa cause corrigée</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Drop this change for good (a manager's PIN is asked; it is journalled)</source>
        <translation>Abandonner définitivement cette modification (le code PIN d’un gérant est demandé ; l’opération est journalisée)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Not in this till's catalogue</source>
        <translation>Absent du catalogue de cette caisse</translation>
    </message>
    <message>
        <source>Marketplace's code: %1</source>
        <translation>Code de la place de marché : %1</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>champ : %1</translation>
    </message>
    <message>
        <source>The change is sent again.</source>
        <translation>La modification est renvoyée.</translation>
    </message>
    <message>
        <source>Discarding a refused change needs a manager: manager, type your PIN.</source>
        <translation>L’abandon d’une modification refusée doit être autorisé par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>The change was discarded: it will not be sent.</source>
        <translation>La modification a été abandonnée : elle ne sera pas envoyée.</translation>
    </message>
</context>
<context>
    <name>comptoir::SyncPage</name>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Sync now (F9)</source>
        <translation>Synchroniser maintenant (F9)</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::SyncStatusIndicator</name>
    <message>
        <source>Show the changes the marketplace refused</source>
        <translation>Afficher les modifications refusées par la place de marché</translation>
    </message>
    <message>
        <source>Enrol this till…</source>
        <translation>Inscrire cette caisse…</translation>
    </message>
    <message>
        <source>Enrol this till with the marketplace, with the code the marketplace gave the shop</source>
        <translation>Inscrire cette caisse auprès de la place de marché, avec le code d’inscription que la place de marché a remis à la boutique</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Enrolment needed</source>
        <translation>Inscription nécessaire</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation interrompue</translation>
    </message>
    <message>
        <source>This till is not linked to the Vitrines marketplace. To link it, ask the association for an enrolment code (or a provisioning file) and enrol the till with it. Sales work without it.</source>
        <translation>Cette caisse n’est pas reliée à la place de marché Vitrines. Pour la relier, demandez à l’association un code d’inscription (ou un fichier de configuration), puis inscrivez la caisse avec. Les ventes fonctionnent sans.</translation>
    </message>
    <message>
        <source>The marketplace no longer recognises this till: ask the association for a new enrolment code and enrol the till again. Nothing waiting is lost.</source>
        <translation>La place de marché ne reconnaît plus cette caisse : demandez un nouveau code d’inscription à l’association et inscrivez à nouveau la caisse. Rien de ce qui est en attente n’est perdu.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: sales go on and changes are kept until it answers.</source>
        <translation>La place de marché est injoignable : les ventes continuent et les modifications sont conservées jusqu’à ce qu’elle réponde.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Prochain essai à %1.</translation>
    </message>
    <message>
        <source>Sync stopped after an error: it starts again at the next start of Comptoir.</source>
        <translation>La synchronisation s’est arrêtée après une erreur : elle reprendra au prochain démarrage de Comptoir.</translation>
    </message>
    <message>
        <source>ask the association for an enrolment code</source>
        <translation>demandez un code d’inscription à l’association</translation>
    </message>
    <message>
        <source>enrol this till again with a new code</source>
        <translation>inscrivez à nouveau cette caisse avec un nouveau code</translation>
    </message>
    <message>
        <source>see the Synchronisation page</source>
        <translation>consultez la page Synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n modification refusée</numerusform>
            <numerusform>%n modifications refusées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::TillCart</name>
    <message>
        <source>Unknown code %1: this item is not in the catalogue. Press "Free price" to sell it at a price you type, or "Create the product" (F2).</source>
        <translation>Code inconnu %1 : cet article n’est pas au catalogue. Appuyez sur « Prix libre » pour le vendre au prix que vous saisissez, ou sur « Créer le produit » (F2).</translation>
    </message>
    <message>
        <source>No product matches "%1".</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Article %1</translation>
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
        <translation>Nouveau prix du catalogue, le ticket est mis à jour : %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillCollection</name>
    <message>
        <source>No order CMD-%1 to collect: it is already collected, cancelled, or not accepted yet. See the Orders tab.</source>
        <translation>Aucune commande CMD-%1 à retirer : elle est déjà retirée, annulée ou pas encore acceptée. Voir l’onglet Commandes.</translation>
    </message>
    <message>
        <source>This order can no longer be collected: it was collected or cancelled meanwhile. See the Orders tab.</source>
        <translation>Cette commande ne peut plus être retirée : elle a été retirée ou annulée entre-temps. Voir l’onglet Commandes.</translation>
    </message>
    <message>
        <source>Order CMD-%1 (%2) was paid online: it is marked collected. Hand over the goods.</source>
        <translation>La commande CMD-%1 (%2) a été payée en ligne : elle est marquée retirée. Remettez la marchandise.</translation>
    </message>
    <message>
        <source>Order CMD-%1 (%2) is paid here: its lines are in the ticket at the order's prices. Take the payment.</source>
        <translation>La commande CMD-%1 (%2) se paie ici : ses lignes sont dans le ticket aux prix de la commande. Encaissez.</translation>
    </message>
    <message>
        <source>This order was not marked ready: check that every item is there.</source>
        <translation>Cette commande n’a pas été marquée prête : vérifiez que tous les articles y sont.</translation>
    </message>
    <message>
        <source>%1: this ticket takes %3 of the %2 units reserved for online orders. The sale goes through; an order waiting for it may then lack it (see the oversell cases).</source>
        <translation>%1 : ce ticket prend %3 des %2 unités réservées par des commandes en ligne. La vente est enregistrée ; une commande en attente risque d’en manquer (voir les cas de survente).</translation>
    </message>
    <message>
        <source>%1: %2 reserved for online orders, %3 available online.</source>
        <translation>%1 : %2 réservé(s) par des commandes en ligne, %3 disponible(s) en ligne.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillDiscounts</name>
    <message>
        <source>With fewer items, a discount goes above what a cashier may give: manager, type your PIN.</source>
        <translation>Avec moins d’articles, une remise dépasse ce qu’un caissier peut accorder : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <source>Discount on %1 (%2):</source>
        <translation>Remise sur %1 (%2) :</translation>
    </message>
    <message>
        <source>A discount of %1 on %2 needs a manager: manager, type your PIN.</source>
        <translation>Une remise de %1 sur %2 doit être autorisée par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>No more discount on %1.</source>
        <translation>Remise supprimée sur %1.</translation>
    </message>
    <message>
        <source>Discount of %1 on %2.</source>
        <translation>Remise de %1 sur %2.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan or search an item first.</source>
        <translation>Le ticket est vide : scannez ou recherchez d’abord un article.</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Remise ticket</translation>
    </message>
    <message>
        <source>Discount on the whole ticket (%1):</source>
        <translation>Remise sur tout le ticket (%1) :</translation>
    </message>
    <message>
        <source>A discount of %1 on the ticket needs a manager: manager, type your PIN.</source>
        <translation>Une remise de %1 sur le ticket doit être autorisée par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>No more discount on the ticket.</source>
        <translation>Remise sur le ticket supprimée.</translation>
    </message>
    <message>
        <source>Ticket discount: %1.</source>
        <translation>Remise ticket : %1.</translation>
    </message>
    <message>
        <source>%1 at %2 instead of %3 needs a manager: manager, type your PIN.</source>
        <translation>Passer %1 à %2 au lieu de %3 doit être autorisé par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>%1 now at %2.</source>
        <translation>%1 est maintenant à %2.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillFavourites</name>
    <message>
        <source>A free-price line cannot be a favourite: create the product first.</source>
        <translation>Une ligne à prix libre ne peut pas être un favori : créez d’abord le produit.</translation>
    </message>
    <message>
        <source>%1 is already a favourite.</source>
        <translation>%1 est déjà un favori.</translation>
    </message>
    <message>
        <source>There are already %1 favourites: remove one first (right-click on it).</source>
        <translation>Il y a déjà %1 favoris : retirez-en d’abord un (clic droit dessus).</translation>
    </message>
    <message>
        <source>Adding %1 to the favourites needs a manager: manager, type your PIN.</source>
        <translation>L’ajout de %1 aux favoris doit être autorisé par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>%1 is now a favourite.</source>
        <translation>%1 est maintenant un favori.</translation>
    </message>
    <message>
        <source>Removing a favourite needs a manager: manager, type your PIN.</source>
        <translation>Le retrait d’un favori doit être autorisé par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Favourite removed.</source>
        <translation>Favori retiré.</translation>
    </message>
    <message>
        <source>Creating the product %1 needs a manager: manager, type your PIN.</source>
        <translation>La création du produit %1 doit être autorisée par un gérant : gérant, saisissez votre code PIN.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillPage</name>
    <message>
        <source>Search a product, or scan</source>
        <translation>Recherchez un produit, ou scannez</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more of the selected line (+)</source>
        <translation>Un de plus sur la ligne sélectionnée (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less of the selected line (−)</source>
        <translation>Un de moins sur la ligne sélectionnée (−)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Free price</source>
        <translation>Prix libre</translation>
    </message>
    <message>
        <source>Park (F6)</source>
        <translation>Mettre en attente (F6)</translation>
    </message>
    <message>
        <source>Resume (F7)</source>
        <translation>Reprendre (F7)</translation>
    </message>
    <message>
        <source>Cancel ticket (F8)</source>
        <translation>Annuler le ticket (F8)</translation>
    </message>
    <message>
        <source>Sign in to sell</source>
        <translation>Connectez-vous pour vendre</translation>
    </message>
    <message>
        <source>Create the product (F2)</source>
        <translation>Créer le produit (F2)</translation>
    </message>
    <message>
        <source>Add the unknown code to the catalogue (a manager)</source>
        <translation>Ajouter le code inconnu au catalogue (gérant)</translation>
    </message>
    <message>
        <source>Discount (F4)</source>
        <translation>Remise (F4)</translation>
    </message>
    <message>
        <source>A discount on the selected line, as a percentage or an amount (F4)</source>
        <translation>Une remise sur la ligne sélectionnée, en pourcentage ou en montant (F4)</translation>
    </message>
    <message>
        <source>Price (F3)</source>
        <translation>Prix (F3)</translation>
    </message>
    <message>
        <source>Change the unit price of the selected line; a manager authorises it (F3)</source>
        <translation>Modifier le prix unitaire de la ligne sélectionnée ; un gérant doit l’autoriser (F3)</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>Add the selected line's product to the favourites (a manager)</source>
        <translation>Ajouter le produit de la ligne sélectionnée aux favoris (gérant)</translation>
    </message>
    <message>
        <source>Ticket discount (Shift+F4)</source>
        <translation>Remise ticket (Shift+F4)</translation>
    </message>
    <message>
        <source>Close it now (Ctrl+Shift+Z)</source>
        <translation>Clôturer maintenant (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Collect an order</source>
        <translation>Retrait de commande</translation>
    </message>
</context>
<context>
    <name>comptoir::TillParking</name>
    <message>
        <source>The ticket is empty: there is nothing to park.</source>
        <translation>Le ticket est vide : il n’y a rien à mettre en attente.</translation>
    </message>
    <message>
        <source>Park the ticket</source>
        <translation>Mettre le ticket en attente</translation>
    </message>
    <message>
        <source>A name to find it again (optional):</source>
        <translation>Un nom pour le retrouver (facultatif) :</translation>
    </message>
    <message>
        <source>Ticket parked. Resume it with F7.</source>
        <translation>Ticket mis en attente. Reprenez-le avec F7.</translation>
    </message>
    <message>
        <source>Park or cancel the current ticket before resuming another one.</source>
        <translation>Mettez en attente ou annulez le ticket en cours avant d’en reprendre un autre.</translation>
    </message>
    <message>
        <source>No ticket is parked.</source>
        <translation>Aucun ticket en attente.</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <source>Cancel this ticket of %1? The cancellation is recorded.</source>
        <translation>Annuler ce ticket de %1 ? L’annulation sera enregistrée.</translation>
    </message>
    <message>
        <source>Ticket cancelled.</source>
        <translation>Ticket annulé.</translation>
    </message>
</context>
<context>
    <name>comptoir::TillPayment</name>
    <message>
        <source>Payments have been taken: finish the ticket or cancel it.</source>
        <translation>Des paiements ont déjà été encaissés : terminez le ticket ou annulez-le.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan or search an item first.</source>
        <translation>Le ticket est vide : scannez ou recherchez d’abord un article.</translation>
    </message>
    <message>
        <source>Ticket n° %1 — change: %2</source>
        <translation>Ticket n° %1 — à rendre : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::TillReceipts</name>
    <message>
        <source>Receipt (F11)</source>
        <translation>Ticket (F11)</translation>
    </message>
    <message>
        <source>Prints the last ticket's receipt; a second copy says DUPLICATE.</source>
        <translation>Imprime le ticket de la dernière vente ; un second exemplaire porte la mention DUPLICATA.</translation>
    </message>
    <message>
        <source>Return (F12)</source>
        <translation>Retour (F12)</translation>
    </message>
    <message>
        <source>Gives back items of an earlier sale: scan its receipt.</source>
        <translation>Reprend des articles d’une vente précédente : scannez son ticket.</translation>
    </message>
    <message>
        <source>Refund no. %1 stored: give back %2.</source>
        <translation>Remboursement n° %1 enregistré : rendez %2 au client.</translation>
    </message>
</context>
<context>
    <name>comptoir::VariantDialog</name>
    <message>
        <source>New variant</source>
        <translation>Nouvelle variante</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Modifier la variante</translation>
    </message>
    <message>
        <source>A new variant of %1</source>
        <translation>Une nouvelle variante de %1</translation>
    </message>
    <message>
        <source>A variant of %1</source>
        <translation>Une variante de %1</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Stock initial</translation>
    </message>
</context>
<context>
    <name>comptoir::VariantFieldsForm</name>
    <message>
        <source>Size, colour… (empty if the product has only one kind)</source>
        <translation>Taille, couleur… (vide si le produit n’existe qu’en une seule version)</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Va&amp;riante :</translation>
    </message>
    <message>
        <source>Scan or type; several codes separated by spaces</source>
        <translation>Scannez ou saisissez ; séparez plusieurs codes par des espaces</translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation>Codes-&amp;barres :</translation>
    </message>
    <message>
        <source>Made up by Comptoir if left empty</source>
        <translation>Créée par Comptoir si laissée vide</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>12.50</source>
        <translation>12,50</translation>
    </message>
    <message>
        <source>&amp;Price (VAT incl.):</source>
        <translation>&amp;Prix TTC :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Cost (VAT excl.):</source>
        <translation>&amp;Coût HT :</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>The row is highlighted when the stock falls to this number or below.</source>
        <translation>La ligne est mise en évidence quand le stock descend à ce nombre ou en dessous.</translation>
    </message>
    <message>
        <source>&amp;Low-stock alert at:</source>
        <translation>&amp;Alerte de stock bas à :</translation>
    </message>
    <message>
        <source>Recorded as a delivery received, with the note “Initial stock”.</source>
        <translation>Enregistré comme une livraison reçue, avec la note « Stock initial ».</translation>
    </message>
    <message>
        <source>&amp;Initial stock:</source>
        <translation>Stock &amp;initial :</translation>
    </message>
    <message>
        <source>Type the price, VAT included, like 12.50.</source>
        <translation>Saisissez le prix TTC, par exemple 12,50.</translation>
    </message>
    <message>
        <source>In-store &amp;code</source>
        <translation>Code &amp;magasin</translation>
    </message>
    <message>
        <source>Give this item a barcode of the shop's own (an EAN-13 starting with 20), to print on its label and scan at the till.</source>
        <translation>Donner à cet article un code-barres propre au magasin (un EAN-13 commençant par 20), à imprimer sur son étiquette et à scanner en caisse.</translation>
    </message>
    <message>
        <source>Optional: 250, 1.5…</source>
        <translation>Facultatif : 250, 1,5…</translation>
    </message>
    <message>
        <source>What one item holds, for the unit price shelf labels must show.</source>
        <translation>Ce que contient un article, pour le prix au kilo ou au litre que doivent afficher les étiquettes en rayon.</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>sans unité</translation>
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
        <translation>pièce(s)</translation>
    </message>
    <message>
        <source>&amp;Net quantity:</source>
        <translation>&amp;Quantité nette :</translation>
    </message>
</context>
</TS>