// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/result.h"
#include "sync/marketplacetypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace comptoir {

class Clock;
class Database;
class MarketplaceClient;
class PhotoStore;

// Before a push batch goes out, the photos its `photo_link` mutations name are confirmed on the
// marketplace (docs/marketplace-api.md §12, §15.2; DESIGN §3.7): for each hash the photo index
// (photo_files) does not mark uploaded or refused, HEAD; 404 → PUT the file from the PhotoStore;
// 200/201 (or HEAD 200) → uploaded_at is set, so a restarted till never sends it again. A
// permanent refusal (413, 415, a 422 again after re-reading the file once; a file the store no
// longer has) sets refused_code/refused_reason (the marketplace's words): the link is pushed
// anyway, the server rejects it photo_missing and the parked exception shows that reason
// (OutboxStore::recordResults). Any other error ends the confirmation with it (transient ones are
// retried with the engine's backoff; nothing is marked). Lives on the engine's thread.
class PhotoUploader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(std::optional<Error>)>;

    // store may be null (no photo folder, e.g. a test without photos): then nothing is uploaded.
    PhotoUploader(Database &db, const Clock &clock, MarketplaceClient &client, PhotoStore *store,
                  QObject *parent = nullptr);

    // Calls done once (from the event loop or at once): nullopt when the batch may be pushed.
    // A new call abandons a confirmation still running (its done is not called).
    void confirm(const QList<Mutation> &batch, Done done);
    // The engine aborted its requests: the confirmation running (if any) never calls its done.
    void abandon();
    int uploaded() const { return m_uploaded; } // PUTs that stored or found the photo (lifetime)

    // The hashes of the batch's photo_link payloads that are neither uploaded nor refused.
    Result<QStringList> unconfirmed(const QList<Mutation> &batch) const;

private:
    void next();
    void onHead(const QString &sha256, Result<bool> present);
    void put(const QString &sha256);
    void onPut(const QString &sha256, const Result<PhotoResult> &stored);
    void refuse(const QString &sha256, const QString &code, const QString &reason);
    void finish(std::optional<Error> error);

    Database &m_db;
    const Clock &m_clock;
    MarketplaceClient &m_client;
    PhotoStore *m_store;
    QStringList m_queue;
    Done m_done;
    int m_generation = 0;
    bool m_retriedMismatch = false;
    int m_uploaded = 0;
};

} // namespace comptoir
