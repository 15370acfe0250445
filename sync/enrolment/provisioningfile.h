#pragma once

#include "models/result.h"
#include "sync/client/marketplaceendpoint.h"

#include <QByteArray>
#include <QString>

namespace comptoir {

// What a provisioning file gives (installer/, docs/marketplace-api.md, "Enrollment"): the
// marketplace's address and a one-time enrollment code, so that a till can be enrolled without
// typing. A small JSON object:
//   {"marketplace_url": "https://…", "enrollment_code": "…", "shop_name": "…" (optional)}
struct Provisioning
{
    MarketplaceEndpoint endpoint;
    QString enrollmentCode;
    QString shopName; // empty when not given
};

// Reads a provisioning file, refusing it whole (ProvisioningFileInvalid, subject: the field at
// fault or "file") when it cannot be read, is larger than MaxBytes, is not a JSON object, lacks a
// field or has one of the wrong type; an address that is not a marketplace address is refused
// with MarketplaceEndpoint's errors (MarketplaceUrlInvalid, MarketplaceInsecure).
class ProvisioningFile
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024;

    static Result<Provisioning> read(const QString &path);
    static Result<Provisioning> parse(const QByteArray &json);
};

} // namespace comptoir
