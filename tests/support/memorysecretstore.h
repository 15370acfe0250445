// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/secretstore.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace comptoir {

// An in-memory SecretStore for tests. setUnavailable(true) makes every call fail with
// KeychainUnavailable, as on a Linux session without a secret service; writeCount() counts the
// successful writes and removals, so a test can check that nothing was written. Answers come from
// the event loop, as the keychain's do (secretwait.h waits for them); the *Now functions give the
// contents at once, for a test's checks and set-up.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, ReadDone done) override
    {
        answerLater(context, std::move(done), readNow(key));
    }
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override
    {
        answerLater(context, std::move(done), writeNow(key, secret));
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        answerLater(context, std::move(done), removeNow(key));
    }

    Result<std::optional<QByteArray>> readNow(const QString &key) const
    {
        if (m_unavailable)
            return unavailable();
        const auto found = m_secrets.constFind(key);
        if (found == m_secrets.cend())
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(*found);
    }

    Status writeNow(const QString &key, const QByteArray &secret)
    {
        if (m_unavailable)
            return unavailable();
        m_secrets.insert(key, secret);
        ++m_writeCount;
        return {};
    }

    Status removeNow(const QString &key)
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
