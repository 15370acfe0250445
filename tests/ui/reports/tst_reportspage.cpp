// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/closing/zreportlayout.h"
#include "models/money.h"
#include "reportsfixture.h"
#include "ui/closing/daytotalsview.h"
#include "ui/errortext.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

// The Reports page on a real database: the X report of the open day, closing it (Z) with the
// cash counted — a cashier needs a manager's PIN and the closure is the manager's —, the next
// day after a closing, an earlier day left open, the past closures and their reprint.
class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void xReportShowsTheDaysSales();
    void nobodySignedInCannotClose();
    void cashierNeedsTheManagersPin();
    void countedCashAndDifference();
    void invalidCountedCashWritesNothing();
    void refusedClosingIsShownAndWritesNothing();
    void afterClosingThePageShowsTheNextDay();
    void secondClosingIsTheNextDay();
    void earlierDayIsClosedFirst();
    void closuresListAndPreview();
    void printFailureIsShownAndTheClosureStays();
    void reprintPrintsADuplicate();
    void closingPrintsTheZReport();

private:
    void makePage();
    template<typename T> T *find(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    // A label of the page's own X report (the closure dialog has its own totals view).
    QLabel *xLabel(const char *name) const;
    QString message() const { return find<QLabel>("messageLabel")->text(); }
    ClosureDialog *openDialog();

    std::unique_ptr<ReportsShop> m_shop;
    std::unique_ptr<ReportsPage> m_page;
    QTemporaryDir m_pdfDir;
};

void TestReportsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_pdfDir.isValid());
}

void TestReportsPage::init()
{
    m_shop = std::make_unique<ReportsShop>();
    QVERIFY(m_shop->setUp());
}

void TestReportsPage::cleanup()
{
    m_page.reset();
    m_shop.reset();
}

