// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fiscal journal from the window: the Settings page's "Fiscal journal" section archives a
// period (read back with verifyArchive, the Archive event journalled) and checks the journal
// (intact, or the first broken record named), only a manager archives, and the main window
// shows a banner that stays for a tampered journal and none for a good one.
#include "archivefiles.h"
#include "journalfixture.h"
#include "models/archive/archivereader.h"
#include "models/archive/journalworker.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/receipts/receiptprintlog.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "ui/receipts/receiptservice.h"
#include "ui/settings/journalproblemtext.h"
#include "ui/settings/settingspage.h"
#include "ui/settings/settingspagejournal.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

constexpr int JobTimeoutMs = 60000;

// The tampering of tst_journalverifier's "changed line amount": ticket 2's first line.
const QString ChangedLineAmount = QStringLiteral(
    "UPDATE ticket_lines SET total_cents = total_cents - 100 WHERE ticket_id = 2 AND position = 1");

} // namespace

class TestSettingsJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultPeriodAndFile();
    void managerArchivesAMonth();
    void keyFingerprintIsShown();
    void archiveOfABrokenJournalIsRefused();
    void cashierCannotArchive();
    void checkIntactJournal();
    void checkNamesTheBrokenTicket();
    void problemTexts_data();
    void problemTexts();
    void bannerForATamperedJournalOnly_data();
    void bannerForATamperedJournalOnly();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    void signIn(OperatorRole role);
    JournalCheckOutcome clickCheck();

    std::unique_ptr<ClosingShop> m_shop;
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<ReceiptPrintLog> m_log;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<JournalWorker> m_worker;
    std::unique_ptr<SettingsPage> m_page;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_textWhileChecking;
    bool m_enabledWhileChecking = true;
};

void TestSettingsJournal::init()
{
    m_shop = std::make_unique<ClosingShop>();
    QVERIFY(buildJournal(*m_shop)); // 26 and 27 November 2026, clock at the 27th, 18:00 UTC
    m_settings = std::make_unique<ShopSettings>(m_shop->shop.db());
    m_log = std::make_unique<ReceiptPrintLog>(m_shop->shop.db(), m_shop->shop.clock);
    m_receipts = std::make_unique<ReceiptService>(*m_settings, *m_log, m_shop->tickets, m_shop->shop.chain);
    m_session = std::make_unique<OperatorSession>();
    m_worker = std::make_unique<JournalWorker>(m_shop->shop.temp.filePath(), m_shop->shop.signer,
                                               m_shop->shop.clock);
    m_page = std::make_unique<SettingsPage>(*m_settings, *m_receipts, *m_session);
    m_page->addSection(new SettingsPageJournal(m_shop->shop.db(), m_shop->shop.clock, *m_worker, *m_session));
    m_page->show();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    signIn(OperatorRole::Manager);
}

void TestSettingsJournal::cleanup()
{
    m_page.reset();
    m_worker.reset(); // waits for a job still running
    m_session.reset();
    m_receipts.reset();
    m_log.reset();
    m_settings.reset();
    m_shop.reset();
    m_dir.reset();
}

void TestSettingsJournal::signIn(OperatorRole role)
{
    m_session->signIn(OperatorInfo {m_shop->operatorId, QStringLiteral("Camille"), role, true});
}

