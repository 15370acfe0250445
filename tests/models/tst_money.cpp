// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"

#include <QTest>

using namespace comptoir;

namespace {

const QLocale French(QLocale::French, QLocale::France);
const QLocale English(QLocale::English, QLocale::UnitedKingdom);
const QLocale German(QLocale::German, QLocale::Germany);

// Expected texts are written with '_' for the locale's group separator (U+202F in French,
// ',' in English), '~' for a no-break space (U+00A0) and 'E' for the euro sign.
QString expand(const QString &pattern, const QLocale &locale)
{
    QString text = pattern;
    text.replace(QLatin1Char('_'), locale.groupSeparator());
    text.replace(QLatin1Char('~'), QChar(0x00A0));
    text.replace(QLatin1Char('E'), QChar(0x20AC));
    return text;
}

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

QLocale localeNamed(const QString &name)
{
    if (name == QLatin1String("de"))
        return German;
    return name == QLatin1String("fr") ? French : English;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void format_data();
    void format();
    void formatPlain_data();
    void formatPlain();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void roundTrip_data();
    void roundTrip();
    void formatRate_data();
    void formatRate();
};

void TestMoney::initTestCase()
{
    QCOMPARE(French.groupSeparator(), QString(QChar(0x202F)));
    QCOMPARE(French.decimalPoint(), QStringLiteral(","));
    QCOMPARE(English.groupSeparator(), QStringLiteral(","));
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr zero") << S("fr") << qint64(0) << S("0,00~E");
    QTest::newRow("fr 5 cents") << S("fr") << qint64(5) << S("0,05~E");
    QTest::newRow("fr 12,50") << S("fr") << qint64(1250) << S("12,50~E");
    QTest::newRow("fr 999,99") << S("fr") << qint64(99999) << S("999,99~E");
    QTest::newRow("fr 1 234,50") << S("fr") << qint64(123450) << S("1_234,50~E");
    QTest::newRow("fr millions") << S("fr") << qint64(123456789) << S("1_234_567,89~E");
    QTest::newRow("fr negative") << S("fr") << qint64(-1250) << S("-12,50~E");
    QTest::newRow("fr negative cents") << S("fr") << qint64(-7) << S("-0,07~E");
    QTest::newRow("fr negative thousands") << S("fr") << qint64(-123450) << S("-1_234,50~E");
    QTest::newRow("fr huge exact") << S("fr") << qint64(900719925474099199)
                                   << S("9_007_199_254_740_991,99~E");
    QTest::newRow("en zero") << S("en") << qint64(0) << S("E0.00");
    QTest::newRow("en 12.50") << S("en") << qint64(1250) << S("E12.50");
    QTest::newRow("en 1,234.50") << S("en") << qint64(123450) << S("E1_234.50");
    QTest::newRow("en negative") << S("en") << qint64(-1250) << S("-E12.50");
    QTest::newRow("de symbol after") << S("de") << qint64(123450) << S("1_234,50~E");
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    const QLocale l = localeNamed(locale);
    QCOMPARE(Money::format(cents, l), expand(expected, l));
}

void TestMoney::formatPlain_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr") << S("fr") << qint64(1250) << S("12,50");
    QTest::newRow("fr no grouping") << S("fr") << qint64(123456) << S("1234,56");
    QTest::newRow("fr negative") << S("fr") << qint64(-5) << S("-0,05");
    QTest::newRow("en") << S("en") << qint64(1250) << S("12.50");
    QTest::newRow("en no grouping") << S("en") << qint64(123456) << S("1234.56");
}

