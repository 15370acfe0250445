// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance of the till (issue 3), driven through the real Caisse page as a cashier would:
// scan → cash → change → ticket stored → stock down → receipt printed on request on a loopback
// ESC/POS printer and decoded (every French mention, € and accents, one drawer kick); a
// reprint says DUPLICATE 1; a partial return from the till's Return button with its receipt
// printed at once; a printer that is off leaves the sale stored and says so.
#include "fakenetworkprinter.h"
#include "models/fiscal/fiscalchain.h"
#include "models/money.h"
#include "models/receipts/escpos.h"
#include "models/receipts/receiptprintlog.h"
#include "models/sales/cartmodel.h"
#include "models/sales/returncode.h"
#include "tillpagefixture.h"
#include "ui/receipts/receiptservice.h"
#include "ui/returns/returndialog.h"
#include "ui/till/discountdialog.h"
#include "ui/till/tillreceipts.h"

#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

const QString ShopName = QStringLiteral("Épicerie fine du Martroi");
const QString Address = QStringLiteral("12 place du Martroi\n45000 Orléans");
const QString Siret = QStringLiteral("73282932000074");
const QString VatNumber = QStringLiteral("FR44732829320");

int occurrences(const QByteArray &haystack, const QByteArray &needle)
{
    int found = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++found;
    return found;
}

} // namespace

class TestTillAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cashSaleThenReceiptOnRequest();
    void reprintSaysDuplicate();
    void partialReturnPrintsItsReceipt();
    void printerOffKeepsTheSale();

private:
    void usePrinter(quint16 port);
    void sellTwoScarvesWithDiscountForCash();
    QString job(int index) const { return EscPosEncoder::decode(m_printer->jobs().value(index)); }

    std::unique_ptr<TillPageFixture> m_f;
    std::unique_ptr<ReceiptPrintLog> m_log;
    std::unique_ptr<ReceiptService> m_service;
    std::unique_ptr<FakeNetworkPrinter> m_printer;
    TillReceipts *m_receipts = nullptr; // a child of the page
};

void TestTillAcceptance::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestTillAcceptance::init()
{
    m_f = std::make_unique<TillPageFixture>();
    QVERIFY(m_f->setUp());
    QVERIFY(m_f->settings.setIdentity({ShopName, Address, Siret, VatNumber}).ok());
    m_printer = std::make_unique<FakeNetworkPrinter>();
    usePrinter(m_printer->port());
    m_log = std::make_unique<ReceiptPrintLog>(m_f->till.shop.db(), m_f->till.shop.clock);
    m_service
        = std::make_unique<ReceiptService>(m_f->settings, *m_log, m_f->till.tickets, m_f->till.shop.chain);
    m_service->setNetworkTimeout(2000);
    m_receipts = new TillReceipts(*m_f->page, *m_service, m_f->till.journal, m_f->till.tickets,
                                  m_f->till.finder, m_f->operators, m_f->session, m_f->settings);
}

void TestTillAcceptance::cleanup()
{
    m_f.reset(); // the page and its TillReceipts first
    m_service.reset();
    m_log.reset();
    m_printer.reset();
}

void TestTillAcceptance::usePrinter(quint16 port)
{
    PrinterSettings printer;
    printer.kind = PrinterSettings::Kind::EscPosNetwork;
    printer.host = QStringLiteral("127.0.0.1");
    printer.port = port;
    printer.columns = 48;
    printer.openDrawerOnCash = true;
    QVERIFY(m_f->settings.setPrinter(printer).ok());
}

// Two scarves (12,50 € each, 20 % VAT), 10 % off the line (the threshold: no PIN), 30 € in cash.
void TestTillAcceptance::sellTwoScarvesWithDiscountForCash()
{
    m_f->scan(ScarfCode);
    m_f->edit("searchEdit")->setFocus();
    m_f->scan(ScarfCode); // the scanner types into the search field: the scan still adds the line
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QCOMPARE(m_f->page->cart()->totalCents(), 2500);

    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F4);
    QTRY_VERIFY(m_f->visibleDialog<DiscountDialog>());
    auto *discount
        = m_f->visibleDialog<DiscountDialog>()->findChild<QLineEdit *>(QStringLiteral("discountEdit"));
    QTest::keyClicks(discount, QStringLiteral("10%"));
    QTest::keyClick(discount, Qt::Key_Return);
    QCOMPARE(m_f->page->cart()->totalCents(), 2250);
    // The offscreen platform does not give the focus back to the page when a dialog closes.
    QApplication::setActiveWindow(m_f->page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_f->page.get()));

    m_f->edit("amountEdit")->setText(QStringLiteral("30"));
    m_f->button("cashButton")->click();
}

