// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scale barcodes and in-store barcodes at the till, without a window (issue 14): a code of each
// offered layout, read by the shop's layouts (ShopSettings, through the SalePolicy), adds the
// weighed pack at its price (embedded, or the price per kilogram × the weight, rounded half up)
// as one line of quantity 1 with the weight and unit price in its label; the sale is committed
// and stock moves by one item; an unknown item code is ScaleItemUnknown; a scale line is never
// merged with the same variant scanned normally nor repriced, and survives parking; in-store
// EAN-13s given to unbarcoded variants pass their check digit and scan.
#include "models/catalogue/barcode.h"
#include "models/catalogue/instorebarcodegiver.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/catalogue/scalebarcode.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"

#include <QLocale>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

struct ScaleShop
{
    TillShop till;
    Operators operators {till.shop.db(), till.shop.clock, till.shop.events, 64};
    ShopSettings settings {till.shop.db()};
    OperatorSession signedIn;
    TicketSession ticket {till.shop.catalogue, till.journal, till.drafts, signedIn, policy()};
    qint64 comte = 0; // reference 123, 24,90 €/kg
    qint64 saucisson = 0; // reference 812345, 19,90 €/kg

    SalePolicy policy()
    {
        SalePolicy p(till.shop.db(), till.shop.clock, operators, []() -> Result<int> { return 1000; });
        p.setScaleLayouts([this] { return settings.scaleLayouts(); });
        return p;
    }

    qint64 weighed(const QString &name, const QString &reference, qint64 perKg)
    {
        ProductFields p;
        p.name = name;
        p.vatRateBp = 550;
        VariantFields v;
        v.reference = reference;
        v.priceCents = perKg;
        auto created = till.shop.catalogue.createProduct(p, v);
        if (!created || !till.shop.ledger.record(created->variantId, 20, MovementReason::Receipt))
            return 0;
        return created->variantId;
    }

    bool setUp()
    {
        if (!till.setUp())
            return false;
        comte = weighed(QStringLiteral("Comté"), QStringLiteral("123"), 2490);
        saucisson = weighed(QStringLiteral("Saucisson"), QStringLiteral("812345"), 1990);
        signedIn.signIn(
            OperatorInfo {till.operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
        return comte > 0 && saucisson > 0;
    }

    qint64 onHand(qint64 variant)
    {
        return scalar(till.shop.db(),
                      QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = ?"), {variant})
            .toLongLong();
    }
};

ScaleLayout offered(const QString &key)
{
    const auto all = ScaleBarcodes::offeredLayouts();
    for (const auto &o : all) {
        if (o.key == key)
            return o.layout;
    }
    return {};
}

} // namespace

class TestScaleSale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void layoutsAreASetting();
    void everyOfferedLayoutSells_data();
    void everyOfferedLayoutSells();
    void unknownItemCode();
    void noLayoutNoScaleReading();
    void scaleLineIsItsOwn();
    void scaleLineSurvivesParking();
    void notSignedIn();
    void inStoreBarcodesScan();
    void inStoreBarcodeReservedForAForm();

private:
    std::unique_ptr<ScaleShop> m_s;
};

void TestScaleSale::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestScaleSale::init()
{
    m_s = std::make_unique<ScaleShop>();
    QVERIFY(m_s->till.shop.temp.isValid());
    QVERIFY(m_s->setUp());
}

void TestScaleSale::cleanup()
{
    m_s.reset();
}

void TestScaleSale::layoutsAreASetting()
{
    QCOMPARE(m_s->settings.scaleLayouts()->size(), 0);
    const QList<ScaleLayout> layouts
        = {offered(QStringLiteral("price-i5-p5")), offered(QStringLiteral("weight-i4-k-w5"))};
    QVERIFY(m_s->settings.setScaleLayouts(layouts).ok());
    QCOMPARE(*m_s->settings.scaleLayouts(), layouts);
    ScaleLayout bad = layouts.first();
    bad.prefix = QStringLiteral("20");
    auto refused = m_s->settings.setScaleLayouts({bad});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::ScaleLayoutInvalid);
    QCOMPARE(*m_s->settings.scaleLayouts(), layouts); // unchanged
    QVERIFY(m_s->settings.setScaleLayouts({}).ok());
    QCOMPARE(m_s->settings.scaleLayouts()->size(), 0);
}

void TestScaleSale::everyOfferedLayoutSells_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isComte");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("label");
    QTest::newRow("price, 5-digit item") << "price-i5-p5"
                                         << "2800123008765" << true << qint64(876) << QStringLiteral("Comté");
    QTest::newRow("price, price check digit")
        << "price-i4-k-p5"
        << "2801231008760" << true << qint64(876) << QStringLiteral("Comté");
    QTest::newRow("price, 6-digit item")
        << "price-i6-p5"
        << "2812345008768" << false << qint64(876) << QStringLiteral("Saucisson");
    QTest::newRow("weight, 5-digit item")
        << "weight-i5-w5"
        << "2900123003521" << true << qint64(876) << QStringLiteral("Comté — 0,352 kg × 24,90\u00a0€/kg");
    QTest::newRow("weight, weight check digit")
        << "weight-i4-k-w5"
        << "2901231003526" << true << qint64(876) << QStringLiteral("Comté — 0,352 kg × 24,90\u00a0€/kg");
    // 19,90 €/kg × 0,352 kg = 7,0048 € → 7,00 €
    QTest::newRow("weight, 6-digit item") << "weight-i6-w5"
                                          << "2812345003527" << false << qint64(700)
                                          << QStringLiteral("Saucisson — 0,352 kg × 19,90\u00a0€/kg");
}

