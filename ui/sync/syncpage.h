// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace comptoir {

class Clock;
class SyncConflictsView;
class SyncExceptionsView;

// The Synchronisation page: where the till stands with the marketplace ("syncPageStateLabel",
// "syncPageDetailLabel": the state and what to do about it), a "syncNowButton" (F9) that asks the
// engine for a pass at once, and two tabs ("syncTabs"): the changes the marketplace refused
// (SyncExceptionsView) and the conflict log (SyncConflictsView). The page takes both views over.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(const Clock &clock, SyncExceptionsView *exceptions, SyncConflictsView *conflicts,
             QWidget *parent = nullptr);

    void setStatus(const comptoir::SyncStatus &status);
    void onChangesApplied(const comptoir::SyncChanges &changes);
    void refresh();
    void showExceptions();
    void showConflicts();

    SyncExceptionsView *exceptionsView() const { return m_exceptions; }
    SyncConflictsView *conflictsView() const { return m_conflicts; }

Q_SIGNALS:
    void syncRequested();

private:
    void updateTexts();

    const Clock &m_clock;
    SyncStatus m_status;
    SyncExceptionsView *m_exceptions = nullptr;
    SyncConflictsView *m_conflicts = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QPushButton *m_syncNowButton = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace comptoir
