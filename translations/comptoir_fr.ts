<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep the shop&apos;s data in &lt;folder&gt; instead of the usual place.</source>
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
        <source>Optional command: demo seed.</source>
        <translation>Commande facultative : demo seed.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Commande inconnue « %1 ». Essayez --help.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The shop&apos;s data file %1 could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>Le fichier de données de la boutique %1 n’a pas pu être ouvert. Vérifiez que le disque est branché et que vous avez le droit d’y écrire, puis relancez Comptoir.</translation>
    </message>
    <message>
        <source>The shop&apos;s data file could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>Le fichier de données de la boutique n’a pas pu être ouvert. Vérifiez que le disque est branché et que vous avez le droit d’y écrire, puis relancez Comptoir.</translation>
    </message>
    <message>
        <source>The shop&apos;s data could not be read or saved, so nothing was changed. Try again; if it happens again, restart Comptoir.</source>
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
        <source>The shop&apos;s data could not be brought up to this version of Comptoir. Nothing was changed: keep the data file as it is and contact support.</source>
        <translation>Les données de la boutique n’ont pas pu être mises à niveau pour cette version de Comptoir. Rien n’a été modifié : conservez le fichier de données tel quel et contactez l’assistance.</translation>
    </message>
    <message>
        <source>The folder %1 cannot hold the shop&apos;s data: check that it exists and that you may write to it.</source>
        <translation>Le dossier %1 ne peut pas accueillir les données de la boutique : vérifiez qu’il existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The data folder cannot hold the shop&apos;s data: check that it exists and that you may write to it.</source>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Comptoir cannot start</source>
        <translation>Comptoir ne peut pas démarrer</translation>
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
        <source>The till arrives in a future version of Comptoir. Nothing here records sales yet: keep using your current till until then.</source>
        <translation>La caisse arrivera dans une prochaine version de Comptoir. Rien n’enregistre encore de ventes ici : d’ici là, continuez à utiliser votre caisse actuelle.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Online orders arrive in a future version of Comptoir. Nothing here receives or reserves orders yet.</source>
        <translation>Les commandes en ligne arriveront dans une prochaine version de Comptoir. Rien ici ne reçoit ni ne réserve encore de commandes.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Sales reports and daily closures arrive with the till, in a future version of Comptoir. Nothing here computes totals yet.</source>
        <translation>Les rapports de ventes et les clôtures de journée arriveront avec la caisse, dans une prochaine version de Comptoir. Rien ici ne calcule encore de totaux.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Settings arrive in a future version of Comptoir. Nothing can be changed here yet.</source>
        <translation>Les réglages arriveront dans une prochaine version de Comptoir. Rien ne peut encore être modifié ici.</translation>
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
</context>
</TS>
