// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A trading day left unclosed for more than 24 hours is closed before selling goes on:
// overdueBusinessDay (the rule, across day boundaries and DST changes in Europe/Paris), and the
// real till page asking for that closure (OverdueClosureDialog) on the first scan or a payment.
#include "fakenetworkprinter.h"
#include "models/money.h"
#include "models/receipts/escpos.h"
#include "models/receipts/receiptprintlog.h"
#include "models/sales/businessday.h"
#include "models/sales/cartmodel.h"
#include "tillpagefixture.h"
#include "ui/closing/overdueclosuredialog.h"
#include "ui/receipts/receiptservice.h"
#include "ui/till/tillreceipts.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

Q_DECLARE_METATYPE(QList<QDateTime>)

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QString iso(int month, int day)
{
    return QDate(2026, month, day).toString(Qt::ISODate);
}

} // namespace

class TestOverdueDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rule_data();
    void rule();

    void theNextDaySellsWithoutAsking();
    void scanOnAnOverdueDayAsksForItsClosure();
    void aCashierIsAskedAManagerPin();
    void escapeLeavesEverythingAsItWas();
    void aPaymentAsksToo();
    void theOldestDayFirstThenTheNext();
    void bannerWhenThePageIsShown();
    void theZReportIsPrinted();

private:
    // A cash sale of 28,18 € (the TillShop's three lines) stored at this instant.
    void sellAt(const QDateTime &when);
    void reactivatePage();
    OverdueClosureDialog *dialog() const { return m_f->page->overdueClosureDialog(); }
    QLineEdit *countedEdit() const { return dialog()->findChild<QLineEdit *>(QStringLiteral("countedEdit")); }
    qint64 closures() const { return count(m_f->till.shop.db(), QStringLiteral("closures")); }
    QVariant closureField(const QString &day, const QString &column) const
    {
        return scalar(m_f->till.shop.db(),
                      QStringLiteral("SELECT ") + column
                          + QStringLiteral(" FROM closures WHERE kind = 'day' AND business_day = ?"),
                      {day});
    }

    std::unique_ptr<TillPageFixture> m_f;
};

void TestOverdueDay::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestOverdueDay::init()
{
    m_f = std::make_unique<TillPageFixture>();
    QVERIFY(m_f->setUp());
}

void TestOverdueDay::cleanup()
{
    m_f.reset();
}

void TestOverdueDay::sellAt(const QDateTime &when)
{
    m_f->till.shop.clock.set(when);
    QVERIFY(m_f->till.journal.commitSale(m_f->till.threeLines()).ok());
}

void TestOverdueDay::reactivatePage()
{
    // The offscreen platform does not give the focus back to the page when a dialog closes.
    QApplication::setActiveWindow(m_f->page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_f->page.get()));
    m_f->edit("searchEdit")->setFocus();
}

