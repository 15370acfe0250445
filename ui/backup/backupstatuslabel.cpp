// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/backupstatuslabel.h"

#include "models/backup/backupstate.h"
#include "models/clock.h"
#include "ui/errortext.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace comptoir {

BackupStatusLabel::BackupStatusLabel(const Database &db, const Clock &clock, QWidget *parent)
    : QLabel(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("backupStatusLabel"));
    auto *timer = new QTimer(this);
    timer->setInterval(5 * 60 * 1000);
    connect(timer, &QTimer::timeout, this, &BackupStatusLabel::refresh);
    timer->start();
    refresh();
}

QString BackupStatusLabel::describe(const BackupState &state, bool folderReachable, const QDateTime &nowUtc,
                                    bool *warning)
{
    *warning = true;
    if (state.folder.isEmpty())
        return tr("No backup folder: choose one in Settings");
    if (!folderReachable)
        return tr("Backup folder unreachable: %1").arg(state.folder);
    if (!state.lastGoodAt)
        return tr("No backup yet");
    const QString when = QLocale().toString(state.lastGoodAt->toLocalTime(), QLocale::ShortFormat);
    if (state.isStale(nowUtc))
        return tr("Last backup over 48 h ago (%1)").arg(when);
    *warning = false;
    return tr("Last backup: %1").arg(when);
}

void BackupStatusLabel::refresh()
{
    auto state = BackupStateStore::read(m_db);
    if (!state) {
        m_warning = true;
        setText(tr("Backups: state unreadable"));
        setToolTip(errorText(state.error()));
    } else {
        setText(describe(state.value(), QFileInfo(state->folder).isDir(), m_clock.now().toUTC(), &m_warning));
        setToolTip(state->folder.isEmpty() ? QString() : tr("Backup folder: %1").arg(state->folder));
    }
    setStyleSheet(m_warning ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace comptoir
