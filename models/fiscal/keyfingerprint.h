// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace comptoir {

// The register key's fingerprint, as people compare it (printed on every Z report, shown in
// Settings, typed after `journal verify --key`; docs/fiscal-format.md, "Empreinte de la clé"):
// SHA-256 of the raw 32-byte Ed25519 public key, its first 20 bytes (160 bits, far beyond a
// second-preimage search), in RFC 4648 base32 (A–Z, 2–7, no padding): 32 characters shown as
// eight groups of four separated by spaces, "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567".
namespace KeyFingerprint {

inline constexpr int Bytes = 20;
inline constexpr int Characters = 32;

// The 20 raw bytes of publicKey's fingerprint.
QByteArray raw(const QByteArray &publicKey);
// The fingerprint as shown, in groups of four.
QString text(const QByteArray &publicKey);
// The 20 raw bytes of a fingerprint typed by a person: spaces and dashes ignored, any case.
// nullopt when what is left is not 32 base32 characters.
std::optional<QByteArray> parse(const QString &typed);

} // namespace KeyFingerprint

// A key named on the command line (`--key`): a fingerprint or a whole base64 public key.
struct KeyReference
{
    QByteArray publicKey; // raw 32 bytes when a whole key was given
    QByteArray fingerprint; // raw 20 bytes (always set)

    bool matches(const QByteArray &key) const;
};

// Reads "ABCD EFGH …" (a fingerprint) or a base64 32-byte public key. nullopt for anything else.
std::optional<KeyReference> parseKeyReference(const QString &value);

} // namespace comptoir