JournalCheckOutcome TestSettingsJournal::clickCheck()
{
    QSignalSpy checked(m_worker.get(), &JournalWorker::checked);
    auto *button = find<QPushButton>("checkJournalButton");
    if (!button || !button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    m_textWhileChecking = find<QLabel>("journalCheckResult")->text();
    m_enabledWhileChecking = button->isEnabled();
    if (!checked.wait(JobTimeoutMs))
        return {};
    return checked.at(0).at(0).value<JournalCheckOutcome>();
}

void TestSettingsJournal::defaultPeriodAndFile()
{
    auto *section = m_page->findChild<SettingsPageJournal *>(QStringLiteral("journalGroup"));
    QVERIFY(section);
    QVERIFY(section->isVisible());
    // The last month that is over, in a file named after it; the file follows the period.
    QCOMPARE(section->period(), QStringLiteral("2026-10"));
    auto *path = find<QLineEdit>("archivePathEdit");
    QVERIFY(path->text().endsWith(QStringLiteral("comptoir-journal-2026-10.json")));
    QCOMPARE(path->text(), SettingsPageJournal::defaultArchivePath(QStringLiteral("2026-10")));
    auto *month = find<QComboBox>("archiveMonthCombo");
    month->setCurrentIndex(month->findData(11));
    QCOMPARE(section->period(), QStringLiteral("2026-11"));
    QVERIFY(path->text().endsWith(QStringLiteral("comptoir-journal-2026-11.json")));
    month->setCurrentIndex(month->findData(0)); // whole year
    QCOMPARE(section->period(), QStringLiteral("2026"));
    QVERIFY(path->text().endsWith(QStringLiteral("comptoir-journal-2026.json")));
    // A file typed in stays when the period changes.
    const QString mine = m_dir->filePath(QStringLiteral("mine.json"));
    path->setText(mine);
    month->setCurrentIndex(month->findData(3));
    QCOMPARE(path->text(), QDir::toNativeSeparators(mine));
    QCOMPARE(find<QComboBox>("archiveYearCombo")->currentData().toInt(), 2026);
}

void TestSettingsJournal::managerArchivesAMonth()
{
    auto *month = find<QComboBox>("archiveMonthCombo");
    month->setCurrentIndex(month->findData(11));
    const QString file = m_dir->filePath(QStringLiteral("novembre.json"));
    find<QLineEdit>("archivePathEdit")->setText(file);
    auto *button = find<QPushButton>("archiveButton");
    QVERIFY(button->isEnabled());
    QVERIFY(find<QLabel>("archiveManagerNote")->isHidden());

    QSignalSpy archived(m_worker.get(), &JournalWorker::archived);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // while the worker writes
    QVERIFY(archived.wait(JobTimeoutMs));
    const auto outcome = archived.at(0).at(0).value<JournalArchiveOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error.subject + QLatin1Char(' ') + outcome.error.detail));
    QVERIFY(button->isEnabled());

    // Where it went and what it holds, in words.
    const QString text = find<QLabel>("archiveResult")->text();
    QVERIFY2(text.contains(QDir::toNativeSeparators(file)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("November 2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 ticket")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 daily closure")), qPrintable(text));
    QVERIFY2(text.contains(outcome.summary.sha256), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not over")), qPrintable(text)); // the 27th of November

    // Sealed by the register's key, whose fingerprint the section shows.
    const QString fingerprint = KeyFingerprint::text(testSigningKey().publicKey());
    QVERIFY2(text.contains(fingerprint), qPrintable(text));
    QCOMPARE(outcome.summary.sealPublicKey, testSigningKey().publicKey());
    QCOMPARE(outcome.summary.tickets, 5);
    QCOMPARE(outcome.summary.closures, 2);
    QCOMPARE(outcome.summary.events, 1); // the 26th's DayClosed; the 27th's follows its Z
    const QJsonObject sealed = readJson(file);
    QCOMPARE(sealed.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(sealed.value(QStringLiteral("footer")).toObject().value(QStringLiteral("link_count")).toInt(),
             outcome.summary.links);

    // The archive is itself journalled, chained and signed: the journal still verifies.
    const Database &db = m_shop->shop.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'archive'")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM events WHERE kind = 'archive'")).toLongLong(),
             outcome.summary.eventId);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM fiscal_chain WHERE record_type = 'event' AND "
                                   "record_id = ?"),
                    {outcome.summary.eventId})
                 .toInt(),
             1);
    auto journal = verifyJournal(db, testSigningKey().publicKey());
    QVERIFY(journal.ok());
    QVERIFY2(journal->ok, qPrintable(journal->firstBroken + QLatin1Char(' ') + journal->problem));

    // The file verifies on its own, with the register's key, and holds the month.
    auto report = verifyArchive(file, testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
    QCOMPARE(report->tickets, 5);
    QCOMPARE(report->closures, 2);
    QCOMPARE(report->events, outcome.summary.events);
}