void TestReportsPage::makePage()
{
    m_page = std::make_unique<ReportsPage>(m_shop->closing, m_shop->settings, m_shop->operators,
                                           m_shop->session, m_shop->receipts);
    m_page->resize(1200, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QLabel *TestReportsPage::xLabel(const char *name) const
{
    auto *view = m_page->findChild<DayTotalsView *>(QStringLiteral("totalsView"), Qt::FindDirectChildrenOnly);
    return view ? view->findChild<QLabel *>(QLatin1String(name)) : nullptr;
}

ClosureDialog *TestReportsPage::openDialog()
{
    auto *button = find<QPushButton>("closeDayButton");
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    auto *dialog = m_page->findChild<ClosureDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestReportsPage::xReportShowsTheDaysSales()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInManager();
    makePage();
    const QString day = m_shop->closing.openDay().value();
    QVERIFY(find<QLabel>("dayLabel")->text().contains(DayTotalsView::dayText(day)));
    QVERIFY(!find<QLabel>("earlierDayLabel")->isVisible());

    QCOMPARE(xLabel("saleCountLabel")->text(), QStringLiteral("2"));
    QCOMPARE(xLabel("refundCountLabel")->text(), QStringLiteral("0"));
    QCOMPARE(xLabel("salesLabel")->text(), Money::format(1879));
    QCOMPARE(xLabel("totalLabel")->text(), Money::format(1879));
    QCOMPARE(xLabel("cashFloatLabel")->text(), Money::format(ReportsShop::Float));
    QCOMPARE(xLabel("cashExpectedLabel")->text(), Money::format(ReportsShop::Float + 589));

    auto *methods = find<QTableWidget>("methodsTable");
    QCOMPARE(methods->rowCount(), 2);
    QCOMPARE(methods->item(0, 0)->text(), QStringLiteral("Cash"));
    QCOMPARE(methods->item(0, 1)->text(), QStringLiteral("1"));
    QCOMPARE(methods->item(0, 2)->text(), Money::format(589));
    QCOMPARE(methods->item(1, 0)->text(), QStringLiteral("Card"));
    QCOMPARE(methods->item(1, 2)->text(), Money::format(1290));

    // Per VAT rate, highest first, as the journal stored it.
    auto *vat = find<QTableWidget>("vatTable");
    QCOMPARE(vat->rowCount(), 2);
    const int rates[] = {2000, 550};
    for (int row = 0; row < 2; ++row) {
        const auto sum = [this, &rates, row](const char *column) {
            return scalar(m_shop->till.shop.db(),
                          QStringLiteral("SELECT sum(") + QLatin1String(column)
                              + QStringLiteral(") FROM ticket_vat WHERE vat_rate_bp = ?"),
                          {rates[row]})
                .toLongLong();
        };
        const qint64 base = sum("base_cents");
        const qint64 tax = sum("vat_cents");
        QCOMPARE(vat->item(row, 0)->text(), Money::formatRate(rates[row]));
        QCOMPARE(vat->item(row, 1)->text(), Money::format(base));
        QCOMPARE(vat->item(row, 2)->text(), Money::format(tax));
        QCOMPARE(vat->item(row, 3)->text(), Money::format(row == 0 ? 1290 : 589));
    }

    // A sale made while the page is open shows after a refresh (F5).
    QCOMPARE(m_shop->sell(m_shop->till.jam, 589, 550, PaymentMethod::Cash), day);
    find<QPushButton>("refreshButton")->click();
    QCOMPARE(xLabel("saleCountLabel")->text(), QStringLiteral("3"));
    QCOMPARE(xLabel("cashExpectedLabel")->text(), Money::format(ReportsShop::Float + 2 * 589));
}

void TestReportsPage::nobodySignedInCannotClose()
{
    QVERIFY(m_shop->sellCashAndCard());
    makePage();
    QVERIFY(!find<QPushButton>("closeDayButton")->isEnabled());

    // Signed out while the dialog is open: its button is disabled.
    m_shop->signInManager();
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    m_shop->session.signOut();
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
    QVERIFY(!find<QPushButton>("closeDayButton")->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("countedEdit"))->setText(QStringLiteral("55,89"));
    dialog->accept();
    QCOMPARE(m_shop->closureCount(), 0);
}

void TestReportsPage::cashierNeedsTheManagersPin()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInCashier();
    makePage();
    QSignalSpy closed(m_page.get(), &ReportsPage::dayClosed);
    const QString day = m_shop->closing.openDay().value();

    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->totals().businessDay, day);
    closeWith(dialog, QStringLiteral("55,89"));
    QCOMPARE(m_shop->closureCount(), 0);
    PinDialog *pin = dialog->pinDialog();
    QVERIFY(pin);
    QVERIFY(pin->isVisible());
    QCOMPARE(pin->purpose(), PinDialog::Purpose::ManagerOverride);

    typePin(pin, QStringLiteral("1111"));
    QCOMPARE(m_shop->closureCount(), 0);
    QVERIFY(!pin->errorMessage().isEmpty());
    QVERIFY(pin->isVisible());
    QCOMPARE(closed.count(), 0);

    typePin(pin, ManagerPin);
    QCOMPARE(m_shop->closureCount(), 1);
    QCOMPARE(closed.count(), 1);
    QCOMPARE(m_shop->stored("operator_id").toLongLong(), m_shop->managerId);
    QCOMPARE(m_shop->stored("operator_name").toString(), QStringLiteral("Dominique"));
    QCOMPARE(m_shop->stored("business_day").toString(), day);
    QCOMPARE(m_shop->stored("id").toLongLong(), closed.at(0).at(0).toLongLong());
    QVERIFY(!dialog->isVisible());
}

