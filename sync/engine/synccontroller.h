// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <optional>
#include <utility>

namespace comptoir {

class SecretStore;

// Owned by the window side (created in app/): runs a SyncEngine on its own QThread with its own
// Database connection (opened from `databasePath` on that thread) and its own
// QNetworkAccessManager. The token is read from the SecretStore here, asynchronously, and handed
// to the worker. Everything crosses threads through queued signals; no object of the worker is
// touched from the UI thread, and the UI thread never waits for the worker except at exit.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(const QString &databasePath, SecretStore &secrets, QObject *parent = nullptr);
    // Asks the worker to stop and waits for it, at most ShutdownWaitMs (the application exits).
    ~SyncController() override;

    static constexpr int ShutdownWaitMs = 10000;

    // Asks the secret store for the token, then starts the worker (after a previous one has
    // stopped). Returns at once. Without a token the status becomes NotEnrolled (no token) or
    // Stopped with the keychain's error (statusChanged).
    void start(const EnrolledDevice &device);
    // Asks the worker to stop (after the page it is applying) and returns at once; stopped() is
    // emitted once its thread has ended. A token read under way is dropped.
    void stop();
    bool isStopping() const { return !m_stopping.isEmpty(); }
    SyncStatus status() const { return m_status; }

public Q_SLOTS:
    void nudge(); // call after each local change that queued outbox rows

Q_SIGNALS:
    void statusChanged(const comptoir::SyncStatus &status);
    void changesApplied(const comptoir::SyncChanges &changes);
    void stopped();

private:
    struct Run
    {
        QThread *thread = nullptr;
        QObject *worker = nullptr; // lives on thread
        bool operator==(const Run &) const = default;
    };

    void launch(const EnrolledDevice &device, const QByteArray &token);
    void onRunFinished(Run run);

    QString m_databasePath;
    SecretStore &m_secrets;
    Run m_run; // the running worker, if any
    QList<Run> m_stopping; // asked to stop, their threads not yet ended
    quint64 m_generation = 0; // a token answer for an older start() is dropped
    std::optional<std::pair<EnrolledDevice, QByteArray>> m_pendingStart; // once m_stopping is empty
    SyncStatus m_status;
};

} // namespace comptoir