void TestScaleSale::everyOfferedLayoutSells()
{
    QFETCH(QString, key);
    QFETCH(QString, code);
    QFETCH(bool, isComte);
    QFETCH(qint64, price);
    QFETCH(QString, label);
    const qint64 variant = isComte ? m_s->comte : m_s->saucisson;
    QVERIFY(m_s->settings.setScaleLayouts({offered(key)}).ok());

    TicketSession &t = m_s->ticket;
    QVERIFY(!m_s->till.shop.catalogue.findVariantByCode(code)->has_value()); // not a barcode of the shop
    const auto reading = t.policy().readScaleBarcode(code);
    QVERIFY(reading.has_value());
    auto row = t.addScaleItem(*reading);
    QVERIFY2(row.ok(), row.ok() ? "" : qPrintable(QString::number(int(row.error().code))));
    const TicketLine &line = t.cart().lines().at(*row);
    QCOMPARE(line.variantId, std::optional<qint64>(variant));
    QCOMPARE(line.quantity, 1);
    QCOMPARE(line.unitPriceCents, price);
    QCOMPARE(line.vatRateBp, 550);
    QVERIFY(line.scaleItem);
    // The label says the weight and the price per kilogram (Money::format's own spaces).
    QString expected = label;
    expected.replace(QStringLiteral("24,90\u00a0€"), Money::format(2490));
    expected.replace(QStringLiteral("19,90\u00a0€"), Money::format(1990));
    QCOMPARE(line.label, expected);

    const qint64 before = m_s->onHand(variant);
    auto paid = t.takePayment(PaymentMethod::Cash);
    QVERIFY(paid.ok());
    QVERIFY(paid->ticket);
    QCOMPARE(paid->ticket->totalCents, price);
    QCOMPARE(m_s->onHand(variant), before - 1); // a weighed pack is one item
    QCOMPARE(
        scalar(m_s->till.shop.db(),
               QStringLiteral("SELECT unit_price_cents || '|' || quantity || '|' || label FROM ticket_lines "
                              "WHERE ticket_id = ?"),
               {paid->ticket->id})
            .toString(),
        QStringLiteral("%1|1|%2").arg(price).arg(expected));
}

void TestScaleSale::unknownItemCode()
{
    QVERIFY(m_s->settings.setScaleLayouts({offered(QStringLiteral("price-i5-p5"))}).ok());
    const auto code = ScaleBarcodes::encode(offered(QStringLiteral("price-i5-p5")), 777, 500);
    QVERIFY(code);
    const auto reading = m_s->ticket.policy().readScaleBarcode(*code);
    QVERIFY(reading);
    auto row = m_s->ticket.addScaleItem(*reading);
    QVERIFY(!row.ok());
    QCOMPARE(row.error().code, ErrorCode::ScaleItemUnknown);
    QCOMPARE(row.error().subject, QStringLiteral("00777"));
    QVERIFY(m_s->ticket.cart().isEmpty());
}

void TestScaleSale::noLayoutNoScaleReading()
{
    QVERIFY(!m_s->ticket.policy().readScaleBarcode(QStringLiteral("2800123008765")).has_value());
    QVERIFY(m_s->settings.setScaleLayouts({offered(QStringLiteral("weight-i5-w5"))}).ok());
    QVERIFY(!m_s->ticket.policy().readScaleBarcode(QStringLiteral("2800123008765")).has_value());
    QVERIFY(m_s->ticket.policy().readScaleBarcode(QStringLiteral("2900123003521")).has_value());
}

void TestScaleSale::scaleLineIsItsOwn()
{
    QVERIFY(m_s->settings.setScaleLayouts({offered(QStringLiteral("weight-i5-w5"))}).ok());
    TicketSession &t = m_s->ticket;
    const auto reading = t.policy().readScaleBarcode(QStringLiteral("2900123003521"));
    QCOMPARE(*t.addScaleItem(*reading), 0);
    QCOMPARE(*t.addScaleItem(*reading), 1); // a second pack: its own line
    QCOMPARE(*t.addVariant(m_s->comte), 2); // the variant by its reference: a line at its price
    QCOMPARE(*t.addVariant(m_s->comte), 2);
    QCOMPARE(t.cart().lines().at(2).quantity, 2);
    QCOMPARE(t.cart().totalCents(), 876 + 876 + 2 * 2490);
    // The catalogue's price changes: the plain line follows it, the weighed ones keep theirs.
    VariantFields fields = m_s->till.shop.catalogue.variant(m_s->comte)->fields;
    fields.priceCents = 2990;
    QVERIFY(m_s->till.shop.catalogue.updateVariant(m_s->comte, fields).ok());
    const auto changes = t.refreshPrices();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().row, 2);
    QCOMPARE(t.cart().lines().at(0).unitPriceCents, 876);
    QCOMPARE(t.cart().lines().at(1).unitPriceCents, 876);
    auto paid = t.takePayment(PaymentMethod::Card);
    QVERIFY(paid.ok() && paid->ticket);
    QCOMPARE(m_s->onHand(m_s->comte), 20 - 4);
}