void TestReportsPage::countedCashAndDifference()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInManager();
    makePage();
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("expectedLabel"))->text(), Money::format(5589));
    auto *counted = dialog->findChild<QLineEdit *>(QStringLiteral("countedEdit"));
    auto *difference = dialog->findChild<QLabel *>(QStringLiteral("differenceLabel"));

    QTest::keyClicks(counted, QStringLiteral("55,89"));
    QCOMPARE(difference->text(), Money::format(0));
    QCOMPARE(difference->property("balanced").toBool(), true);
    QVERIFY(difference->styleSheet().contains(QStringLiteral("#1b6e20")));

    counted->setText(QStringLiteral("50"));
    QCOMPARE(difference->text(), Money::format(-589));
    QCOMPARE(difference->property("balanced").toBool(), false);
    QVERIFY(difference->styleSheet().contains(QStringLiteral("#b00020")));
    counted->setText(QStringLiteral("56,00"));
    QCOMPARE(difference->text(), QStringLiteral("+") + Money::format(11));
    counted->setText(QStringLiteral("50"));

    // A manager closes without a PIN, in their own name; Enter confirms.
    QSignalSpy closed(m_page.get(), &ReportsPage::dayClosed);
    QTest::keyClick(counted, Qt::Key_Return);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!dialog->pinDialog());
    QCOMPARE(m_shop->closureCount(), 1);
    QCOMPARE(m_shop->stored("cash_counted_cents").toLongLong(), 5000);
    QCOMPARE(m_shop->stored("cash_expected_cents").toLongLong(), 5589);
    QCOMPARE(m_shop->stored("cash_float_cents").toLongLong(), ReportsShop::Float);
    QCOMPARE(m_shop->stored("operator_id").toLongLong(), m_shop->managerId);
    auto stored = m_shop->closing.closures();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).cashDifferenceCents, -589);
    QCOMPARE(stored->at(0).totals.totalCents, 1879);
}

void TestReportsPage::invalidCountedCashWritesNothing()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInManager();
    makePage();
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    confirm(dialog); // nothing typed
    QVERIFY(!dialog->errorMessage().isEmpty());
    auto *counted = dialog->findChild<QLineEdit *>(QStringLiteral("countedEdit"));
    counted->setText(QStringLiteral("-5"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("differenceLabel"))->text(), QStringLiteral("—"));
    confirm(dialog);
    QCOMPARE(dialog->errorMessage(), errorText(Money::parse(QStringLiteral("-5")).error()));
    counted->setText(QStringLiteral("douze"));
    confirm(dialog);
    QVERIFY(!dialog->errorMessage().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_shop->closureCount(), 0);
}

void TestReportsPage::refusedClosingIsShownAndWritesNothing()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInManager();
    makePage();
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString day = dialog->totals().businessDay;
    // Someone else closes the same day meanwhile: the dialog's closing is refused.
    QVERIFY(m_shop->closing.close(day, m_shop->managerId, ReportsShop::Float, 5589).ok());
    QCOMPARE(m_shop->closureCount(), 1);
    QSignalSpy closed(m_page.get(), &ReportsPage::dayClosed);
    closeWith(dialog, QStringLiteral("55,89"));
    QCOMPARE(m_shop->closureCount(), 1);
    QCOMPARE(closed.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorMessage(), errorText(makeError(ErrorCode::DayAlreadyClosed, day)));
    // Cancelling the dialog shows the closure that was made meanwhile.
    dialog->reject();
    QCOMPARE(find<QTableWidget>("closuresView")->rowCount(), 1);
}

void TestReportsPage::afterClosingThePageShowsTheNextDay()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInManager();
    makePage();
    const QString day = m_shop->closing.openDay().value();
    const QString next = QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    closeWith(dialog, QStringLiteral("55,89"));
    QCOMPARE(m_shop->closureCount(), 1);

    QCOMPARE(m_shop->closing.openDay().value(), next);
    QVERIFY(find<QLabel>("dayLabel")->text().contains(DayTotalsView::dayText(next)));
    QCOMPARE(xLabel("saleCountLabel")->text(), QStringLiteral("0"));
    QCOMPARE(xLabel("totalLabel")->text(), Money::format(0));
    QCOMPARE(xLabel("cashExpectedLabel")->text(), Money::format(ReportsShop::Float));
    QCOMPARE(find<QTableWidget>("closuresView")->rowCount(), 1);
    // DayClosing does not offer the next day, still to come and empty, for closing: the page
    // says there is nothing to close.
    auto *closeButton = find<QPushButton>("closeDayButton");
    QCOMPARE(m_shop->closing.closableDays().value(), QStringList {});
    QVERIFY(!closeButton->isEnabled());
    QVERIFY(find<QLabel>("nothingToCloseLabel")->isVisible());

    // The next sale belongs to the next day, shows on the page, and that day can be closed.
    QCOMPARE(m_shop->sell(m_shop->till.mug, 1290, 2000, PaymentMethod::Card), next);
    m_page->refresh();
    QCOMPARE(m_shop->closing.closableDays().value(), QStringList {next});
    QCOMPARE(xLabel("saleCountLabel")->text(), QStringLiteral("1"));
    QVERIFY(closeButton->isEnabled());
    QVERIFY(!find<QLabel>("nothingToCloseLabel")->isVisible());
}

