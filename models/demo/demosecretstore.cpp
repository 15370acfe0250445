// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demosecretstore.h"

namespace comptoir {

QByteArray DemoSecretStore::demoRegisterSeed()
{
    return QByteArrayLiteral("Comptoir demo: NOT fiscal data!!");
}

bool DemoSecretStore::isRegisterKey(const QString &key)
{
    return key.startsWith(QLatin1String("register-signing-key/"));
}

Result<std::optional<QByteArray>> DemoSecretStore::readNow(const QString &key) const
{
    if (isRegisterKey(key))
        return std::optional<QByteArray>(demoRegisterSeed());
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(*found);
}

Status DemoSecretStore::writeNow(const QString &key, const QByteArray &secret)
{
    if (isRegisterKey(key)) {
        if (secret == demoRegisterSeed())
            return {};
        return makeError(ErrorCode::KeychainFailed, key,
                         QStringLiteral("the demo shop's register key is fixed"));
    }
    m_secrets.insert(key, secret);
    return {};
}

Status DemoSecretStore::removeNow(const QString &key)
{
    if (isRegisterKey(key)) {
        return makeError(ErrorCode::KeychainFailed, key,
                         QStringLiteral("the demo shop's register key is fixed"));
    }
    m_secrets.remove(key);
    return {};
}

void DemoSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    answerLater(context, std::move(done), readNow(key));
}

void DemoSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    answerLater(context, std::move(done), writeNow(key, secret));
}

void DemoSecretStore::remove(const QString &key, QObject *context, Done done)
{
    answerLater(context, std::move(done), removeNow(key));
}

} // namespace comptoir
