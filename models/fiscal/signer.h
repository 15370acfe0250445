// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>

namespace comptoir {

// Signs fiscal records (tickets, closures, events) with the register's key. The fiscal chain
// depends on this interface only; Ed25519Key (models/ed25519.h) is the real one.
class Signer
{
public:
    virtual ~Signer() = default;
    // The public key, raw (32 bytes for Ed25519).
    virtual QByteArray publicKey() const = 0;
    // The signature of message, raw (64 bytes for Ed25519).
    virtual Result<QByteArray> sign(const QByteArray &message) const = 0;
};

} // namespace comptoir
