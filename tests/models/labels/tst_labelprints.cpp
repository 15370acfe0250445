// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a label shows, read from a real catalogue, and the labels to print again after a price
// change: one made in the shop (Catalogue) and one applied from the marketplace's feed
// (PageApplier writing the replica) both appear; printing clears them.
#include "models/labels/labelcontent.h"
#include "models/labels/labelprints.h"
#include "pageapplierfixture.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::pagetest;

class TestLabelPrints : public QObject
{
    Q_OBJECT

private:
    static ProductFields cheese()
    {
        ProductFields p;
        p.name = QStringLiteral("Comté AOP");
        p.vatRateBp = 550;
        p.description = QStringLiteral("Jura, affiné 18 mois\nLait cru de vache");
        return p;
    }
    static VariantFields wedge()
    {
        VariantFields v;
        v.label = QStringLiteral("250 g");
        v.reference = QStringLiteral("CMT-250");
        v.barcodes = {QStringLiteral("4006381333931")};
        v.priceCents = 310;
        v.netQuantity = {250, NetUnit::Gram};
        return v;
    }

private Q_SLOTS:
    void contentOfAShelfLabel()
    {
        TestShop shop;
        auto created = shop.catalogue.createProduct(cheese(), wedge());
        QVERIFY(created.ok());
        auto labels = LabelContents::read(shop.db(), {{created->variantId, 2}});
        QVERIFY(labels.ok());
        QCOMPARE(labels->size(), 2); // one per copy
        const LabelContent &label = labels->constFirst();
        QCOMPARE(label.productName, QStringLiteral("Comté AOP"));
        QCOMPARE(label.variantLabel, QStringLiteral("250 g"));
        QCOMPARE(label.shortName(), QStringLiteral("Comté AOP 250 g"));
        QCOMPARE(label.priceCents, 310);
        QVERIFY(label.unitPrice.has_value());
        QCOMPARE(label.unitPrice->cents, 1240); // 3,10 € for 250 g: 12,40 €/kg
        QCOMPARE(label.unitPrice->basis, UnitPriceBasis::PerKilogram);
        QCOMPARE(label.shortText, QStringLiteral("Jura, affiné 18 mois"));
        QCOMPARE(label.code, QStringLiteral("4006381333931"));
        QCOMPARE(label.symbology, LabelSymbology::Ean13);
    }

    void aVariantWithoutBarcodeGetsItsReferenceInCode128()
    {
        TestShop shop;
        VariantFields v = wedge();
        v.barcodes.clear();
        v.netQuantity = {};
        auto created = shop.catalogue.createProduct(cheese(), v);
        QVERIFY(created.ok());
        auto labels = LabelContents::read(shop.db(), {{created->variantId, 1}});
        QVERIFY(labels.ok());
        QCOMPARE(labels->constFirst().code, QStringLiteral("CMT-250"));
        QCOMPARE(labels->constFirst().symbology, LabelSymbology::Code128);
        QVERIFY(!labels->constFirst().unitPrice.has_value());
    }

