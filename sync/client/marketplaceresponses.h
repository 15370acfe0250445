// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir {

// Strict parsing of the marketplace's answers (docs/marketplace-api.md). Each parser refuses the
// WHOLE answer at the first problem — wrong or truncated JSON, a missing or wrongly typed field, a
// number out of range, an unknown kind, another shop's shop_id, a cursor going backwards — with an
// Error naming the field by its JSON path (subject) and what is wrong (detail); nothing is ever
// partially returned. Codes: MarketplaceResponseInvalid, MarketplaceWrongShop (subject: the
// shop_id received), MarketplaceEpochChanged (a page of another epoch than asked for).
namespace MarketplaceLimits {
inline constexpr int MaxPushMutations = 500;
inline constexpr int MaxPageLimit = 1000;
inline constexpr int MaxWaitSeconds = 30;
// The longest Retry-After honoured (§15.5): a longer one is waited for this long.
inline constexpr int MaxRetryAfterSeconds = 300;
} // namespace MarketplaceLimits

// The body as one JSON object (subject "body" when it is not one).
Result<QJsonObject> parseJsonObject(const QByteArray &body);

// 201 to POST /v1/enroll. device_id must be ours; when expectedShopId is not empty (a till that
// re-enrols), shop_id must be it.
Result<EnrollResult> parseEnrollResult(const QByteArray &body, const QString &deviceId,
                                       const QString &expectedShopId = {});
// The body of POST /v1/push for a batch (its shop_id as given).
QJsonObject pushRequestBody(const PushBatch &batch);
// 200 to POST /v1/push: our shop and device; one result per mutation of the batch, same ids and
// seqs, same order; a duplicate says its original_status; a rejection (or a duplicate of one) has
// a code; last_applied_seq covers the batch.
Result<PushResult> parsePushResult(const QByteArray &body, const PushBatch &batch);
// GET /v1/changes and GET /v1/snapshot: marketplacechanges.h.

// 200/201 to PUT /v1/photos/{sha256}: {shop_id, sha256, size, content_type}, ours and this photo.
Result<PhotoResult> parsePhotoResult(const QByteArray &body, const QString &shopId, const QString &sha256,
                                     bool created);

// A Retry-After header in seconds, from its seconds or HTTP-date form (RFC 9110 §10.2.3), as the
// server asked (up to a billion); -1 when absent or unreadable. The engine caps what it waits.
int parseRetryAfter(const QByteArray &header);
// An error answer's body, leniently: a body that is not {"error": {...}} leaves code empty.
ServerError parseServerError(int httpStatus, const QByteArray &body);
// The Error for a non-2xx answer (docs/marketplace-api.md, "Errors"):
//   401 → MarketplaceUnauthorized (re-enrol; never retried)
//   409 seq_gap → MarketplaceSeqGap (subject: expected_seq)
//   410 epoch_changed, 410 cursor_ahead → MarketplaceEpochChanged (subject: the server's epoch):
//       the engine throws its cursor away and resnapshots
//   404/409/410 enrollment_code_* → EnrollmentCodeUnknown/Used/Expired
//   413 → MarketplaceRequestTooLarge
//   408, 429, 5xx → MarketplaceUnavailable (transient; subject: the status; detail starts with
//       "retry-after=<s>;" when the server sent Retry-After, see retryAfterMs())
//   any other → MarketplaceRefused (subject: the server's code, or "http <status>")
// A 409 seq_gap or 410 epoch_changed without a valid number is MarketplaceResponseInvalid.
Error errorForStatus(const ServerError &error);

// Whether the engine should retry with backoff (docs/marketplace-api.md §15.1): network errors,
// timeouts and exchanges cut at their deadline (MarketplaceStalled), TLS handshakes broken by the
// network, 408/429/5xx, and answers it could not accept (MarketplaceResponseInvalid,
// MarketplaceResponseTooLarge — for the latter the engine also halves its page limit). Never a 401
// (re-enrol), a refused certificate, an answer about another shop, a seq gap or an epoch change (their own
// handling) or another 4xx (stop and report, §15.4).
bool isTransient(const Error &error);
// The server's Retry-After of a 429/503 (MarketplaceUnavailable), in ms, capped at
// MarketplaceLimits::MaxRetryAfterSeconds; the engine waits at least that long
// (Backoff::nextDelayMs(minimumMs)).
std::optional<qint64> retryAfterMs(const Error &error);
// The Retry-After the server asked for, in seconds, as it was (not capped).
std::optional<qint64> retryAfterAskedSeconds(const Error &error);
// The numbers carried by MarketplaceSeqGap and MarketplaceEpochChanged errors.
std::optional<qint64> expectedSeq(const Error &error);
std::optional<qint64> serverEpoch(const Error &error);

QString mutationStatusName(MutationStatus status);

} // namespace comptoir