void TestTillAcceptance::cashSaleThenReceiptOnRequest()
{
    QSignalSpy committed(m_f->page.get(), &TillPage::saleCommitted);
    sellTwoScarvesWithDiscountForCash();
    QCOMPARE(committed.count(), 1);

    // Change shown, the ticket stored with its lines and payment, the stock down by two.
    QVERIFY2(m_f->page->message().contains(Money::format(750)), qPrintable(m_f->page->message()));
    const Database &db = m_f->till.shop.db();
    QCOMPARE(count(db, QStringLiteral("tickets")), 1);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT total_cents || '/' || tendered_cents || '/' || change_cents "
                                   "FROM tickets"))
                 .toString(),
             QStringLiteral("2250/3000/750"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT quantity || '/' || discount_cents FROM ticket_lines")).toString(),
        QStringLiteral("2/250"));
    QCOMPARE(m_f->till.shop.ledger.onHand(m_f->scarf).value(), 2);
    // The ticket's summary and its stock movement (the catalogue's own rows are queued earlier).
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'ticket_summary' "
                                   "OR json_extract(payload, '$.reason') = 'sale'"))
                 .toLongLong(),
             qint64(2));

    // Cash: the drawer opens at once, alone (no receipt unless asked for: AGEC law).
    QTRY_COMPARE(m_printer->closed(), 1);
    QCOMPARE(m_printer->jobs().constFirst(), EscPosEncoder::drawerKickSequence());
    QCOMPARE(count(db, QStringLiteral("receipt_prints")), 0);

    // F11: the receipt.
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F11);
    QTRY_COMPARE(m_printer->closed(), 2);
    QTRY_COMPARE(count(db, QStringLiteral("receipt_prints")), 1);
    const Ticket ticket = *m_receipts->lastTicket();
    const QByteArray bytes = m_printer->jobs().at(1);
    QCOMPARE(occurrences(bytes, EscPosEncoder::codePageSequence()), 1); // PC858: € and accents
    QVERIFY(bytes.contains(EscPosEncoder::partialCutSequence()));
    int kicks = 0;
    for (const QByteArray &sent : m_printer->jobs())
        kicks += occurrences(sent, EscPosEncoder::drawerKickSequence());
    QCOMPARE(kicks, 1);

    const QString text = job(1);
    const QLocale locale;
    const QDateTime local = ticket.closedAt.toLocalTime();
    const QString when = locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
    const QStringList mentions = {
        ShopName, // accents through CP858
        QStringLiteral("12 place du Martroi"),
        QStringLiteral("45000 Orléans"),
        QStringLiteral("SIRET: ") + Siret,
        QStringLiteral("VAT number: ") + VatNumber,
        QStringLiteral("Ticket no. 1"),
        when, // date and time to the second
        QStringLiteral("Register: Till 1"), // the till's name (issue 18), no longer its raw id
        QStringLiteral("Operator: Camille"),
        ticket.lines.constFirst().label.left(20),
        QStringLiteral("2 x ") + Money::format(1250),
        Money::format(2500) + QStringLiteral(" A"), // line amount and its VAT code
        QStringLiteral("Discount"),
        Money::format(-250),
        QStringLiteral("TOTAL incl. VAT"),
        Money::format(2250), // €
        QStringLiteral("Excl. VAT"),
        Money::format(1875), // VAT base at 20 %
        Money::format(375), // VAT at 20 %
        QStringLiteral("Cash"),
        QStringLiteral("Cash tendered"),
        Money::format(3000),
        QStringLiteral("Change given"),
        Money::format(750),
        QStringLiteral("ORIGINAL"),
        QStringLiteral("Return code: ") + ReturnCode::forTicket(ticket),
        QStringLiteral("Lines: 1"), // the fiscal block
        QStringLiteral("Signature: ")
            + FiscalChain::excerpt(m_f->till.shop.chain.link(FiscalRecordType::Ticket, ticket.id)->signature),
    };
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(mention + QStringLiteral(" missing from:\n") + text));
    QVERIFY(text.contains(QChar(0x20AC))); // €
    // The return barcode's payload (Code 128, HRI) on a line of its own.
    QVERIFY(text.split(QLatin1Char('\n')).contains(ReturnCode::forTicket(ticket)));
}

