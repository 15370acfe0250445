// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the doctor's report in Settings ("Check this till"), driven with QTest (offscreen) on
// a real shop file with an in-memory keychain: the run does not block the window (the result
// comes later, from the event loop), every item has its line, a problem is named, and "Copy for
// support" puts the whole report, without a secret, on the clipboard.
#include "fakeclock.h"
#include "fixtures.h"
#include "memorysecretstore.h"
#include "models/backup/backupstate.h"
#include "models/fiscal/registerkey.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "sync/doctor/doctor.h"
#include "tempdatabase.h"
#include "ui/doctor/doctorsection.h"
#include "ui/doctor/doctortext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;

class TestDoctorSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runsOffTheWindowsThreadAndReports();
    void problemsAreNamedAndCopied();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_section->findChild<T *>(QLatin1String(name));
    }
    QList<DoctorItem> runOnce();

    std::unique_ptr<TempDatabase> m_temp;
    FakeClock m_clock;
    std::unique_ptr<TestJournal> m_journal;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    QTemporaryDir m_folders;
    std::unique_ptr<Doctor> m_doctor;
    std::unique_ptr<DoctorSection> m_section;
};

void TestDoctorSection::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_journal = std::make_unique<TestJournal>(m_temp->db(), m_clock);
    // The register key in the (memory) keychain and its public half in the database, as at first start.
    QVERIFY(
        m_secrets.writeNow(registerKeySecretName(m_temp->db().deviceId()), m_journal->signer.seed()).ok());
    QVERIFY(m_temp->db()
                .setMeta(QLatin1String(RegisterPublicKeyMeta),
                         QString::fromLatin1(m_journal->signer.publicKey().toBase64()))
                .ok());
    Operators operators(m_temp->db(), m_clock, m_journal->events, 64);
    QVERIFY(operators.add(QStringLiteral("Nadia"), OperatorRole::Manager, QStringLiteral("2468")).ok());
    const QString backups = m_folders.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(backups));
    QVERIFY(BackupStateStore::setFolder(m_temp->db(), backups).ok());
    QVERIFY(BackupStateStore::recordGood(m_temp->db(), m_clock.now(), QStringLiteral("b.sqlite")).ok());
    PrinterSettings pdf;
    pdf.kind = PrinterSettings::Kind::PdfFolder;
    pdf.pdfFolder = m_folders.path();
    QVERIFY(ShopSettings(m_temp->db()).setPrinter(pdf).ok());

    m_doctor = std::make_unique<Doctor>(m_temp->filePath(), m_secrets, m_network, m_clock);
    m_section = std::make_unique<DoctorSection>(*m_doctor, m_clock);
    m_section->resize(800, 500);
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
}

void TestDoctorSection::cleanup()
{
    m_section.reset();
    m_doctor.reset();
    m_journal.reset();
    m_temp.reset();
}

QList<DoctorItem> TestDoctorSection::runOnce()
{
    QSignalSpy finished(m_doctor.get(), &Doctor::finished);
    QTest::mouseClick(child<QPushButton>("doctorRunButton"), Qt::LeftButton);
    // The click has returned and the window goes on: the result is not there yet.
    if (finished.count() != 0 || child<QPushButton>("doctorRunButton")->isEnabled())
        return {};
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<QList<DoctorItem>>();
}

void TestDoctorSection::runsOffTheWindowsThreadAndReports()
{
    QVERIFY(!child<QPushButton>("doctorCopyButton")->isEnabled());
    const QList<DoctorItem> items = runOnce();
    QCOMPARE(items.size(), 9);
    const QStringList ids {
        QStringLiteral("database"),    QStringLiteral("journal"), QStringLiteral("keychain"),
        QStringLiteral("marketplace"), QStringLiteral("clock"),   QStringLiteral("disk"),
        QStringLiteral("printer"),     QStringLiteral("backup"),  QStringLiteral("versions")};
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(items[i].id, ids[i]);
    QCOMPARE(items[0].level, DoctorLevel::Ok);
    QCOMPARE(items[1].state(), QStringLiteral("intact"));
    QCOMPARE(items[2].state(), QStringLiteral("ok"));
    QCOMPARE(items[3].state(), QStringLiteral("not-enrolled")); // a warning, not a failure
    QCOMPARE(items[3].level, DoctorLevel::Warn);
    QCOMPARE(items[6].state(), QStringLiteral("ok"));
    QCOMPARE(items[7].state(), QStringLiteral("ok"));
    QVERIFY(!hasFailure(items));

    const QString shown = child<QPlainTextEdit>("doctorReport")->toPlainText();
    QCOMPARE(shown.count(QLatin1Char('\n')), 8); // one line per item
    QVERIFY(shown.contains(DoctorText::line(items[1])));
    QVERIFY(child<QPushButton>("doctorRunButton")->isEnabled());
    QCOMPARE(child<QLabel>("doctorStatus")->text(), DoctorText::summary(items));
}

void TestDoctorSection::problemsAreNamedAndCopied()
{
    // The register key gone from the keychain, the backup folder unplugged.
    QVERIFY(m_secrets.removeNow(registerKeySecretName(m_temp->db().deviceId())).ok());
    auto state = BackupStateStore::read(m_temp->db());
    QVERIFY(state.ok());
    QVERIFY(QDir(state->folder).removeRecursively());

    const QList<DoctorItem> items = runOnce();
    QCOMPARE(items.size(), 9);
    QVERIFY(hasFailure(items));
    QCOMPARE(items[2].state(), QStringLiteral("missing"));
    QCOMPARE(items[2].level, DoctorLevel::Fail);
    QCOMPARE(items[7].state(), QStringLiteral("folder-missing"));
    QCOMPARE(items[7].level, DoctorLevel::Fail);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("doctorCopyButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, m_section->reportText());
    for (const DoctorItem &item : items)
        QVERIFY2(copied.contains(DoctorText::line(item)), qPrintable(item.id));
    QVERIFY(copied.contains(DoctorText::summary(items)));
    QVERIFY(!copied.contains(QString::fromLatin1(m_journal->signer.seed().toBase64())));
    QVERIFY(!copied.contains(QString::fromLatin1(m_journal->signer.publicKey().toBase64())));
}

QTEST_MAIN(TestDoctorSection)
#include "tst_doctorsection.moc"