void TestMoney::formatPlain()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::formatPlain(cents, localeNamed(locale)), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("fr integer") << S("fr") << S("12") << false << qint64(1200);
    QTest::newRow("fr one decimal") << S("fr") << S("12,5") << false << qint64(1250);
    QTest::newRow("fr two decimals") << S("fr") << S("12,50") << false << qint64(1250);
    QTest::newRow("fr dot decimal") << S("fr") << S("12.50") << false << qint64(1250);
    QTest::newRow("fr with symbol") << S("fr") << S("12,50~E") << false << qint64(1250);
    QTest::newRow("fr symbol plain space") << S("fr") << S("12,50 E") << false << qint64(1250);
    QTest::newRow("fr symbol glued") << S("fr") << S("12,50E") << false << qint64(1250);
    QTest::newRow("fr space group") << S("fr") << S("1 234,56") << false << qint64(123456);
    QTest::newRow("fr nbsp group") << S("fr") << S("1~234,56") << false << qint64(123456);
    QTest::newRow("fr narrow nbsp group") << S("fr") << S("1_234,56") << false << qint64(123456);
    QTest::newRow("fr formatted") << S("fr") << S("1_234,50~E") << false << qint64(123450);
    QTest::newRow("fr dot group comma decimal") << S("fr") << S("1.234,56") << false << qint64(123456);
    QTest::newRow("fr surrounding spaces") << S("fr") << S("  7,05  ") << false << qint64(705);
    QTest::newRow("fr zero") << S("fr") << S("0") << false << qint64(0);
    QTest::newRow("fr cents only") << S("fr") << S("0,07") << false << qint64(7);
    QTest::newRow("fr negative allowed") << S("fr") << S("-12,50") << true << qint64(-1250);
    QTest::newRow("fr negative formatted") << S("fr") << S("-1_234,50~E") << true << qint64(-123450);
    QTest::newRow("en integer") << S("en") << S("12") << false << qint64(1200);
    QTest::newRow("en decimals") << S("en") << S("12.50") << false << qint64(1250);
    QTest::newRow("en comma decimal") << S("en") << S("12,5") << false << qint64(1250);
    QTest::newRow("en symbol before") << S("en") << S("E12.50") << false << qint64(1250);
    QTest::newRow("en grouped") << S("en") << S("E1,234.56") << false << qint64(123456);
    QTest::newRow("en negative formatted") << S("en") << S("-E12.50") << true << qint64(-1250);
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(qint64, cents);
    const QLocale l = localeNamed(locale);
    const auto parsed = Money::parse(expand(text, l), l, allowNegative);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().subject));
    QCOMPARE(*parsed, cents);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<int>("code");

    const int malformed = int(ErrorCode::InvalidQuantity);
    const int negative = int(ErrorCode::NegativePrice);
    QTest::newRow("empty") << S("fr") << S("") << false << malformed;
    QTest::newRow("blank") << S("fr") << S("   ") << false << malformed;
    QTest::newRow("symbol only") << S("fr") << S("E") << false << malformed;
    QTest::newRow("separator only") << S("fr") << S(",") << false << malformed;
    QTest::newRow("three decimals") << S("fr") << S("12,505") << false << malformed;
    QTest::newRow("three decimals dot") << S("en") << S("1.234") << false << malformed;
    QTest::newRow("letters") << S("fr") << S("douze") << false << malformed;
    QTest::newRow("trailing letter") << S("fr") << S("12,5a") << false << malformed;
    QTest::newRow("two decimal commas") << S("fr") << S("1,2,3") << false << malformed;
    QTest::newRow("sign only") << S("fr") << S("-") << true << malformed;
    QTest::newRow("double sign") << S("fr") << S("--12") << true << malformed;
    QTest::newRow("exponent") << S("en") << S("1e3") << false << malformed;
    QTest::newRow("too many digits") << S("fr") << S("12345678901234567890") << false << malformed;
    QTest::newRow("negative refused") << S("fr") << S("-12,50") << false << negative;
    QTest::newRow("negative refused en") << S("en") << S("-E3.00") << false << negative;
}

void TestMoney::parseRejects()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(int, code);
    const QLocale l = localeNamed(locale);
    const auto parsed = Money::parse(expand(text, l), l, allowNegative);
    QVERIFY(!parsed.ok());
    QCOMPARE(int(parsed.error().code), code);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    const qint64 values[] = {0, 1, 9, 10, 99, 100, 101, 1250, 99999, 100000, 123456789, -1, -1250, -100000};
    for (const qint64 v : values)
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, cents);
    for (const QLocale &l : {French, English}) {
        const auto fromFormat = Money::parse(Money::format(cents, l), l, true);
        QVERIFY(fromFormat.ok());
        QCOMPARE(*fromFormat, cents);
        const auto fromPlain = Money::parse(Money::formatPlain(cents, l), l, true);
        QVERIFY(fromPlain.ok());
        QCOMPARE(*fromPlain, cents);
    }
}

void TestMoney::formatRate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr 20") << S("fr") << 2000 << S("20~%");
    QTest::newRow("fr 10") << S("fr") << 1000 << S("10~%");
    QTest::newRow("fr 5,5") << S("fr") << 550 << S("5,5~%");
    QTest::newRow("fr 2,1") << S("fr") << 210 << S("2,1~%");
    QTest::newRow("fr 0") << S("fr") << 0 << S("0~%");
    QTest::newRow("fr 12,34") << S("fr") << 1234 << S("12,34~%");
    QTest::newRow("fr 0,05") << S("fr") << 5 << S("0,05~%");
    QTest::newRow("en 20") << S("en") << 2000 << S("20%");
    QTest::newRow("en 5.5") << S("en") << 550 << S("5.5%");
    QTest::newRow("en 2.1") << S("en") << 210 << S("2.1%");
}

void TestMoney::formatRate()
{
    QFETCH(QString, locale);
    QFETCH(int, basisPoints);
    QFETCH(QString, expected);
    const QLocale l = localeNamed(locale);
    QCOMPARE(Money::formatRate(basisPoints, l), expand(expected, l));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
