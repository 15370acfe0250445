// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/marketplaceresponses.h"

#include "sync/client/entitystates.h"
#include "sync/client/jsonreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace comptoir {

namespace {

Error invalid(const QString &field, const QString &why)
{
    return makeError(ErrorCode::MarketplaceResponseInvalid, field, why);
}

std::optional<MutationStatus> mutationStatusFromName(const QString &name)
{
    if (name == QLatin1String("applied"))
        return MutationStatus::Applied;
    if (name == QLatin1String("duplicate"))
        return MutationStatus::Duplicate;
    if (name == QLatin1String("rejected"))
        return MutationStatus::Rejected;
    return std::nullopt;
}

std::optional<qint64> numberSubject(const Error &error, ErrorCode code)
{
    if (error.code != code)
        return std::nullopt;
    bool ok = false;
    const qint64 n = error.subject.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("body"),
                       QStringLiteral("not JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("body"), QStringLiteral("not a JSON object"));
    return document.object();
}

Result<EnrollResult> parseEnrollResult(const QByteArray &body, const QString &deviceId,
                                       const QString &expectedShopId)
{
    auto object = parseJsonObject(body);
    if (!object)
        return object.error();
    JsonCheck check;
    JsonReader json(check, *object);
    EnrollResult result;
    result.shopId = json.uuid(QLatin1String("shop_id"));
    result.shopName = json.string(QLatin1String("shop_name"));
    result.deviceId = json.uuid(QLatin1String("device_id"));
    result.token = json.string(QLatin1String("token")).toUtf8();
    result.epoch = json.integer(QLatin1String("epoch"));
    result.lastAppliedSeq = json.optionalInteger(QLatin1String("last_applied_seq")).value_or(0);
    if (!check.ok())
        return check.error();
    if (result.deviceId != deviceId.toLower())
        return invalid(QStringLiteral("device_id"), QStringLiteral("not this device's id"));
    if (!expectedShopId.isEmpty() && result.shopId != expectedShopId.toLower())
        return makeError(ErrorCode::MarketplaceWrongShop, result.shopId,
                         QStringLiteral("enrolled with another shop"));
    // A token goes into an HTTP header: printable ASCII only, no spaces.
    for (const char c : std::as_const(result.token)) {
        if (c <= ' ' || c > '~')
            return invalid(QStringLiteral("token"), QStringLiteral("not printable ASCII"));
    }
    return result;
}

Result<PushResult> parsePushResult(const QByteArray &body, const PushBatch &batch)
{
    auto object = parseJsonObject(body);
    if (!object)
        return object.error();
    JsonCheck check;
    JsonReader json(check, *object);
    PushResult result;
    result.shopId = json.uuid(QLatin1String("shop_id"));
    if (check.ok() && result.shopId != batch.shopId.toLower())
        return makeError(ErrorCode::MarketplaceWrongShop, result.shopId, QStringLiteral("push answer"));
    result.deviceId = json.uuid(QLatin1String("device_id"));
    if (check.ok() && result.deviceId != batch.deviceId.toLower())
        check.fail(QStringLiteral("device_id"), QStringLiteral("not this device's id"));
    result.lastAppliedSeq = json.integer(QLatin1String("last_applied_seq"));
    result.serverCursor = json.integer(QLatin1String("server_cursor"));
    const QJsonArray results = json.array(QLatin1String("results"), MarketplaceLimits::MaxPushMutations);
    if (check.ok() && results.size() != batch.mutations.size())
        check.fail(
            QStringLiteral("results"),
            QStringLiteral("%1 results for %2 mutations").arg(results.size()).arg(batch.mutations.size()));
    qint64 highestSeq = 0;
    for (qsizetype i = 0; check.ok() && i < results.size(); ++i) {
        const QString path = elementPath(QStringLiteral("results"), i);
        JsonReader item(check, elementObject(check, results, i, QStringLiteral("results")), path);
        const Mutation &sent = batch.mutations.at(i);
        MutationResult r;
        r.id = item.uuid(QLatin1String("id"));
        if (check.ok() && r.id != sent.id.toLower())
            item.fail(QLatin1String("id"), QStringLiteral("not the id of mutation %1").arg(i));
        r.seq = item.integer(QLatin1String("seq"), 1);
        if (check.ok() && r.seq != sent.seq)
            item.fail(QLatin1String("seq"), QStringLiteral("not the seq of mutation %1").arg(i));
        const QString status = item.string(QLatin1String("status"));
        if (check.ok()) {
            const auto parsed = mutationStatusFromName(status);
            if (!parsed)
                item.fail(QLatin1String("status"), QStringLiteral("unknown status"));
            else
                r.status = *parsed;
        }
        if (check.ok() && r.status == MutationStatus::Duplicate) {
            const QString original = item.string(QLatin1String("original_status"));
            const auto parsed = mutationStatusFromName(original);
            if (check.ok() && (!parsed || *parsed == MutationStatus::Duplicate))
                item.fail(QLatin1String("original_status"), QStringLiteral("not applied or rejected"));
            else
                r.originalStatus = parsed;
        } else {
            item.optionalString(QLatin1String("original_status"));
        }
        // A rejection (now or the first time) must say why: the shop sees it as an exception.
        r.code
            = r.rejected() ? item.string(QLatin1String("code")) : item.optionalString(QLatin1String("code"));
        r.message = item.optionalString(QLatin1String("message"));
        r.field = item.optionalString(QLatin1String("field"));
        r.version = item.optionalInteger(QLatin1String("version"), 1);
        if (item.has(QLatin1String("conflicts"))) {
            const QJsonArray conflicts = item.array(QLatin1String("conflicts"), 1000);
            const QString conflictsPath = item.path(QLatin1String("conflicts"));
            for (qsizetype c = 0; check.ok() && c < conflicts.size(); ++c) {
                JsonReader entry(check, elementObject(check, conflicts, c, conflictsPath),
                                 elementPath(conflictsPath, c));
                r.conflicts.append(readConflictEntry(entry, {}));
            }
        } else {
            item.optionalValue(QLatin1String("conflicts"));
        }
        highestSeq = std::max(highestSeq, r.seq);
        result.results.append(r);
    }
    if (!check.ok())
        return check.error();
    if (result.lastAppliedSeq < highestSeq)
        return invalid(
            QStringLiteral("last_applied_seq"),
            QStringLiteral("%1 is below the batch's seq %2").arg(result.lastAppliedSeq).arg(highestSeq));
    return result;
}

Result<PhotoResult> parsePhotoResult(const QByteArray &body, const QString &shopId, const QString &sha256,
                                     bool created)
{
    auto object = parseJsonObject(body);
    if (!object)
        return object.error();
    JsonCheck check;
    JsonReader json(check, *object);
    const QString shop = json.uuid(QLatin1String("shop_id"));
    if (check.ok() && shop != shopId.toLower())
        return makeError(ErrorCode::MarketplaceWrongShop, shop, QStringLiteral("photo answer"));
    if (json.string(QLatin1String("sha256")) != sha256 && check.ok())
        check.fail(QStringLiteral("sha256"), QStringLiteral("not the photo sent"));
    json.integer(QLatin1String("size"), 1);
    json.string(QLatin1String("content_type"));
    if (!check.ok())
        return check.error();
    return PhotoResult {created};
}

// Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), kept as asked (the engine caps
// what it waits: MarketplaceLimits::MaxRetryAfterSeconds); absurd values are held to a billion.
int parseRetryAfter(const QByteArray &header)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 1000000000));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(at), 0, 1000000000));
}

