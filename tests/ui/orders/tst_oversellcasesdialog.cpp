// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The oversell cases dialog (issue 16, item 5): the open cases with their cause and the orders
// waiting (the customer's phone shown), handled by clicks: contacted with a note, restock by a
// count, the order line refused (asked of its owner, then recorded), each queued for the
// marketplace.
#include "fixtures.h"
#include "models/stock/stockledger.h"
#include "syncrows.h"
#include "ui/orders/oversellcasesdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QString CaseUuid = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

QString handlingAction(const Database &db)
{
    return scalar(db,
                  QStringLiteral("SELECT json_extract(payload, '$.action') FROM sync_outbox "
                                 "WHERE kind = 'oversell_handling' ORDER BY id DESC"))
        .toString();
}

} // namespace

class TestOversellCasesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup()
    {
        m_dialog.reset();
        m_cases.reset();
        m_shop.reset();
    }
    void showsTheCaseItsCauseAndWhomToCall();
    void contactedRestockAndRefusal();

private:
    QPushButton *button(const char *name) { return m_dialog->findChild<QPushButton *>(QLatin1String(name)); }

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<OversellCases> m_cases;
    std::unique_ptr<OversellCasesDialog> m_dialog;
    qint64 m_variant = 0;
};

void TestOversellCasesDialog::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(1));
    m_variant = scalar(db, QStringLiteral("SELECT min(id) FROM variants")).toLongLong();
    const QString variantUuid
        = scalar(db, QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {m_variant}).toString();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO oversell_cases (uuid, variant_uuid, product_uuid, available, "
                                   "opened_at, cause, cause_at) VALUES (?, ?, 'p', -2, "
                                   "'2026-11-27T15:12:03.004Z', 'sale', '2026-11-27T15:12:02.000Z')"),
                    {CaseUuid, variantUuid}));
    const qint64 order = insertOrder(db, QStringLiteral("order-1"), 118, QStringLiteral("accepted"),
                                     QStringLiteral("Élodie Roux"));
    QVERIFY(insertOrderLine(db, order, 1, variantUuid, m_variant, 2, 990));
    m_cases = std::make_unique<OversellCases>(db, m_shop->clock, m_shop->ledger);
    m_dialog = std::make_unique<OversellCasesDialog>(*m_cases, QStringLiteral("Caisse 1 · Marie"));
    m_dialog->show();
}

void TestOversellCasesDialog::showsTheCaseItsCauseAndWhomToCall()
{
    auto *cases = m_dialog->findChild<QTableWidget *>(QStringLiteral("casesTable"));
    QCOMPARE(cases->rowCount(), 1);
    QCOMPARE(cases->item(0, 1)->text(), QStringLiteral("2"));
    QVERIFY(cases->item(0, 2)->text().startsWith(QStringLiteral("an in-store sale")));
    QCOMPARE(cases->item(0, 4)->text(), QStringLiteral("not handled yet"));
    auto *orders = m_dialog->findChild<QTableWidget *>(QStringLiteral("ordersTable"));
    QCOMPARE(orders->rowCount(), 1);
    QCOMPARE(orders->item(0, 0)->text(), QStringLiteral("CMD-118, line 1"));
    QCOMPARE(orders->item(0, 2)->text(), QStringLiteral("Élodie Roux"));
    QCOMPARE(orders->item(0, 3)->text(), QStringLiteral("06 12 34 56 78"));
}

void TestOversellCasesDialog::contactedRestockAndRefusal()
{
    Database &db = m_shop->db();
    QTest::keyClicks(m_dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral("Rappel demain"));
    QTest::mouseClick(button("contactedButton"), Qt::LeftButton);
    QCOMPARE(handlingAction(db), QStringLiteral("contacted"));
    QVERIFY(m_dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->text().isEmpty());

    m_dialog->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(3);
    QTest::mouseClick(button("restockButton"), Qt::LeftButton);
    QCOMPARE(handlingAction(db), QStringLiteral("restock"));
    QCOMPARE(m_shop->ledger.onHand(m_variant).value(), qint64(3));

    QSignalSpy asked(m_dialog.get(), &OversellCasesDialog::refuseLineRequested);
    QTest::keyClicks(m_dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral("Plus en stock"));
    QTest::mouseClick(button("refuseLineButton"), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("order-1"));
    QCOMPARE(asked.first().at(1).toInt(), 1);
    QCOMPARE(asked.first().at(2).toString(), QStringLiteral("Plus en stock"));
    QCOMPARE(handlingAction(db), QStringLiteral("restock")); // not recorded before it is done
    m_dialog->lineRefusalDone(true);
    QCOMPARE(handlingAction(db), QStringLiteral("line_refused"));
    // The case stays listed until the feed resolves it.
    QCOMPARE(m_dialog->caseCount(), 1);
}

QTEST_MAIN(TestOversellCasesDialog)
#include "tst_oversellcasesdialog.moc"
