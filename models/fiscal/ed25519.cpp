// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fiscal/ed25519.h"

#include <QString>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <utility>

namespace comptoir {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

// OpenSSL's queued error messages (emptied), for Error::detail.
QString opensslErrors()
{
    QString text;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
    }
    return text.isEmpty() ? QStringLiteral("unknown OpenSSL error") : text;
}

Error cryptoError(const QString &what)
{
    return makeError(ErrorCode::CryptoFailed, what, opensslErrors());
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

PkeyPtr privateKey(const QByteArray &seed)
{
    return PkeyPtr(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed),
                                                static_cast<size_t>(seed.size())));
}

} // namespace

Ed25519Key::Ed25519Key(QByteArray seed, QByteArray publicKey)
    : m_seed(std::move(seed)), m_publicKey(std::move(publicKey))
{ }

Result<Ed25519Key> Ed25519Key::generate()
{
    QByteArray seed(SeedSize, '\0');
    if (RAND_bytes(bytes(seed), SeedSize) != 1)
        return cryptoError(QStringLiteral("RAND_bytes"));
    return fromSeed(seed);
}

Result<Ed25519Key> Ed25519Key::fromSeed(const QByteArray &seed32)
{
    if (seed32.size() != SeedSize) {
        return makeError(
            ErrorCode::CryptoFailed, QStringLiteral("seed"),
            QStringLiteral("an Ed25519 seed is %1 bytes, not %2").arg(SeedSize).arg(seed32.size()));
    }
    const PkeyPtr key = privateKey(seed32);
    if (!key)
        return cryptoError(QStringLiteral("EVP_PKEY_new_raw_private_key"));
    QByteArray publicKey(PublicKeySize, '\0');
    size_t length = PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), bytes(publicKey), &length) != 1 || length != PublicKeySize) {
        return cryptoError(QStringLiteral("EVP_PKEY_get_raw_public_key"));
    }
    return Ed25519Key(seed32, publicKey);
}

Result<QByteArray> Ed25519Key::sign(const QByteArray &message) const
{
    const PkeyPtr key = privateKey(m_seed);
    if (!key)
        return cryptoError(QStringLiteral("EVP_PKEY_new_raw_private_key"));
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return cryptoError(QStringLiteral("EVP_MD_CTX_new"));
    // Ed25519 hashes internally: the digest must be NULL.
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return cryptoError(QStringLiteral("EVP_DigestSignInit"));
    QByteArray signature(SignatureSize, '\0');
    size_t length = SignatureSize;
    if (EVP_DigestSign(ctx.get(), bytes(signature), &length, bytes(message),
                       static_cast<size_t>(message.size()))
            != 1
        || length != SignatureSize) {
        return cryptoError(QStringLiteral("EVP_DigestSign"));
    }
    return signature;
}

bool Ed25519Key::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    const PkeyPtr key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), PublicKeySize));
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    bool valid = false;
    if (key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1) {
        valid = EVP_DigestVerify(ctx.get(), bytes(signature), SignatureSize, bytes(message),
                                 static_cast<size_t>(message.size()))
            == 1;
    }
    ERR_clear_error(); // a bad signature or key leaves queued errors nobody will read
    return valid;
}

} // namespace comptoir
