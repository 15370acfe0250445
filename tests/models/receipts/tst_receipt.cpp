// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"
#include "models/receipts/receipt.h"
#include "models/sales/returncode.h"
#include "receiptfixture.h"

#include <QTest>

using namespace comptoir;

namespace {

const QLocale French(QLocale::French, QLocale::France);

ReceiptOptions frenchOptions(int columns = 48)
{
    ReceiptOptions options;
    options.columns = columns;
    options.locale = French;
    return options;
}

// The first line of the receipt's plain text that contains `needle`.
QString lineWith(const QString &text, const QString &needle)
{
    const QStringList rows = text.split(QLatin1Char('\n'));
    for (const QString &row : rows) {
        if (row.contains(needle))
            return row;
    }
    return QString();
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsEveryMention();
    void tillNameInsteadOfTheId_data();
    void tillNameInsteadOfTheId();
    void amountsAreRightAligned();
    void duplicate();
    void refund();
    void wrapsAt32Columns();
    void linesFitTheWidth_data();
    void linesFitTheWidth();
    void returnCodeRoundTrip_data();
    void returnCodeRoundTrip();
    void parseReturnCodeRejects_data();
    void parseReturnCodeRejects();
};

void TestReceipt::containsEveryMention()
{
    const Ticket ticket = sampleTicket();
    const QString text = Receipt::plainText(sampleShop(), ticket, frenchOptions());
    const QDateTime local = ticket.closedAt.toLocalTime();

    const QStringList mentions = {
        QStringLiteral("Épicerie du Martroi"),
        QStringLiteral("12 place du Martroi"),
        QStringLiteral("45000 Orléans"),
        QStringLiteral("SIRET: 123 456 789 00012"),
        QStringLiteral("VAT number: FR12123456789"),
        QStringLiteral("Ticket no. 42"),
        French.toString(local.date(), QLocale::ShortFormat),
        local.time().toString(QStringLiteral("HH:mm:ss")),
        QStringLiteral("Register: R1"),
        QStringLiteral("Operator: Alice"),
        QStringLiteral("Confiture d'abricots"),
        QStringLiteral("2 x ") + Money::format(450, French),
        Money::format(900, French) + QStringLiteral(" C"),
        QStringLiteral("Pain au levain"),
        Money::format(320, French) + QStringLiteral(" C"),
        QStringLiteral("Tablier en lin brodé"),
        Money::format(2500, French) + QStringLiteral(" A"),
        QStringLiteral("Discount ") + Money::formatRate(1000, French),
        Money::format(-250, French),
        QStringLiteral("Subtotal"),
        QStringLiteral("Ticket discount"),
        Money::format(-100, French),
        QStringLiteral("TOTAL incl. VAT"),
        QStringLiteral("C 5,5"),
        QStringLiteral("11,23"),
        QStringLiteral("0,62"),
        QStringLiteral("A 20"),
        QStringLiteral("18,21"),
        QStringLiteral("3,64"),
        QStringLiteral("Total excl. VAT"),
        QStringLiteral("Card"),
        QStringLiteral("Cash tendered"),
        QStringLiteral("Change given"),
        QStringLiteral("ORIGINAL"),
        QStringLiteral("Return code: TR1-42"),
    };
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(mention + QStringLiteral(" missing from\n") + text));
    QVERIFY(text.contains(QStringLiteral("€")));
    QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
    QVERIFY(!text.contains(QStringLiteral("REFUND")));
}

void TestReceipt::tillNameInsteadOfTheId_data()
{
    QTest::addColumn<QString>("tillName");
    QTest::addColumn<QString>("printed");
    QTest::newRow("named") << QStringLiteral("Caisse 1") << QStringLiteral("Register: Caisse 1");
    QTest::newRow("spaces trimmed") << QStringLiteral("  Comptoir du fond ")
                                    << QStringLiteral("Register: Comptoir du fond");
    QTest::newRow("no name: the id") << QString()
                                     << QStringLiteral("Register: 625535d2-7022-4c1e-9f1a-0c3d2e1f4a5b");
}

