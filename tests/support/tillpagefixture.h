// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the till page's discount and favourite tests: the real till page on a real database,
// with the TillShop (Camille, a cashier; jam; mug), a scarf with a barcode, a manager (Nadia,
// PIN 2468), the shop settings, and helpers that find the dialogs the page opens.
#include "models/closing/dayclosing.h"
#include "models/sales/ticketsession.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"
#include "ui/staff/pindialog.h"
#include "ui/till/tillpage.h"
#include "ui/widgets/scancatcher.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace comptoir::tilltest {

inline const QString ScarfCode = QStringLiteral("4006381333931");
inline const QString ManagerPin = QStringLiteral("2468");

// The till's rules on a test shop, with the discount threshold read from settings at each use
// (as app/ wires them).
inline SalePolicy tillPolicy(TillShop &till, const Operators &operators, ShopSettings &settings)
{
    return SalePolicy(till.shop.db(), till.shop.clock, operators, [&settings]() -> Result<int> {
        auto rules = settings.till();
        if (!rules)
            return rules.error();
        return rules->discountThresholdBp;
    });
}

struct TillPageFixture
{
    TillShop till;
    Operators operators {till.shop.db(), till.shop.clock, till.shop.events, 64};
    ShopSettings settings {till.shop.db()};
    OperatorSession session;
    DayClosing closing {till.shop.db(), till.shop.clock, till.shop.uuids, till.shop.chain};
    TicketSession ticket {till.shop.catalogue, till.journal, till.drafts, session,
                          tillPolicy(till, operators, settings)};
    std::unique_ptr<TillPage> page;
    qint64 scarf = 0; // 12,50 €, 20 %, barcode ScarfCode, 4 in stock
    qint64 managerId = 0;
    qint64 now = 1000;

    bool setUp()
    {
        if (!till.setUp())
            return false;
        ProductFields p;
        p.name = QStringLiteral("Écharpe");
        p.vatRateBp = 2000;
        VariantFields v;
        v.label = QStringLiteral("Rouge");
        v.priceCents = 1250;
        v.barcodes = {ScarfCode};
        auto created = till.shop.catalogue.createProduct(p, v);
        if (!created || !till.shop.ledger.record(created->variantId, 4, MovementReason::Receipt))
            return false;
        scarf = created->variantId;
        auto manager = operators.add(QStringLiteral("Nadia"), OperatorRole::Manager, ManagerPin);
        if (!manager)
            return false;
        managerId = *manager;
        signInCashier();
        page = std::make_unique<TillPage>(till.shop.db(), till.shop.catalogue, till.shop.ledger, ticket,
                                          closing, operators, session, settings);
        page->scanCatcher()->setTimeSource([this] { return now; });
        page->resize(1100, 750);
        page->show();
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            return false;
        edit("searchEdit")->setFocus();
        return true;
    }

    void signInCashier()
    {
        session.signIn(
            OperatorInfo {till.operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    }
    void signInManager()
    {
        session.signIn(OperatorInfo {managerId, QStringLiteral("Nadia"), OperatorRole::Manager, true});
    }

    QLineEdit *edit(const char *name) const { return page->findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const
    {
        return page->findChild<QPushButton *>(QLatin1String(name));
    }

    // A scanner: every key at the same instant, then Enter, into whatever has the focus.
    void scan(const QString &code)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : page.get();
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
        now += 1000;
    }

    // The dialog of this type the page shows now (closed ones wait for their deletion).
    template<typename Dialog> Dialog *visibleDialog() const
    {
        const QList<Dialog *> dialogs = page->findChildren<Dialog *>();
        for (Dialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // Types a PIN in the visible PinDialog and presses OK.
    bool typePin(const QString &pin) const
    {
        auto *dialog = visibleDialog<PinDialog>();
        if (!dialog)
            return false;
        auto *pinEdit = dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
        pinEdit->setText(pin);
        dialog->accept();
        return true;
    }
};

} // namespace comptoir::tilltest
