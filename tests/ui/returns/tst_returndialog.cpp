// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"
#include "models/sales/returncode.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"
#include "ui/errortext.h"
#include "ui/returns/returndialog.h"
#include "ui/returns/returnlinesmodel.h"
#include "ui/staff/pindialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

// The returns dialog on a real database, driven with QTest: a sale of 2 jars (5,89 €) and a mug
// (12,90 €) paid in cash is found by its return code or by search, and refunded line by line.
// Dominique is a manager (PIN 2580), Alex a cashier (PIN 1111).
class TestReturnDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanShowsTheLines();
    void refundOneJarByCash();
    void secondReturnCannotExceedWhatIsLeft();
    void creditNoteWritesAVoucherPayment();
    void cashierNeedsTheManagerPin();
    void aRefundIsNotRefunded();
    void unknownCodeShowsTheError();
    void searchByDayAndAmount();
    void shownTotalIsWhatIsRefunded();

private:
    void openDialog();
    void scan(const QString &code);
    void pressOn(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString errorShown() const;
    QAbstractItemModel *lines() const;
    qint64 quantityOnRow(int row) const;
    RefundDraft oneJarBack() const;

    std::unique_ptr<TillShop> m_t;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<ReturnDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    OperatorInfo m_manager;
    OperatorInfo m_cashier;
    Ticket m_sale;
};

void TestReturnDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestReturnDialog::init()
{
    m_t = std::make_unique<TillShop>();
    QVERIFY(m_t->shop.temp.isValid());
    QVERIFY(m_t->setUp());
    m_operators = std::make_unique<Operators>(m_t->shop.db(), m_t->shop.clock, m_t->shop.events, 64);
    auto manager
        = m_operators->add(QStringLiteral("Dominique"), OperatorRole::Manager, QStringLiteral("2580"));
    auto cashier = m_operators->add(QStringLiteral("Alex"), OperatorRole::Cashier, QStringLiteral("1111"));
    QVERIFY(manager.ok() && cashier.ok());
    m_manager = m_operators->find(*manager).value();
    m_cashier = m_operators->find(*cashier).value();
    m_session = std::make_unique<OperatorSession>();
    m_session->signIn(m_manager);

    SaleDraft draft;
    draft.operatorId = m_cashier.id;
    draft.lines = {line(m_t->jam, 2, 589, 550), line(m_t->mug, 1, 1290, 2000)};
    draft.lines[0].label = QStringLiteral("Confiture");
    draft.lines[1].label = QStringLiteral("Mug");
    draft.payments = {pay(PaymentMethod::Cash, 2468)};
    auto sale = m_t->journal.commitSale(draft);
    QVERIFY(sale.ok());
    m_sale = *sale;
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(8));
    m_t->shop.clock.advance(3600 * 1000);
}

void TestReturnDialog::cleanup()
{
    m_tester.reset();
    m_dialog.reset();
    m_session.reset();
    m_operators.reset();
    m_t.reset();
}

void TestReturnDialog::openDialog()
{
    m_dialog
        = std::make_unique<ReturnDialog>(m_t->journal, m_t->tickets, m_t->finder, *m_operators, *m_session);
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("linesView"));
    QVERIFY(view);
    m_tester = std::make_unique<QAbstractItemModelTester>(view->model());
    m_dialog->open();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestReturnDialog::pressOn(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(target, key, modifiers);
}

// A scanner types the code into the field that has the focus and ends with Enter.
void TestReturnDialog::scan(const QString &code)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
}

QString TestReturnDialog::errorShown() const
{
    auto *label = m_dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    return label && label->isVisibleTo(m_dialog.get()) ? label->text() : QString();
}

QAbstractItemModel *TestReturnDialog::lines() const
{
    return m_dialog->findChild<QTableView *>(QStringLiteral("linesView"))->model();
}

qint64 TestReturnDialog::quantityOnRow(int row) const
{
    return lines()->index(row, 0).data(ReturnLinesModel::QuantityRole).toLongLong();
}

RefundDraft TestReturnDialog::oneJarBack() const
{
    RefundDraft refund;
    refund.originalTicketId = m_sale.id;
    refund.operatorId = m_manager.id;
    refund.lines = {RefundLine {m_sale.lines.at(0).id, 1}};
    refund.payments = {pay(PaymentMethod::Cash, 0)};
    return refund;
}

