// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/keychain/keychainsecretstore.h"

#include "sync/logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace comptoir {

namespace {

// What the user must install when there is no secret service (ui/errortext.cpp quotes it).
QString whatToInstall()
{
    return QStringLiteral("gnome-keyring (or KWallet)");
}

// QtKeychain reports a missing Secret Service or D-Bus session as OtherError with libsecret's
// or D-Bus's own message. Seen on Debian 12: "Cannot autolaunch D-Bus without X11 $DISPLAY" (no
// session bus), "Could not connect: No such file or directory" (the bus address points nowhere),
// "The given address is empty", "The name org.freedesktop.secrets was not provided by any
// .service files" (a bus, but no secret service).
bool meansNoSecretService(const QString &message)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets",
        "Cannot autolaunch D-Bus",
        "Could not connect",
        "Failed to connect to socket",
        "The given address is empty",
        "ServiceUnknown",
        "NoServer",
    };
    for (const char *marker : markers) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error jobError(const QKeychain::Job &job, const QString &key)
{
    const QString message = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return makeError(ErrorCode::KeychainUnavailable, whatToInstall(), message);
    case QKeychain::OtherError:
        if (meansNoSecretService(message))
            return makeError(ErrorCode::KeychainUnavailable, whatToInstall(), message);
        break;
    default:
        break;
    }
    return makeError(ErrorCode::KeychainFailed, key, message);
}

Error timedOut(const QString &key, int timeoutMs)
{
    return makeError(ErrorCode::KeychainFailed, key,
                     QStringLiteral("the keychain did not answer within %1 ms").arg(timeoutMs));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service(service), m_timeoutMs(timeoutMs)
{ }

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, std::function<void(bool)> finished) const
{
    // The job deletes itself after finished(); the first of its end and the timeout answers.
    job->setAutoDelete(true);
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, finished = std::move(finished)](bool inTime) {
        if (*answered)
            return;
        *answered = true;
        finished(inTime);
    };
    QObject::connect(job, &QKeychain::Job::finished, context, [answer] { answer(true); });
    QTimer::singleShot(m_timeoutMs, context, [answer] { answer(false); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const int timeoutMs = m_timeoutMs;
    run(job, context, [job, key, timeoutMs, done = std::move(done)](bool inTime) {
        if (!inTime) {
            qCWarning(lcSync) << "keychain read timed out for" << key;
            return done(timedOut(key, timeoutMs));
        }
        if (job->error() == QKeychain::EntryNotFound)
            return done(std::optional<QByteArray>());
        if (job->error() != QKeychain::NoError) {
            const Error error = jobError(*job, key);
            qCWarning(lcSync) << "keychain read failed for" << key << ":" << error.detail;
            return done(error);
        }
        done(std::optional<QByteArray>(job->binaryData()));
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    const int timeoutMs = m_timeoutMs;
    run(job, context, [job, key, timeoutMs, done = std::move(done)](bool inTime) {
        if (!inTime) {
            qCWarning(lcSync) << "keychain write timed out for" << key;
            return done(timedOut(key, timeoutMs));
        }
        if (job->error() != QKeychain::NoError) {
            const Error error = jobError(*job, key);
            qCWarning(lcSync) << "keychain write failed for" << key << ":" << error.detail;
            return done(error);
        }
        qCDebug(lcSync) << "secret written to the keychain:" << key;
        done(Status {});
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const int timeoutMs = m_timeoutMs;
    run(job, context, [job, key, timeoutMs, done = std::move(done)](bool inTime) {
        if (!inTime) {
            qCWarning(lcSync) << "keychain removal timed out for" << key;
            return done(timedOut(key, timeoutMs));
        }
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            const Error error = jobError(*job, key);
            qCWarning(lcSync) << "keychain removal failed for" << key << ":" << error.detail;
            return done(error);
        }
        qCDebug(lcSync) << "secret removed from the keychain:" << key;
        done(Status {});
    });
}

} // namespace comptoir
