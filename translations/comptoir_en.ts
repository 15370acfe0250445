<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep the shop&apos;s data in &lt;folder&gt; instead of the usual place.</source>
        <translation>Keep the shop&apos;s data in &lt;folder&gt; instead of the usual place.</translation>
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
        <source>Optional command: demo seed.</source>
        <translation>Optional command: demo seed.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Unknown language &quot;%1&quot;: use fr or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Unknown command &quot;%1&quot;. Try --help.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The shop&apos;s data file %1 could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>The shop&apos;s data file %1 could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</translation>
    </message>
    <message>
        <source>The shop&apos;s data file could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</source>
        <translation>The shop&apos;s data file could not be opened. Check that the disk is connected and that you may write to it, then start Comptoir again.</translation>
    </message>
    <message>
        <source>The shop&apos;s data could not be read or saved, so nothing was changed. Try again; if it happens again, restart Comptoir.</source>
        <translation>The shop&apos;s data could not be read or saved, so nothing was changed. Try again; if it happens again, restart Comptoir.</translation>
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
        <source>The shop&apos;s data could not be brought up to this version of Comptoir. Nothing was changed: keep the data file as it is and contact support.</source>
        <translation>The shop&apos;s data could not be brought up to this version of Comptoir. Nothing was changed: keep the data file as it is and contact support.</translation>
    </message>
    <message>
        <source>The folder %1 cannot hold the shop&apos;s data: check that it exists and that you may write to it.</source>
        <translation>The folder %1 cannot hold the shop&apos;s data: check that it exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The data folder cannot hold the shop&apos;s data: check that it exists and that you may write to it.</source>
        <translation>The data folder cannot hold the shop&apos;s data: check that it exists and that you may write to it.</translation>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Comptoir cannot start</source>
        <translation>Comptoir cannot start</translation>
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
        <source>The till arrives in a future version of Comptoir. Nothing here records sales yet: keep using your current till until then.</source>
        <translation>The till arrives in a future version of Comptoir. Nothing here records sales yet: keep using your current till until then.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Online orders arrive in a future version of Comptoir. Nothing here receives or reserves orders yet.</source>
        <translation>Online orders arrive in a future version of Comptoir. Nothing here receives or reserves orders yet.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sales reports and daily closures arrive with the till, in a future version of Comptoir. Nothing here computes totals yet.</source>
        <translation>Sales reports and daily closures arrive with the till, in a future version of Comptoir. Nothing here computes totals yet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings arrive in a future version of Comptoir. Nothing can be changed here yet.</source>
        <translation>Settings arrive in a future version of Comptoir. Nothing can be changed here yet.</translation>
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
</context>
</TS>