void TestReturnDialog::scanShowsTheLines()
{
    openDialog();
    auto *code = m_dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QCOMPARE(QApplication::focusWidget(), code);
    scan(ReturnCode::forTicket(m_sale));

    QVERIFY2(errorShown().isEmpty(), qPrintable(errorShown()));
    QCOMPARE(lines()->rowCount(), 2);
    QCOMPARE(lines()->index(0, ReturnLinesModel::LabelColumn).data().toString(), QStringLiteral("Confiture"));
    QCOMPARE(lines()->index(0, ReturnLinesModel::SoldColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(lines()->index(0, ReturnLinesModel::ReturnableColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(lines()->index(0, ReturnLinesModel::UnitPriceColumn).data().toString(), Money::format(589));
    QCOMPARE(lines()->index(1, ReturnLinesModel::LabelColumn).data().toString(), QStringLiteral("Mug"));
    QCOMPARE(quantityOnRow(0), qint64(0));
    QCOMPARE(quantityOnRow(1), qint64(0));
    const QString header = m_dialog->findChild<QLabel *>(QStringLiteral("saleLabel"))->text();
    QVERIFY2(header.contains(Money::format(2468)), qPrintable(header));
    QVERIFY(code->text().isEmpty());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());
    // The sale was paid in cash: cash (chosen) or a credit note, nothing else.
    QVERIFY(m_dialog->findChild<QRadioButton *>(QStringLiteral("cashMethod"))->isChecked());
    QVERIFY(m_dialog->findChild<QRadioButton *>(QStringLiteral("voucherMethod")));
    QVERIFY(!m_dialog->findChild<QRadioButton *>(QStringLiteral("cardMethod")));
    // The bare number works too.
    m_dialog->lookUp(QString::number(m_sale.number));
    QCOMPARE(lines()->rowCount(), 2);
}

void TestReturnDialog::refundOneJarByCash()
{
    openDialog();
    QSignalSpy refunded(m_dialog.get(), &ReturnDialog::refunded);
    scan(ReturnCode::forTicket(m_sale));
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("linesView"));
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().row(), 0);
    pressOn(view, Qt::Key_Plus);
    pressOn(view, Qt::Key_Plus);
    pressOn(view, Qt::Key_Minus);
    QCOMPARE(quantityOnRow(0), qint64(1));
    const QString total = m_dialog->findChild<QLabel *>(QStringLiteral("refundTotalLabel"))->text();
    QVERIFY2(total.contains(Money::format(589)), qPrintable(total));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());

    pressOn(view, Qt::Key_Return, Qt::ControlModifier); // a shortcut animates the click
    QTRY_COMPARE(refunded.count(), 1);
    QVERIFY2(errorShown().isEmpty(), qPrintable(errorShown()));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Ticket refund = refunded.at(0).at(0).value<Ticket>();
    QCOMPARE(refund.kind, TicketKind::Refund);
    QCOMPARE(refund.originalTicketId, std::optional<qint64>(m_sale.id));
    QCOMPARE(refund.operatorId, m_manager.id);
    QCOMPARE(refund.totalCents, qint64(-589));

    // Read back from the database.
    const Database &db = m_t->shop.db();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT kind || ':' || original_ticket_id || ':' || total_cents "
                                   "FROM tickets WHERE id = ?"),
                    {refund.id})
                 .toString(),
             QStringLiteral("refund:%1:-589").arg(m_sale.id));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ticket_lines WHERE ticket_id = ?"), {refund.id})
                 .toLongLong(),
             qint64(1));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT quantity || ':' || total_cents || ':' || original_line_id "
                                   "FROM ticket_lines WHERE ticket_id = ?"),
                    {refund.id})
                 .toString(),
             QStringLiteral("-1:-589:%1").arg(m_sale.lines.at(0).id));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT group_concat(method || ':' || amount_cents) FROM ticket_payments "
                                   "WHERE ticket_id = ?"),
                    {refund.id})
                 .toString(),
             QStringLiteral("cash:-589"));
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(9));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'return' "
                                   "AND delta = 1 AND variant_id = ?"),
                    {m_t->jam})
                 .toLongLong(),
             qint64(1));
    QCOMPARE(m_t->shop.ledger.onHand(m_t->mug).value(), qint64(4));
}

