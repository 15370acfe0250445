// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The till's amount fields at and past the money bounds (models/moneylimits.h): a free price, a
// price override, a discount, and the product editor's price and cost. A 13-digit barcode scanned
// into one of them is refused with the words of AmountTooLarge naming the bound, and nothing is
// emitted; a value at the bound is taken.
#include "models/money.h"
#include "models/moneylimits.h"
#include "ui/catalogue/variantfieldsform.h"
#include "ui/errortext.h"
#include "ui/till/discountdialog.h"
#include "ui/till/freepricedialog.h"
#include "ui/till/priceoverridedialog.h"

#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace comptoir;

namespace {

const QString Barcode = QStringLiteral("3760123456789");

QString tooLarge(qint64 bound)
{
    return errorText(MoneyLimits::amountTooLarge(bound));
}

} // namespace

class TestAmountFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freePrice_data();
    void freePrice();
    void priceOverride_data();
    void priceOverride();
    void discount_data();
    void discount();
    void productEditor_data();
    void productEditor();
};

void TestAmountFields::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestAmountFields::freePrice_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at bound") << QStringLiteral("999 999,99") << true;
    QTest::newRow("past bound") << QStringLiteral("1 000 000") << false;
    QTest::newRow("barcode scanned") << Barcode << false;
}

void TestAmountFields::freePrice()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    FreePriceDialog dialog;
    QSignalSpy lines(&dialog, &FreePriceDialog::lineAccepted);
    dialog.findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(typed);
    dialog.accept();
    QCOMPARE(lines.count(), accepted ? 1 : 0);
    if (accepted)
        QCOMPARE(lines.first().at(1).toLongLong(), MoneyLimits::MaxUnitPriceCents);
    else
        QCOMPARE(dialog.errorMessage(), tooLarge(MoneyLimits::MaxUnitPriceCents));
}

void TestAmountFields::priceOverride_data()
{
    freePrice_data();
}

void TestAmountFields::priceOverride()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    PriceOverrideDialog dialog;
    dialog.setLine(QStringLiteral("Écharpe"), 2500);
    QSignalSpy prices(&dialog, &PriceOverrideDialog::priceAccepted);
    dialog.findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(typed);
    dialog.accept();
    QCOMPARE(prices.count(), accepted ? 1 : 0);
    if (accepted)
        QCOMPARE(prices.first().at(0).toLongLong(), MoneyLimits::MaxUnitPriceCents);
    else
        QCOMPARE(dialog.errorMessage(), tooLarge(MoneyLimits::MaxUnitPriceCents));
}

void TestAmountFields::discount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("amount at bound") << QStringLiteral("9 999 999,99") << true;
    QTest::newRow("amount past bound") << QStringLiteral("10 000 000") << false;
    QTest::newRow("barcode scanned") << Barcode << false;
    QTest::newRow("barcode scanned as a percentage") << Barcode + QLatin1Char('%') << false;
}

void TestAmountFields::discount()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    DiscountDialog dialog;
    QSignalSpy discounts(&dialog, &DiscountDialog::discountAccepted);
    dialog.findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(typed);
    dialog.accept();
    QCOMPARE(discounts.count(), accepted ? 1 : 0);
    if (!accepted)
        QCOMPARE(dialog.errorMessage(), tooLarge(MoneyLimits::MaxAmountCents));
}

void TestAmountFields::productEditor_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("price at bound") << QStringLiteral("priceEdit") << QStringLiteral("999999,99") << true;
    QTest::newRow("price past bound") << QStringLiteral("priceEdit") << QStringLiteral("1000000") << false;
    QTest::newRow("price barcode") << QStringLiteral("priceEdit") << Barcode << false;
    QTest::newRow("cost at bound") << QStringLiteral("costEdit") << QStringLiteral("999999,99") << true;
    QTest::newRow("cost barcode") << QStringLiteral("costEdit") << Barcode << false;
}

void TestAmountFields::productEditor()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    VariantFieldsForm form(VariantFieldsForm::Purpose::NewVariant);
    form.findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("12,50"));
    form.findChild<QLineEdit *>(field)->setText(typed);
    VariantFields fields;
    QString message;
    QCOMPARE(form.read(&fields, &message), accepted);
    if (!accepted)
        QCOMPARE(message, tooLarge(MoneyLimits::MaxUnitPriceCents));
}

QTEST_MAIN(TestAmountFields)
#include "tst_amountfields.moc"
