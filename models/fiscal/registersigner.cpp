// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fiscal/registersigner.h"

#include "models/fiscal/registerkey.h"
#include "models/logging.h"

#include <QMutexLocker>

namespace comptoir {

RegisterSigner::RegisterSigner(QObject *parent) : QObject(parent) { }

void RegisterSigner::load(SecretStore &store, Database &db)
{
    qCInfo(lcModels) << "asking the secret store for the register's signing key";
    loadOrCreateRegisterKey(store, db, this, [this](Result<Ed25519Key> key) { finish(std::move(key)); });
}

void RegisterSigner::setKey(const Ed25519Key &key)
{
    finish(key);
}

void RegisterSigner::finish(Result<Ed25519Key> key)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (key) {
            m_key = *key;
            m_error.reset();
        } else {
            m_error = key.error();
        }
    }
    if (key)
        qCInfo(lcModels) << "register signing key loaded";
    else
        qCWarning(lcModels) << "no register signing key: error" << int(key.error().code)
                            << key.error().subject;
    Q_EMIT loaded();
}

RegisterSigner::State RegisterSigner::state() const
{
    const QMutexLocker locker(&m_mutex);
    if (m_key)
        return State::Ready;
    return m_error ? State::Failed : State::Loading;
}

Status RegisterSigner::status() const
{
    const QMutexLocker locker(&m_mutex);
    if (m_key)
        return {};
    if (m_error)
        return *m_error;
    return makeError(ErrorCode::SigningKeyPending);
}

QByteArray RegisterSigner::publicKey() const
{
    const QMutexLocker locker(&m_mutex);
    return m_key ? m_key->publicKey() : QByteArray();
}

Result<QByteArray> RegisterSigner::sign(const QByteArray &message) const
{
    std::optional<Ed25519Key> key;
    {
        const QMutexLocker locker(&m_mutex);
        if (!m_key)
            return m_error ? *m_error : makeError(ErrorCode::SigningKeyPending);
        key = m_key;
    }
    return key->sign(message);
}

} // namespace comptoir