void TestReturnDialog::secondReturnCannotExceedWhatIsLeft()
{
    QVERIFY(m_t->journal.commitRefund(oneJarBack()).ok()); // one jar already back
    openDialog();
    QSignalSpy refunded(m_dialog.get(), &ReturnDialog::refunded);
    scan(ReturnCode::forTicket(m_sale));
    QCOMPARE(lines()->rowCount(), 2);
    QCOMPARE(lines()->index(0, ReturnLinesModel::ReturnableColumn).data().toString(), QStringLiteral("1"));
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("linesView"));
    for (int i = 0; i < 3; ++i)
        pressOn(view, Qt::Key_Plus);
    QCOMPARE(quantityOnRow(0), qint64(1)); // capped
    pressOn(view, Qt::Key_5);
    QCOMPARE(quantityOnRow(0), qint64(1));
    QVERIFY(!lines()->setData(lines()->index(0, ReturnLinesModel::LabelColumn), 1));
    QVERIFY(lines()->setData(lines()->index(0, ReturnLinesModel::QuantityColumn), 7));
    QCOMPARE(quantityOnRow(0), qint64(1));

    // Meanwhile the last jar comes back elsewhere: the dialog's refund is refused, nothing written.
    QVERIFY(m_t->journal.commitRefund(oneJarBack()).ok());
    const QStringList before = snapshot(m_t->shop.db());
    m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->click();
    QCOMPARE(refunded.count(), 0);
    QCOMPARE(snapshot(m_t->shop.db()), before);
    QCOMPARE(errorShown(), errorText(makeError(ErrorCode::RefundExceedsSale, QStringLiteral("Confiture"))));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(lines()->rowCount(), 1); // only the mug is left
    QCOMPARE(lines()->index(0, ReturnLinesModel::LabelColumn).data().toString(), QStringLiteral("Mug"));
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());
}

void TestReturnDialog::creditNoteWritesAVoucherPayment()
{
    openDialog();
    QSignalSpy refunded(m_dialog.get(), &ReturnDialog::refunded);
    scan(ReturnCode::forTicket(m_sale));
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("linesView"));
    view->setCurrentIndex(lines()->index(1, ReturnLinesModel::QuantityColumn));
    pressOn(view, Qt::Key_1); // the mug
    m_dialog->findChild<QRadioButton *>(QStringLiteral("voucherMethod"))->click();
    m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->click();
    QVERIFY2(errorShown().isEmpty(), qPrintable(errorShown()));
    QCOMPARE(refunded.count(), 1);
    const qint64 id = refunded.at(0).at(0).value<Ticket>().id;
    QCOMPARE(scalar(m_t->shop.db(),
                    QStringLiteral("SELECT group_concat(method || ':' || amount_cents) FROM ticket_payments "
                                   "WHERE ticket_id = ?"),
                    {id})
                 .toString(),
             QStringLiteral("voucher:-1290"));
    QCOMPARE(m_t->shop.ledger.onHand(m_t->mug).value(), qint64(5));
}

void TestReturnDialog::cashierNeedsTheManagerPin()
{
    m_session->signIn(m_cashier);
    openDialog();
    QSignalSpy refunded(m_dialog.get(), &ReturnDialog::refunded);
    scan(ReturnCode::forTicket(m_sale));
    auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("linesView"));
    pressOn(view, Qt::Key_2);
    QCOMPARE(quantityOnRow(0), qint64(2));
    const QStringList before = snapshot(m_t->shop.db());
    pressOn(view, Qt::Key_Enter, Qt::ControlModifier); // the keypad's Enter

    QTRY_VERIFY(m_dialog->findChild<PinDialog *>()); // a shortcut animates the click
    auto *pin = m_dialog->findChild<PinDialog *>();
    QTRY_VERIFY(pin->isVisible());
    QCOMPARE(pin->purpose(), PinDialog::Purpose::ManagerOverride);
    QCOMPARE(snapshot(m_t->shop.db()), before); // nothing before the PIN
    auto *pinEdit = pin->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *ok = pin->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);

    pinEdit->setText(QStringLiteral("1111")); // the cashier's own PIN is no override
    ok->click();
    QVERIFY(pin->isVisible());
    QVERIFY(!pin->errorMessage().isEmpty());
    QCOMPARE(refunded.count(), 0);
    QCOMPARE(snapshot(m_t->shop.db()), before);

    pinEdit->setText(QStringLiteral("2580"));
    ok->click();
    QCOMPARE(refunded.count(), 1);
    const Ticket refund = refunded.at(0).at(0).value<Ticket>();
    QCOMPARE(refund.totalCents, qint64(-1178));
    QCOMPARE(
        scalar(m_t->shop.db(), QStringLiteral("SELECT operator_id FROM tickets WHERE id = ?"), {refund.id})
            .toLongLong(),
        m_cashier.id); // the signed-in cashier, authorised by the manager
    QCOMPARE(m_t->shop.ledger.onHand(m_t->jam).value(), qint64(10));
}