    void symbologies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<LabelSymbology>("symbology");
        QTest::newRow("EAN-13") << QStringLiteral("2000000000015") << LabelSymbology::Ean13;
        QTest::newRow("EAN-8") << QStringLiteral("96385074") << LabelSymbology::Ean8;
        QTest::newRow("UPC-A") << QStringLiteral("036000291452") << LabelSymbology::UpcA;
        QTest::newRow("reference") << QStringLiteral("C000123") << LabelSymbology::Code128;
        QTest::newRow("digits of another length") << QStringLiteral("123456") << LabelSymbology::Code128;
    }
    void symbologies()
    {
        QFETCH(QString, code);
        QFETCH(LabelSymbology, symbology);
        QCOMPARE(LabelContents::symbologyFor(code), symbology);
    }

    void nothingOrUnknown()
    {
        TestShop shop;
        auto none = LabelContents::read(shop.db(), {});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NothingToLabel);
        auto zero = LabelContents::read(shop.db(), {{1, 0}});
        QCOMPARE(zero.error().code, ErrorCode::NothingToLabel);
        auto unknown = LabelContents::read(shop.db(), {{4242, 1}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void aLocalPriceChangeIsListedUntilPrinted()
    {
        TestShop shop;
        LabelPrints prints(shop.db(), shop.clock);
        auto created = shop.catalogue.createProduct(cheese(), wedge());
        QVERIFY(created.ok());
        // Never labelled: nothing to print again.
        QCOMPARE(prints.changedSinceLastLabel().error().code, ErrorCode::NothingToLabel);
        auto labels = LabelContents::read(shop.db(), {{created->variantId, 3}});
        QVERIFY(labels.ok());
        QVERIFY(prints.record(*labels).ok());
        QCOMPARE(prints.changedSinceLastLabel().error().code, ErrorCode::NothingToLabel);

        VariantFields dearer = wedge();
        dearer.priceCents = 345;
        QVERIFY(shop.catalogue.updateVariant(created->variantId, dearer).ok());
        auto changed = prints.changedSinceLastLabel();
        QVERIFY(changed.ok());
        QCOMPARE(*changed, QList<qint64> {created->variantId});

        // Back to the labelled price: nothing to print.
        QVERIFY(shop.catalogue.updateVariant(created->variantId, wedge()).ok());
        QCOMPARE(prints.changedSinceLastLabel().error().code, ErrorCode::NothingToLabel);
        QVERIFY(shop.catalogue.updateVariant(created->variantId, dearer).ok());

        // Printed again: cleared.
        auto again = LabelContents::read(shop.db(), {{created->variantId, 1}});
        QVERIFY(again.ok());
        shop.clock.advance(60);
        QVERIFY(prints.record(*again).ok());
        QCOMPARE(prints.changedSinceLastLabel().error().code, ErrorCode::NothingToLabel);
        QCOMPARE(shop.db()
                     .rows(QStringLiteral("SELECT count(*), max(price_cents) FROM label_prints"))
                     ->constFirst(),
                 (QVariantList {1, 345}));

        // An archived variant is not labelled again.
        QVERIFY(shop.catalogue.updateVariant(created->variantId, wedge()).ok());
        QVERIFY(prints.changedSinceLastLabel().ok());
        QVERIFY(shop.catalogue.setVariantArchived(created->variantId, true).ok());
        QCOMPARE(prints.changedSinceLastLabel().error().code, ErrorCode::NothingToLabel);
    }

    void aPriceChangedOnlineIsListed()
    {
        SyncShop s;
        QVERIFY(s.enrol());
        const QList<VariantState> variants {
            variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), 1290,
                    {QStringLiteral("4006381333931")}),
            variant(uuid(102), QStringLiteral("Rouge"), QStringLiteral("CLF-R"), 1290)};
        QVERIFY(s.applier
                    .applyChanges(
                        0, page({change(1, product(uuid(100), 1, QStringLiteral("Carnet"), variants))}, 1))
                    .ok());
        const qint64 black = s.scalar(QStringLiteral("SELECT id FROM variants WHERE reference = 'CLF-N'"));
        const qint64 red = s.scalar(QStringLiteral("SELECT id FROM variants WHERE reference = 'CLF-R'"));
        QVERIFY(black > 0 && red > 0);
        LabelPrints prints(s.db(), s.shop.clock);
        auto labels = LabelContents::read(s.db(), {{black, 1}, {red, 1}});
        QVERIFY(labels.ok());
        QVERIFY(prints.record(*labels).ok());

        // The marketplace raises the black one's price: the feed writes the replica.
        QList<VariantState> raised = variants;
        raised[0] = variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), 1490,
                            {QStringLiteral("4006381333931")});
        QVERIFY(s.applier
                    .applyChanges(
                        1, page({change(2, product(uuid(100), 2, QStringLiteral("Carnet"), raised))}, 2))
                    .ok());
        QCOMPARE(s.scalar(QStringLiteral("SELECT price_cents FROM variants WHERE id = ?"), {black}), 1490);
        auto changed = prints.changedSinceLastLabel();
        QVERIFY(changed.ok());
        QCOMPARE(*changed, QList<qint64> {black});
    }
};

QTEST_GUILESS_MAIN(TestLabelPrints)
#include "tst_labelprints.moc"
