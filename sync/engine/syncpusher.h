// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QString>

namespace comptoir {

class Backoff;
class MarketplaceClient;
class OutboxStore;
class PhotoUploader;
struct EnrolledDevice;

// The push side of a sync pass (docs/marketplace-api.md §6, §18): the outbox's rows without a
// result, in seq order, in batches of at most BatchSize, until none is left. A batch too large
// for the server is halved; a seq gap resends from the seq the server expects (at most
// MaxSeqGapResends times a pass) when the outbox still holds it; a batch answered without a
// result for its first row is never sent again in a loop. Before a batch is sent, the photos its
// photo_link mutations name are confirmed on the marketplace (PhotoUploader, when given): a link
// never goes up before its photos. Counts what it pushed in the pass's report. Lives on the
// thread of the engine that owns it.
class SyncPusher : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 200;
    static constexpr int MaxSeqGapResends = 3;

    SyncPusher(MarketplaceClient &client, OutboxStore &outbox, Backoff &backoff, SyncReport &report,
               const EnrolledDevice &device, PhotoUploader *photos = nullptr, QObject *parent = nullptr);

    // Starts the push of a pass (full batches, no resend yet). Ends with outboxDrained() or
    // pushFailed(), from the event loop or at once.
    void pushAll();

Q_SIGNALS:
    // Every row of the outbox has a push result.
    void outboxDrained();
    void pushFailed(const comptoir::Error &error);

private:
    void pushNext();
    void send(const PushBatch &request, qint64 firstSeq);
    void onPushed(Result<PushResult> result, int count, qint64 firstSeq);
    void fail(const Error &error);

    MarketplaceClient &m_client;
    OutboxStore &m_outbox;
    Backoff &m_backoff;
    SyncReport &m_report;
    PhotoUploader *m_photos;
    QString m_shopId;
    QString m_deviceId;
    int m_limit = BatchSize;
    int m_seqGapResends = 0;
    qint64 m_lastPushedFirstSeq = 0;
};

} // namespace comptoir