QJsonObject pushRequestBody(const PushBatch &batch)
{
    QJsonArray mutations;
    for (const Mutation &m : batch.mutations) {
        mutations.append(QJsonObject {
            {QStringLiteral("id"), m.id},
            {QStringLiteral("seq"), m.seq},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("occurred_at"), m.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("payload"), m.payload},
        });
    }
    return QJsonObject {
        {QStringLiteral("shop_id"), batch.shopId},
        {QStringLiteral("device_id"), batch.deviceId},
        {QStringLiteral("mutations"), mutations},
    };
}

ServerError parseServerError(int httpStatus, const QByteArray &body)
{
    ServerError error;
    error.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue inner = object.value(QLatin1String("error"));
    if (!inner.isObject())
        return error;
    const QJsonObject e = inner.toObject();
    error.code = e.value(QLatin1String("code")).toString();
    error.message = e.value(QLatin1String("message")).toString();
    error.field = e.value(QLatin1String("field")).toString();
    error.details = e.value(QLatin1String("details")).toObject();
    return error;
}

Error errorForStatus(const ServerError &error)
{
    const int status = error.httpStatus;
    const QString &code = error.code;
    if (status == 401)
        return makeError(ErrorCode::MarketplaceUnauthorized, {}, error.message);
    if (code == QLatin1String("enrollment_code_unknown"))
        return makeError(ErrorCode::EnrollmentCodeUnknown, {}, error.message);
    if (code == QLatin1String("enrollment_code_used"))
        return makeError(ErrorCode::EnrollmentCodeUsed, {}, error.message);
    if (code == QLatin1String("enrollment_code_expired"))
        return makeError(ErrorCode::EnrollmentCodeExpired, {}, error.message);
    if (status == 409 && code == QLatin1String("seq_gap")) {
        const QJsonValue seq = error.details.value(QLatin1String("expected_seq"));
        if (!JsonReader::isInteger(seq) || seq.toInteger() < 1)
            return invalid(QStringLiteral("error.details.expected_seq"),
                           QStringLiteral("missing or not a positive integer"));
        return makeError(ErrorCode::MarketplaceSeqGap, QString::number(seq.toInteger()), error.message);
    }
    if (status == 410 && (code == QLatin1String("epoch_changed") || code == QLatin1String("cursor_ahead"))) {
        const QJsonValue epoch = error.details.value(QLatin1String("epoch"));
        if (!JsonReader::isInteger(epoch) || epoch.toInteger() < 0)
            return invalid(QStringLiteral("error.details.epoch"),
                           QStringLiteral("missing or not an integer"));
        return makeError(ErrorCode::MarketplaceEpochChanged, QString::number(epoch.toInteger()),
                         error.message);
    }
    if (status == 413)
        return makeError(ErrorCode::MarketplaceRequestTooLarge, {}, error.message);
    if (status == 408 || status == 429 || (status >= 500 && status <= 599)) {
        const QString detail = error.retryAfterSeconds >= 0
            ? QStringLiteral("retry-after=%1; %2").arg(error.retryAfterSeconds).arg(error.message)
            : error.message;
        return makeError(ErrorCode::MarketplaceUnavailable, QString::number(status), detail);
    }
    const QString subject = code.isEmpty() ? QStringLiteral("http %1").arg(status) : code;
    return makeError(ErrorCode::MarketplaceRefused, subject, error.message);
}

