// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demoshop.h"

#include "models/catalogue/barcode.h"
#include "models/catalogue/catalogue.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/staff/operators.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/vatrate.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace comptoir {

namespace {

constexpr QLatin1String CatalogueResource(":/demo/catalogue.json");

Result<QJsonObject> loadJson(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, resource, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::NotFound, resource, parseError.errorString());
    return doc.object();
}

Result<qint64> scalar(const Database &db, const QString &sql)
{
    auto q = db.query(sql);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

// Rounds to the nearest 10 cents, as shops price.
qint64 roundToTenCents(qint64 cents)
{
    return (cents + 5) / 10 * 10;
}

// The cost price (VAT excluded) a delicatessen typically pays: about 60 % of the net price.
qint64 costFor(qint64 priceCents, int vatRateBp)
{
    const qint64 net = priceCents * 10000 / (10000 + vatRateBp);
    return net * 60 / 100;
}

// EAN-13 numbers: "376" (GS1 France) + a 4-digit company code per brand + a 5-digit item
// number; the shop's own take-away items use the in-store prefix "21".
class BarcodeMaker
{
public:
    QString forBrand(const QString &brand)
    {
        auto it = m_companies.find(brand);
        if (it == m_companies.end())
            it = m_companies.insert(brand, Company {2000 + 37 * static_cast<int>(m_companies.size()), 0});
        const int item = 101 + 7 * it->items++;
        return Barcode::complete(QStringLiteral("376%1%2")
                                     .arg(it->code, 4, 10, QLatin1Char('0'))
                                     .arg(item, 5, 10, QLatin1Char('0')));
    }
    QString inStore()
    {
        return Barcode::complete(QStringLiteral("2100000%1").arg(++m_inStore, 5, 10, QLatin1Char('0')));
    }

private:
    struct Company
    {
        int code = 0;
        int items = 0;
    };
    QHash<QString, Company> m_companies;
    int m_inStore = 0;
};

struct DemoVariant
{
    QString label;
    qint64 priceCents = 0;
};

struct DemoProduct
{
    ProductFields fields;
    QList<DemoVariant> variants;
    int threshold = 0;
    bool low = false;
    bool archived = false;
    bool stocked = true;
};

QList<DemoVariant> variantsFrom(const QJsonArray &sizes, qint64 basePrice)
{
    QList<DemoVariant> variants;
    for (const QJsonValue &size : sizes) {
        const QJsonArray pair = size.toArray();
        const qint64 perMille = pair.at(1).toInteger(1000);
        variants.append({pair.at(0).toString(), roundToTenCents(basePrice * perMille / 1000)});
    }
    return variants;
}

Status addProduct(Catalogue &catalogue, StockLedger &ledger, const DemoProduct &product,
                  BarcodeMaker &barcodes, QRandomGenerator &random, int *variantCount)
{
    qint64 productId = 0;
    for (const DemoVariant &demo : product.variants) {
        VariantFields variant;
        variant.label = demo.label;
        variant.priceCents = demo.priceCents;
        variant.costCents = costFor(demo.priceCents, product.fields.vatRateBp);
        variant.lowStockThreshold = product.threshold;
        variant.barcodes = {product.stocked ? barcodes.forBrand(product.fields.brand) : barcodes.inStore()};
        auto added = catalogue.addVariantOrCreateProduct(productId, product.fields, variant);
        if (!added)
            return added.error();
        const qint64 variantId = *added;
        ++*variantCount;

        // Draw for every variant, so that the stock of one product does not depend on
        // whether the ones before it were stocked.
        const int plenty = product.threshold + 2 + static_cast<int>(random.bounded(36));
        const int scarce = product.threshold > 0 ? static_cast<int>(random.bounded(product.threshold)) : 0;
        if (!product.stocked || product.archived)
            continue;
        const int quantity = product.low ? scarce : plenty;
        if (quantity > 0) {
            auto movement = ledger.record(variantId, quantity, MovementReason::Receipt,
                                          QStringLiteral("Demo shop opening stock"));
            if (!movement)
                return movement.error();
        }
    }
    if (product.archived) {
        if (Status s = catalogue.setProductArchived(productId, true); !s)
            return s;
    }
    return {};
}

} // namespace

Result<bool> DemoShop::isDemo(const Database &db)
{
    auto kind = db.meta(shopKindKey());
    if (!kind)
        return kind.error();
    return *kind == demoKind();
}

