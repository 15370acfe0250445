// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fiscal/registerkey.h"

#include "models/logging.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"

#include <QMetaObject>
#include <QObject>

namespace comptoir {

namespace {

QString publicKeyMetaName()
{
    return QString::fromLatin1(RegisterPublicKeyMeta);
}

Status writePublicKeyMeta(Database &db, const Ed25519Key &key)
{
    return db.setMeta(publicKeyMetaName(), QString::fromLatin1(key.publicKey().toBase64()));
}

} // namespace

QString registerKeySecretName(const QString &deviceId)
{
    return QStringLiteral("register-signing-key/") + deviceId;
}

Result<QByteArray> registerPublicKey(const Database &db)
{
    const Result<QString> stored = db.meta(publicKeyMetaName());
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return makeError(ErrorCode::NotFound, publicKeyMetaName());
    const auto decoded
        = QByteArray::fromBase64Encoding(stored->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Ed25519Key::PublicKeySize) {
        return makeError(ErrorCode::CryptoFailed, publicKeyMetaName(),
                         QStringLiteral("the stored public key is not a 32-byte base64 value"));
    }
    return decoded.decoded;
}

namespace {

// First start: the secret first, so that a crash in between leaves a secret without meta
// (recovered by the next load), never a meta without its secret; then read back.
void createRegisterKey(SecretStore &store, Database &db, QObject *context, const QString &secretName,
                       RegisterKeyDone done)
{
    Result<Ed25519Key> generated = Ed25519Key::generate();
    if (!generated)
        return done(generated.error());
    const Ed25519Key key = *generated;
    store.write(secretName, key.seed(), context,
                [&store, &db, context, secretName, key, done = std::move(done)](Status written) mutable {
                    if (!written)
                        return done(written.error());
                    store.read(
                        secretName, context,
                        [&db, key, done = std::move(done)](Result<std::optional<QByteArray>> readBack) {
                            if (!readBack)
                                return done(readBack.error());
                            if (!readBack->has_value() || **readBack != key.seed()) {
                                return done(
                                    makeError(ErrorCode::KeychainFailed, QString(),
                                              QStringLiteral("the secret store did not give back the key "
                                                             "just written")));
                            }
                            if (Status meta = writePublicKeyMeta(db, key); !meta)
                                return done(meta.error());
                            qCInfo(lcModels) << "register signing key created";
                            done(key);
                        });
                });
}

// What the secret store answered, against the meta table.
Result<Ed25519Key> keyFromSecret(Database &db, bool hasMeta, const QByteArray &seed)
{
    Result<Ed25519Key> key = Ed25519Key::fromSeed(seed);
    if (!key)
        return key.error();
    if (!hasMeta) {
        qCInfo(lcModels) << "register signing key found in the secret store; recording its "
                            "public key";
        if (Status written = writePublicKeyMeta(db, *key); !written)
            return written.error();
        return key;
    }
    const Result<QByteArray> expected = registerPublicKey(db);
    if (!expected)
        return expected.error();
    if (*expected != key->publicKey()) {
        qCWarning(lcModels) << "the secret store's register key does not match the recorded "
                               "public key";
        return makeError(ErrorCode::SigningKeyMissing, QStringLiteral("replaced"));
    }
    return key;
}

} // namespace

void loadOrCreateRegisterKey(SecretStore &store, Database &db, QObject *context, RegisterKeyDone done)
{
    const Result<QString> stored = db.meta(publicKeyMetaName());
    if (!stored) {
        const Error error = stored.error();
        QMetaObject::invokeMethod(
            context, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
        return;
    }
    const bool hasMeta = !stored->isEmpty();
    const QString secretName = registerKeySecretName(db.deviceId());
    store.read(secretName, context,
               [&store, &db, context, hasMeta, secretName,
                done = std::move(done)](Result<std::optional<QByteArray>> secret) mutable {
                   if (!secret)
                       return done(secret.error());
                   if (secret->has_value())
                       return done(keyFromSecret(db, hasMeta, **secret));
                   if (hasMeta) {
                       qCWarning(lcModels) << "the register's signing key is missing from the secret store";
                       return done(makeError(ErrorCode::SigningKeyMissing, QStringLiteral("missing")));
                   }
                   createRegisterKey(store, db, context, secretName, std::move(done));
               });
}

} // namespace comptoir