bool isTransient(const Error &error)
{
    switch (error.code) {
    case ErrorCode::MarketplaceUnreachable:
    case ErrorCode::MarketplaceUnavailable:
    case ErrorCode::MarketplaceStalled:
    // docs/marketplace-api.md §15.1: an answer the client cannot accept (not JSON, truncated,
    // wrongly typed, over the cap) is retried with backoff — nothing of it was applied.
    case ErrorCode::MarketplaceResponseInvalid:
    case ErrorCode::MarketplaceResponseTooLarge:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> retryAfterAskedSeconds(const Error &error)
{
    if (error.code != ErrorCode::MarketplaceUnavailable
        || !error.detail.startsWith(QLatin1String("retry-after=")))
        return std::nullopt;
    const qsizetype end = error.detail.indexOf(QLatin1Char(';'));
    bool ok = false;
    const qint64 seconds = error.detail.mid(12, end < 0 ? -1 : end - 12).toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

std::optional<qint64> retryAfterMs(const Error &error)
{
    const auto seconds = retryAfterAskedSeconds(error);
    if (!seconds)
        return std::nullopt;
    return std::min<qint64>(*seconds, MarketplaceLimits::MaxRetryAfterSeconds) * 1000;
}

std::optional<qint64> expectedSeq(const Error &error)
{
    return numberSubject(error, ErrorCode::MarketplaceSeqGap);
}

std::optional<qint64> serverEpoch(const Error &error)
{
    return numberSubject(error, ErrorCode::MarketplaceEpochChanged);
}

QString mutationStatusName(MutationStatus status)
{
    switch (status) {
    case MutationStatus::Applied:
        return QStringLiteral("applied");
    case MutationStatus::Duplicate:
        return QStringLiteral("duplicate");
    case MutationStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

} // namespace comptoir
