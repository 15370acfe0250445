#pragma once

#include "models/storage/secretstore.h"

#include <QString>

namespace QKeychain {
class Job;
}

namespace comptoir {

// The real secret store: the desktop's keychain through QtKeychain (the Secret Service —
// gnome-keyring or KWallet — on Linux, the Keychain on macOS, the Credential Manager on
// Windows). Each call runs one QtKeychain job and waits for it in a local event loop, so a
// QCoreApplication must exist, and other events (timers, queued calls) are delivered while a call
// waits; the calls are meant for start-up and enrollment, not hot paths. A job that outlives
// timeoutMs is abandoned (KeychainFailed) and deleted when it finishes.
// Secrets never appear in a log line or an Error.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("Comptoir"),
                                 int timeoutMs = DefaultTimeoutMs);

    Result<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;

    QString service() const { return m_service; }

private:
    // Runs job to its end (or the timeout); returns true when it finished.
    bool run(QKeychain::Job &job) const;

    QString m_service;
    int m_timeoutMs;
};

} // namespace comptoir
