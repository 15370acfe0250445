#include "models/fiscal/registerkey.h"

#include "models/logging.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"

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

Result<Ed25519Key> loadOrCreateRegisterKey(SecretStore &store, Database &db)
{
    const Result<QString> stored = db.meta(publicKeyMetaName());
    if (!stored)
        return stored.error();
    const bool hasMeta = !stored->isEmpty();
    const QString secretName = registerKeySecretName(db.deviceId());

    const Result<std::optional<QByteArray>> secret = store.read(secretName);
    if (!secret)
        return secret.error();

    if (secret->has_value()) {
        Result<Ed25519Key> key = Ed25519Key::fromSeed(**secret);
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

    if (hasMeta) {
        qCWarning(lcModels) << "the register's signing key is missing from the secret store";
        return makeError(ErrorCode::SigningKeyMissing, QStringLiteral("missing"));
    }

    // First start: the secret first, so that a crash in between leaves a secret without meta
    // (recovered above), never a meta without its secret.
    Result<Ed25519Key> key = Ed25519Key::generate();
    if (!key)
        return key.error();
    if (Status written = store.write(secretName, key->seed()); !written)
        return written.error();
    const Result<std::optional<QByteArray>> readBack = store.read(secretName);
    if (!readBack)
        return readBack.error();
    if (!readBack->has_value() || **readBack != key->seed()) {
        return makeError(ErrorCode::KeychainFailed, QString(),
                         QStringLiteral("the secret store did not give back the key just written"));
    }
    if (Status written = writePublicKeyMeta(db, *key); !written)
        return written.error();
    qCInfo(lcModels) << "register signing key created";
    return key;
}

} // namespace comptoir
