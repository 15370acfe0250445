#include "sync/keychain/keychainsecretstore.h"

#include "sync/logging.h"

#include <QEventLoop>
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

// Jobs are heap objects released to deleteLater when they outlive their wait: QtKeychain may
// still call back into a job that timed out.
template<typename JobType> class JobHolder
{
public:
    JobHolder(const QString &service, const QString &key) : m_job(new JobType(service))
    {
        m_job->setKey(key);
    }
    ~JobHolder()
    {
        if (m_abandoned) {
            QObject::connect(m_job, &QKeychain::Job::finished, m_job, &QObject::deleteLater);
        } else {
            delete m_job;
        }
    }
    JobHolder(const JobHolder &) = delete;
    JobHolder &operator=(const JobHolder &) = delete;

    JobType &operator*() { return *m_job; }
    JobType *operator->() { return m_job; }
    void abandon() { m_abandoned = true; }

private:
    JobType *m_job;
    bool m_abandoned = false;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service(service), m_timeoutMs(timeoutMs)
{ }

bool KeychainSecretStore::run(QKeychain::Job &job) const
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    JobHolder<QKeychain::ReadPasswordJob> job(m_service, key);
    if (!run(*job)) {
        job.abandon();
        qCWarning(lcSync) << "keychain read timed out for" << key;
        return timedOut(key, m_timeoutMs);
    }
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job->error() != QKeychain::NoError) {
        const Error error = jobError(*job, key);
        qCWarning(lcSync) << "keychain read failed for" << key << ":" << error.detail;
        return error;
    }
    return std::optional<QByteArray>(job->binaryData());
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    JobHolder<QKeychain::WritePasswordJob> job(m_service, key);
    job->setBinaryData(secret);
    if (!run(*job)) {
        job.abandon();
        qCWarning(lcSync) << "keychain write timed out for" << key;
        return timedOut(key, m_timeoutMs);
    }
    if (job->error() != QKeychain::NoError) {
        const Error error = jobError(*job, key);
        qCWarning(lcSync) << "keychain write failed for" << key << ":" << error.detail;
        return error;
    }
    qCDebug(lcSync) << "secret written to the keychain:" << key;
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    JobHolder<QKeychain::DeletePasswordJob> job(m_service, key);
    if (!run(*job)) {
        job.abandon();
        qCWarning(lcSync) << "keychain removal timed out for" << key;
        return timedOut(key, m_timeoutMs);
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        const Error error = jobError(*job, key);
        qCWarning(lcSync) << "keychain removal failed for" << key << ":" << error.detail;
        return error;
    }
    qCDebug(lcSync) << "secret removed from the keychain:" << key;
    return {};
}

} // namespace comptoir
