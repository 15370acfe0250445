// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/secretstore.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace comptoir {

// The secret store of the DEMO SHOP ONLY: in memory, nothing reaches a keychain.
//
// Every "register-signing-key/<device>" read answers the same FIXED, PUBLISHED Ed25519 seed:
// the 32 ASCII bytes "Comptoir demo: NOT fiscal data!!"
// (hex 436f6d70746f69722064656d6f3a204e4f542066697363616c20646174612121).
// Anyone can therefore verify the demo's receipts and journal, and anyone can forge them: the
// demo's records are NOT fiscal records and must never be presented as such. The point is that
// `comptoir demo seed` then `comptoir journal verify` work on a machine with no keychain (CI, a
// volunteer's laptop), and give the same public key on every machine.
//
// Writing a different seed under a register key, or removing one, is refused (KeychainFailed):
// the demo key cannot be replaced. Any other secret lives in memory for the process's life.
class DemoSecretStore final : public SecretStore
{
public:
    // The published demo seed (32 bytes).
    static QByteArray demoRegisterSeed();

    // Answered from the event loop, as every SecretStore; the *Now functions answer at once.
    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    Result<std::optional<QByteArray>> readNow(const QString &key) const;
    Status writeNow(const QString &key, const QByteArray &secret);
    Status removeNow(const QString &key);

private:
    static bool isRegisterKey(const QString &key);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace comptoir
