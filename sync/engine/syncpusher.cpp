// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/syncpusher.h"

#include "sync/client/marketplaceclient.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/engine/backoff.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/photouploader.h"
#include "sync/enrolment/enrollment.h"
#include "sync/logging.h"

#include <algorithm>

namespace comptoir {

SyncPusher::SyncPusher(MarketplaceClient &client, OutboxStore &outbox, Backoff &backoff, SyncReport &report,
                       const EnrolledDevice &device, PhotoUploader *photos, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_outbox(outbox),
      m_backoff(backoff),
      m_report(report),
      m_photos(photos),
      m_shopId(device.shopId),
      m_deviceId(device.deviceId)
{ }

void SyncPusher::pushAll()
{
    m_seqGapResends = 0;
    m_lastPushedFirstSeq = 0;
    m_limit = BatchSize;
    pushNext();
}

void SyncPusher::pushNext()
{
    auto batch = m_outbox.nextBatch(m_limit);
    if (!batch)
        return fail(batch.error());
    if (batch->isEmpty()) {
        Q_EMIT outboxDrained();
        return;
    }
    const qint64 firstSeq = batch->constFirst().seq;
    if (firstSeq == m_lastPushedFirstSeq) {
        // The last push answered without a result for its first row: never loop on it.
        return fail(makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("results"),
                              QStringLiteral("no result for seq %1").arg(firstSeq)));
    }
    PushBatch request;
    request.shopId = m_shopId;
    request.deviceId = m_deviceId;
    request.mutations = batch.value();
    const bool links = std::any_of(request.mutations.cbegin(), request.mutations.cend(),
                                   [](const Mutation &m) { return m.kind == QLatin1String("photo_link"); });
    if (!m_photos || !links)
        return send(request, firstSeq);
    const int uploadedBefore = m_photos->uploaded();
    m_photos->confirm(request.mutations,
                      [this, request, firstSeq, uploadedBefore](std::optional<Error> error) {
                          if (error)
                              return fail(*error);
                          m_report.photosUploaded += m_photos->uploaded() - uploadedBefore;
                          send(request, firstSeq);
                      });
}

void SyncPusher::send(const PushBatch &request, qint64 firstSeq)
{
    const int count = int(request.mutations.size());
    qCDebug(lcSync) << "pushing" << count << "mutation(s) from seq" << firstSeq;
    m_client.push(request, [this, count, firstSeq](Result<PushResult> result) {
        onPushed(std::move(result), count, firstSeq);
    });
}

void SyncPusher::fail(const Error &error)
{
    Q_EMIT pushFailed(error);
}

void SyncPusher::onPushed(Result<PushResult> result, int count, qint64 firstSeq)
{
    if (!result) {
        const Error &error = result.error();
        if (error.code == ErrorCode::MarketplaceSeqGap) {
            const auto expected = expectedSeq(error);
            if (!expected || ++m_seqGapResends > MaxSeqGapResends)
                return fail(error);
            auto held = m_outbox.resendFrom(*expected);
            if (!held)
                return fail(held.error());
            if (!*held) {
                qCWarning(lcSync) << "seq gap the outbox cannot fill: expected" << *expected;
                return fail(error);
            }
            m_lastPushedFirstSeq = 0;
            return pushNext();
        }
        if (error.code == ErrorCode::MarketplaceRequestTooLarge && m_limit > 1) {
            m_limit = std::max(1, count / 2);
            qCInfo(lcSync) << "push too large: batches of" << m_limit;
            return pushNext();
        }
        return fail(error);
    }
    m_report.pushed += count;
    for (const MutationResult &one : result->results) {
        if (one.status == MutationStatus::Applied)
            ++m_report.applied;
        else if (one.status == MutationStatus::Duplicate)
            ++m_report.duplicates;
        if (one.rejected())
            ++m_report.rejected;
    }
    if (Status recorded = m_outbox.recordResults(result.value()); !recorded)
        return fail(recorded.error());
    m_lastPushedFirstSeq = firstSeq;
    m_backoff.succeeded();
    pushNext();
}

} // namespace comptoir
