// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page's fiscal-journal summary stays current (issue 18): shown again after sales and
// a closure, the section checks the journal again by itself and counts them; shown with nothing
// new, it does not; a broken journal's result stays until someone checks again by hand.
#include "journalfixture.h"
#include "models/archive/journalworker.h"
#include "models/receipts/receiptprintlog.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/receipts/receiptservice.h"
#include "ui/settings/settingspage.h"
#include "ui/settings/settingspagejournal.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

constexpr int JobTimeoutMs = 60000;

} // namespace

class TestSettingsJournalRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void summaryFollowsSalesAndClosures();
    void nothingNewNoCheck();
    void brokenResultStaysUntilCheckedByHand();

private:
    QString summary() const
    {
        return m_page->findChild<QLabel *>(QStringLiteral("journalCheckResult"))->text();
    }
    bool clickCheck();

    std::unique_ptr<ClosingShop> m_shop;
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<ReceiptPrintLog> m_log;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<JournalWorker> m_worker;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsJournalRefresh::init()
{
    m_shop = std::make_unique<ClosingShop>();
    QVERIFY(buildJournal(*m_shop)); // 5 tickets, 2 closures; the clock at the 27th, 18:00 UTC
    m_settings = std::make_unique<ShopSettings>(m_shop->shop.db());
    m_log = std::make_unique<ReceiptPrintLog>(m_shop->shop.db(), m_shop->shop.clock);
    m_receipts = std::make_unique<ReceiptService>(*m_settings, *m_log, m_shop->tickets, m_shop->shop.chain);
    m_session = std::make_unique<OperatorSession>();
    m_worker = std::make_unique<JournalWorker>(m_shop->shop.temp.filePath(), m_shop->shop.signer,
                                               m_shop->shop.clock);
    m_page = std::make_unique<SettingsPage>(*m_settings, *m_receipts, *m_session);
    m_page->addSection(new SettingsPageJournal(m_shop->shop.db(), m_shop->shop.clock, *m_worker, *m_session));
    m_page->show();
    QVERIFY(clickCheck());
    QVERIFY2(summary().contains(QStringLiteral("5 ticket")), qPrintable(summary()));
    m_page->hide(); // the person goes back to the till
}

void TestSettingsJournalRefresh::cleanup()
{
    m_page.reset();
    m_worker.reset(); // waits for a job still running
    m_session.reset();
    m_receipts.reset();
    m_log.reset();
    m_settings.reset();
    m_shop.reset();
}

bool TestSettingsJournalRefresh::clickCheck()
{
    QSignalSpy checked(m_worker.get(), &JournalWorker::checked);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("checkJournalButton"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return checked.wait(JobTimeoutMs);
}

void TestSettingsJournalRefresh::summaryFollowsSalesAndClosures()
{
    m_shop->setTime(28, 9);
    QVERIFY(m_shop->journal.commitSale(m_shop->threeLines()));
    m_shop->setTime(28, 18);
    QVERIFY(closeDay(*m_shop, day(28)));
    QSignalSpy checked(m_worker.get(), &JournalWorker::checked);
    m_page->show(); // nobody presses the button
    QVERIFY(checked.wait(JobTimeoutMs));
    QVERIFY2(summary().contains(QStringLiteral("intact")), qPrintable(summary()));
    QVERIFY2(summary().contains(QStringLiteral("6 ticket")), qPrintable(summary()));
    QVERIFY2(summary().contains(QStringLiteral("3 daily closure")), qPrintable(summary()));
}

void TestSettingsJournalRefresh::nothingNewNoCheck()
{
    const QString before = summary();
    m_page->show();
    QVERIFY(!m_worker->isBusy());
    QCOMPARE(summary(), before);
}

void TestSettingsJournalRefresh::brokenResultStaysUntilCheckedByHand()
{
    m_page->show();
    QCOMPARE(tamper(m_shop->shop.temp.filePath(),
                    {QStringLiteral("UPDATE ticket_lines SET total_cents = total_cents - 100 "
                                    "WHERE ticket_id = 2 AND position = 1")}),
             QString());
    QVERIFY(clickCheck());
    const QString broken = summary();
    QVERIFY2(!broken.contains(QStringLiteral("intact")), qPrintable(broken));
    m_page->hide();
    m_shop->setTime(28, 9);
    QVERIFY(m_shop->journal.commitSale(m_shop->threeLines()));
    m_page->show();
    QVERIFY(!m_worker->isBusy());
    QCOMPARE(summary(), broken);
}

QTEST_MAIN(TestSettingsJournalRefresh)
#include "tst_settingsjournalrefresh.moc"
