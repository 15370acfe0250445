// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "models/catalogue/barcode.h"
#include "models/catalogue/catalogue.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/vatrate.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace comptoir {

namespace {

const char *const Nouns[] = {
    "Café moulu", "Thé vert",      "Confiture",    "Miel",          "Savon",    "Bougie",
    "Carnet",     "Chocolat noir", "Épices",       "Huile d'olive", "Vinaigre", "Biscuits",
    "Tisane",     "Moutarde",      "Pâtes",        "Farine",        "Sel",      "Poivre",
    "Sirop",      "Cidre",         "Jus de pomme", "Terrine",       "Sardines", "Crayons",
    "Tasse",      "Torchon",       "Bière",        "Lentilles",     "Caramels", "Nougat",
};
const char *const Qualifiers[] = {
    "de Loire",   "bio",        "artisanal",    "fumé",        "aux noix", "d'Orléans",
    "fin",        "rustique",   "parfumé",      "doux",        "corsé",    "à la vanille",
    "de Sologne", "aux figues", "fleur de sel", "du Gâtinais",
};
const char *const Brands[] = {
    "Maison Martin", "Les Ruchers du Loiret", "Val de Loire",  "Atelier Sologne",
    "Terre & Sel",   "Comptoir Nord",         "Moulin Girard", "",
};
const char *const LabelSets[][3] = {
    {"250 g", "500 g", "1 kg"},  {"33 cl", "75 cl", "1 L"}, {"Rouge", "Bleu", "Vert"}, {"S", "M", "L"},
    {"Petit", "Moyen", "Grand"},
};

template<typename T, std::size_t N> QString pick(QRandomGenerator &rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

Result<qint64> countVariants(const Database &db)
{
    auto q = db.query(QStringLiteral("SELECT count(*) FROM variants"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

} // namespace

Ed25519Key testSigningKey()
{
    auto key = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x2a'));
    Q_ASSERT(key.ok());
    return std::move(key).value();
}

Status TestShop::populate(int variantCount, quint32 seed)
{
    return populateCatalogue(temp.db(), catalogue, ledger, variantCount, seed);
}

QStringList Fixtures::categoryNames()
{
    return {QStringLiteral("Épicerie"),  QStringLiteral("Boissons"), QStringLiteral("Hygiène"),
            QStringLiteral("Papeterie"), QStringLiteral("Maison"),   QStringLiteral("Confiserie")};
}

Status populateCatalogue(Database &db, Catalogue &catalogue, StockLedger &ledger, int variantCount,
                         quint32 seed)
{
    QRandomGenerator rng(seed);
    Transaction tx(db);
    if (!tx.status())
        return tx.status();

    QHash<QString, qint64> existing;
    auto categories = catalogue.categories();
    if (!categories)
        return categories.error();
    for (const Category &category : std::as_const(*categories))
        existing.insert(category.name, category.id);
    QList<qint64> categoryIds;
    for (const QString &name : Fixtures::categoryNames()) {
        if (existing.contains(name)) {
            categoryIds << existing.value(name);
            continue;
        }
        auto added = catalogue.addCategory(name);
        if (!added)
            return added.error();
        categoryIds << *added;
    }

    auto already = countVariants(db);
    if (!already)
        return already.error();
    qint64 counter = *already;
    const QList<int> rates = VatRate::all();
    int made = 0;
    int productIndex = 0;
    while (made < variantCount) {
        ProductFields product;
        product.name = pick(rng, Nouns) + QLatin1Char(' ') + pick(rng, Qualifiers);
        product.brand = pick(rng, Brands);
        product.categoryId = categoryIds.at(rng.bounded(int(categoryIds.size())));
        product.vatRateBp = rates.at(productIndex % rates.size());
        ++productIndex;

        const int variants = qMin(1 + rng.bounded(3), variantCount - made);
        const auto &labels = LabelSets[rng.bounded(int(std::size(LabelSets)))];
        qint64 productId = 0;
        for (int i = 0; i < variants; ++i) {
            ++counter;
            VariantFields variant;
            variant.label = variants == 1 ? QString() : QString::fromUtf8(labels[i]);
            variant.barcodes
                = {Barcode::complete(QStringLiteral("200%1").arg(counter, 9, 10, QLatin1Char('0')))};
            variant.reference = QStringLiteral("F%1").arg(counter, 6, 10, QLatin1Char('0'));
            variant.priceCents = 50 + rng.bounded(9950);
            if (rng.bounded(2) == 0)
                variant.costCents = variant.priceCents / 2;
            const int stock = rng.bounded(10);
            qint64 received = 0;
            if (stock == 0) { // low on stock
                variant.lowStockThreshold = 5;
                received = 1 + rng.bounded(3);
            } else if (stock == 1) { // watched, well stocked
                variant.lowStockThreshold = 3;
                received = 20 + rng.bounded(30);
            } else if (stock < 6) {
                received = 5 + rng.bounded(55);
            }

            auto added = catalogue.addVariantOrCreateProduct(productId, product, variant);
            if (!added)
                return added.error();
            const qint64 variantId = *added;
            if (received > 0) {
                auto moved = ledger.record(variantId, received, MovementReason::Receipt);
                if (!moved)
                    return moved.error();
            }
            ++made;
        }
    }
    return tx.commit();
}

} // namespace comptoir