void TestReportsPage::secondClosingIsTheNextDay()
{
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInManager();
    makePage();
    const QString day = m_shop->closing.openDay().value();
    QPointer<ClosureDialog> first = openDialog();
    QVERIFY(first);
    closeWith(first, QStringLiteral("55,89"));
    QCOMPARE(m_shop->closureCount(), 1);

    // A sale after the Z, the same calendar day, then a second closing: it closes the next
    // business day, the one that sale belongs to.
    const QString next = QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    QCOMPARE(m_shop->sell(m_shop->till.mug, 1290, 2000, PaymentMethod::Card), next);
    // Coming back to the page (after selling on the till) reads the totals again.
    m_page->hide();
    m_page->show();
    QCOMPARE(xLabel("saleCountLabel")->text(), QStringLiteral("1"));
    ClosureDialog *second = openDialog();
    QVERIFY(second);
    QVERIFY(first.isNull()); // a new dialog: the closed one is gone (its address may be reused)
    QCOMPARE(second->totals().businessDay, next);
    QCOMPARE(second->totals().saleCount, 1);
    closeWith(second, QStringLiteral("50"));
    QVERIFY2(second->errorMessage().isEmpty(), qPrintable(second->errorMessage()));
    QCOMPARE(m_shop->closureCount(), 2);
    QCOMPARE(m_shop->stored("business_day", 2).toString(), next);
    QCOMPARE(m_shop->stored("total_cents", 2).toLongLong(), 1290);
    QCOMPARE(m_shop->stored("cash_counted_cents", 2).toLongLong(), ReportsShop::Float);
    QCOMPARE(find<QTableWidget>("closuresView")->rowCount(), 2);
}

void TestReportsPage::earlierDayIsClosedFirst()
{
    QVERIFY(m_shop->sellCashAndCard());
    const QString day = m_shop->closing.openDay().value();
    m_shop->till.shop.clock.advance(24LL * 3600 * 1000); // the next morning, the day was not closed
    const QString today = m_shop->closing.openDay().value();
    QVERIFY(today > day);
    QCOMPARE(m_shop->closing.closableDays().value(), (QStringList {day, today}));
    m_shop->signInManager();
    makePage();
    auto *earlier = find<QLabel>("earlierDayLabel");
    QVERIFY(earlier->isVisible());
    QVERIFY(earlier->text().contains(DayTotalsView::dayText(day)));
    QCOMPARE(xLabel("saleCountLabel")->text(), QStringLiteral("0")); // today's X report

    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->totals().businessDay, day);
    QCOMPARE(dialog->totals().saleCount, 2);
    closeWith(dialog, QStringLiteral("55,89"));
    QCOMPARE(m_shop->stored("business_day").toString(), day);
    QVERIFY(!earlier->isVisible());
    QCOMPARE(m_shop->closing.openDay().value(), today);
}