void TestScaleSale::scaleLineSurvivesParking()
{
    QVERIFY(m_s->settings.setScaleLayouts({offered(QStringLiteral("price-i5-p5"))}).ok());
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addScaleItem(*t.policy().readScaleBarcode(QStringLiteral("2800123008765"))).ok());
    auto parked = t.park(QStringLiteral("Monsieur Petit"));
    QVERIFY(parked.ok());
    QVERIFY(t.resume(*parked).ok());
    QCOMPARE(t.cart().lines().size(), 1);
    QVERIFY(t.cart().lines().first().scaleItem);
    QCOMPARE(*t.addVariant(m_s->comte), 1); // still not merged into the weighed pack
    QCOMPARE(t.cart().lines().first().quantity, 1);
}

void TestScaleSale::notSignedIn()
{
    QVERIFY(m_s->settings.setScaleLayouts({offered(QStringLiteral("price-i5-p5"))}).ok());
    m_s->signedIn.signOut();
    auto row
        = m_s->ticket.addScaleItem(*m_s->ticket.policy().readScaleBarcode(QStringLiteral("2800123008765")));
    QVERIFY(!row.ok());
    QCOMPARE(row.error().code, ErrorCode::NotSignedIn);
}

void TestScaleSale::inStoreBarcodesScan()
{
    Catalogue &catalogue = m_s->till.shop.catalogue;
    InStoreBarcodeGiver giver(m_s->till.shop.db(), catalogue);
    // jam and mug came without barcodes; the Comté gets one as well; a variant with one keeps it.
    VariantFields mug = catalogue.variant(m_s->till.mug)->fields;
    mug.barcodes = {QStringLiteral("4006381333931")};
    QVERIFY(catalogue.updateVariant(m_s->till.mug, mug).ok());
    const qint64 outboxBefore = count(m_s->till.shop.db(), QStringLiteral("sync_outbox"));
    auto given = giver.giveToVariantsWithout({m_s->till.jam, m_s->till.mug, m_s->comte});
    QVERIFY(given.ok());
    QCOMPARE(*given, 2);
    QCOMPARE(catalogue.variant(m_s->till.mug)->fields.barcodes,
             QStringList {QStringLiteral("4006381333931")});
    // The marketplace learns each new barcode (one product_upsert queued per variant).
    QCOMPARE(count(m_s->till.shop.db(), QStringLiteral("sync_outbox")), outboxBefore + 2);

    QStringList codes;
    for (const qint64 id : {m_s->till.jam, m_s->comte}) {
        const QStringList barcodes = catalogue.variant(id)->fields.barcodes;
        QCOMPARE(barcodes.size(), 1);
        const QString code = barcodes.first();
        QCOMPARE(Barcode::classify(code), Barcode::Kind::Ean13);
        QVERIFY(InStoreBarcodes::isInStore(code));
        QVERIFY(!codes.contains(code));
        codes << code;
        // Scanned at the till: the variant, not a scale reading (20 is never a scale prefix).
        QVERIFY(m_s->settings.setScaleLayouts({offered(QStringLiteral("price-i6-p5"))}).ok());
        QVERIFY(!m_s->ticket.policy().readScaleBarcode(code).has_value());
        auto found = catalogue.findVariantByCode(code);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(**found, id);
        QVERIFY(m_s->ticket.addVariant(**found).ok());
    }
    QCOMPARE(m_s->ticket.cart().lines().size(), 2);
    // Given again: nothing (they have one now).
    QCOMPARE(*giver.giveToVariantsWithout({m_s->till.jam, m_s->comte}), 0);
}

void TestScaleSale::inStoreBarcodeReservedForAForm()
{
    InStoreBarcodeGiver giver(m_s->till.shop.db(), m_s->till.shop.catalogue);
    auto first = giver.reserve();
    auto second = giver.reserve();
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    QVERIFY(InStoreBarcodes::isInStore(*first));
    // The form is saved: the code is the variant's; the next one given elsewhere differs.
    VariantFields jam = m_s->till.shop.catalogue.variant(m_s->till.jam)->fields;
    jam.barcodes = {*first};
    QVERIFY(m_s->till.shop.catalogue.updateVariant(m_s->till.jam, jam).ok());
    QVERIFY(giver.giveToVariantsWithout({m_s->till.mug}).ok());
    const QString mugCode = m_s->till.shop.catalogue.variant(m_s->till.mug)->fields.barcodes.value(0);
    QVERIFY(mugCode != *first && mugCode != *second);
}

QTEST_GUILESS_MAIN(TestScaleSale)
#include "tst_scalesale.moc"
