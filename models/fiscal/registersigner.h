// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/ed25519.h"
#include "models/fiscal/signer.h"
#include "models/result.h"

#include <QMutex>
#include <QObject>

#include <optional>

namespace comptoir {

class Database;
class SecretStore;

// The register's signer for a running till: the Ed25519 key from the secret store, which may take
// seconds to answer (a locked keychain waits for its user). The window opens at once; until the
// key has come, sign() fails with SigningKeyPending, so a sale, a Z or a journalled event waits
// with a message (nothing is recorded unsigned, DESIGN.md's fiscal model) and can be tried again.
// When the store fails, sign() fails with that error for good. Thread-safe for signing (the
// journal worker signs its Archive event on its own thread).
class RegisterSigner final : public QObject, public Signer
{
    Q_OBJECT

public:
    enum class State { Loading, Ready, Failed };

    explicit RegisterSigner(QObject *parent = nullptr);

    // Starts loading (or making, at first start) the key (loadOrCreateRegisterKey); loaded() is
    // emitted once when the store has answered. db must outlive this object.
    void load(SecretStore &store, Database &db);
    // Ready at once with key (the demo's commands, tests).
    void setKey(const Ed25519Key &key);

    State state() const;
    // Success when ready; SigningKeyPending while loading; the store's error once failed.
    Status status() const;

    // Empty until the key is there.
    QByteArray publicKey() const override;
    Result<QByteArray> sign(const QByteArray &message) const override;

Q_SIGNALS:
    void loaded();

private:
    void finish(Result<Ed25519Key> key);

    mutable QMutex m_mutex;
    std::optional<Ed25519Key> m_key;
    std::optional<Error> m_error;
};

} // namespace comptoir