void TestTillAcceptance::reprintSaysDuplicate()
{
    sellTwoScarvesWithDiscountForCash();
    QTRY_COMPARE(m_printer->closed(), 1);
    m_f->button("printReceiptButton")->click();
    QTRY_COMPARE(m_printer->closed(), 2);
    m_f->button("printReceiptButton")->click();
    QTRY_COMPARE(m_printer->closed(), 3);
    QTRY_COMPARE(count(m_f->till.shop.db(), QStringLiteral("receipt_prints")), 2);
    QVERIFY(job(1).contains(QStringLiteral("ORIGINAL")));
    QVERIFY(!job(1).contains(QStringLiteral("DUPLICATE")));
    QVERIFY(job(2).contains(QStringLiteral("DUPLICATE 1")));
    QVERIFY(!job(2).contains(QStringLiteral("ORIGINAL")));
    QCOMPARE(occurrences(m_printer->jobs().at(2), EscPosEncoder::drawerKickSequence()), 0);
}

void TestTillAcceptance::partialReturnPrintsItsReceipt()
{
    m_f->signInManager(); // a manager refunds without a second PIN
    sellTwoScarvesWithDiscountForCash();
    const Ticket sale = *m_receipts->lastTicket();
    QTRY_COMPARE(m_printer->closed(), 1); // the drawer kick

    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F12);
    QTRY_VERIFY(m_f->visibleDialog<ReturnDialog>());
    auto *dialog = m_f->visibleDialog<ReturnDialog>();
    QTRY_VERIFY(QApplication::focusWidget());
    // The customer's receipt is scanned: its return code, typed by the scanner, then Enter.
    QTest::keyClicks(QApplication::focusWidget(), ReturnCode::forTicket(sale));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *lines = dialog->findChild<QTableView *>(QStringLiteral("linesView"));
    QTRY_COMPARE(lines->model()->rowCount(), 1);
    lines->setFocus();
    lines->setCurrentIndex(lines->model()->index(0, 0));
    QTest::keyClick(lines, Qt::Key_Plus); // one scarf of the two comes back
    auto *cash = dialog->findChild<QRadioButton *>(QStringLiteral("cashMethod"));
    QVERIFY(cash);
    cash->setChecked(true);
    QSignalSpy refunded(dialog, &ReturnDialog::refunded);
    dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->click();
    QCOMPARE(refunded.count(), 1);
    const Ticket refund = refunded.at(0).at(0).value<Ticket>();

    // Stored: a new ticket with a negative line referencing the sold one; stock back with "return".
    const Database &db = m_f->till.shop.db();
    QCOMPARE(count(db, QStringLiteral("tickets")), 2);
    QCOMPARE(refund.kind, TicketKind::Refund);
    QCOMPARE(refund.originalTicketId, std::optional<qint64>(sale.id));
    QCOMPARE(refund.lines.constFirst().quantity, -1);
    QCOMPARE(refund.lines.constFirst().originalLineId, std::optional<qint64>(sale.lines.constFirst().id));
    QCOMPARE(refund.totalCents, -1125); // half of the discounted line
    QCOMPARE(m_f->till.shop.ledger.onHand(m_f->scarf).value(), 3);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'return'")).toInt(),
        1);
    QVERIFY(m_f->page->message().contains(Money::format(1125)));

    // Its receipt is printed at once, without asking, and the drawer opens for the cash.
    QTRY_COMPARE(m_printer->closed(), 2);
    const QString text = job(1);
    QVERIFY2(text.contains(QStringLiteral("REFUND")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Refund of ticket no. %1").arg(sale.number)));
    QVERIFY(text.contains(Money::format(-1125)));
    QCOMPARE(occurrences(m_printer->jobs().at(1), EscPosEncoder::drawerKickSequence()), 1);
    QTRY_COMPARE(scalar(db, QStringLiteral("SELECT ticket_id FROM receipt_prints")).toLongLong(), refund.id);
}

void TestTillAcceptance::printerOffKeepsTheSale()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port nobody listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    usePrinter(closedPort);
    sellTwoScarvesWithDiscountForCash();
    const Database &db = m_f->till.shop.db();
    QCOMPARE(count(db, QStringLiteral("tickets")), 1); // stored before anything is printed

    m_f->button("printReceiptButton")->click();
    // The drawer kick and the receipt both fail: a clear message under the sale's, which keeps
    // the change in view; nothing recorded as printed.
    QTRY_VERIFY_WITH_TIMEOUT(m_f->page->message().contains(QStringLiteral("127.0.0.1")), 6000);
    QVERIFY(m_f->page->message().contains(Money::format(750)));
    QCOMPARE(count(db, QStringLiteral("receipt_prints")), 0);
    QCOMPARE(count(db, QStringLiteral("tickets")), 1);
    QVERIFY(m_f->page->canSell()); // the till goes on
    m_f->scan(ScarfCode);
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
}

QTEST_MAIN(TestTillAcceptance)
#include "tst_tillacceptance.moc"
