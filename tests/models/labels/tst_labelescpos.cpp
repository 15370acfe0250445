// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One-off labels on the receipt printer: the ESC/POS bytes of a shelf and a product label (GS k 67
// for EAN-13, GS k 73 for a reference), and their text read back.
#include "models/labels/labelescpos.h"
#include "models/receipts/escpos.h"

#include <QTest>

using namespace comptoir;

class TestLabelEscPos : public QObject
{
    Q_OBJECT

private:
    static LabelContent comte()
    {
        LabelContent c;
        c.variantId = 1;
        c.productName = QStringLiteral("Comté AOP");
        c.variantLabel = QStringLiteral("250 g");
        c.priceCents = 310;
        c.unitPrice = UnitPrice {1240, UnitPriceBasis::PerKilogram};
        c.shortText = QStringLiteral("Jura");
        c.code = QStringLiteral("2000000000015");
        c.symbology = LabelSymbology::Ean13;
        return c;
    }
    static const QLocale french() { return QLocale(QLocale::French, QLocale::France); }

private Q_SLOTS:
    void ean13Command()
    {
        const QByteArray bytes = EscPosEncoder().ean13(QStringLiteral("2000000000015")).bytes();
        QVERIFY(bytes.endsWith(QByteArray("\x1d\x6b\x43\x0d"
                                          "2000000000015")));
        QVERIFY(bytes.contains(QByteArray("\x1d\x48\x02", 3))); // digits under the bars
        // Twelve digits are sent too (the printer adds the check digit); anything else is not.
        QVERIFY(EscPosEncoder()
                    .ean13(QStringLiteral("200000000001"))
                    .bytes()
                    .endsWith(QByteArray("\x1d\x6b\x43\x0c"
                                         "200000000001")));
        QVERIFY(EscPosEncoder().ean13(QStringLiteral("20000000A0015")).bytes().isEmpty());
        QVERIFY(EscPosEncoder().ean13(QStringLiteral("96385074")).bytes().isEmpty());
    }

    void shelfLabel()
    {
        const QByteArray bytes = LabelEscPos::encode({comte()}, LabelKind::Shelf, french());
        QVERIFY(bytes.startsWith(QByteArray("\x1b\x40", 2)));
        QVERIFY(bytes.contains(QByteArray("\x1d\x6b\x43\x0d"
                                          "2000000000015")));
        QVERIFY(bytes.contains(QByteArray("\x1d\x21\x11", 3))); // the price in double size
        QVERIFY(bytes.endsWith(EscPosEncoder::partialCutSequence()));
        const QString text = EscPosEncoder::decode(bytes);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Comté AOP"));
        QCOMPARE(lines.value(1), QStringLiteral("250 g"));
        QCOMPARE(lines.value(2), QStringLiteral("Jura"));
        QCOMPARE(lines.value(3), QStringLiteral("3,10\u00a0€"));
        QCOMPARE(lines.value(4), QStringLiteral("12,40\u00a0€ / kg"));
        QCOMPARE(lines.value(5), QStringLiteral("2000000000015"));
    }

    void productLabelsOnePerCut()
    {
        LabelContent reference = comte();
        reference.code = QStringLiteral("CMT-250");
        reference.symbology = LabelSymbology::Code128;
        const QByteArray bytes = LabelEscPos::encode({comte(), reference}, LabelKind::Product, french());
        QCOMPARE(bytes.count(EscPosEncoder::partialCutSequence()), 2);
        QVERIFY(bytes.contains(QByteArray("\x1d\x6b\x49\x09{BCMT-250")));
        const QStringList lines = EscPosEncoder::decode(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Comté AOP 250 g"));
        QCOMPARE(lines.value(1), QStringLiteral("3,10\u00a0€"));
        QCOMPARE(lines.value(2), QStringLiteral("2000000000015"));
        QCOMPARE(lines.value(3), QStringLiteral("Comté AOP 250 g"));
        QCOMPARE(lines.value(5), QStringLiteral("CMT-250"));
        QVERIFY(!EscPosEncoder::decode(bytes).contains(QStringLiteral("/ kg"))); // no unit price
    }
};

QTEST_GUILESS_MAIN(TestLabelEscPos)
#include "tst_labelescpos.moc"