void TestReportsPage::closuresListAndPreview()
{
    QVERIFY(m_shop->sellCashAndCard());
    QVERIFY(
        m_shop->closing.close(m_shop->closing.openDay().value(), m_shop->managerId, ReportsShop::Float, 5589)
            .ok());
    m_shop->signInCashier();
    makePage();
    auto *list = find<QTableWidget>("closuresView");
    auto *preview = find<QPlainTextEdit>("reportPreview");
    auto *reprint = find<QPushButton>("reprintButton");
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(list->item(0, 2)->text(), Money::format(1879));
    QCOMPARE(list->item(0, 3)->text(), Money::format(5589));
    QCOMPARE(list->item(0, 4)->text(), Money::format(5589));
    QVERIFY(preview->toPlainText().isEmpty());
    QVERIFY(!reprint->isEnabled());

    list->setCurrentCell(0, 0);
    const Closure closure = m_shop->closing.closures().value().at(0);
    ReceiptOptions options;
    options.columns = m_shop->settings.printer().value().columns;
    // QPlainTextEdit gives no-break spaces back as spaces.
    const QString expected
        = Receipt::plainText(ZReportLayout::lines(m_shop->settings.identity().value(), closure, options),
                             options.columns)
              .replace(QChar::Nbsp, QLatin1Char(' '));
    QCOMPARE(preview->toPlainText().replace(QChar::Nbsp, QLatin1Char(' ')), expected);
    QVERIFY(expected.contains(QStringLiteral("Z REPORT")));
    QVERIFY(reprint->isEnabled());
    // The selection survives a refresh.
    m_page->refresh();
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(!preview->toPlainText().isEmpty());
}

void TestReportsPage::printFailureIsShownAndTheClosureStays()
{
    QVERIFY(m_shop->sellCashAndCard()); // no printer set up: kind None
    m_shop->signInManager();
    makePage();
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    closeWith(dialog, QStringLiteral("55,89"));
    QCOMPARE(m_shop->closureCount(), 1);
    QTRY_VERIFY2(message().contains(errorText(makeError(ErrorCode::NoPrinter))), qPrintable(message()));
}

void TestReportsPage::reprintPrintsADuplicate()
{
    QVERIFY(m_shop->usePdfPrinter(m_pdfDir.path()));
    QVERIFY(m_shop->sellCashAndCard());
    QVERIFY(
        m_shop->closing.close(m_shop->closing.openDay().value(), m_shop->managerId, ReportsShop::Float, 5589)
            .ok());
    m_shop->signInManager();
    makePage();
    const qint64 filesBefore = QDir(m_pdfDir.path()).entryList(QDir::Files).size();
    QSignalSpy printed(&m_shop->receipts, &ReceiptService::printed);
    QSignalSpy failed(&m_shop->receipts, &ReceiptService::failed);
    find<QTableWidget>("closuresView")->setCurrentCell(0, 0);
    find<QPushButton>("reprintButton")->click();
    QTRY_COMPARE(printed.count() + failed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(printed.at(0).at(0).toLongLong(), 0);
    QVERIFY2(message().contains(QStringLiteral("duplicate")), qPrintable(message()));
    QCOMPARE(QDir(m_pdfDir.path()).entryList(QDir::Files).size(), filesBefore + 1);
}

void TestReportsPage::closingPrintsTheZReport()
{
    QVERIFY(m_shop->usePdfPrinter(m_pdfDir.path()));
    QVERIFY(m_shop->sellCashAndCard());
    m_shop->signInCashier();
    makePage();
    const qint64 filesBefore = QDir(m_pdfDir.path()).entryList(QDir::Files).size();
    QSignalSpy printed(&m_shop->receipts, &ReceiptService::printed);
    ClosureDialog *dialog = openDialog();
    QVERIFY(dialog);
    closeWith(dialog, QStringLiteral("55,89"));
    QVERIFY(dialog->pinDialog());
    typePin(dialog->pinDialog(), ManagerPin);
    QCOMPARE(m_shop->closureCount(), 1);
    QTRY_COMPARE(printed.count(), 1);
    QCOMPARE(printed.at(0).at(0).toLongLong(), 0);
    QCOMPARE(QDir(m_pdfDir.path()).entryList(QDir::Files).size(), filesBefore + 1);
    QVERIFY2(message().contains(QStringLiteral("printed")), qPrintable(message()));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
