// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly and yearly closures in the Reports page: none at first (a sentence says they make
// themselves), then one row per closure, latest first, with its period, days, tickets, total and
// grand total; the page's refresh reads them again.
#include "models/closing/periodclosing.h"
#include "models/money.h"
#include "reportsfixture.h"
#include "ui/reports/periodclosuresview.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

struct PeriodReportsShop : ReportsShop
{
    PeriodClosing periods {till.shop.db(), till.shop.clock, till.shop.uuids, till.shop.chain};

    void at(const QDate &date, int hour)
    {
        till.shop.clock.set(QDateTime(date, QTime(hour, 0), Qt::LocalTime).toUTC());
    }

    // A cash sale of `cents` on date, then its Z.
    bool trade(const QDate &date, qint64 cents)
    {
        at(date, 10);
        if (sell(till.jam, cents, 2000, PaymentMethod::Cash).isEmpty())
            return false;
        at(date, 19);
        auto totals = closing.totals(date.toString(Qt::ISODate), Float);
        return totals
            && closing.close(date.toString(Qt::ISODate), managerId, Float, totals->cashExpectedCents).ok();
    }
};

QString text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestPeriodClosuresView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheClosuresLatestFirst();
    void reportsPageShowsAndRefreshesThem();
};

void TestPeriodClosuresView::listsTheClosuresLatestFirst()
{
    PeriodReportsShop s;
    QVERIFY(s.setUp());
    PeriodClosuresView view(s.periods);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("periodClosuresTable"));
    auto *empty = view.findChild<QLabel *>(QStringLiteral("periodClosuresEmptyLabel"));
    QVERIFY(table && empty);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!empty->isHidden());

    QVERIFY(s.trade(QDate(2026, 11, 27), 1200));
    QVERIFY(s.trade(QDate(2026, 11, 28), 800));
    QVERIFY(s.trade(QDate(2026, 12, 4), 3000));
    s.at(QDate(2027, 1, 1), 9);
    QVERIFY(s.periods.closeEndedPeriods().ok());
    view.refresh();
    QVERIFY(empty->isHidden());
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(text(table, 0, 0), QStringLiteral("Year 2026"));
    QCOMPARE(text(table, 1, 0), QStringLiteral("December 2026"));
    QCOMPARE(text(table, 2, 0), QStringLiteral("November 2026"));
    QCOMPARE(text(table, 2, 1), QStringLiteral("2")); // days
    QCOMPARE(text(table, 2, 2), QStringLiteral("2")); // tickets
    QCOMPARE(text(table, 2, 3), Money::format(2000));
    QCOMPARE(text(table, 2, 4), Money::format(2000));
    QCOMPARE(text(table, 1, 3), Money::format(3000));
    QCOMPARE(text(table, 1, 4), Money::format(5000));
    QCOMPARE(text(table, 0, 1), QStringLiteral("3"));
    QCOMPARE(text(table, 0, 3), Money::format(5000));
    QCOMPARE(text(table, 0, 4), Money::format(5000));
}

void TestPeriodClosuresView::reportsPageShowsAndRefreshesThem()
{
    PeriodReportsShop s;
    QVERIFY(s.setUp());
    ReportsPage page(s.closing, s.settings, s.operators, s.session, s.receipts);
    page.setPeriodClosing(s.periods);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("periodClosuresTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(s.trade(QDate(2026, 11, 27), 1200));
    s.at(QDate(2026, 12, 1), 9);
    QVERIFY(s.periods.closeEndedPeriods().ok());
    page.refresh();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(text(table, 0, 0), QStringLiteral("November 2026"));
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Paris");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestPeriodClosuresView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_periodclosuresview.moc"