// The tests run in Europe/Paris: UTC+1 in winter, UTC+2 in summer (from 29 March 2026 02:00 to
// 25 October 2026 03:00, local time).
void TestOverdueDay::rule_data()
{
    QTest::addColumn<QList<QDateTime>>("sales"); // validated tickets, at these instants
    QTest::addColumn<QList<QDateTime>>("cancelled"); // tickets cancelled in progress
    QTest::addColumn<QStringList>("closed"); // days closed (in order, after the sales)
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected"); // empty: none overdue

    const QList<QDateTime> none;
    const QList<QDateTime> on25 {utc(11, 25, 10)};
    QTest::newRow("no ticket at all") << none << none << QStringList() << utc(11, 28, 9) << QString();
    QTest::newRow("the same day") << on25 << none << QStringList() << utc(11, 25, 18) << QString();
    QTest::newRow("the day after, morning") << on25 << none << QStringList() << utc(11, 26, 8) << QString();
    QTest::newRow("the day after, 23:59 local")
        << on25 << none << QStringList() << utc(11, 26, 22, 59) << QString();
    QTest::newRow("D+2 00:00 local (23:00 UTC)")
        << on25 << none << QStringList() << utc(11, 26, 23) << iso(11, 25);
    QTest::newRow("D+2 09:00") << on25 << none << QStringList() << utc(11, 27, 8) << iso(11, 25);
    QTest::newRow("a week later") << on25 << none << QStringList() << utc(12, 2, 8) << iso(11, 25);
    QTest::newRow("a local day that is not UTC's: 00:30 on the 26th")
        << QList<QDateTime> {utc(11, 25, 23, 30)} << none << QStringList() << utc(11, 27, 22, 59)
        << QString();
    QTest::newRow("a local day that is not UTC's: overdue at 00:00 on the 28th")
        << QList<QDateTime> {utc(11, 25, 23, 30)} << none << QStringList() << utc(11, 27, 23) << iso(11, 26);
    QTest::newRow("only cancelled tickets: not a trading day")
        << none << QList<QDateTime> {utc(11, 25, 10), utc(11, 25, 11)} << QStringList() << utc(11, 28, 9)
        << QString();
    QTest::newRow("closed day") << on25 << none << QStringList {iso(11, 25)} << utc(11, 28, 9) << QString();
    QTest::newRow("two days overdue: the oldest") << QList<QDateTime> {utc(11, 24, 10), utc(11, 25, 10)}
                                                  << none << QStringList() << utc(11, 28, 9) << iso(11, 24);
    QTest::newRow("the oldest closed: the next")
        << QList<QDateTime> {utc(11, 24, 10), utc(11, 25, 10)} << none << QStringList {iso(11, 24)}
        << utc(11, 28, 9) << iso(11, 25);
    QTest::newRow("yesterday unclosed is not yet overdue")
        << QList<QDateTime> {utc(11, 24, 10), utc(11, 27, 10)} << none << QStringList {iso(11, 24)}
        << utc(11, 28, 9) << QString();
    // Summer time starts on Sunday 29 March 2026: 00:00 on the 30th is 22:00 UTC on the 29th.
    QTest::newRow("March DST: 23:59 CEST on D+1")
        << QList<QDateTime> {utc(3, 28, 10)} << none << QStringList() << utc(3, 29, 21, 59) << QString();
    QTest::newRow("March DST: 00:00 CEST on D+2")
        << QList<QDateTime> {utc(3, 28, 10)} << none << QStringList() << utc(3, 29, 22) << iso(3, 28);
    // Winter time comes back on Sunday 25 October 2026: 00:00 on the 26th is 23:00 UTC on the 25th.
    QTest::newRow("October DST: 00:30 CET on D+2 is not 23:30 CEST")
        << QList<QDateTime> {utc(10, 24, 10)} << none << QStringList() << utc(10, 25, 22, 30) << QString();
    QTest::newRow("October DST: 00:00 CET on D+2")
        << QList<QDateTime> {utc(10, 24, 10)} << none << QStringList() << utc(10, 25, 23) << iso(10, 24);
}

void TestOverdueDay::rule()
{
    QFETCH(QList<QDateTime>, sales);
    QFETCH(QList<QDateTime>, cancelled);
    QFETCH(QStringList, closed);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    TillShop &till = m_f->till;
    for (const QDateTime &when : sales)
        sellAt(when);
    for (const QDateTime &when : cancelled) {
        till.shop.clock.set(when);
        QVERIFY(till.drafts.cancel(till.threeLines()).ok());
    }
    for (const QString &day : closed) {
        auto closure = m_f->closing.close(day, m_f->managerId, 0, 0);
        QVERIFY2(closure.ok(), qPrintable(day));
    }
    // Another register's unclosed ticket long ago never counts.
    QVERIFY(
        till.shop.db()
            .exec(QStringLiteral("INSERT INTO tickets (uuid, register_id, number, kind, operator_id, "
                                 "operator_name, business_day, closed_at, total_cents) VALUES ('other-1', "
                                 "'other-register', 1, 'sale', ?, 'Camille', '2026-01-05', "
                                 "'2026-01-05T10:00:00.000Z', 0)"),
                  {till.operatorId})
            .ok());

    auto overdue = overdueBusinessDay(till.shop.db(), till.shop.db().deviceId(), now);
    QVERIFY(overdue.ok());
    QCOMPARE(overdue->value_or(QString()), expected);
}

void TestOverdueDay::theNextDaySellsWithoutAsking()
{
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 26, 8)); // 09:00 the day after: the Z was forgotten last night
    m_f->scan(ScarfCode);
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QVERIFY(!dialog());
    QVERIFY(!m_f->page->findChild<QWidget *>(QStringLiteral("overdueBanner"))->isVisible());
    QCOMPARE(closures(), 0);
}

