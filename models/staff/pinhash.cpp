// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staff/pinhash.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace comptoir {

namespace {

const QLatin1String Scheme("pbkdf2-sha256");
// Refuse absurd iteration counts read from storage (a corrupted row must not hang the till).
constexpr qint64 MaxIterations = 10'000'000;

struct Decoded
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool decode(const QString &encoded, Decoded &out)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const qint64 iterations = parts.at(1).toLongLong(&ok);
    if (!ok || iterations < 1 || iterations > MaxIterations)
        return false;
    const auto salt
        = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key
        = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != PinHash::KeyBytes)
        return false;
    out.iterations = static_cast<int>(iterations);
    out.salt = salt.decoded;
    out.key = key.decoded;
    return true;
}

} // namespace

QByteArray PinHash::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                 int keyLength)
{
    if (iterations < 1 || keyLength < 1)
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    derived.reserve(keyLength);
    for (quint32 block = 1; derived.size() < keyLength; ++block) {
        const char index[4]
            = {static_cast<char>((block >> 24) & 0xff), static_cast<char>((block >> 16) & 0xff),
               static_cast<char>((block >> 8) & 0xff), static_cast<char>(block & 0xff)};
        mac.reset();
        mac.addData(salt);
        mac.addData(index, 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            char *out = t.data();
            const char *in = u.constData();
            for (qsizetype j = 0; j < t.size(); ++j)
                out[j] = static_cast<char>(out[j] ^ in[j]);
        }
        derived += t;
    }
    derived.truncate(keyLength);
    return derived;
}

QString PinHash::hash(const QString &pin, int iterations)
{
    QByteArray salt;
    salt.reserve(SaltBytes);
    QRandomGenerator *random = QRandomGenerator::system();
    while (salt.size() < SaltBytes) {
        const quint32 word = random->generate();
        for (int shift = 0; shift < 32 && salt.size() < SaltBytes; shift += 8)
            salt.append(static_cast<char>((word >> shift) & 0xff));
    }
    return hashWithSalt(pin, salt, iterations);
}

QString PinHash::hashWithSalt(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), salt, iterations, KeyBytes);
    return Scheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(key.toBase64());
}

bool PinHash::verify(const QString &pin, const QString &encoded)
{
    Decoded decoded;
    if (!decode(encoded, decoded))
        return false;
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), decoded.salt, decoded.iterations, KeyBytes);
    return constantTimeEquals(key, decoded.key);
}

bool PinHash::isWellFormed(const QString &encoded)
{
    Decoded decoded;
    return decode(encoded, decoded);
}

bool PinHash::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace comptoir
