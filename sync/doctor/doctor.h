// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/doctor/doctoritem.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace comptoir {

class Clock;
class MarketplaceProbe;
class PrinterProbe;
class SecretStore;
struct DoctorFindings;

// The volunteer's check of a till (`comptoir doctor`, and Settings' "Check this till"): one item
// per subject, in this order — database integrity, journal chain, keychain, marketplace, clock,
// free disk, printer, last good backup, versions (doctoritem.h; each item's states in
// localchecks.h, marketplaceprobe.h, printerprobe.h, and "keychain" below).
//
// Nothing waits on the caller's thread: the database's checks run on a worker thread with a
// connection of their own (integrity and the journal's chain take seconds on a big shop), then the
// keychain, the marketplace and the printer are asked asynchronously; finished() comes once, from
// the event loop of the doctor's thread. It only reads: nothing is repaired, written or journalled.
//
// "keychain": the register's private key read through the secret store and compared with the
// public key the database holds. ok: "ok"; ok: "no-key-yet" (a new shop: the key is made at the
// first start of the window); fail: "missing" (the database names a key the keychain does not
// hold), "replaced" (it holds another one), "unavailable" (no secret service), "failed" (detail:
// the store's message). Never the key itself.
class Doctor : public QObject
{
    Q_OBJECT

public:
    // databasePath: the shop's comptoir.sqlite; secrets, network and clock must outlive the doctor.
    Doctor(const QString &databasePath, SecretStore &secrets, QNetworkAccessManager &network,
           const Clock &clock, QObject *parent = nullptr);
    ~Doctor() override; // waits for the worker thread

    // Starts a run; false (and nothing starts) while one is running.
    bool start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const QList<comptoir::DoctorItem> &items);

private:
    void onLocalDone();
    void checkKeychain();
    void checkMarketplace();
    void checkPrinter();
    void settle(); // finished() once every part has answered

    QString m_databasePath;
    SecretStore &m_secrets;
    const Clock &m_clock;
    MarketplaceProbe *m_marketplace = nullptr;
    PrinterProbe *m_printer = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<DoctorFindings> m_findings;
    bool m_running = false;
    int m_waiting = 0;
};

} // namespace comptoir
