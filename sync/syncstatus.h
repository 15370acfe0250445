// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace comptoir {

// What the sync engine tells the window (queued signals from its worker thread): the status
// indicator shows it, the Commandes / exceptions / conflicts pages refresh on it.
enum class SyncState {
    NotEnrolled, // no marketplace configured: the indicator says how to enrol
    Idle, // online, nothing to do (long-polling)
    Syncing, // pushing or pulling
    Offline, // the last attempt failed with a transient error; retrying with backoff
    NeedsEnrollment, // the marketplace answered 401: the device token was revoked or lost
    Stopped, // a permanent error (another shop's answer, TLS failure…): see lastError
};

struct SyncStatus
{
    SyncState state = SyncState::NotEnrolled;
    qint64 pending = 0; // outbox rows not yet acknowledged
    qint64 openExceptions = 0; // sync_exceptions with state 'open'
    QDateTime lastSuccess; // UTC; invalid if never
    std::optional<Error> lastError; // the last failure (cleared by the next success)
    QDateTime nextAttempt; // UTC; set while Offline (backoff)
};

// What one pass (or `comptoir sync --once`) did.
struct SyncReport
{
    int pushed = 0; // mutations sent (all requests)
    int applied = 0; // push results: applied
    int duplicates = 0; // push results: duplicate (already applied earlier)
    int rejected = 0; // push results: rejected (parked as exceptions on acknowledgement)
    int pages = 0; // feed or snapshot pages applied
    int changes = 0; // changes applied (products, stock, orders, oversell cases, conflicts)
    int skipped = 0; // changes not newer than what was held (replays)
    bool snapshot = false; // a full snapshot was taken (first sync or epoch change)
    qint64 cursor = 0; // the feed cursor after the pass
    qint64 pending = 0; // outbox rows left
    qint64 openExceptions = 0;
    int photosUploaded = 0; // photos PUT to the marketplace (not those a HEAD found there)
    int photosDownloaded = 0; // photos fetched from the marketplace into the photo store
    std::optional<Error> error; // why the pass stopped early
};

// Which local tables a page changed, so views refresh only what moved.
struct SyncChanges
{
    bool products = false;
    bool stock = false;
    bool orders = false;
    bool oversellCases = false;
    bool conflicts = false;
    bool exceptions = false;
    bool taxonomy = false; // the marketplace's categories (marketplace_categories)
    bool serviceLevels = false; // the association's service levels (issue 16, meta key)
    bool any() const
    {
        return products || stock || orders || oversellCases || conflicts || exceptions || taxonomy
            || serviceLevels;
    }
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::SyncStatus)
Q_DECLARE_METATYPE(comptoir::SyncReport)
Q_DECLARE_METATYPE(comptoir::SyncChanges)
