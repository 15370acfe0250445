// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/escpos.h"
#include "models/receipts/receipt.h"
#include "receiptfixture.h"

#include <QTest>

using namespace comptoir;

class TestEscPos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cp858_data();
    void cp858();
    void unknownCharacters();
    void encodeThenDecode();
    void drawerAndCutAreOptional();
    void styles();
    void barcode();
};

void TestEscPos::cp858_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("byte");
    // Expected bytes from the IBM code page 858 chart.
    const QList<QPair<QString, int>> rows = {
        {QStringLiteral("é"), 0x82}, {QStringLiteral("è"), 0x8A}, {QStringLiteral("ê"), 0x88},
        {QStringLiteral("ë"), 0x89}, {QStringLiteral("à"), 0x85}, {QStringLiteral("â"), 0x83},
        {QStringLiteral("ä"), 0x84}, {QStringLiteral("î"), 0x8C}, {QStringLiteral("ï"), 0x8B},
        {QStringLiteral("ô"), 0x93}, {QStringLiteral("ö"), 0x94}, {QStringLiteral("ù"), 0x97},
        {QStringLiteral("û"), 0x96}, {QStringLiteral("ü"), 0x81}, {QStringLiteral("ç"), 0x87},
        {QStringLiteral("É"), 0x90}, {QStringLiteral("È"), 0xD4}, {QStringLiteral("Ê"), 0xD2},
        {QStringLiteral("À"), 0xB7}, {QStringLiteral("Ç"), 0x80}, {QStringLiteral("Ô"), 0xE2},
        {QStringLiteral("«"), 0xAE}, {QStringLiteral("»"), 0xAF}, {QStringLiteral("€"), 0xD5},
        {QStringLiteral("°"), 0xF8}, {QStringLiteral("ÿ"), 0x98}, {QStringLiteral("A"), 0x41},
    };
    for (const auto &[text, byte] : rows)
        QTest::newRow(qPrintable(text)) << text << byte;
}

void TestEscPos::cp858()
{
    QFETCH(QString, text);
    QFETCH(int, byte);
    const QByteArray encoded = EscPosEncoder::toCp858(text);
    QCOMPARE(encoded.size(), 1);
    QCOMPARE(static_cast<unsigned char>(encoded.at(0)), byte);
    QCOMPARE(EscPosEncoder::fromCp858(encoded), text);
}

void TestEscPos::unknownCharacters()
{
    QCOMPARE(EscPosEncoder::toCp858(QStringLiteral("Œuf œil")), QByteArray("OEuf oeil"));
    QCOMPARE(EscPosEncoder::toCp858(QStringLiteral("l’épi")), QByteArray("l'\x82pi"));
    QCOMPARE(EscPosEncoder::toCp858(QStringLiteral("✓ 日")), QByteArray("? ?"));
    // The French grouping space (narrow no-break) prints as a no-break space.
    QCOMPARE(EscPosEncoder::toCp858(QStringLiteral("1\u202F234")),
             QByteArray("1\xFF"
                        "234"));
}

void TestEscPos::encodeThenDecode()
{
    ReceiptOptions receiptOptions;
    receiptOptions.locale = QLocale(QLocale::French, QLocale::France);
    const QList<ReceiptLine> lines = Receipt::layout(sampleShop(), sampleTicket(), receiptOptions);
    EscPosOptions options;
    options.openDrawer = true;
    options.cut = true;
    const QByteArray bytes = EscPosEncoder::encode(lines, options);

    // Initialise, then the code page, first of all.
    QVERIFY(bytes.startsWith(QByteArray(QByteArray("\x1B@", 2) + EscPosEncoder::codePageSequence())));
    QCOMPARE(EscPosEncoder::codePageSequence(), QByteArray("\x1Bt\x13", 3));
    QCOMPARE(bytes.count(EscPosEncoder::drawerKickSequence()), 1);
    QCOMPARE(EscPosEncoder::drawerKickSequence(), QByteArray("\x1Bp\x00\x19\xFA", 5));
    QVERIFY(bytes.endsWith(EscPosEncoder::partialCutSequence()));
    QCOMPARE(EscPosEncoder::partialCutSequence(), QByteArray("\x1DV\x42\x00", 4));
    QVERIFY(bytes.contains('\xD5')); // €
    QVERIFY(!bytes.contains(QByteArray("\xE2\x82\xAC"))); // never UTF-8

    const QString decoded = EscPosEncoder::decode(bytes);
    QVERIFY(decoded.contains(QStringLiteral("Épicerie du Martroi")));
    QVERIFY(decoded.contains(QStringLiteral("45000 Orléans")));
    QVERIFY(decoded.contains(QStringLiteral("Tablier en lin brodé")));
    QVERIFY(decoded.contains(QStringLiteral("33,70\u00A0€")));
    // Every line comes back, in order.
    QStringList expected;
    for (const ReceiptLine &line : lines)
        expected.append(line.text);
    QVERIFY(decoded.startsWith(expected.join(QLatin1Char('\n'))));
}

void TestEscPos::drawerAndCutAreOptional()
{
    const QList<ReceiptLine> lines = {ReceiptLine {QStringLiteral("Merci"), ReceiptLine::Normal}};
    EscPosOptions options;
    options.openDrawer = false;
    options.cut = false;
    const QByteArray bytes = EscPosEncoder::encode(lines, options);
    QCOMPARE(bytes.count(EscPosEncoder::drawerKickSequence()), 0);
    QVERIFY(!bytes.contains(EscPosEncoder::partialCutSequence()));
    QCOMPARE(EscPosEncoder::decode(bytes).trimmed(), QStringLiteral("Merci"));
}

void TestEscPos::styles()
{
    const QList<ReceiptLine> lines = {
        ReceiptLine {QStringLiteral("Big"), ReceiptLine::Large | ReceiptLine::Bold | ReceiptLine::Centered},
        ReceiptLine {QStringLiteral("plain"), ReceiptLine::Normal},
    };
    const QByteArray bytes = EscPosEncoder::encode(lines, EscPosOptions {});
    const qsizetype big = bytes.indexOf("Big");
    const qsizetype plain = bytes.indexOf("plain");
    const QByteArray before = bytes.left(big);
    const QByteArray between = bytes.mid(big, plain - big);
    QVERIFY(before.contains(QByteArray("\x1B"
                                       "a\x01",
                                       3)));
    QVERIFY(before.contains(QByteArray("\x1B"
                                       "E\x01",
                                       3)));
    QVERIFY(before.contains(QByteArray("\x1D!\x11", 3)));
    QVERIFY(between.contains(QByteArray("\x1B"
                                        "a\x00",
                                        3)));
    QVERIFY(between.contains(QByteArray("\x1B"
                                        "E\x00",
                                        3)));
    QVERIFY(between.contains(QByteArray("\x1D!\x00", 3)));
}

void TestEscPos::barcode()
{
    EscPosOptions options;
    options.barcode = QStringLiteral("TR1-42");
    const QByteArray bytes = EscPosEncoder::encode({}, options);
    QVERIFY(bytes.contains(QByteArray("\x1Dk\x49\x08{BTR1-42", 12)));
    QVERIFY(bytes.contains(QByteArray("\x1DH\x02", 3))); // HRI below
    QCOMPARE(EscPosEncoder::decode(bytes).trimmed(), QStringLiteral("TR1-42"));
}

QTEST_GUILESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
