// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/enrolment/provisioningfile.h"

#include "models/clock.h"
#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace comptoir {

namespace {

Error invalid(const QString &subject, const QString &detail)
{
    return makeError(ErrorCode::ProvisioningFileInvalid, subject, detail);
}

// A string field: required (non-empty once trimmed) or optional (absent or null: empty).
Result<QString> textField(const QJsonObject &object, const QString &key, bool required = true,
                          const QString &prefix = {})
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (!required)
            return QString();
        return invalid(prefix + key, QStringLiteral("missing"));
    }
    if (!value.isString())
        return invalid(prefix + key, QStringLiteral("not a string"));
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && required)
        return invalid(prefix + key, QStringLiteral("empty"));
    return text;
}

// Format 1's shop object, each identity field checked as Réglages checks it.
Result<ProvisionedShop> shopField(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1String("shop"));
    if (!value.isObject())
        return invalid(QStringLiteral("shop"), QStringLiteral("missing or not an object"));
    const QJsonObject shop = value.toObject();
    const QString prefix = QStringLiteral("shop.");
    ProvisionedShop out;
    const struct
    {
        const char *key;
        QString *field;
        bool required;
    } fields[] = {{"id", &out.id, true},
                  {"name", &out.name, true},
                  {"address", &out.address, false},
                  {"siret", &out.siret, false},
                  {"vat_number", &out.vatNumber, false}};
    for (const auto &f : fields) {
        auto text = textField(shop, QString::fromLatin1(f.key), f.required, prefix);
        if (!text)
            return text.error();
        *f.field = *text;
    }
    if (!out.siret.isEmpty() && !ShopSettings::isValidSiret(out.siret))
        return invalid(QStringLiteral("shop.siret"), QStringLiteral("fails the SIRET check"));
    if (!out.vatNumber.isEmpty() && !ShopSettings::isValidVatNumber(out.vatNumber))
        return invalid(QStringLiteral("shop.vat_number"), QStringLiteral("fails the VAT number check"));
    return out;
}

} // namespace

Result<Provisioning> ProvisioningFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("file"), file.errorString());
    if (file.size() > MaxBytes)
        return invalid(QStringLiteral("file"), QStringLiteral("larger than %1 bytes").arg(MaxBytes));
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes)
        return invalid(QStringLiteral("file"), QStringLiteral("larger than %1 bytes").arg(MaxBytes));
    return parse(bytes);
}

Result<Provisioning> ProvisioningFile::parse(const QByteArray &json)
{
    if (json.size() > MaxBytes)
        return invalid(QStringLiteral("file"), QStringLiteral("larger than %1 bytes").arg(MaxBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::ProvisioningFileDamaged, QStringLiteral("file"),
                         QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorCode::ProvisioningFileForeign, QStringLiteral("format"),
                         QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    int formatVersion = 0;
    const QJsonValue format = object.value(QLatin1String("format"));
    if (!format.isUndefined()) {
        if (format.toString() != QLatin1String(Format1))
            return makeError(ErrorCode::ProvisioningFileForeign, QStringLiteral("format"),
                             QStringLiteral("format %1").arg(format.toVariant().toString().left(60)));
        formatVersion = 1;
    } else if (!object.contains(QLatin1String("marketplace_url"))
               && !object.contains(QLatin1String("enrollment_code"))) {
        return makeError(ErrorCode::ProvisioningFileForeign, QStringLiteral("format"),
                         QStringLiteral("no format, marketplace_url or enrollment_code"));
    }

    const auto url = textField(object, QStringLiteral("marketplace_url"));
    if (!url)
        return url.error();
    const auto code = textField(object, QStringLiteral("enrollment_code"));
    if (!code)
        return code.error();
    QDateTime expiresAt;
    ProvisionedShop shop;
    if (formatVersion == 1) {
        const auto expires = textField(object, QStringLiteral("expires_at"));
        if (!expires)
            return expires.error();
        expiresAt = QDateTime::fromString(*expires, Qt::ISODateWithMs);
        if (!expiresAt.isValid() || !expires->endsWith(QLatin1Char('Z')))
            return invalid(QStringLiteral("expires_at"), QStringLiteral("not a UTC time"));
        expiresAt = expiresAt.toUTC();
        auto read = shopField(object);
        if (!read)
            return read.error();
        shop = *read;
    } else {
        const auto name = textField(object, QStringLiteral("shop_name"), false);
        if (!name)
            return name.error();
        shop.name = *name;
    }
    auto endpoint = MarketplaceEndpoint::parse(*url);
    if (!endpoint)
        return endpoint.error();
    return Provisioning {*endpoint, *code, shop.name, formatVersion, expiresAt, shop};
}

Status ProvisioningFile::check(const Provisioning &provisioning, const Database &db, const Clock &clock)
{
    if (provisioning.expiresAt.isValid() && provisioning.expiresAt <= clock.now())
        return makeError(ErrorCode::ProvisioningFileExpired,
                         provisioning.expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    const auto enrolled = Enrollment::current(db);
    if (!enrolled)
        return enrolled.error();
    if (enrolled->has_value() && !provisioning.shop.id.isEmpty()
        && (*enrolled)->shopId != provisioning.shop.id)
        return makeError(ErrorCode::ProvisioningFileForeign, QStringLiteral("shop"),
                         QStringLiteral("the file is for another shop than this till's"));
    return {};
}

QByteArray ProvisioningFile::toJson(const Provisioning &provisioning)
{
    const ProvisionedShop &shop = provisioning.shop;
    const QJsonObject object {
        {QStringLiteral("format"), QString::fromLatin1(Format1)},
        {QStringLiteral("marketplace_url"), provisioning.endpoint.toString()},
        {QStringLiteral("enrollment_code"), provisioning.enrollmentCode},
        {QStringLiteral("expires_at"), provisioning.expiresAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("shop"),
         QJsonObject {{QStringLiteral("id"), shop.id},
                      {QStringLiteral("name"), shop.name},
                      {QStringLiteral("address"), shop.address},
                      {QStringLiteral("siret"), shop.siret},
                      {QStringLiteral("vat_number"), shop.vatNumber}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace comptoir
