// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scale barcodes (issue 14): every offered layout reads the item code and the embedded price or
// weight of a code written out digit by digit here (not made by encode()); GS1's value check
// digit on the specification's examples; the in-store range, a wrong check digit and a wrong
// value check digit never match; layouts as text and back; the price of a weight rounded half up.
#include "models/catalogue/barcode.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/catalogue/scalebarcode.h"

#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ScaleValue)

class TestScaleBarcode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOfferedLayoutIsValid();
    void offeredLayoutsDecode_data();
    void offeredLayoutsDecode();
    void valueCheckDigit_data();
    void valueCheckDigit();
    void notMatched_data();
    void notMatched();
    void firstMatchingLayoutWins();
    void encodeDecodes();
    void textRoundTrip();
    void invalidLayouts_data();
    void invalidLayouts();
    void priceOfWeight_data();
    void priceOfWeight();
};

namespace {

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

void TestScaleBarcode::everyOfferedLayoutIsValid()
{
    const auto all = ScaleBarcodes::offeredLayouts();
    QCOMPARE(all.size(), 6);
    for (const auto &o : all) {
        QVERIFY2(ScaleBarcodes::validate(o.layout).ok(), qPrintable(o.key));
        QVERIFY(o.layout.prefix != QStringLiteral("20"));
        QVERIFY(!ScaleBarcodes::describe(o.layout).isEmpty());
    }
}

void TestScaleBarcode::offeredLayoutsDecode_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("item");
    QTest::addColumn<ScaleValue>("value");
    QTest::addColumn<qint64>("amount");
    // 28 | 00123 | 00876 | 5
    QTest::newRow("price, 5-digit item") << "price-i5-p5"
                                         << "2800123008765"
                                         << "00123" << ScaleValue::Price << qint64(876);
    // 28 | 0123 | 1 (GS1 check of 00876) | 00876 | 0
    QTest::newRow("price, 4-digit item, price check digit") << "price-i4-k-p5"
                                                            << "2801231008760"
                                                            << "0123" << ScaleValue::Price << qint64(876);
    // 2 | 812345 | 00876 | 8
    QTest::newRow("price, 6-digit item") << "price-i6-p5"
                                         << "2812345008768"
                                         << "812345" << ScaleValue::Price << qint64(876);
    // 29 | 00123 | 00352 g | 1
    QTest::newRow("weight, 5-digit item") << "weight-i5-w5"
                                          << "2900123003521"
                                          << "00123" << ScaleValue::Weight << qint64(352);
    // 29 | 0123 | 1 (GS1 check of 00352) | 00352 | 6
    QTest::newRow("weight, 4-digit item, weight check digit") << "weight-i4-k-w5"
                                                              << "2901231003526"
                                                              << "0123" << ScaleValue::Weight << qint64(352);
    // 2 | 812345 | 00352 | 7
    QTest::newRow("weight, 6-digit item") << "weight-i6-w5"
                                          << "2812345003527"
                                          << "812345" << ScaleValue::Weight << qint64(352);
}

void TestScaleBarcode::offeredLayoutsDecode()
{
    QFETCH(QString, key);
    QFETCH(QString, code);
    QFETCH(QString, item);
    QFETCH(ScaleValue, value);
    QFETCH(qint64, amount);
    QCOMPARE(Barcode::classify(code), Barcode::Kind::Ean13);
    const ScaleLayout layout = offered(key);
    const auto reading = ScaleBarcodes::decode(code, {layout});
    QVERIFY(reading.has_value());
    QCOMPARE(reading->code, code);
    QCOMPARE(reading->itemCode, item);
    QCOMPARE(reading->value, value);
    QCOMPARE(reading->amount, amount);
    // And the same code is what encode() writes.
    QCOMPARE(ScaleBarcodes::encode(layout, item.toLongLong(), amount), std::optional<QString>(code));
}

void TestScaleBarcode::valueCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("check");
    // The examples of GS1's General Specifications (price check digit, 4 and 5 digits).
    QTest::newRow("4 digits, 2875") << "2875" << 9;
    QTest::newRow("5 digits, 14685") << "14685" << 6;
    QTest::newRow("5 digits, 00876") << "00876" << 1;
    QTest::newRow("5 digits, 00352") << "00352" << 1;
    QTest::newRow("zeros") << "00000" << 0;
    QTest::newRow("3 digits: none") << "123" << -1;
    QTest::newRow("not digits") << "12a45" << -1;
}

void TestScaleBarcode::valueCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, check);
    QCOMPARE(ScaleBarcodes::valueCheckDigit(digits), check);
}

void TestScaleBarcode::notMatched_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("layout");
    QTest::newRow("in-store range") << "2000000000015"
                                    << "2-I6-P5";
    QTest::newRow("another prefix") << "2700123008768"
                                    << "28-I5-P5";
    QTest::newRow("wrong EAN check digit") << "2800123008766"
                                           << "28-I5-P5";
    // 28 | 0123 | 2 (should be 1) | 00876 → EAN check digit made right: 9
    QTest::newRow("wrong price check digit") << "2801232008769"
                                             << "28-I4-K-P5";
    QTest::newRow("EAN-8") << "96385074"
                           << "28-I5-P5";
    QTest::newRow("not a GS1 prefix 2") << "4006381333931"
                                        << "28-I5-P5";
    QTest::newRow("letters") << "28001230087AB"
                             << "28-I5-P5";
}

