// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The register key's fingerprint (keyfingerprint.h): SHA-256, 160 bits, base32 in groups of four.
#include "models/fiscal/keyfingerprint.h"

#include "models/fiscal/ed25519.h"

#include <QCryptographicHash>
#include <QStringList>

#include <string>

namespace comptoir {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// RFC 4648 base32 of 20 bytes (a multiple of 5: no padding).
QByteArray base32(const QByteArray &bytes)
{
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += Alphabet[(buffer >> bits) & 0x1f];
        }
    }
    if (bits > 0)
        out += Alphabet[(buffer << (5 - bits)) & 0x1f];
    return out;
}

} // namespace

namespace KeyFingerprint {

QByteArray raw(const QByteArray &publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(Bytes);
}

QString text(const QByteArray &publicKey)
{
    const QByteArray encoded = base32(raw(publicKey));
    QStringList groups;
    for (int i = 0; i < encoded.size(); i += 4)
        groups << QString::fromLatin1(encoded.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

std::optional<QByteArray> parse(const QString &typed)
{
    QByteArray compact;
    for (const QChar c : typed) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        compact += c.toUpper().toLatin1();
    }
    if (compact.size() != Characters)
        return std::nullopt;
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char c : std::as_const(compact)) {
        const char *found = c ? std::char_traits<char>::find(Alphabet, 32, c) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | quint64(found - Alphabet);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

} // namespace KeyFingerprint

bool KeyReference::matches(const QByteArray &key) const
{
    if (!publicKey.isEmpty())
        return key == publicKey;
    return KeyFingerprint::raw(key) == fingerprint;
}

std::optional<KeyReference> parseKeyReference(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (auto fingerprint = KeyFingerprint::parse(trimmed))
        return KeyReference {QByteArray(), *fingerprint};
    const auto decoded
        = QByteArray::fromBase64Encoding(trimmed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == Ed25519Key::PublicKeySize && !trimmed.isEmpty())
        return KeyReference {decoded.decoded, KeyFingerprint::raw(decoded.decoded)};
    return std::nullopt;
}

} // namespace comptoir