void TestSettingsJournal::keyFingerprintIsShown()
{
    auto *label = find<QLabel>("registerKeyFingerprint");
    QVERIFY(label);
    QCOMPARE(label->text(), KeyFingerprint::text(testSigningKey().publicKey()));
    // A replaced key shows when the section is shown again.
    const Ed25519Key other = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x55')).value();
    QVERIFY(m_shop->shop.db().setMeta(QLatin1String(RegisterPublicKeyMeta),
                                      QString::fromLatin1(other.publicKey().toBase64())));
    m_page->hide();
    m_page->show();
    QTRY_COMPARE(label->text(), KeyFingerprint::text(other.publicKey()));
}

void TestSettingsJournal::archiveOfABrokenJournalIsRefused()
{
    QCOMPARE(tamper(m_shop->shop.temp.filePath(), {ChangedLineAmount}), QString());
    const QString file = m_dir->filePath(QStringLiteral("broken.json"));
    find<QLineEdit>("archivePathEdit")->setText(file);
    QSignalSpy archived(m_worker.get(), &JournalWorker::archived);
    QTest::mouseClick(find<QPushButton>("archiveButton"), Qt::LeftButton);
    QVERIFY(archived.wait(JobTimeoutMs));
    const auto outcome = archived.at(0).at(0).value<JournalArchiveOutcome>();
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, ErrorCode::JournalBroken);
    QVERIFY(!QFile::exists(file));
    const QString text = find<QLabel>("archiveResult")->text();
    QVERIFY2(text.contains(QStringLiteral("ticket record 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("changed after it was recorded")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("No archive was written")), qPrintable(text));
    QCOMPARE(scalar(m_shop->shop.db(), QStringLiteral("SELECT count(*) FROM events WHERE kind = 'archive'"))
                 .toInt(),
             0);
}

void TestSettingsJournal::cashierCannotArchive()
{
    signIn(OperatorRole::Cashier);
    auto *button = find<QPushButton>("archiveButton");
    QVERIFY(!button->isEnabled());
    QVERIFY(!find<QLineEdit>("archivePathEdit")->isEnabled());
    QVERIFY(!find<QComboBox>("archiveYearCombo")->isEnabled());
    QVERIFY(!find<QLabel>("archiveManagerNote")->isHidden());
    const QString file = m_dir->filePath(QStringLiteral("cashier.json"));
    find<QLineEdit>("archivePathEdit")->setText(file);
    QSignalSpy archived(m_worker.get(), &JournalWorker::archived);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClick(find<QLineEdit>("archivePathEdit"), Qt::Key_Return);
    QTest::keyClick(m_page.get(), Qt::Key_E, Qt::AltModifier);
    QVERIFY(!archived.wait(300));
    QVERIFY(!m_worker->isBusy());
    QVERIFY(!QFile::exists(file));
    QCOMPARE(scalar(m_shop->shop.db(), QStringLiteral("SELECT count(*) FROM events WHERE kind = 'archive'"))
                 .toInt(),
             0);
    // Nobody signed in: the same; a cashier may still check the journal.
    m_session->signOut();
    QVERIFY(!button->isEnabled());
    signIn(OperatorRole::Cashier);
    QVERIFY(find<QPushButton>("checkJournalButton")->isEnabled());
    // A manager signing in may archive.
    signIn(OperatorRole::Manager);
    QVERIFY(button->isEnabled());
    QVERIFY(find<QLabel>("archiveManagerNote")->isHidden());
}

void TestSettingsJournal::checkIntactJournal()
{
    signIn(OperatorRole::Cashier);
    const JournalCheckOutcome outcome = clickCheck();
    QCOMPARE(outcome.state, JournalCheckOutcome::State::Checked);
    QVERIFY(outcome.report.ok);
    QCOMPARE(outcome.report.tickets, 5);
    QCOMPARE(outcome.report.closures, 2);
    const QString text = find<QLabel>("journalCheckResult")->text();
    QVERIFY2(text.contains(QStringLiteral("intact")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("5 ticket")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 daily closure")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(outcome.report.events) + QStringLiteral(" technical event")),
             qPrintable(text));
    QVERIFY(find<QPushButton>("checkJournalButton")->isEnabled());
    QVERIFY2(m_textWhileChecking.contains(QStringLiteral("Checking")), qPrintable(m_textWhileChecking));
    QVERIFY(!m_enabledWhileChecking);
    qInfo() << "checked" << outcome.report.links << "links in" << outcome.elapsedMs << "ms";
}

void TestSettingsJournal::checkNamesTheBrokenTicket()
{
    QCOMPARE(tamper(m_shop->shop.temp.filePath(), {ChangedLineAmount}), QString());
    const JournalCheckOutcome outcome = clickCheck();
    QCOMPARE(outcome.state, JournalCheckOutcome::State::Checked);
    QVERIFY(!outcome.report.ok);
    QCOMPARE(outcome.report.firstBroken, QStringLiteral("ticket 2"));
    QCOMPARE(outcome.report.problem, QStringLiteral("hash-mismatch"));
    const QString text = find<QLabel>("journalCheckResult")->text();
    QVERIFY2(text.contains(QStringLiteral("ticket record 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("changed after it was recorded")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("association")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("intact")), qPrintable(text));
    // Nothing was repaired: the same answer again.
    QCOMPARE(clickCheck().report.firstBroken, QStringLiteral("ticket 2"));
}

void TestSettingsJournal::problemTexts_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("recordText");
    QTest::newRow("hash-mismatch") << QStringLiteral("ticket 12") << QStringLiteral("hash-mismatch")
                                   << QStringLiteral("ticket record 12");
    QTest::newRow("bad-signature") << QStringLiteral("closure 3") << QStringLiteral("bad-signature")
                                   << QStringLiteral("daily closure (Z) record 3");
    QTest::newRow("missing-record") << QStringLiteral("ticket 5") << QStringLiteral("missing-record")
                                    << QStringLiteral("ticket record 5");
    QTest::newRow("missing-link") << QStringLiteral("event 40") << QStringLiteral("missing-link")
                                  << QStringLiteral("technical event 40");
    QTest::newRow("chain-gap") << QStringLiteral("closure 2") << QStringLiteral("chain-gap")
                               << QStringLiteral("daily closure (Z) record 2");
    QTest::newRow("previous-hash") << QStringLiteral("ticket 2") << QStringLiteral("previous-hash")
                                   << QStringLiteral("ticket record 2");
    QTest::newRow("number-gap") << QStringLiteral("ticket 7") << QStringLiteral("number-gap")
                                << QStringLiteral("ticket record 7");
    QTest::newRow("closure-total") << QStringLiteral("closure 1") << QStringLiteral("closure-total")
                                   << QStringLiteral("daily closure (Z) record 1");
    QTest::newRow("period-total") << QStringLiteral("month-closure 2") << QStringLiteral("period-total")
                                  << QStringLiteral("monthly closure record 2");
    QTest::newRow("year") << QStringLiteral("year-closure 5") << QStringLiteral("period-total")
                          << QStringLiteral("yearly closure record 5");
    QTest::newRow("unknown-key") << QStringLiteral("public key") << QStringLiteral("unknown-key")
                                 << QStringLiteral("the till's signing key");
    QTest::newRow("bad-format") << QStringLiteral("archive") << QStringLiteral("bad-format")
                                << QStringLiteral("the archive file");
    // Issue 12's codes: the same rules for the database and an archive, and the archive's seal.
    QTest::newRow("non-canonical") << QStringLiteral("ticket 3") << QStringLiteral("non-canonical")
                                   << QStringLiteral("ticket record 3");
    QTest::newRow("record-type") << QStringLiteral("closure 4") << QStringLiteral("record-type")
                                 << QStringLiteral("daily closure (Z) record 4");
    QTest::newRow("key-change") << QStringLiteral("event 9") << QStringLiteral("key-change")
                                << QStringLiteral("technical event 9");
    QTest::newRow("duplicate-record") << QStringLiteral("ticket 8") << QStringLiteral("duplicate-record")
                                      << QStringLiteral("ticket record 8");
    QTest::newRow("ticket-total") << QStringLiteral("ticket 6") << QStringLiteral("ticket-total")
                                  << QStringLiteral("ticket record 6");
    QTest::newRow("bad-seal") << QStringLiteral("header") << QStringLiteral("bad-seal")
                              << QStringLiteral("the archive's header");
    QTest::newRow("footer-mismatch") << QStringLiteral("footer") << QStringLiteral("footer-mismatch")
                                     << QStringLiteral("the archive's footer");
    QTest::newRow("not-following") << QStringLiteral("follows") << QStringLiteral("not-following")
                                   << QStringLiteral("the continuity with the previous archive");
}

void TestSettingsJournal::problemTexts()
{
    QFETCH(QString, record);
    QFETCH(QString, problem);
    QFETCH(QString, recordText);
    VerifyReport report;
    report.firstBroken = record;
    report.problem = problem;
    const QString text = journalProblemText(report);
    QVERIFY2(text.contains(recordText), qPrintable(text));
    QVERIFY2(!text.contains(problem), qPrintable(text)); // words, not the code
    // An unknown code is still named; an intact report has no problem.
    report.problem = QStringLiteral("new-problem");
    QVERIFY(journalProblemText(report).contains(QStringLiteral("new-problem")));
    report.ok = true;
    QVERIFY(journalProblemText(report).isEmpty());
}

void TestSettingsJournal::bannerForATamperedJournalOnly_data()
{
    QTest::addColumn<bool>("tampered");
    QTest::newRow("intact") << false;
    QTest::newRow("tampered") << true;
}

void TestSettingsJournal::bannerForATamperedJournalOnly()
{
    QFETCH(bool, tampered);
    if (tampered)
        QCOMPARE(tamper(m_shop->shop.temp.filePath(), {ChangedLineAmount}), QString());
    TestShop &shop = m_shop->shop;
    Operators operators(shop.db(), shop.clock, shop.events, 50);
    OperatorSession session;
    MainWindow window(shop.db(), operators, session, MainWindow::Pages {});
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("journalAlert"));
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    // As the shop's window does at start.
    connect(m_worker.get(), &JournalWorker::checked, &window, &MainWindow::showJournalCheck);
    QSignalSpy checked(m_worker.get(), &JournalWorker::checked);
    QVERIFY(m_worker->startCheck());
    QVERIFY(checked.wait(JobTimeoutMs));
    QCOMPARE(banner->isVisible(), tampered);
    if (!tampered) {
        QVERIFY(window.journalAlert().isEmpty());
        return;
    }
    const QString text = window.journalAlert();
    QCOMPARE(banner->text(), text);
    QVERIFY2(text.contains(QStringLiteral("ticket record 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("association")), qPrintable(text));
    // No way to close it; selling goes on, and the banner stays.
    QCOMPARE(banner->findChildren<QPushButton *>().size(), 0);
    QVERIFY(m_shop->journal.commitSale(m_shop->threeLines()).ok());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(banner->isVisible());
    QCOMPARE(window.journalAlert(), text);
    // A check that cannot read the database leaves the banner as it is.
    JournalCheckOutcome failed;
    failed.error = Error {ErrorCode::DatabaseOpenFailed, {}, {}};
    window.showJournalCheck(failed);
    QVERIFY(banner->isVisible());
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Paris"); // business days are Orléans' dates
    QApplication app(argc, argv);
    TestSettingsJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsjournal.moc"
