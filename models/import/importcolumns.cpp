// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importcolumns.h"

#include <QChar>
#include <QHash>

namespace comptoir::ImportColumns {

namespace {

struct ColumnNames
{
    ImportColumn column;
    const char16_t *key;
    const char16_t *exportHeader;
    // Headers that name it, already folded (see fold()): French first, then English.
    QList<QStringView> synonyms;
};

const QList<ColumnNames> &table()
{
    static const QList<ColumnNames> names {
        {ImportColumn::Name,
         u"name",
         u"Désignation",
         {u"designation", u"libelle", u"nom", u"produit", u"nomduproduit", u"article", u"intitule", u"name",
          u"product", u"productname", u"title", u"item"}},
        {ImportColumn::Label,
         u"label",
         u"Déclinaison",
         {u"declinaison", u"variante", u"variant", u"variantlabel", u"option"}},
        {ImportColumn::Size, u"size", u"Taille", {u"taille", u"pointure", u"size"}},
        {ImportColumn::Colour, u"colour", u"Couleur", {u"couleur", u"coloris", u"colour", u"color"}},
        {ImportColumn::Barcode,
         u"barcode",
         u"Code-barres",
         {u"codebarres", u"codebarre", u"codesbarres", u"ean", u"ean13", u"ean8", u"gencod", u"gencode",
          u"gtin", u"upc", u"barcode", u"barcodes"}},
        {ImportColumn::Reference,
         u"reference",
         u"Référence",
         {u"reference", u"ref", u"refarticle", u"codearticle", u"codeinterne", u"sku", u"itemcode", u"code"}},
        {ImportColumn::Price,
         u"price",
         u"Prix TTC",
         {u"prixttc", u"prixdevente", u"prixdeventettc", u"pvttc", u"pv", u"prix", u"tarif", u"price",
          u"saleprice", u"retailprice", u"priceinclvat", u"priceincvat"}},
        {ImportColumn::Vat,
         u"vat",
         u"TVA",
         {u"tva", u"tauxtva", u"tauxdetva", u"tva%", u"vat", u"vatrate", u"tax", u"taxrate"}},
        {ImportColumn::Category,
         u"category",
         u"Rayon",
         {u"rayon", u"categorie", u"famille", u"sousfamille", u"category", u"department", u"section"}},
        {ImportColumn::Brand, u"brand", u"Marque", {u"marque", u"fabricant", u"brand", u"manufacturer"}},
        {ImportColumn::Stock,
         u"stock",
         u"Stock",
         {u"stock", u"quantite", u"qte", u"qty", u"stockreel", u"enstock", u"qtestock", u"qteenstock",
          u"quantitestock", u"quantiteenstock", u"stockactuel", u"stockdisponible", u"quantity", u"onhand",
          u"qtyonhand", u"stockqty", u"instock"}},
        {ImportColumn::Cost,
         u"cost",
         u"Prix d'achat HT",
         {u"prixdachat", u"prixdachatht", u"prixachat", u"paht", u"pa", u"cout", u"coutht", u"cost",
          u"costprice", u"purchaseprice", u"unitcost"}},
        {ImportColumn::Description,
         u"description",
         u"Description",
         {u"description", u"descriptif", u"details"}},
        {ImportColumn::NetQuantity,
         u"net_quantity",
         u"Contenance",
         {u"contenance", u"poidsnet", u"poids", u"volume", u"quantitenette", u"netquantity", u"netweight",
          u"netcontent", u"weight"}},
        {ImportColumn::LowStock,
         u"low_stock",
         u"Seuil d'alerte",
         {u"seuildalerte", u"seuil", u"stockmini", u"stockminimum", u"lowstock", u"reorderlevel",
          u"minstock"}},
        {ImportColumn::StockValue,
         u"stock_value",
         u"Valeur du stock HT",
         {u"valeurdustock", u"valeurdustockht", u"valeurstock", u"stockvalue"}},
    };
    return names;
}

// Lower case, accents removed, only letters, digits and '%' kept: "Prix d'achat H.T." →
// "prixdachatht".
QString fold(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            folded.append(c);
        else if (c == QLatin1Char('%'))
            folded.append(c);
    }
    return folded;
}

} // namespace

QList<ImportColumn> all()
{
    QList<ImportColumn> columns;
    for (const ColumnNames &names : table())
        columns.append(names.column);
    return columns;
}

QString key(ImportColumn column)
{
    for (const ColumnNames &names : table()) {
        if (names.column == column)
            return QString::fromUtf16(names.key);
    }
    return {};
}

std::optional<ImportColumn> fromKey(const QString &key)
{
    for (const ColumnNames &names : table()) {
        if (key == QStringView(names.key))
            return names.column;
    }
    return std::nullopt;
}

QString exportHeader(ImportColumn column)
{
    for (const ColumnNames &names : table()) {
        if (names.column == column)
            return QString::fromUtf16(names.exportHeader);
    }
    return {};
}

std::optional<ImportColumn> fromHeader(const QString &header)
{
    QString folded = fold(header);
    // "Prix TTC (€)", "Stock (unités)": a unit in brackets does not change the column.
    if (folded.isEmpty())
        return std::nullopt;
    for (const ColumnNames &names : table()) {
        for (QStringView synonym : names.synonyms) {
            if (folded == synonym)
                return names.column;
        }
    }
    // A header with a currency or unit after the name ("prixttceur", "stockunites"): the longest
    // synonym it starts with, if it is at least four letters.
    std::optional<ImportColumn> best;
    qsizetype bestLength = 3;
    for (const ColumnNames &names : table()) {
        for (QStringView synonym : names.synonyms) {
            if (synonym.size() > bestLength && folded.startsWith(synonym)) {
                best = names.column;
                bestLength = synonym.size();
            }
        }
    }
    return best;
}

} // namespace comptoir::ImportColumns