void TestOverdueDay::scanOnAnOverdueDayAsksForItsClosure()
{
    m_f->signInManager();
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 27, 8)); // 09:00 two days later
    const qint64 expected = m_f->closing.totals(iso(11, 25), 0)->cashExpectedCents;
    QCOMPARE(expected, 2818);

    m_f->scan(ScarfCode);
    QVERIFY(dialog());
    QCOMPARE(m_f->page->cart()->rowCount(), 0); // nothing added yet
    QVERIFY(
        dialog()->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("25")));
    QCOMPARE(dialog()->findChild<QLabel *>(QStringLiteral("expectedLabel"))->text(), Money::format(expected));
    QCOMPARE(countedEdit()->text(), Money::formatPlain(expected));
    auto *closeButton = dialog()->findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(closeButton->isDefault());
    QVERIFY(closeButton->text().contains(QStringLiteral("25/11")));

    QSignalSpy closedSpy(m_f->page.get(), &TillPage::dayClosed);
    QTest::keyClick(countedEdit(), Qt::Key_Return); // Enter: "Close 25/11 now"
    QCOMPARE(closedSpy.count(), 1);
    QVERIFY(!dialog());
    QCOMPARE(closures(), 1);
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("cash_counted_cents")).toLongLong(), expected);
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("cash_expected_cents")).toLongLong(), expected);
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("operator_name")).toString(), QStringLiteral("Nadia"));
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("operator_id")).toLongLong(), m_f->managerId);
    // Then the scan goes on.
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QCOMPARE(m_f->page->cart()->lines().at(0).variantId, std::optional<qint64>(m_f->scarf));
    QVERIFY(m_f->page->message().contains(QStringLiteral("Z")));

    // The next scans sell without asking.
    reactivatePage();
    m_f->scan(ScarfCode);
    QVERIFY(!dialog());
    QCOMPARE(m_f->page->cart()->lines().at(0).quantity, 2);
}

void TestOverdueDay::aCashierIsAskedAManagerPin()
{
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 27, 8));
    m_f->scan(ScarfCode);
    QVERIFY(dialog());
    countedEdit()->setText(QStringLiteral("28,00")); // 18 cents short
    QTest::keyClick(countedEdit(), Qt::Key_Return);
    QVERIFY(m_f->visibleDialog<PinDialog>());
    QCOMPARE(closures(), 0); // not before the PIN
    QCOMPARE(m_f->page->cart()->rowCount(), 0);

    QVERIFY(m_f->typePin(QStringLiteral("1111"))); // a wrong PIN: nothing happens
    QCOMPARE(closures(), 0);
    QVERIFY(m_f->typePin(ManagerPin));
    QCOMPARE(closures(), 1);
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("cash_counted_cents")).toLongLong(), 2800);
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("cash_expected_cents")).toLongLong(), 2818);
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("operator_name")).toString(), QStringLiteral("Nadia"));
    QCOMPARE(closureField(iso(11, 25), QStringLiteral("operator_id")).toLongLong(), m_f->managerId);
    QVERIFY(!dialog());
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
}

void TestOverdueDay::escapeLeavesEverythingAsItWas()
{
    m_f->signInManager();
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 27, 8));
    const QStringList before = snapshot(m_f->till.shop.db());

    m_f->scan(ScarfCode);
    QVERIFY(dialog());
    QTest::keyClick(countedEdit(), Qt::Key_Escape);
    QVERIFY(!dialog());
    QCOMPARE(closures(), 0);
    QCOMPARE(m_f->page->cart()->rowCount(), 0);
    QCOMPARE(snapshot(m_f->till.shop.db()), before);

    // Asked again at the next scan.
    reactivatePage();
    m_f->scan(ScarfCode);
    QVERIFY(dialog());
    QCOMPARE(m_f->page->cart()->rowCount(), 0);
}