void TestScaleBarcode::notMatched()
{
    QFETCH(QString, code);
    QFETCH(QString, layout);
    auto parsed = ScaleBarcodes::fromText(layout);
    QVERIFY(parsed.ok());
    QVERIFY(!ScaleBarcodes::decode(code, {*parsed}).has_value());
}

void TestScaleBarcode::firstMatchingLayoutWins()
{
    const QList<ScaleLayout> layouts
        = {offered(QStringLiteral("weight-i5-w5")), offered(QStringLiteral("price-i5-p5"))};
    auto price = ScaleBarcodes::decode(u"2800123008765", layouts);
    QVERIFY(price.has_value());
    QCOMPARE(price->value, ScaleValue::Price);
    auto weight = ScaleBarcodes::decode(u"2900123003521", layouts);
    QVERIFY(weight.has_value());
    QCOMPARE(weight->value, ScaleValue::Weight);
    // An in-store code of the shop is never a scale code, even with a 1-digit prefix layout.
    const QList<ScaleLayout> all = {offered(QStringLiteral("price-i6-p5"))};
    const QString inStore = Barcode::complete(u"200000000042");
    QVERIFY(InStoreBarcodes::isInStore(inStore));
    QVERIFY(!ScaleBarcodes::decode(inStore, all).has_value());
}

void TestScaleBarcode::encodeDecodes()
{
    const auto all = ScaleBarcodes::offeredLayouts();
    for (const auto &o : all) {
        for (const qint64 amount : {qint64(0), qint64(1), qint64(4321), qint64(99999)}) {
            const qint64 item = o.layout.prefix.size() == 1 ? 999999 : 42;
            const auto code = ScaleBarcodes::encode(o.layout, item, amount);
            QVERIFY2(code.has_value(), qPrintable(o.key));
            QCOMPARE(Barcode::classify(*code), Barcode::Kind::Ean13);
            const auto reading = ScaleBarcodes::decode(*code, {o.layout});
            QVERIFY2(reading.has_value(), qPrintable(*code));
            QCOMPARE(reading->amount, amount);
            QCOMPARE(reading->itemCode.toLongLong(), item);
        }
        // Too large a value does not fit.
        QVERIFY(!ScaleBarcodes::encode(o.layout, 1, 100000).has_value());
    }
    // A 1-digit prefix with an item starting with 0 would be in the in-store range: refused.
    QVERIFY(!ScaleBarcodes::encode(offered(QStringLiteral("price-i6-p5")), 12345, 100).has_value());
}

void TestScaleBarcode::textRoundTrip()
{
    const auto all = ScaleBarcodes::offeredLayouts();
    for (const auto &o : all) {
        const QString text = ScaleBarcodes::toText(o.layout);
        auto back = ScaleBarcodes::fromText(text);
        QVERIFY2(back.ok(), qPrintable(text));
        QCOMPARE(*back, o.layout);
    }
    QCOMPARE(ScaleBarcodes::toText(offered(QStringLiteral("price-i4-k-p5"))), QStringLiteral("28-I4-K-P5"));
    auto lower = ScaleBarcodes::fromText(QStringLiteral(" 23-i6-w4 "));
    QVERIFY(lower.ok());
    QCOMPARE(lower->prefix, QStringLiteral("23"));
    QCOMPARE(lower->itemLength, 6);
    QCOMPARE(lower->value, ScaleValue::Weight);
    QCOMPARE(lower->valueLength, 4);
}

void TestScaleBarcode::invalidLayouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("prefix 20 (in-store)") << "20-I5-P5";
    QTest::newRow("prefix 3") << "31-I5-P5";
    QTest::newRow("too long") << "28-I6-P5";
    QTest::newRow("too short") << "28-I4-P5";
    QTest::newRow("check digit with 6 digits") << "2-I4-K-P6";
    QTest::newRow("no value") << "28-I5";
    QTest::newRow("unknown value") << "28-I5-X5";
    QTest::newRow("no item") << "28-I0-K-P5-P5";
    QTest::newRow("garbage") << "hello";
    QTest::newRow("empty") << "";
}

void TestScaleBarcode::invalidLayouts()
{
    QFETCH(QString, text);
    auto parsed = ScaleBarcodes::fromText(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::ScaleLayoutInvalid);
}

void TestScaleBarcode::priceOfWeight_data()
{
    QTest::addColumn<qint64>("perKg");
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("Comté 0,352 kg × 24,90 €/kg") << qint64(2490) << qint64(352) << qint64(876); // 876,48
    QTest::newRow("half up") << qint64(1) << qint64(500) << qint64(1); // 0,5 cent
    QTest::newRow("below half") << qint64(1) << qint64(499) << qint64(0);
    QTest::newRow("a kilogram") << qint64(1990) << qint64(1000) << qint64(1990);
    QTest::newRow("largest weight") << qint64(99'999'999) << qint64(99'999) << qint64(9'999'899'900);
}

void TestScaleBarcode::priceOfWeight()
{
    QFETCH(qint64, perKg);
    QFETCH(qint64, grams);
    QFETCH(qint64, cents);
    QCOMPARE(ScaleBarcodes::priceOfWeight(perKg, grams), cents);
}

QTEST_GUILESS_MAIN(TestScaleBarcode)
#include "tst_scalebarcode.moc"
