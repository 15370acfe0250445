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

    Result<std::optional<QByteArray>> read(const QString &key) override
    {
        QFile file(path(key));
        if (!file.exists())
            return std::optional<QByteArray>();
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::KeychainFailed, key, file.errorString());
        return std::optional<QByteArray>(file.readAll());
    }

    Status write(const QString &key, const QByteArray &secret) override
    {
        QSaveFile file(path(key));
        if (!file.open(QIODevice::WriteOnly) || file.write(secret) != secret.size() || !file.commit())
            return makeError(ErrorCode::KeychainFailed, key, file.errorString());
        return {};
    }

    Status remove(const QString &key) override
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