void TestOverdueDay::aPaymentAsksToo()
{
    m_f->signInManager();
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 26, 22)); // 23:00 on the 26th: not overdue yet
    m_f->scan(ScarfCode);
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QVERIFY(!dialog());
    const qint64 tickets = count(m_f->till.shop.db(), QStringLiteral("tickets"));

    m_f->till.shop.clock.set(utc(11, 26, 23, 30)); // 00:30 on the 27th: the 25th is overdue
    m_f->button("cardButton")->click();
    QVERIFY(dialog());
    QCOMPARE(count(m_f->till.shop.db(), QStringLiteral("tickets")), tickets); // not paid yet
    QCOMPARE(m_f->page->cart()->rowCount(), 1);

    QTest::keyClick(countedEdit(), Qt::Key_Return);
    QCOMPARE(closures(), 1);
    // Then the payment goes on: the sale is stored, in the 27th.
    QCOMPARE(count(m_f->till.shop.db(), QStringLiteral("tickets")), tickets + 1);
    QCOMPARE(m_f->page->cart()->rowCount(), 0);
    QVERIFY(m_f->page->lastTicket().has_value());
    QCOMPARE(m_f->page->lastTicket()->businessDay, iso(11, 27));
}

void TestOverdueDay::theOldestDayFirstThenTheNext()
{
    m_f->signInManager();
    sellAt(utc(11, 24, 10));
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 27, 8));
    m_f->scan(ScarfCode);
    QVERIFY(dialog());
    QCOMPARE(dialog()->totals().businessDay, iso(11, 24));
    QTest::keyClick(countedEdit(), Qt::Key_Return);
    QCOMPARE(closures(), 1);
    QVERIFY(!closureField(iso(11, 24), QStringLiteral("id")).isNull());
    QCOMPARE(m_f->page->cart()->rowCount(), 0); // the 25th is overdue too
    QVERIFY(dialog());
    QCOMPARE(dialog()->totals().businessDay, iso(11, 25));
    QTest::keyClick(countedEdit(), Qt::Key_Return);
    QCOMPARE(closures(), 2);
    QVERIFY(!dialog());
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
}

void TestOverdueDay::bannerWhenThePageIsShown()
{
    m_f->signInManager();
    auto *banner = m_f->page->findChild<QWidget *>(QStringLiteral("overdueBanner"));
    QVERIFY(!banner->isVisible());
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 27, 8));
    m_f->page->hide();
    m_f->page->show();
    QVERIFY(banner->isVisible());
    QCOMPARE(m_f->page->overdueDay(), iso(11, 25));
    QVERIFY(m_f->page->findChild<QLabel *>(QStringLiteral("overdueLabel"))
                ->text()
                .contains(QStringLiteral("25")));

    m_f->button("overdueCloseButton")->click();
    QVERIFY(dialog());
    QTest::keyClick(countedEdit(), Qt::Key_Return);
    QCOMPARE(closures(), 1);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_f->page->cart()->rowCount(), 0); // the banner's closure adds nothing
}

void TestOverdueDay::theZReportIsPrinted()
{
    FakeNetworkPrinter printer;
    PrinterSettings settings;
    settings.kind = PrinterSettings::Kind::EscPosNetwork;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = printer.port();
    settings.columns = 48;
    QVERIFY(m_f->settings.setPrinter(settings).ok());
    ReceiptPrintLog log(m_f->till.shop.db(), m_f->till.shop.clock);
    ReceiptService service(m_f->settings, log, m_f->till.tickets, m_f->till.shop.chain);
    service.setNetworkTimeout(2000);
    auto *receipts = new TillReceipts(*m_f->page, service, m_f->till.journal, m_f->till.tickets,
                                      m_f->till.finder, m_f->operators, m_f->session, m_f->settings);

    m_f->signInManager();
    sellAt(utc(11, 25, 10));
    m_f->till.shop.clock.set(utc(11, 27, 8));
    m_f->scan(ScarfCode);
    QVERIFY(dialog());
    QSignalSpy printed(&service, &ReceiptService::printed);
    QTest::keyClick(countedEdit(), Qt::Key_Return);
    QCOMPARE(closures(), 1);
    QTRY_COMPARE(printed.count(), 1);
    QCOMPARE(printed.at(0).at(0).toLongLong(), 0); // lines, not a ticket
    QTRY_COMPARE(printer.jobs().size(), 1);
    QTRY_VERIFY(EscPosEncoder::decode(printer.jobs().at(0)).contains(QStringLiteral("Nadia")));
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    delete receipts;
    m_f.reset(); // before the service it uses
}

// Business days are local dates: the tests run in the shop's time zone whatever the machine's.
int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Paris");
    QApplication app(argc, argv);
    TestOverdueDay test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_overdueday.moc"
