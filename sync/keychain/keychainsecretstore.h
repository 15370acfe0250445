// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/secretstore.h"

#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace comptoir {

// The real secret store: the desktop's keychain through QtKeychain (the Secret Service —
// gnome-keyring or KWallet — on Linux, the Keychain on macOS, the Credential Manager on
// Windows). Each call starts one QtKeychain job and returns; the job's finished() signal
// delivers the answer (SecretStore's contract: later, from the event loop, never a nested one).
// A job that outlives timeoutMs is answered KeychainFailed; its late answer is dropped and the
// job deletes itself when it ends. A QCoreApplication must exist.
// Secrets never appear in a log line or an Error.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("Comptoir"),
                                 int timeoutMs = DefaultTimeoutMs);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    QString service() const { return m_service; }

private:
    // Starts job; finished(true) when it ended in time, finished(false) on the timeout.
    void run(QKeychain::Job *job, QObject *context, std::function<void(bool)> finished) const;

    QString m_service;
    int m_timeoutMs;
};

} // namespace comptoir
