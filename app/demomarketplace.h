// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace comptoir {

class Database;
class SecretStore;
struct EnrolledDevice;

// The demo shop's marketplace (issue 5, point 2): the reference server comptoir-marketplace
// (tests/marketplace), started as a child process on loopback beside the demo, with its own
// SQLite file in the demo's data folder, placing an online order every OrderEverySeconds so a
// newcomer sees sync happen. start() creates the marketplace's shop (first run) and a one-time
// enrollment code with the server's admin command line, and enrolls the demo till with it
// (sync/enrollment.h) before the window and its sync engine are built. The demo keeps its
// secrets in memory (DemoSecretStore), so the token lasts one run: each start re-enrolls the same
// device with the same shop (a new code), which keeps the device's sync state (docs §5.3). The
// server is stopped when this object is destroyed.
//
// Never fatal: when the server is not built or does not start, the demo runs without it and
// statusText() says why (the log too).
class DemoMarketplace : public QObject
{
    Q_OBJECT

public:
    static constexpr int OrderEverySeconds = 40;
    static constexpr int StartTimeoutMs = 10000;

    explicit DemoMarketplace(QObject *parent = nullptr);
    ~DemoMarketplace() override; // stops the server

    // dataDir: the demo's data folder; db: its database; secrets: the store the sync engine will
    // read the token from. Returns whether the demo till is enrolled with a running marketplace.
    bool start(const QString &dataDir, Database &db, SecretStore &secrets);
    void stop();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    // One line for the status bar: where the marketplace listens, or why there is none.
    QString statusText() const { return m_status; }

    // The server program: $COMPTOIR_MARKETPLACE_BIN, else comptoir-marketplace beside this
    // executable, else the one of this build tree (COMPTOIR_DEMO_MARKETPLACE); empty when none
    // of them exists.
    static QString program();
    // The marketplace's SQLite file in the demo's data folder.
    static QString databaseFile(const QString &dataDir);

private:
    bool startServer(const QString &dataDir, quint16 port);
    // Runs an admin subcommand on the marketplace's file; its trimmed output, or nothing.
    std::optional<QString> admin(const QStringList &arguments);
    Result<EnrolledDevice> enroll(Database &db, SecretStore &secrets, const QString &code);
    bool fail(const QString &status);

    QProcess m_process;
    QString m_program;
    QString m_databaseFile;
    QUrl m_url;
    QString m_status;
};

} // namespace comptoir
