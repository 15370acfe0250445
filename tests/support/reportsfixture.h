// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the Reports page tests: the till shop (tillfixture.h) with a manager who has a real
// PIN, the day's closing, the settings (a cash float of 50,00 €) and the receipt service.
#include "models/closing/dayclosing.h"
#include "models/receipts/receiptprintlog.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"
#include "ui/closing/closuredialog.h"
#include "ui/receipts/receiptservice.h"
#include "ui/staff/pindialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace comptoir::tilltest {

inline const QString ManagerPin = QStringLiteral("2468");

struct ReportsShop
{
    static constexpr qint64 Float = 5000; // 50,00 € in the drawer

    TillShop till;
    Operators operators {till.shop.db(), till.shop.clock, till.shop.events, 64};
    OperatorSession session;
    DayClosing closing {till.shop.db(), till.shop.clock, till.shop.uuids, till.shop.chain};
    ShopSettings settings {till.shop.db()};
    ReceiptPrintLog printLog {till.shop.db(), till.shop.clock};
    ReceiptService receipts {settings, printLog, till.tickets, till.shop.chain};
    qint64 managerId = 0;

    // The manager "Dominique" (PIN ManagerPin) next to the cashier "Camille"; the float.
    bool setUp()
    {
        if (!till.setUp())
            return false;
        auto manager = operators.add(QStringLiteral("Dominique"), OperatorRole::Manager, ManagerPin);
        if (!manager)
            return false;
        managerId = *manager;
        TillSettings rules;
        rules.cashFloatCents = Float;
        return settings.setTill(rules).ok();
    }

    void signInManager()
    {
        session.signIn({managerId, QStringLiteral("Dominique"), OperatorRole::Manager, true});
    }
    void signInCashier()
    {
        session.signIn({till.operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    }

    // A sale of one item by the cashier; returns its business day (empty on failure).
    QString sell(qint64 variant, qint64 price, int vat, PaymentMethod method)
    {
        SaleDraft sale;
        sale.operatorId = till.operatorId;
        sale.lines = {line(variant, 1, price, vat)};
        sale.payments = {pay(method, price)};
        auto ticket = till.journal.commitSale(sale);
        return ticket ? ticket->businessDay : QString();
    }

    // A cash sale (jam, 5,89 €, 5,5 %) and a card sale (mug, 12,90 €, 20 %).
    bool sellCashAndCard()
    {
        return !sell(till.jam, 589, 550, PaymentMethod::Cash).isEmpty()
            && !sell(till.mug, 1290, 2000, PaymentMethod::Card).isEmpty();
    }

    bool usePdfPrinter(const QString &folder)
    {
        PrinterSettings printer;
        printer.kind = PrinterSettings::Kind::PdfFolder;
        printer.pdfFolder = folder;
        return settings.setPrinter(printer).ok();
    }

    qint64 closureCount() { return count(till.shop.db(), QStringLiteral("closures")); }
    // A column of the stored closure with this number.
    QVariant stored(const char *column, int number = 1)
    {
        return scalar(till.shop.db(),
                      QStringLiteral("SELECT ") + QLatin1String(column)
                          + QStringLiteral(" FROM closures WHERE number = ?"),
                      {number});
    }
};

inline void confirm(ClosureDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->click();
}

// Types the cash counted and confirms.
inline void closeWith(ClosureDialog *dialog, const QString &counted)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("countedEdit"))->setText(counted);
    confirm(dialog);
}

inline void typePin(PinDialog *pin, const QString &text)
{
    auto *edit = pin->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    pin->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

} // namespace comptoir::tilltest
