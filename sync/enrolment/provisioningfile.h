// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/client/marketplaceendpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace comptoir {

class Clock;
class Database;

// The shop a provisioning file is for, as the marketplace knows it (format 1 only).
struct ProvisionedShop
{
    QString id; // the marketplace's shop id
    QString name;
    QString address; // lines separated by '\n'; may be empty
    QString siret; // 14 digits, or empty
    QString vatNumber; // FR…, or empty
};

// What a provisioning file gives (docs/marketplace-api.md, "Provisioning files"): the
// marketplace's address and a one-time enrollment code, so that a till can be enrolled without
// typing; since format 1, also when the code expires and the shop's identity.
struct Provisioning
{
    MarketplaceEndpoint endpoint;
    QString enrollmentCode;
    QString shopName; // empty when not given (format 0)
    int format = 0; // 0: the first, unmarked form; 1: "comptoir-provisioning/1"
    QDateTime expiresAt; // UTC; invalid in format 0 (no expiry written)
    ProvisionedShop shop; // format 1 (format 0: the name only); shop.name == shopName
};

// Reads a provisioning file, refusing it whole:
// - ProvisioningFileDamaged: empty, truncated or not JSON (a copy that did not finish);
// - ProvisioningFileForeign (subject "format"): a JSON file that is not a provisioning file, or a
//   provisioning file of another format than those this version reads;
// - ProvisioningFileInvalid (subject: the field at fault, "shop.siret"…, or "file"): unreadable,
//   larger than MaxBytes, a field missing or of the wrong type, an expiry that is not a UTC time,
//   a SIRET or VAT number that fails ShopSettings' checks;
// - MarketplaceEndpoint's errors (MarketplaceUrlInvalid, MarketplaceInsecure) for the address.
// check() then refuses, before any network, a file whose code has expired (ProvisioningFileExpired)
// or that is for another shop than the one this till is enrolled with (ProvisioningFileForeign,
// subject "shop"). A used code is the marketplace's answer (EnrollmentCodeUsed).
class ProvisioningFile
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024;
    static constexpr const char *Format1 = "comptoir-provisioning/1";
    static constexpr const char *Suffix
        = "comptoir"; // FILE.comptoir (MIME application/x-comptoir-provisioning)

    static Result<Provisioning> read(const QString &path);
    static Result<Provisioning> parse(const QByteArray &json);
    static Status check(const Provisioning &provisioning, const Database &db, const Clock &clock);
    // The file's bytes in format 1 (what the reference marketplace writes; the tests' files).
    static QByteArray toJson(const Provisioning &provisioning);
};

} // namespace comptoir
