// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/ed25519.h"
#include "models/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace comptoir {

class Database;
class SecretStore;

// Where the register's key pair lives: the private seed in the secret store under
// registerKeySecretName(deviceId), the public key (base64) in the meta table under
// RegisterPublicKeyMeta. The database alone can check every signature; only the keychain can
// make new ones.
inline constexpr char RegisterPublicKeyMeta[] = "register_public_key";
QString registerKeySecretName(const QString &deviceId); // "register-signing-key/<deviceId>"

// The register's signing key, made at first start (no meta, no secret: generate, write the
// secret, then the meta). A secret without meta gets its meta written. Asynchronous, as the
// secret store is: returns at once, done is called once from context's event loop (not at all
// if context goes first; db must outlive context). Errors:
// SigningKeyMissing when the meta names a key the store does not have (subject "missing") or a
// different one (subject "replaced") — a new key is never made silently, the chain would break;
// KeychainUnavailable / KeychainFailed from the store (nothing is written then); CryptoFailed;
// DatabaseQueryFailed.
using RegisterKeyDone = std::function<void(Result<Ed25519Key>)>;
void loadOrCreateRegisterKey(SecretStore &store, Database &db, QObject *context, RegisterKeyDone done);

// The register's raw 32-byte public key from the meta table. Errors: NotFound when absent,
// CryptoFailed when the stored value is not a 32-byte base64 key, DatabaseQueryFailed.
Result<QByteArray> registerPublicKey(const Database &db);

} // namespace comptoir