void TestReceipt::tillNameInsteadOfTheId()
{
    QFETCH(QString, tillName);
    QFETCH(QString, printed);
    ShopIdentity shop = sampleShop();
    shop.tillName = tillName;
    Ticket ticket = sampleTicket();
    ticket.registerId = QStringLiteral("625535d2-7022-4c1e-9f1a-0c3d2e1f4a5b");
    const QString text = Receipt::plainText(shop, ticket, frenchOptions());
    QCOMPARE(lineWith(text, QStringLiteral("Register:")), printed);
    if (!tillName.isEmpty()) // the id is not printed; the return code keeps its short form
        QVERIFY(!text.contains(QStringLiteral("625535d2-7022")));
    QVERIFY(text.contains(QStringLiteral("Return code: T625535d2-42")));
}

void TestReceipt::amountsAreRightAligned()
{
    const QString text = Receipt::plainText(sampleShop(), sampleTicket(), frenchOptions());
    const QList<QPair<QString, qint64>> rows = {
        {QStringLiteral("TOTAL incl. VAT"), 3370},
        {QStringLiteral("Subtotal"), 3470},
        {QStringLiteral("Card"), 2000},
        {QStringLiteral("Cash tendered"), 1500},
        {QStringLiteral("Change given"), 130},
        {QStringLiteral("Total excl. VAT"), 2944},
        {QStringLiteral("Total VAT"), 426},
    };
    for (const auto &[label, cents] : rows) {
        const QString row = lineWith(text, label);
        QVERIFY2(row.startsWith(label), qPrintable(row));
        QVERIFY2(row.endsWith(Money::format(cents, French)), qPrintable(row));
        QCOMPARE(row.size(), 48);
    }
    QVERIFY(lineWith(text, QStringLiteral("Cash ")).endsWith(Money::format(1370, French)));
}

void TestReceipt::duplicate()
{
    ReceiptOptions options = frenchOptions();
    options.duplicateNumber = 2;
    const QString text = Receipt::plainText(sampleShop(), sampleTicket(), options);
    QVERIFY(text.contains(QStringLiteral("DUPLICATE 2")));
    QVERIFY(!text.contains(QStringLiteral("ORIGINAL")));
}

void TestReceipt::refund()
{
    Ticket ticket = sampleTicket();
    ticket.kind = TicketKind::Refund;
    ticket.number = 43;
    ticket.originalTicketId = 7;
    ticket.lines = {ticket.lines.first()};
    ticket.lines[0].quantity = -2;
    ticket.lines[0].totalCents = -900;
    ticket.discountCents = 0;
    ticket.totalCents = -900;
    ticket.vat = {VatAmount {550, -853, -47}};
    ticket.payments = {Payment {PaymentMethod::Cash, -900, QString()}};
    ticket.tenderedCents = 0;
    ticket.changeCents = 0;
    ReceiptOptions options = frenchOptions();
    options.originalTicketNumber = 42;

    const QList<ReceiptLine> lines = Receipt::layout(sampleShop(), ticket, options);
    const QString text = Receipt::plainText(lines, options.columns);
    QVERIFY(text.contains(QStringLiteral("REFUND")));
    QVERIFY(text.contains(QStringLiteral("Refund of ticket no. 42")));
    QVERIFY(text.contains(QStringLiteral("Ticket no. 43")));
    QVERIFY(text.contains(QStringLiteral("-2 x ")));
    QVERIFY(text.contains(Money::format(-900, French)));
    QVERIFY(text.contains(QStringLiteral("ORIGINAL")));
    QVERIFY(!text.contains(QStringLiteral("Return code")));
    // The refund header comes before the ticket number, printed large.
    const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const ReceiptLine &line) {
        return line.text == QStringLiteral("REFUND");
    });
    QVERIFY(header != lines.cend());
    QVERIFY(header->style.testFlag(ReceiptLine::Large));
    QVERIFY(text.indexOf(QStringLiteral("REFUND")) < text.indexOf(QStringLiteral("Ticket no. 43")));
}

