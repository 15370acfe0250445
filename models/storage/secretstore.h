#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace comptoir {

// Where secrets live: the register's private signing key, the marketplace device token. Never
// SQLite, settings files or logs. The real store is the OS keychain (sync/keychainsecretstore.h,
// QtKeychain); tests use an in-memory one (tests/support/memorysecretstore.h). Calls block until
// the store answered.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Nothing when there is no such secret. Errors: KeychainUnavailable (no secret service: the
    // subject says what to install), KeychainFailed (detail: the store's message).
    virtual Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

} // namespace comptoir
