#pragma once

#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace comptoir {

class SecretStore;

// Owned by the window side (created in app/): runs a SyncEngine on its own QThread with its own
// Database connection (opened from `databasePath` on that thread) and its own
// QNetworkAccessManager. The token is read from the SecretStore here, on the UI thread, and handed
// to the worker. Everything crosses threads through queued signals; no object of the worker is
// touched from the UI thread.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(const QString &databasePath, SecretStore &secrets, QObject *parent = nullptr);
    ~SyncController() override; // stops the engine and joins the thread (nothing is lost)

    // Reads the enrollment (meta) and the token; starts the worker. NotEnrolled when there is no
    // marketplace configured (status stays NotEnrolled, nothing runs); keychain errors as they come.
    Status start(const EnrolledDevice &device);
    void stop();
    SyncStatus status() const { return m_status; }

public Q_SLOTS:
    void nudge(); // call after each local change that queued outbox rows

Q_SIGNALS:
    void statusChanged(const comptoir::SyncStatus &status);
    void changesApplied(const comptoir::SyncChanges &changes);

private:
    QString m_databasePath;
    SecretStore &m_secrets;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    SyncStatus m_status;
};

} // namespace comptoir
