#pragma once

#include "models/storage/secretstore.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace comptoir {

// An in-memory SecretStore for tests. setUnavailable(true) makes every call fail with
// KeychainUnavailable, as on a Linux session without a secret service; writeCount() counts the
// successful writes and removals, so a test can check that nothing was written.
class MemorySecretStore final : public SecretStore
{
public:
    Result<std::optional<QByteArray>> read(const QString &key) override
    {
        if (m_unavailable)
            return unavailable();
        const auto found = m_secrets.constFind(key);
        if (found == m_secrets.cend())
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(*found);
    }

    Status write(const QString &key, const QByteArray &secret) override
    {
        if (m_unavailable)
            return unavailable();
        m_secrets.insert(key, secret);
        ++m_writeCount;
        return {};
    }

    Status remove(const QString &key) override
    {
        if (m_unavailable)
            return unavailable();
        m_secrets.remove(key);
        ++m_writeCount;
        return {};
    }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }
    int writeCount() const { return m_writeCount; }

private:
    static Error unavailable()
    {
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("gnome-keyring (or KWallet)"),
                         QStringLiteral("MemorySecretStore set unavailable"));
    }

    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
    int m_writeCount = 0;
};

} // namespace comptoir
