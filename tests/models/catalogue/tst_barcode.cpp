// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/barcode.h"

#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::Barcode::Kind)

class TestBarcode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void checkDigit_data();
    void checkDigit();
    void complete_data();
    void complete();
};

void TestBarcode::classify_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Barcode::Kind>("kind");

    // Real codes.
    QTest::newRow("ean13 faber-castell") << QStringLiteral("4006381333931") << Barcode::Kind::Ean13;
    QTest::newRow("ean13 french prefix") << QStringLiteral("3760000000017") << Barcode::Kind::Ean13;
    QTest::newRow("ean13 nutella") << QStringLiteral("3017620422003") << Barcode::Kind::Ean13;
    QTest::newRow("ean13 isbn") << QStringLiteral("9780306406157") << Barcode::Kind::Ean13;
    QTest::newRow("ean8 wikipedia") << QStringLiteral("96385074") << Barcode::Kind::Ean8;
    QTest::newRow("ean8 other") << QStringLiteral("40123455") << Barcode::Kind::Ean8;
    QTest::newRow("upca coca") << QStringLiteral("036000291452") << Barcode::Kind::UpcA;
    QTest::newRow("upca apple") << QStringLiteral("012345678905") << Barcode::Kind::UpcA;
    QTest::newRow("ean13 check 0") << QStringLiteral("0000000000000") << Barcode::Kind::Ean13;

    // Wrong check digits.
    QTest::newRow("ean13 bad check") << QStringLiteral("4006381333932") << Barcode::Kind::Invalid;
    QTest::newRow("ean13 swapped digits") << QStringLiteral("4006381339331") << Barcode::Kind::Invalid;
    QTest::newRow("ean8 bad check") << QStringLiteral("96385075") << Barcode::Kind::Invalid;
    QTest::newRow("upca bad check") << QStringLiteral("036000291453") << Barcode::Kind::Invalid;
    // Letters, spaces, signs.
    QTest::newRow("letter") << QStringLiteral("40063813339A1") << Barcode::Kind::Invalid;
    QTest::newRow("all letters") << QStringLiteral("ABCDEFGH") << Barcode::Kind::Invalid;
    QTest::newRow("inner space") << QStringLiteral("400638 333931") << Barcode::Kind::Invalid;
    QTest::newRow("leading space") << QStringLiteral(" 4006381333931") << Barcode::Kind::Invalid;
    QTest::newRow("trailing space") << QStringLiteral("96385074 ") << Barcode::Kind::Invalid;
    QTest::newRow("minus sign") << QStringLiteral("-9638507") << Barcode::Kind::Invalid;
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0669\u0666\u0663\u0668\u0665\u0660\u0667\u0664") << Barcode::Kind::Invalid;
    // Wrong lengths.
    QTest::newRow("empty") << QString() << Barcode::Kind::Invalid;
    QTest::newRow("7 digits") << QStringLiteral("9638507") << Barcode::Kind::Invalid;
    QTest::newRow("9 digits") << QStringLiteral("963850740") << Barcode::Kind::Invalid;
    QTest::newRow("11 digits") << QStringLiteral("03600029145") << Barcode::Kind::Invalid;
    QTest::newRow("14 digits") << QStringLiteral("40063813339310") << Barcode::Kind::Invalid;
    QTest::newRow("gtin14") << QStringLiteral("10012345678902") << Barcode::Kind::Invalid;
}

void TestBarcode::classify()
{
    QFETCH(QString, code);
    QFETCH(Barcode::Kind, kind);
    QCOMPARE(Barcode::classify(code), kind);
    QCOMPARE(Barcode::isValid(code), kind != Barcode::Kind::Invalid);
}

void TestBarcode::checkDigit_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("digit");

    QTest::newRow("ean13 payload") << QStringLiteral("400638133393") << 1;
    QTest::newRow("ean8 payload") << QStringLiteral("9638507") << 4;
    QTest::newRow("upca payload") << QStringLiteral("03600029145") << 2;
    QTest::newRow("french payload") << QStringLiteral("376000000001") << 7;
    QTest::newRow("zeros") << QStringLiteral("000000000000") << 0;
    QTest::newRow("letter") << QStringLiteral("40063813339A") << -1;
    QTest::newRow("space") << QStringLiteral("4006381 3393") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestBarcode::checkDigit()
{
    QFETCH(QString, payload);
    QFETCH(int, digit);
    QCOMPARE(Barcode::checkDigit(payload), digit);
}

void TestBarcode::complete_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("full");

    QTest::newRow("ean13") << QStringLiteral("376000000001") << QStringLiteral("3760000000017");
    QTest::newRow("ean8") << QStringLiteral("9638507") << QStringLiteral("96385074");
    QTest::newRow("upca") << QStringLiteral("03600029145") << QStringLiteral("036000291452");
    QTest::newRow("not digits") << QStringLiteral("37600000000X") << QString();
}

void TestBarcode::complete()
{
    QFETCH(QString, payload);
    QFETCH(QString, full);
    const QString made = Barcode::complete(payload);
    QCOMPARE(made, full);
    if (!full.isEmpty())
        QVERIFY(Barcode::isValid(made));
}

QTEST_GUILESS_MAIN(TestBarcode)
#include "tst_barcode.moc"
