// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page's Backups section and the status bar's backup warning, driven as a shop would
// (offscreen): choose the folder, back up now, see it listed and recorded; restore (manager only),
// with its questions; the warning when no folder, an unreachable folder or a backup over 48 h old.
#include "fixtures.h"
#include "models/backup/backuprestore.h"
#include "models/backup/backupstate.h"
#include "models/backup/backupworker.h"
#include "models/staff/operatorsession.h"
#include "ui/backup/backupsection.h"
#include "ui/backup/backupstatuslabel.h"
#include "ui/backup/restoreflow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace comptoir;

namespace {

// Answers the next modal box named `name` with `button` (once it shows); what it said goes to *text.
void answerBox(const QString &name, QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return;
        *text = box->text();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

} // namespace

class TestBackupSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backUpNowListsAndRecords()
    {
        TestShop shop;
        QVERIFY(shop.temp.isValid());
        OperatorSession session;
        BackupWorker worker(shop.db(), shop.temp.dir(), shop.clock);
        BackupSection section(shop.db(), shop.temp.dir(), shop.clock, worker, session);
        BackupStatusLabel status(shop.db(), shop.clock);
        section.show();
        auto *backUp = section.findChild<QPushButton *>(QStringLiteral("backupNowButton"));
        auto *list = section.findChild<QListWidget *>(QStringLiteral("backupList"));
        QVERIFY(backUp && list);
        QVERIFY(!backUp->isEnabled()); // no folder yet
        QVERIFY(status.isWarning());

        QTemporaryDir folder;
        QSignalSpy chosen(&section, &BackupSection::folderChosen);
        section.setFolder(folder.path());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(section.findChild<QLabel *>(QStringLiteral("backupFolderLabel"))->text(), folder.path());
        QVERIFY(backUp->isEnabled());

        QSignalSpy finished(&worker, &BackupWorker::finished);
        QTest::mouseClick(backUp, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        auto *result = section.findChild<QLabel *>(QStringLiteral("backupResult"));
        QVERIFY2(result->text().contains(folder.path()), qPrintable(result->text()));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("last good backup")));
        auto state = BackupStateStore::read(shop.db());
        QVERIFY(state.ok() && state->lastGoodAt);
        QCOMPARE(*state->lastGoodAt, shop.clock.now());

        status.refresh();
        QVERIFY2(!status.isWarning(), qPrintable(status.text()));
        shop.clock.advance(qint64(49) * 3600 * 1000);
        status.refresh();
        QVERIFY(status.isWarning());
        QVERIFY(status.text().contains(QStringLiteral("48 h")));
        shop.clock.advance(-qint64(48) * 3600 * 1000);
        QVERIFY(folder.remove());
        status.refresh();
        QVERIFY(status.isWarning());
        QVERIFY(status.text().contains(QStringLiteral("unreachable")));
    }

    void restoreIsForManagersAndAsksFirst()
    {
        TestShop shop;
        OperatorSession session;
        BackupWorker worker(shop.db(), shop.temp.dir(), shop.clock);
        BackupSection section(shop.db(), shop.temp.dir(), shop.clock, worker, session);
        section.show();
        QTemporaryDir folder;
        section.setFolder(folder.path());
        QSignalSpy finished(&worker, &BackupWorker::finished);
        QVERIFY(worker.start());
        QVERIFY(finished.wait(60000));
        auto *list = section.findChild<QListWidget *>(QStringLiteral("backupList"));
        auto *restore = section.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        auto *note = section.findChild<QLabel *>(QStringLiteral("restoreManagerNote"));
        list->setCurrentRow(0);
        QVERIFY(!restore->isEnabled());
        QVERIFY(note->isVisible());

        session.signIn(OperatorInfo {1, QStringLiteral("Dominique"), OperatorRole::Cashier, true});
        QVERIFY(!restore->isEnabled());
        session.signIn(OperatorInfo {2, QStringLiteral("Claude"), OperatorRole::Manager, true});
        QVERIFY(restore->isEnabled());
        QVERIFY(!note->isVisible());

        // Cancelled: nothing staged.
        QString said;
        QSignalSpy committed(&section, &BackupSection::restoreCommitted);
        answerBox(QStringLiteral("restoreConfirmBox"), QMessageBox::Cancel, &said);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(said.contains(QStringLiteral("restarts")));
        QCOMPARE(committed.count(), 0);
        QVERIFY(!QFileInfo::exists(RestoreStaging::folder(shop.temp.dir())));

        // Agreed: staged for the next start, which swaps it in.
        answerBox(QStringLiteral("restoreConfirmBox"), QMessageBox::Yes, &said);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(committed.count(), 1);
        QVERIFY(RestoreStaging::isReady(shop.temp.dir()));
    }

    void refusedBackupSaysWhyAndStagesNothing()
    {
        TestShop shop;
        QTemporaryDir elsewhere;
        QFile file(elsewhere.filePath(QStringLiteral("comptoir.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QWidget parent;
        RestoreFlow flow(shop.temp.dir(), &shop.db(), shop.clock);
        QString said;
        answerBox(QStringLiteral("restoreRefusedBox"), QMessageBox::Ok, &said);
        QVERIFY(!flow.run(&parent, elsewhere.path()));
        QVERIFY2(said.contains(QStringLiteral("not a Comptoir backup")), qPrintable(said));
        QVERIFY(!QFileInfo::exists(RestoreStaging::folder(shop.temp.dir())));
    }
};

QTEST_MAIN(TestBackupSection)
#include "tst_backupsection.moc"
