// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/client/marketplaceendpoint.h"
#include "sync/marketplacetypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace comptoir {

class Clock;
class Database;
class MarketplaceClient;
struct Provisioning;
class SecretStore;

// Where this till is enrolled: kept in the database's meta table (never the token).
struct EnrolledDevice
{
    MarketplaceEndpoint endpoint;
    QString shopId;
    QString shopName;
    QString deviceId;
};

// Enrollment (DESIGN.md §3.8, docs/marketplace-api.md): a one-time code, typed or read from a
// provisioning file, is exchanged with the marketplace for a device token. The token goes ONLY
// into the SecretStore, under tokenKey(device id); the marketplace address, the shop's id and name
// and the device id go into the meta table (keys below). Never the token in the database,
// settings, logs or an Error.
//
// Order of the writes: the secret first, then the meta rows in one transaction — a crash in
// between leaves a secret without meta (the till is simply not enrolled; enrolling again
// overwrites it), never meta without its secret. On the first enrollment sync_state is reset to
// the server's epoch with a snapshot to make; re-enrolling (after a 401) with the same shop keeps
// the sync state; a till enrolled with one shop refuses a token for another
// (MarketplaceWrongShop) and changes nothing.
class Enrollment : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<EnrolledDevice>)>;

    static constexpr const char *MetaUrl = "marketplace_url";
    static constexpr const char *MetaShopId = "marketplace_shop_id";
    static constexpr const char *MetaShopName = "marketplace_shop_name";
    static constexpr const char *MetaDeviceId = "marketplace_device_id";

    Enrollment(Database &db, SecretStore &secrets, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~Enrollment() override;

    // Exchanges code for a token with the marketplace at marketplaceUrl. done is called once,
    // from the event loop. Errors: MarketplaceUrlInvalid/Insecure, EnrollmentCodeUnknown/Used/
    // Expired, the client's errors, KeychainUnavailable/KeychainFailed, DatabaseQueryFailed.
    void enroll(const QString &marketplaceUrl, const QString &code, const QString &deviceName, Callback done);
    // The same from a provisioning file (ProvisioningFile::read, then ProvisioningFile::check
    // against clock: an expired file or one for another shop is refused before any network); a
    // bad file changes nothing. Once enrolled, the file (holding a used code) is removed.
    void enrollFromFile(const QString &path, const QString &deviceName, Callback done);
    void enrollFromFile(const QString &path, const QString &deviceName, const Clock &clock, Callback done);
    // The same with a file already read (the first-run assistant shows it first); path, when not
    // empty, is removed once enrolled. Also refused: an answer for another shop than the file's.
    void enrollWith(const Provisioning &provisioning, const QString &path, const QString &deviceName,
                    const Clock &clock, Callback done);

    bool isBusy() const { return m_client != nullptr || m_storing; }

    // The SecretStore key of a device's token: "marketplace-token/<device id>".
    static QString tokenKey(const QString &deviceId);
    // Where this till is enrolled, or nothing when it is not.
    static Result<std::optional<EnrolledDevice>> current(const Database &db);
    // The device token (NotEnrolled when the store has none), given to done from context's
    // event loop (SecretStore's contract).
    using TokenDone = std::function<void(Result<QByteArray>)>;
    static void token(SecretStore &secrets, const QString &deviceId, QObject *context, TokenDone done);
    // After a 401 the token is worthless: removing it makes the till ask for a new code.
    static void forgetToken(SecretStore &secrets, const QString &deviceId, QObject *context,
                            std::function<void(Status)> done);

private:
    // expectedShopId: the provisioning file's shop (empty: any), checked against the answer.
    void start(const MarketplaceEndpoint &endpoint, const QString &code, const QString &deviceName,
               const QString &expectedShopId, Callback done);
    // The token into the secret store, then (once it answered) the meta rows.
    void store(const MarketplaceEndpoint &endpoint, const EnrollResult &result, const QString &previousShopId,
               const QString &expectedShopId, Callback done);
    Result<EnrolledDevice> storeMeta(const MarketplaceEndpoint &endpoint, const EnrollResult &result,
                                     const QString &previousShopId);
    void finish(Callback done, Result<EnrolledDevice> result);

    Database &m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    MarketplaceClient *m_client = nullptr;
    bool m_storing = false; // the token is being written to the secret store
};

} // namespace comptoir
