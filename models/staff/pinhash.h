// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace comptoir {

// Salted slow hashes for cashier PINs: PBKDF2-HMAC-SHA256 (RFC 8018) built on
// QMessageAuthenticationCode, so no dependency beyond QtCore.
//
// Encoded form, as stored in operators.pin_hash:
//     "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"
// with a 16-byte salt from QRandomGenerator::system() and a 32-byte derived key.
//
// A PIN has at most 10^8 values, so no hash makes a stolen database safe against an offline
// search; the slow hash only makes it costly, and the till's own prompts are the main defence.
class PinHash
{
public:
    // Measured on the development machine (2 shared cores, -O2 Release build, 27 Nov 2026):
    // 30,000 iterations take 60–70 ms per verification (about 2.2 µs an iteration: the Qt
    // HMAC is slower than OpenSSL's). Debug builds are slower; tst_pinhash prints the time.
    static constexpr int DefaultIterations = 30000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    // The raw PBKDF2-HMAC-SHA256 derivation; iterations >= 1, keyLength >= 1.
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                   int keyLength);

    // A fresh salt and the encoded hash of pin.
    static QString hash(const QString &pin, int iterations = DefaultIterations);
    // As hash(), with the given salt (tests; never reuse a salt in production).
    static QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);

    // True when pin matches the encoded hash; false for a mismatch or a malformed encoding.
    // The derived keys are compared in constant time.
    static bool verify(const QString &pin, const QString &encoded);

    // True when encoded has the expected shape (prefix, iterations, salt and key lengths).
    static bool isWellFormed(const QString &encoded);

    // Constant-time equality of two byte arrays (time depends on the length only).
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace comptoir