Result<DemoShop::Counts> DemoShop::counts(const Database &db)
{
    Counts counts;
    const struct
    {
        qint64 *target;
        QString sql;
    } queries[] = {
        {&counts.categories, QStringLiteral("SELECT count(*) FROM categories")},
        {&counts.products, QStringLiteral("SELECT count(*) FROM products")},
        {&counts.variants, QStringLiteral("SELECT count(*) FROM variants")},
        {&counts.barcodes, QStringLiteral("SELECT count(*) FROM barcodes")},
        {&counts.movements, QStringLiteral("SELECT count(*) FROM stock_movements")},
    };
    for (const auto &query : queries) {
        auto value = scalar(db, query.sql);
        if (!value)
            return value.error();
        *query.target = *value;
    }
    return counts;
}

QList<DemoShop::DemoOperator> DemoShop::demoOperators()
{
    return {{QStringLiteral("Claire"), true, QStringLiteral("1234")},
            {QStringLiteral("Lucas"), false, QStringLiteral("0000")}};
}

namespace {

Status addDemoOperators(Operators &operators)
{
    for (const DemoShop::DemoOperator &person : DemoShop::demoOperators()) {
        auto added = operators.add(
            person.name, person.manager ? OperatorRole::Manager : OperatorRole::Cashier, person.pin);
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace

Status DemoShop::seed(Database &db, Catalogue &catalogue, StockLedger &ledger, Operators &operators)
{
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();

    auto kind = db.meta(shopKindKey());
    if (!kind)
        return kind.error();
    auto productCount = scalar(db, QStringLiteral("SELECT count(*) FROM products"));
    if (!productCount)
        return productCount.error();
    const bool markedDemo = *kind == demoKind();
    if (markedDemo && *productCount > 0) {
        qCInfo(lcModels) << "demo shop already seeded:" << *productCount << "products";
        auto operatorCount = scalar(db, QStringLiteral("SELECT count(*) FROM operators"));
        if (!operatorCount)
            return operatorCount.error();
        if (*operatorCount > 0)
            return {};
        if (Status s = addDemoOperators(operators); !s)
            return s;
        qCInfo(lcModels) << "demo operators added to an older demo shop";
        return transaction.commit();
    }
    if ((!kind->isEmpty() && !markedDemo) || *productCount > 0) {
        qCWarning(lcModels) << "refusing to seed the demo into a shop of kind" << *kind << "holding"
                            << *productCount << "products";
        return makeError(ErrorCode::NotADemoShop, db.filePath(),
                         QStringLiteral("shop_kind '%1', %2 products").arg(*kind).arg(*productCount));
    }

    auto data = loadJson(CatalogueResource);
    if (!data)
        return data.error();

    QRandomGenerator random(StockSeed);
    BarcodeMaker barcodes;
    int productsMade = 0;
    int variantsMade = 0;
    const QJsonArray categories = data->value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &categoryValue : categories) {
        const QJsonObject category = categoryValue.toObject();
        auto categoryId = catalogue.addCategory(category.value(QStringLiteral("name")).toString());
        if (!categoryId)
            return categoryId.error();
        const int categoryVat = category.value(QStringLiteral("vat")).toInt(VatRate::Standard);
        const int threshold = category.value(QStringLiteral("threshold")).toInt();
        const QJsonArray categorySizes = category.value(QStringLiteral("sizes")).toArray();

        const QJsonArray products = category.value(QStringLiteral("products")).toArray();
        for (const QJsonValue &productValue : products) {
            const QJsonArray row = productValue.toArray();
            const QJsonObject options = row.at(3).toObject();
            DemoProduct product;
            product.fields.name = row.at(0).toString();
            product.fields.brand = row.at(1).toString();
            product.fields.categoryId = *categoryId;
            product.fields.vatRateBp = options.value(QStringLiteral("vat")).toInt(categoryVat);
            product.fields.description = options.value(QStringLiteral("description")).toString();
            product.variants = variantsFrom(options.contains(QStringLiteral("sizes"))
                                                ? options.value(QStringLiteral("sizes")).toArray()
                                                : categorySizes,
                                            row.at(2).toInteger());
            product.threshold = threshold;
            product.low = options.value(QStringLiteral("low")).toBool();
            product.archived = options.value(QStringLiteral("archived")).toBool();
            product.stocked = !options.value(QStringLiteral("nostock")).toBool();
            if (Status s = addProduct(catalogue, ledger, product, barcodes, random, &variantsMade); !s) {
                qCWarning(lcModels) << "demo product refused:" << product.fields.name << s.error().detail;
                return s;
            }
            ++productsMade;
        }
    }

    if (Status s = addDemoOperators(operators); !s)
        return s;

    const QJsonObject shop = data->value(QStringLiteral("shop")).toObject();
    const std::pair<QString, QString> meta[] = {
        {shopKindKey(), demoKind()},
        {shopNameKey(), shop.value(QStringLiteral("name")).toString()},
        {shopAddressKey(), shop.value(QStringLiteral("address")).toString()},
        // Fictitious numbers that pass the SIRET and VAT checks, so the receipt shows them.
        {QStringLiteral("shop_siret"), shop.value(QStringLiteral("siret")).toString()},
        {QStringLiteral("shop_vat_number"), shop.value(QStringLiteral("vat_number")).toString()},
        {shopTimeZoneKey(), QStringLiteral("Europe/Paris")}, // the demo shop is in Orléans
    };
    for (const auto &[key, value] : meta) {
        if (Status s = db.setMeta(key, value); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcModels) << "demo shop seeded:" << productsMade << "products," << variantsMade << "variants";
    return {};
}

Status DemoShop::generateCatalogue(Database &db, Catalogue &catalogue, StockLedger &ledger, int variantCount,
                                   quint32 seed)
{
    auto words = loadJson(QStringLiteral(":/demo/words.json"));
    if (!words)
        return words.error();
    const auto strings = [&words](const QString &key) {
        QStringList list;
        const QJsonArray array = words->value(key).toArray();
        for (const QJsonValue &value : array)
            list.append(value.toString());
        return list;
    };
    const QStringList flavours = strings(QStringLiteral("flavours"));
    const QStringList qualifiers = strings(QStringLiteral("qualifiers"));
    const QStringList brands = strings(QStringLiteral("brands"));
    const QJsonArray bases = words->value(QStringLiteral("bases")).toArray();
    if (flavours.isEmpty() || qualifiers.isEmpty() || brands.isEmpty() || bases.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral(":/demo/words.json"),
                         QStringLiteral("empty word list"));

    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();

    QHash<QString, qint64> categoryIds;
    auto existing = catalogue.categories();
    if (!existing)
        return existing.error();
    for (const Category &category : *existing)
        categoryIds.insert(category.name, category.id);
    for (const QJsonValue &base : bases) {
        const QString name = base.toArray().at(1).toString();
        if (categoryIds.contains(name))
            continue;
        auto id = catalogue.addCategory(name);
        if (!id)
            return id.error();
        categoryIds.insert(name, *id);
    }

    // Barcodes "29" + a 10-digit counter: GS1's in-store range, away from the demo shop's
    // own "376…" and "21…" numbers.
    auto highest = scalar(db,
                          QStringLiteral("SELECT coalesce(max(CAST(substr(code, 3, 10) AS INTEGER)), 0) "
                                         "FROM barcodes WHERE code LIKE '29%' AND length(code) = 13"));
    if (!highest)
        return highest.error();
    qint64 nextCode = *highest + 1;

    QRandomGenerator random(seed);
    const auto pick = [&random](qsizetype size) {
        return static_cast<qsizetype>(random.bounded(quint32(size)));
    };
    int made = 0;
    while (made < variantCount) {
        const QJsonArray base = bases.at(pick(bases.size())).toArray();
        ProductFields product;
        product.name = base.at(0).toString() + QLatin1Char(' ') + flavours.at(pick(flavours.size()))
            + QLatin1Char(' ') + qualifiers.at(pick(qualifiers.size()));
        product.brand = brands.at(pick(brands.size()));
        product.categoryId = categoryIds.value(base.at(1).toString());
        product.vatRateBp = base.at(2).toInt(VatRate::Standard);
        const QJsonArray sizes = base.at(3).toArray();
        const qint64 basePrice = roundToTenCents(150 + random.bounded(4850));

        qint64 productId = 0;
        for (qsizetype i = 0; i < sizes.size() && made < variantCount; ++i) {
            VariantFields variant;
            variant.label = sizes.at(i).toString();
            variant.priceCents = roundToTenCents(basePrice * (100 + 80 * i) / 100);
            variant.costCents = costFor(variant.priceCents, product.vatRateBp);
            variant.lowStockThreshold = static_cast<int>(random.bounded(6));
            variant.barcodes
                = {Barcode::complete(QStringLiteral("29%1").arg(nextCode++, 10, 10, QLatin1Char('0')))};
            auto added = catalogue.addVariantOrCreateProduct(productId, product, variant);
            if (!added)
                return added.error();
            const qint64 variantId = *added;
            const int quantity = static_cast<int>(random.bounded(60));
            if (quantity > 0) {
                auto movement = ledger.record(variantId, quantity, MovementReason::Receipt);
                if (!movement)
                    return movement.error();
            }
            ++made;
        }
        if (made % 10000 < sizes.size())
            qCDebug(lcModels) << "generated" << made << "variants";
    }
    return transaction.commit();
}

} // namespace comptoir
