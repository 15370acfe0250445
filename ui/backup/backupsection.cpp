// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/backupsection.h"

#include "models/backup/backuplist.h"
#include "models/backup/backupstate.h"
#include "models/backup/backupworker.h"
#include "models/staff/operatorsession.h"
#include "ui/backup/restoreflow.h"
#include "ui/errortext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

BackupSection::BackupSection(Database &db, const QString &dataDir, const Clock &clock, BackupWorker &worker,
                             OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Backups"), parent),
      m_db(db),
      m_dataDir(dataDir),
      m_clock(clock),
      m_worker(worker),
      m_session(session)
{
    setObjectName(QStringLiteral("backupGroup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("A copy of the shop (sales and fiscal journal, catalogue, stock, staff, settings, "
                        "receipts) after each Z, on quit and on demand, checked before it counts. "
                        "Choose a USB key or a network share. The register's key is never copied."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLabel(this);
    m_folder->setObjectName(QStringLiteral("backupFolderLabel"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_choose = new QPushButton(tr("Choose the folder…"), this);
    m_choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    layout->addLayout(folderRow);

    m_backUp = new QPushButton(tr("Back up now"), this);
    m_backUp->setObjectName(QStringLiteral("backupNowButton"));
    layout->addWidget(m_backUp, 0, Qt::AlignLeft);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setMinimumHeight(120);
    layout->addWidget(m_list);

    auto *restoreRow = new QHBoxLayout;
    m_restore = new QPushButton(tr("Restore the selected backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restoreOther = new QPushButton(tr("Restore another backup…"), this);
    m_restoreOther->setObjectName(QStringLiteral("restoreOtherButton"));
    restoreRow->addWidget(m_restore);
    restoreRow->addWidget(m_restoreOther);
    restoreRow->addStretch(1);
    layout->addLayout(restoreRow);
    m_managerNote = new QLabel(tr("Only a manager can restore a backup."), this);
    m_managerNote->setObjectName(QStringLiteral("restoreManagerNote"));
    layout->addWidget(m_managerNote);

    connect(m_choose, &QPushButton::clicked, this, &BackupSection::chooseFolder);
    connect(m_backUp, &QPushButton::clicked, this, &BackupSection::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupSection::restoreSelected);
    connect(m_restoreOther, &QPushButton::clicked, this, &BackupSection::restoreOther);
    connect(m_list, &QListWidget::currentRowChanged, this, &BackupSection::updateEnabled);
    connect(&m_session, &OperatorSession::changed, this, &BackupSection::updateEnabled);
    connect(&m_worker, &BackupWorker::started, this, &BackupSection::updateEnabled);
    connect(&m_worker, &BackupWorker::finished, this, &BackupSection::onFinished);
    refreshList();
}

void BackupSection::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    refreshList();
}

void BackupSection::setFolder(const QString &folder)
{
    if (Status s = BackupStateStore::setFolder(m_db, QDir::cleanPath(folder)); !s) {
        showResult(errorText(s.error()), false);
        return;
    }
    refreshList();
    Q_EMIT folderChosen();
}

void BackupSection::refreshList()
{
    auto state = BackupStateStore::read(m_db);
    const QString folder = state ? state->folder : QString();
    m_folder->setText(folder.isEmpty() ? tr("No folder chosen yet.") : QDir::toNativeSeparators(folder));
    m_list->clear();
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        m_list->addItem(tr("The folder cannot be reached (USB key unplugged? share disconnected?)."));
        m_list->item(0)->setFlags(Qt::NoItemFlags);
    }
    for (const BackupEntry &entry : listBackups(folder)) {
        QString text = QLocale().toString(entry.takenAt.toLocalTime(), QLocale::LongFormat);
        if (state && entry.name == state->lastGoodFile)
            text += QStringLiteral(" — ") + tr("last good backup");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(entry.name);
    }
    updateEnabled();
}

void BackupSection::updateEnabled()
{
    const bool manager = m_session.current() && m_session.current()->isManager();
    auto state = BackupStateStore::read(m_db);
    const bool hasFolder = state && !state->folder.isEmpty();
    m_backUp->setEnabled(hasFolder && !m_worker.isBusy());
    const QListWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(manager && item && !item->data(Qt::UserRole).toString().isEmpty());
    m_restoreOther->setEnabled(manager);
    m_managerNote->setVisible(!manager);
}

void BackupSection::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_result->show();
}

void BackupSection::chooseFolder()
{
    QFileDialog dialog(this, tr("Choose the backup folder (a USB key, a network share)"));
    dialog.setObjectName(QStringLiteral("backupFolderDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setFolder(dialog.selectedFiles().constFirst());
}

void BackupSection::backUpNow()
{
    if (m_worker.start())
        showResult(tr("Backing up… the till can keep selling."), true);
}

void BackupSection::onFinished(const BackupRun &run)
{
    if (run.ok)
        showResult(tr("Backup written and checked (%1 tickets, fiscal journal intact): %2")
                       .arg(run.outcome.check.tickets)
                       .arg(QDir::toNativeSeparators(run.outcome.path)),
                   true);
    else
        showResult(errorText(run.error), false);
    refreshList();
}

void BackupSection::restoreSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_session.current() || !m_session.current()->isManager())
        return;
    RestoreFlow flow(m_dataDir, &m_db, m_clock);
    if (flow.run(this, item->data(Qt::UserRole).toString()))
        Q_EMIT restoreCommitted();
}

void BackupSection::restoreOther()
{
    if (!m_session.current() || !m_session.current()->isManager())
        return;
    RestoreFlow flow(m_dataDir, &m_db, m_clock);
    if (flow.chooseAndRun(this))
        Q_EMIT restoreCommitted();
}

} // namespace comptoir
