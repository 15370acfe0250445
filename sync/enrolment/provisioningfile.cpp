#include "sync/enrolment/provisioningfile.h"

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

// A required, non-empty string field.
Result<QString> textField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return invalid(key, QStringLiteral("missing"));
    if (!value.isString())
        return invalid(key, QStringLiteral("not a string"));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return invalid(key, QStringLiteral("empty"));
    return text;
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("file"), QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("file"), QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    const auto url = textField(object, QStringLiteral("marketplace_url"));
    if (!url)
        return url.error();
    const auto code = textField(object, QStringLiteral("enrollment_code"));
    if (!code)
        return code.error();
    QString shopName;
    const QJsonValue name = object.value(QLatin1String("shop_name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString())
            return invalid(QStringLiteral("shop_name"), QStringLiteral("not a string"));
        shopName = name.toString().trimmed();
    }
    auto endpoint = MarketplaceEndpoint::parse(*url);
    if (!endpoint)
        return endpoint.error();
    return Provisioning {*endpoint, *code, shopName};
}

} // namespace comptoir
