// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo shop (models/demoshop.h): what DemoShop::seed puts in a fresh database, that it is
// deterministic and idempotent, that it never touches a real shop; and the benchmark's
// generateCatalogue. Registered in tests/models/CMakeLists.txt (label models).
#include "fixtures.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/catalogue.h"
#include "models/demo/demoshop.h"
#include "models/staff/operators.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/vatrate.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace comptoir;

namespace {

QList<QVariantList> rows(Database &db, const QString &sql)
{
    QList<QVariantList> result;
    auto q = db.query(sql);
    if (!q)
        return result;
    const int columns = q.value().record().count();
    while (q.value().next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(q.value().value(i));
        result.append(row);
    }
    return result;
}

qint64 scalar(Database &db, const QString &sql)
{
    const auto result = rows(db, sql);
    return result.isEmpty() ? -1 : result.first().first().toLongLong();
}

// Everything a person sees of the seeded catalogue, in a stable order; no ids or times.
QList<QVariantList> snapshot(Database &db)
{
    return rows(
        db,
        QStringLiteral(
            "SELECT b.code, p.name, p.brand, c.name, p.vat_rate_bp, p.archived, v.label, v.price_cents,"
            " v.cost_cents, v.low_stock_threshold, v.archived, h.quantity"
            " FROM barcodes b JOIN variants v ON v.id = b.variant_id"
            " JOIN products p ON p.id = v.product_id LEFT JOIN categories c ON c.id = p.category_id"
            " JOIN stock_on_hand h ON h.variant_id = v.id ORDER BY b.code"));
}

// The demo seeded with operators whose PINs are hashed cheaply (tests only).
Status seedDemo(TestShop &shop)
{
    Operators operators(shop.db(), shop.clock, shop.events, 50);
    return DemoShop::seed(shop.db(), shop.catalogue, shop.ledger, operators);
}

} // namespace

class TestDemoShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shop.temp.isValid());
        const Status s = seedDemo(m_shop);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
    }

    void marksTheShopAsDemo()
    {
        QCOMPARE(*m_shop.db().meta(QStringLiteral("shop_kind")), QStringLiteral("demo"));
        QCOMPARE(*m_shop.db().meta(QStringLiteral("shop_name")), QStringLiteral("Épicerie fine du Martroi"));
        QCOMPARE(*m_shop.db().meta(QStringLiteral("shop_address")),
                 QStringLiteral("12 place du Martroi, 45000 Orléans"));
        QVERIFY(*DemoShop::isDemo(m_shop.db()));
    }

    void holdsAboutThreeHundredProducts()
    {
        auto counts = DemoShop::counts(m_shop.db());
        QVERIFY(counts.ok());
        QVERIFY2(counts->products >= 280 && counts->products <= 320,
                 qPrintable(QString::number(counts->products)));
        QVERIFY(counts->variants > counts->products); // some products come in several sizes
        QVERIFY(counts->categories >= 12 && counts->categories <= 15);
        QCOMPARE(counts->barcodes, counts->variants); // one barcode per variant
        QVERIFY(counts->movements > 300);
        // Every category is used, every product has one.
        QCOMPARE(
            scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM products WHERE category_id IS NULL")),
            0);
        QCOMPARE(scalar(m_shop.db(),
                        QStringLiteral("SELECT count(*) FROM categories c WHERE NOT EXISTS "
                                       "(SELECT 1 FROM products p WHERE p.category_id = c.id)")),
                 0);
    }

    void hasTheExpectedCategories()
    {
        auto categories = m_shop.catalogue.categories();
        QVERIFY(categories.ok());
        QStringList names;
        for (const Category &category : *categories)
            names.append(category.name);
        for (const QString &expected :
             {QStringLiteral("Vins de Loire"), QStringLiteral("Spiritueux"),
              QStringLiteral("Vinaigres & moutardes d'Orléans"), QStringLiteral("Thés"),
              QStringLiteral("Cafés"), QStringLiteral("Chocolats"), QStringLiteral("Confiseries"),
              QStringLiteral("Coffrets cadeaux"), QStringLiteral("Produits du Loiret")})
            QVERIFY2(names.contains(expected), qPrintable(expected));
    }

    void everyBarcodeIsAValidUniqueEan13()
    {
        const auto codes = rows(m_shop.db(), QStringLiteral("SELECT code FROM barcodes"));
        QSet<QString> seen;
        for (const QVariantList &row : codes) {
            const QString code = row.first().toString();
            QVERIFY2(Barcode::classify(code) == Barcode::Kind::Ean13, qPrintable(code));
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            auto found = m_shop.catalogue.findVariantByCode(code);
            QVERIFY(found.ok() && found->has_value());
        }
        QCOMPARE(seen.size(), scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM variants")));
    }

    void vatRatesAreKnownAndFitTheGoods()
    {
        const auto perProduct = rows(m_shop.db(),
                                     QStringLiteral("SELECT p.name, p.vat_rate_bp, c.name FROM products p "
                                                    "JOIN categories c ON c.id = p.category_id"));
        QSet<int> used;
        for (const QVariantList &row : perProduct) {
            const int rate = row.at(1).toInt();
            QVERIFY2(VatRate::isKnown(rate), qPrintable(row.at(0).toString()));
            used.insert(rate);
            const QString category = row.at(2).toString();
            if (category == QStringLiteral("Vins de Loire") || category == QStringLiteral("Spiritueux"))
                QCOMPARE(rate, VatRate::Standard); // alcohol
            if (category == QStringLiteral("Confitures & miel") || category == QStringLiteral("Conserves")
                || category == QStringLiteral("Biscuiterie"))
                QCOMPARE(rate, VatRate::Reduced); // food
        }
        QVERIFY(used.contains(VatRate::Standard));
        QVERIFY(used.contains(VatRate::Intermediate));
        QVERIFY(used.contains(VatRate::Reduced));
        // A product's rate follows what it is: cider is alcohol even among the local produce.
        QCOMPARE(scalar(m_shop.db(),
                        QStringLiteral("SELECT vat_rate_bp FROM products WHERE name = 'Cidre brut fermier'")),
                 VatRate::Standard);
    }

    void pricesAndCostsArePlausible()
    {
        QCOMPARE(scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM variants WHERE price_cents <= 0")),
                 0);
        QCOMPARE(
            scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM variants WHERE price_cents % 10 <> 0")),
            0);
        QCOMPARE(scalar(m_shop.db(),
                        QStringLiteral("SELECT count(*) FROM variants WHERE cost_cents IS NULL "
                                       "OR cost_cents >= price_cents")),
                 0);
        // The larger size of a product costs more.
        QCOMPARE(scalar(m_shop.db(),
                        QStringLiteral("SELECT price_cents FROM variants v JOIN products p "
                                       "ON p.id = v.product_id WHERE p.name = 'Sancerre blanc' "
                                       "AND v.label = '75 cl'")),
                 2190);
        QVERIFY(scalar(m_shop.db(),
                       QStringLiteral("SELECT price_cents FROM variants v JOIN products p "
                                      "ON p.id = v.product_id WHERE p.name = 'Sancerre blanc' "
                                      "AND v.label = '37,5 cl'"))
                < 2190);
    }

    void stockComesFromReceipts()
    {
        QCOMPARE(scalar(m_shop.db(),
                        QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason <> 'receipt'")),
                 0);
        QCOMPARE(scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements WHERE delta <= 0")),
                 0);
        // The cached on-hand is the sum of the movements.
        QCOMPARE(scalar(m_shop.db(),
                        QStringLiteral("SELECT count(*) FROM stock_on_hand h WHERE h.quantity <> "
                                       "(SELECT coalesce(sum(delta), 0) FROM stock_movements m "
                                       "WHERE m.variant_id = h.variant_id)")),
                 0);
        // Device sequence numbers are gap-free.
        QCOMPARE(
            scalar(m_shop.db(), QStringLiteral("SELECT max(device_seq) - count(*) FROM stock_movements")), 0);
    }

    void aHandfulAreLowOnStock()
    {
        const qint64 low = scalar(
            m_shop.db(),
            QStringLiteral("SELECT count(*) FROM variants v JOIN stock_on_hand h ON h.variant_id = v.id "
                           "WHERE v.archived = 0 AND v.low_stock_threshold > 0 "
                           "AND h.quantity <= v.low_stock_threshold"));
        QVERIFY2(low >= 4 && low <= 20, qPrintable(QString::number(low)));
        const qint64 tracked = scalar(
            m_shop.db(), QStringLiteral("SELECT count(*) FROM variants WHERE low_stock_threshold > 0"));
        QVERIFY(tracked > 300);
    }

    void aFewAreArchived()
    {
        const qint64 archived
            = scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM products WHERE archived = 1"));
        QVERIFY(archived >= 2 && archived <= 10);
        // Their variants are archived with them.
        QCOMPARE(
            scalar(m_shop.db(),
                   QStringLiteral("SELECT count(*) FROM variants v JOIN products p ON p.id = v.product_id "
                                  "WHERE p.archived = 1 AND v.archived = 0")),
            0);
    }

    void createsTheDemoOperators()
    {
        Operators operators(m_shop.db(), m_shop.clock, m_shop.events, 50);
        const auto everyone = operators.list();
        QVERIFY(everyone.ok());
        QCOMPARE(everyone->size(), 2);
        QCOMPARE(everyone->at(0).name, QStringLiteral("Claire"));
        QVERIFY(everyone->at(0).isManager());
        QCOMPARE(everyone->at(1).name, QStringLiteral("Lucas"));
        QVERIFY(!everyone->at(1).isManager());

        const auto claire = operators.verify(everyone->at(0).id, QStringLiteral("1234"));
        QVERIFY(claire.ok());
        QCOMPARE(claire->name, QStringLiteral("Claire"));
        QVERIFY(operators.verifyManager(QStringLiteral("1234")).ok());
        const auto lucas = operators.verify(everyone->at(1).id, QStringLiteral("0000"));
        QVERIFY(lucas.ok());
        QCOMPARE(lucas->name, QStringLiteral("Lucas"));
        QCOMPARE(operators.verify(everyone->at(1).id, QStringLiteral("1234")).error().code,
                 ErrorCode::WrongPin);
        QCOMPARE(operators.verifyManager(QStringLiteral("0000")).error().code, ErrorCode::NotAManager);
        QCOMPARE(DemoShop::demoOperators().size(), 2);
    }

    void anOlderDemoReceivesTheOperators()
    {
        TestShop shop;
        QVERIFY(seedDemo(shop).ok());
        QVERIFY(shop.db().exec(QStringLiteral("DELETE FROM operators")).ok());
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM operators")), 0);
        QVERIFY(seedDemo(shop).ok());
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM operators")), 2);
        QVERIFY(seedDemo(shop).ok()); // and not twice
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM operators")), 2);
    }

    void seedingAgainChangesNothing()
    {
        const auto before = snapshot(m_shop.db());
        const qint64 movements = scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements"));
        const Status s = seedDemo(m_shop);
        QVERIFY(s.ok());
        QCOMPARE(snapshot(m_shop.db()), before);
        QCOMPARE(scalar(m_shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
    }

    void twoSeedsAreTheSame()
    {
        TestShop other;
        other.clock.advance(3600 * 1000); // another day, another device: same shop
        QVERIFY(seedDemo(other).ok());
        const auto mine = snapshot(m_shop.db());
        QVERIFY(!mine.isEmpty());
        QCOMPARE(snapshot(other.db()), mine);
    }

    void refusesARealShop()
    {
        TestShop real;
        ProductFields product;
        product.name = QStringLiteral("Savon au lait d'ânesse");
        product.vatRateBp = VatRate::Standard;
        VariantFields variant;
        variant.priceCents = 650;
        QVERIFY(real.catalogue.createProduct(product, variant).ok());

        const Status s = seedDemo(real);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotADemoShop);
        QCOMPARE(scalar(real.db(), QStringLiteral("SELECT count(*) FROM products")), 1);
        QCOMPARE(scalar(real.db(), QStringLiteral("SELECT count(*) FROM categories")), 0);
        QCOMPARE(scalar(real.db(), QStringLiteral("SELECT count(*) FROM stock_movements")), 0);
        QCOMPARE(scalar(real.db(), QStringLiteral("SELECT count(*) FROM operators")), 0);
        QCOMPARE(*real.db().meta(QStringLiteral("shop_kind")), QString());
        QVERIFY(!*DemoShop::isDemo(real.db()));
        QCOMPARE(real.db().transactionDepth(), 0);
    }

    void refusesAnEmptyShopOfAnotherKind()
    {
        TestShop real;
        QVERIFY(real.db().setMeta(QStringLiteral("shop_kind"), QStringLiteral("shop")).ok());
        const Status s = seedDemo(real);
        QCOMPARE(s.error().code, ErrorCode::NotADemoShop);
        QCOMPARE(scalar(real.db(), QStringLiteral("SELECT count(*) FROM categories")), 0);
        QCOMPARE(*real.db().meta(QStringLiteral("shop_kind")), QStringLiteral("shop"));
    }

    void seedingJoinsTheCallersTransaction()
    {
        TestShop shop;
        QVERIFY(shop.db().begin().ok());
        QVERIFY(seedDemo(shop).ok());
        shop.db().rollback();
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM products")), 0);
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM operators")), 0);
        QCOMPARE(*shop.db().meta(QStringLiteral("shop_kind")), QString());
    }

    void generatesABenchmarkCatalogue()
    {
        TestShop shop;
        constexpr int Variants = 1000;
        QVERIFY(DemoShop::generateCatalogue(shop.db(), shop.catalogue, shop.ledger, Variants, 7).ok());
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM variants")), Variants);
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT code) FROM barcodes")), Variants);
        const auto codes = rows(shop.db(), QStringLiteral("SELECT code FROM barcodes"));
        for (const QVariantList &row : codes)
            QVERIFY2(Barcode::classify(row.first().toString()) == Barcode::Kind::Ean13,
                     qPrintable(row.first().toString()));
        QVERIFY(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM products")) < Variants);
        QVERIFY(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_movements")) > Variants / 2);
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM products WHERE category_id IS NULL")),
                 0);

        // Same seed, same catalogue; another seed, another one.
        TestShop same;
        QVERIFY(DemoShop::generateCatalogue(same.db(), same.catalogue, same.ledger, Variants, 7).ok());
        QCOMPARE(snapshot(same.db()), snapshot(shop.db()));
        TestShop different;
        QVERIFY(
            DemoShop::generateCatalogue(different.db(), different.catalogue, different.ledger, Variants, 8)
                .ok());
        QVERIFY(snapshot(different.db()) != snapshot(shop.db()));

        // More can be added to the same database: barcodes stay unique.
        QVERIFY(DemoShop::generateCatalogue(shop.db(), shop.catalogue, shop.ledger, 10, 9).ok());
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT code) FROM barcodes")),
                 Variants + 10);
    }

private:
    TestShop m_shop;
};

QTEST_GUILESS_MAIN(TestDemoShop)
#include "tst_demoshop.moc"
