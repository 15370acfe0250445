// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace comptoir {

class Clock;

// The sync status in the main window's status bar, compact: the state ("syncStateLabel":
// Online, Offline, Syncing…, Enrolment needed, Sync stopped), a short explanation when something
// needs a person ("syncDetailLabel": how to enrol, what stopped the sync), the changes waiting to
// be sent ("syncPendingLabel"), the last successful exchange in words ("syncLastSuccessLabel":
// "2 min ago", kept up to date), and the open exceptions ("syncExceptionsButton", shown only when
// there are some; clicking it emits exceptionsRequested()). Fed by SyncController::statusChanged.
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(const Clock &clock, QWidget *parent = nullptr);

    void setStatus(const comptoir::SyncStatus &status);
    const SyncStatus &status() const { return m_status; }
    // The exceptions page changed them (retry, discard) before the engine's next status.
    void setOpenExceptions(qint64 count);

    QString stateText() const;
    QString detailText() const; // empty when all is well
    QString pendingText() const; // empty when nothing waits
    QString lastSuccessText() const;
    QString exceptionsText() const; // empty when there is none

    // The words for a state, and the sentence that goes with it (empty for Idle and Syncing).
    static QString stateText(SyncState state);
    static QString explanation(const SyncStatus &status);

Q_SIGNALS:
    void exceptionsRequested();
    // "syncEnrollButton" (shown when not enrolled or enrolment needed) was clicked.
    void enrollmentRequested();

private:
    void updateTexts();

    const Clock &m_clock;
    SyncStatus m_status;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_lastSuccessLabel = nullptr;
    QPushButton *m_exceptionsButton = nullptr;
    QPushButton *m_enrollButton = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace comptoir