void TestReturnDialog::aRefundIsNotRefunded()
{
    auto refund = m_t->journal.commitRefund(oneJarBack());
    QVERIFY(refund.ok());
    openDialog();
    scan(ReturnCode::forTicket(*refund));
    QCOMPARE(errorShown(), errorText(makeError(ErrorCode::NotASale, QString::number(refund->number))));
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());
}

void TestReturnDialog::unknownCodeShowsTheError()
{
    openDialog();
    scan(QStringLiteral("TZZZZ-1"));
    QCOMPARE(errorShown(), errorText(makeError(ErrorCode::TicketNotFound, QStringLiteral("TZZZZ-1"))));
    QCOMPARE(lines()->rowCount(), 0);
    // The next scan replaces the text and loads the sale.
    auto *code = m_dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QCOMPARE(QApplication::focusWidget(), code);
    scan(ReturnCode::forTicket(m_sale));
    QVERIFY(errorShown().isEmpty());
    QCOMPARE(lines()->rowCount(), 2);
}

void TestReturnDialog::searchByDayAndAmount()
{
    SaleDraft other;
    other.operatorId = m_cashier.id;
    other.lines = {line(m_t->mug, 1, 1290, 2000)};
    other.payments = {pay(PaymentMethod::Card, 1290)};
    QVERIFY(m_t->journal.commitSale(other).ok());

    openDialog();
    auto *day = m_dialog->findChild<QDateEdit *>(QStringLiteral("dayEdit"));
    QCOMPARE(day->date(), QDate::currentDate());
    auto *results = m_dialog->findChild<QTableWidget *>(QStringLiteral("resultsView"));
    day->setDate(QDate(2026, 11, 26));
    m_dialog->findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
    QCOMPARE(results->rowCount(), 0);
    QVERIFY(!errorShown().isEmpty());

    day->setDate(QDate::fromString(m_sale.businessDay, Qt::ISODate));
    m_dialog->findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
    QCOMPARE(results->rowCount(), 2); // newest first
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("2"));

    auto *amount = m_dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    amount->setText(QStringLiteral("24,68"));
    pressOn(amount, Qt::Key_Return);
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), QString::number(m_sale.number));
    QCOMPARE(QApplication::focusWidget(), results);
    pressOn(results, Qt::Key_Return);
    QCOMPARE(lines()->rowCount(), 2);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("saleLabel"))->text().contains(Money::format(2468)));

    amount->setText(QStringLiteral("douze"));
    pressOn(amount, Qt::Key_Return);
    QVERIFY(!errorShown().isEmpty());
}

// With line and ticket discounts, the amount shown is the one commitRefund stores, for each
// successive partial return (the discounts' shares add up to the sale).
void TestReturnDialog::shownTotalIsWhatIsRefunded()
{
    SaleDraft draft;
    draft.operatorId = m_cashier.id;
    draft.lines = {line(m_t->jam, 3, 589, 550), line(m_t->mug, 1, 1290, 2000)};
    draft.lines[0].discountPercentBp = 1000;
    draft.discount = Discount::amount(101);
    draft.payments = {pay(PaymentMethod::Card, 1000), pay(PaymentMethod::Cash, 1779)}; // 1590 + 1290 − 101
    auto sale = m_t->journal.commitSale(draft);
    QVERIFY2(sale.ok(), sale.ok() ? "" : qPrintable(sale.error().detail));
    qint64 refundedSoFar = 0;
    for (int round = 0; round < 3; ++round) {
        openDialog();
        QSignalSpy refunded(m_dialog.get(), &ReturnDialog::refunded);
        m_dialog->lookUp(QString::number(sale->number));
        QVERIFY(m_dialog->findChild<QRadioButton *>(QStringLiteral("cardMethod")));
        auto *view = m_dialog->findChild<QTableView *>(QStringLiteral("linesView"));
        pressOn(view, Qt::Key_Plus); // one jar
        if (round == 2) { // the last jar and the mug
            view->setCurrentIndex(lines()->index(1, ReturnLinesModel::QuantityColumn));
            pressOn(view, Qt::Key_Plus);
        }
        const QString shown = m_dialog->findChild<QLabel *>(QStringLiteral("refundTotalLabel"))->text();
        m_dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->click();
        QCOMPARE(refunded.count(), 1);
        const Ticket refund = refunded.at(0).at(0).value<Ticket>();
        QVERIFY2(shown.contains(Money::format(-refund.totalCents)), qPrintable(shown));
        refundedSoFar += refund.totalCents;
    }
    QCOMPARE(refundedSoFar, -sale->totalCents);
    QVERIFY(m_t->tickets.refundableLines(sale->id)->isEmpty());
}

QTEST_MAIN(TestReturnDialog)
#include "tst_returndialog.moc"
