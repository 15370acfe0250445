// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/enrolment/enrollment.h"

#include "models/clock.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"
#include "sync/client/marketplaceclient.h"
#include "sync/enrolment/provisioningfile.h"
#include "sync/logging.h"

#include <QFile>
#include <QTimer>

namespace comptoir {

namespace {

QString metaKey(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

Enrollment::Enrollment(Database &db, SecretStore &secrets, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets), m_network(network)
{ }

Enrollment::~Enrollment()
{
    delete m_client; // aborts a request in flight; its callback is not called
}

QString Enrollment::tokenKey(const QString &deviceId)
{
    return QStringLiteral("marketplace-token/") + deviceId;
}

Result<std::optional<EnrolledDevice>> Enrollment::current(const Database &db)
{
    const auto url = db.meta(metaKey(MetaUrl));
    const auto shopId = db.meta(metaKey(MetaShopId));
    const auto shopName = db.meta(metaKey(MetaShopName));
    const auto deviceId = db.meta(metaKey(MetaDeviceId));
    for (const auto *value : {&url, &shopId, &shopName, &deviceId}) {
        if (!*value)
            return value->error();
    }
    if (url->isEmpty() || shopId->isEmpty() || deviceId->isEmpty())
        return std::optional<EnrolledDevice>();
    auto endpoint = MarketplaceEndpoint::parse(*url);
    if (!endpoint)
        return endpoint.error();
    return std::optional<EnrolledDevice>(EnrolledDevice {*endpoint, *shopId, *shopName, *deviceId});
}

void Enrollment::token(SecretStore &secrets, const QString &deviceId, QObject *context, TokenDone done)
{
    secrets.read(tokenKey(deviceId), context,
                 [done = std::move(done)](Result<std::optional<QByteArray>> stored) {
                     if (!stored)
                         return done(stored.error());
                     if (!stored->has_value() || (*stored)->isEmpty())
                         return done(makeError(ErrorCode::NotEnrolled));
                     done(**stored);
                 });
}

void Enrollment::forgetToken(SecretStore &secrets, const QString &deviceId, QObject *context,
                             std::function<void(Status)> done)
{
    secrets.remove(tokenKey(deviceId), context, std::move(done));
}

void Enrollment::finish(Callback done, Result<EnrolledDevice> result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void Enrollment::enroll(const QString &marketplaceUrl, const QString &code, const QString &deviceName,
                        Callback done)
{
    auto endpoint = MarketplaceEndpoint::parse(marketplaceUrl);
    if (!endpoint)
        return finish(std::move(done), endpoint.error());
    start(*endpoint, code, deviceName, {}, std::move(done));
}

void Enrollment::enrollFromFile(const QString &path, const QString &deviceName, Callback done)
{
    const SystemClock clock;
    enrollFromFile(path, deviceName, clock, std::move(done));
}

void Enrollment::enrollFromFile(const QString &path, const QString &deviceName, const Clock &clock,
                                Callback done)
{
    auto provisioning = ProvisioningFile::read(path);
    if (!provisioning)
        return finish(std::move(done), provisioning.error());
    enrollWith(*provisioning, path, deviceName, clock, std::move(done));
}

void Enrollment::enrollWith(const Provisioning &provisioning, const QString &path, const QString &deviceName,
                            const Clock &clock, Callback done)
{
    if (Status checked = ProvisioningFile::check(provisioning, m_db, clock); !checked)
        return finish(std::move(done), checked.error());
    // Once used, the one-time code goes with its file (docs/marketplace-api.md §5.1).
    start(provisioning.endpoint, provisioning.enrollmentCode, deviceName, provisioning.shop.id,
          [path, done = std::move(done)](Result<EnrolledDevice> result) {
              if (result.ok() && !path.isEmpty() && !QFile::remove(path))
                  qCWarning(lcSync) << "the provisioning file could not be removed after enrolment";
              done(std::move(result));
          });
}

void Enrollment::start(const MarketplaceEndpoint &endpoint, const QString &code, const QString &deviceName,
                       const QString &expectedShopId, Callback done)
{
    // Codes are typed by people: spaces around them are not part of them.
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return finish(std::move(done),
                      makeError(ErrorCode::EnrollmentCodeUnknown, {}, QStringLiteral("empty code")));
    if (isBusy())
        return finish(std::move(done),
                      makeError(ErrorCode::MarketplaceRefused, QStringLiteral("busy"),
                                QStringLiteral("an enrollment is under way")));
    const auto enrolled = current(m_db);
    if (!enrolled)
        return finish(std::move(done), enrolled.error());
    const QString previousShopId = enrolled->has_value() ? (*enrolled)->shopId : QString();

    m_client = new MarketplaceClient(m_network, endpoint, this);
    if (!previousShopId.isEmpty())
        m_client->setCredentials(previousShopId, {}); // only to refuse a token for another shop
    const EnrollRequest request {trimmed, m_db.deviceId(), deviceName};
    qCInfo(lcSync).noquote() << "enrolling with the marketplace at" << endpoint.baseUrl().host();
    m_client->enroll(request,
                     [this, endpoint, previousShopId, expectedShopId,
                      done = std::move(done)](Result<EnrollResult> result) {
                         m_client->deleteLater();
                         m_client = nullptr;
                         if (!result) {
                             qCWarning(lcSync) << "enrollment failed: error" << int(result.error().code)
                                               << result.error().detail;
                             return done(result.error());
                         }
                         store(endpoint, *result, previousShopId, expectedShopId, std::move(done));
                     });
}

void Enrollment::store(const MarketplaceEndpoint &endpoint, const EnrollResult &result,
                       const QString &previousShopId, const QString &expectedShopId, Callback done)
{
    if (!previousShopId.isEmpty() && previousShopId != result.shopId)
        return done(makeError(ErrorCode::MarketplaceWrongShop, result.shopId,
                              QStringLiteral("this till belongs to another shop")));
    if (!expectedShopId.isEmpty() && expectedShopId != result.shopId)
        return done(makeError(ErrorCode::MarketplaceWrongShop, result.shopId,
                              QStringLiteral("the marketplace answered for another shop than the file's")));

    // The secret first (see the class comment); the meta once the store has kept it. An
    // Enrollment destroyed meanwhile (the dialog cancelled) writes nothing more.
    m_storing = true;
    m_secrets.write(tokenKey(result.deviceId), result.token, this,
                    [this, endpoint, result, previousShopId, done = std::move(done)](Status written) {
                        m_storing = false;
                        if (!written)
                            return done(written.error());
                        auto stored = storeMeta(endpoint, result, previousShopId);
                        if (stored)
                            qCInfo(lcSync).noquote()
                                << "enrolled with shop" << stored->shopId << "as device" << stored->deviceId;
                        done(std::move(stored));
                    });
}

Result<EnrolledDevice> Enrollment::storeMeta(const MarketplaceEndpoint &endpoint, const EnrollResult &result,
                                             const QString &previousShopId)
{
    Transaction transaction(m_db);
    if (!transaction.status().ok())
        return transaction.status().error();
    const std::pair<const char *, QString> rows[] = {
        {MetaUrl, endpoint.toString()},
        {MetaShopId, result.shopId},
        {MetaShopName, result.shopName},
        {MetaDeviceId, result.deviceId},
    };
    for (const auto &[key, value] : rows) {
        if (Status s = m_db.setMeta(metaKey(key), value); !s)
            return s.error();
    }
    if (previousShopId.isEmpty()) {
        // A first enrollment: the feed is read from a snapshot of the server's current epoch.
        if (Status s
            = m_db.exec(QStringLiteral("UPDATE sync_state SET epoch = ?, cursor = 0, needs_snapshot = 1, "
                                       "snapshot_id = NULL, snapshot_cursor = NULL, "
                                       "snapshot_next_page = NULL WHERE id = 1"),
                        {result.epoch});
            !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return EnrolledDevice {endpoint, result.shopId, result.shopName, result.deviceId};
}

} // namespace comptoir
