// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;

namespace comptoir {

class BackupWorker;
class Clock;
class Database;
class OperatorSession;
struct BackupRun;

// The Settings page's "Backups" section ("backupGroup"), embedded with SettingsPage::addSection():
// - "backupFolderLabel" shows the folder backups go to; "chooseBackupFolderButton" picks it (a
//   non-native dialog, "backupFolderDialog"), then setFolder() keeps it (BackupStateStore);
// - "backupNowButton" starts a backup on the worker; "backupResult" says where it went and what
//   it holds, or what went wrong;
// - "backupList" lists the backups in the folder, newest first (refreshed when shown and after
//   each backup);
// - "restoreButton" restores the backup selected in the list, "restoreOtherButton" one chosen
//   elsewhere (RestoreFlow); only a signed-in manager may ("restoreManagerNote" says so
//   otherwise). A committed restore emits restoreCommitted(): the program restarts to swap it in.
class BackupSection : public QGroupBox
{
    Q_OBJECT

public:
    BackupSection(Database &db, const QString &dataDir, const Clock &clock, BackupWorker &worker,
                  OperatorSession &session, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    void refreshList();

Q_SIGNALS:
    void folderChosen();
    void restoreCommitted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFolder();
    void backUpNow();
    void onFinished(const BackupRun &run);
    void restoreSelected();
    void restoreOther();
    void updateEnabled();
    void showResult(const QString &text, bool ok);

    Database &m_db;
    QString m_dataDir;
    const Clock &m_clock;
    BackupWorker &m_worker;
    OperatorSession &m_session;
    QLabel *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_backUp = nullptr;
    QLabel *m_result = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_restoreOther = nullptr;
    QLabel *m_managerNote = nullptr;
};

} // namespace comptoir
