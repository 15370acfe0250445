// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/secretstore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <optional>

namespace comptoir::chaos {

// A SecretStore in files of the till's data folder: the chaos tills are killed and restarted and
// have no keychain; their device token must survive a SIGKILL. Test-only (tokens of a throwaway
// loopback marketplace).
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(const QString &folder) : m_dir(folder) { m_dir.mkpath(QStringLiteral(".")); }

    void read(const QString &key, QObject *context, ReadDone done) override
    {
        answerLater(context, std::move(done), readNow(key));
    }
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override
    {
        answerLater(context, std::move(done), writeNow(key, secret));
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        answerLater(context, std::move(done), removeNow(key));
    }

    Result<std::optional<QByteArray>> readNow(const QString &key) const
    {
        QFile file(path(key));
        if (!file.exists())
            return std::optional<QByteArray>();
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::KeychainFailed, key, file.errorString());
        return std::optional<QByteArray>(file.readAll());
    }

    Status writeNow(const QString &key, const QByteArray &secret)
    {
        QSaveFile file(path(key));
        if (!file.open(QIODevice::WriteOnly) || file.write(secret) != secret.size() || !file.commit())
            return makeError(ErrorCode::KeychainFailed, key, file.errorString());
        return {};
    }

    Status removeNow(const QString &key)
    {
        QFile::remove(path(key));
        return {};
    }

private:
    QString path(const QString &key) const
    {
        return m_dir.filePath(QString::fromLatin1(key.toUtf8().toHex()));
    }

    QDir m_dir;
};

} // namespace comptoir::chaos