void TestReceipt::wrapsAt32Columns()
{
    Ticket ticket = sampleTicket();
    ticket.lines[2].label
        = QStringLiteral("Tablier de cuisine en lin lavé brodé main à Orléans, taille unique");
    const QList<ReceiptLine> lines = Receipt::layout(sampleShop(), ticket, frenchOptions(32));
    const QString text = Receipt::plainText(lines, 32);
    for (const QString &row : text.split(QLatin1Char('\n')))
        QVERIFY2(row.size() <= 32, qPrintable(row));
    // The label is cut between words over several lines, none of its words lost.
    QVERIFY(text.contains(QStringLiteral("Tablier de cuisine en lin lavé\n")));
    QVERIFY(text.contains(QStringLiteral("brodé main à Orléans, taille\n")));
    QVERIFY(text.contains(QStringLiteral("unique\n")));
    QVERIFY(lineWith(text, QStringLiteral("TOTAL")).endsWith(Money::format(3370, French)));
    QCOMPARE(lineWith(text, QStringLiteral("TOTAL")).size(), 32);
}

void TestReceipt::linesFitTheWidth_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("58 mm") << 32;
    QTest::newRow("80 mm") << 48;
}

void TestReceipt::linesFitTheWidth()
{
    QFETCH(int, columns);
    ShopIdentity shop = sampleShop();
    shop.name = QStringLiteral("La très grande épicerie fine du centre d'Orléans");
    Ticket ticket = sampleTicket();
    ticket.operatorName = QStringLiteral("Marie-Béatrice de La Tour d'Auvergne-Lauraguais");
    ticket.payments[1].reference = QStringLiteral("AVOIR-2026-000123456789");
    const QList<ReceiptLine> lines = Receipt::layout(shop, ticket, frenchOptions(columns));
    for (const ReceiptLine &line : lines) {
        const int limit = line.style.testFlag(ReceiptLine::Large) ? columns / 2 : columns;
        QVERIFY2(line.text.size() <= limit, qPrintable(line.text));
    }
}

void TestReceipt::returnCodeRoundTrip_data()
{
    QTest::addColumn<QString>("registerId");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("registerShort");
    QTest::newRow("short id") << QStringLiteral("R1") << qint64(42) << QStringLiteral("TR1-42")
                              << QStringLiteral("R1");
    QTest::newRow("uuid") << QStringLiteral("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") << qint64(123456)
                          << QStringLiteral("T0193a1b2-123456") << QStringLiteral("0193a1b2");
    QTest::newRow("punctuation") << QStringLiteral("caisse n°2") << qint64(1) << QStringLiteral("Tcaissen2-1")
                                 << QStringLiteral("caissen2");
}

void TestReceipt::returnCodeRoundTrip()
{
    QFETCH(QString, registerId);
    QFETCH(qint64, number);
    QFETCH(QString, code);
    QFETCH(QString, registerShort);
    Ticket ticket = sampleTicket();
    ticket.registerId = registerId;
    ticket.number = number;
    QCOMPARE(ReturnCode::forTicket(ticket), code);
    const auto parsed = ReturnCode::parse(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first, registerShort);
    QCOMPARE(parsed->second, number);
    QCOMPARE(ReturnCode::registerShort(registerId), registerShort);
}

void TestReceipt::parseReturnCodeRejects_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("no prefix") << QStringLiteral("R1-42");
    QTest::newRow("no number") << QStringLiteral("TR1-");
    QTest::newRow("zero") << QStringLiteral("TR1-0");
    QTest::newRow("no register") << QStringLiteral("T-5");
    QTest::newRow("letters") << QStringLiteral("TR1-4a");
    QTest::newRow("register too long") << QStringLiteral("T123456789-5");
    QTest::newRow("an EAN-13") << QStringLiteral("3760123456789");
}

void TestReceipt::parseReturnCodeRejects()
{
    QFETCH(QString, code);
    QVERIFY(!ReturnCode::parse(code).has_value());
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
