// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/signer.h"
#include "models/result.h"

#include <QByteArray>

namespace comptoir {

// The register's Ed25519 key pair (RFC 8032), on OpenSSL's libcrypto. A plain value: the
// 32-byte private seed and the 32-byte public key; OpenSSL objects live only inside a call.
// The seed goes to the secret store and nowhere else (never a log line, never the database).
class Ed25519Key final : public Signer
{
public:
    static constexpr int SeedSize = 32;
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    // A new key from the system's random generator. Errors: CryptoFailed.
    static Result<Ed25519Key> generate();
    // The key whose private seed is seed32 (exactly 32 bytes). Errors: CryptoFailed.
    static Result<Ed25519Key> fromSeed(const QByteArray &seed32);

    // The 32-byte private seed, for the secret store only.
    QByteArray seed() const { return m_seed; }
    QByteArray publicKey() const override { return m_publicKey; }
    // The raw 64-byte signature of message. Errors: CryptoFailed.
    Result<QByteArray> sign(const QByteArray &message) const override;

    // True when signature is publicKey's valid signature of message; false for anything else
    // (wrong sizes included).
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    Ed25519Key(QByteArray seed, QByteArray publicKey);

    QByteArray m_seed;
    QByteArray m_publicKey;
};

} // namespace comptoir
