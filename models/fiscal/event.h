// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir {

// What the technical events journal records (table events, kind column).
enum class EventKind {
    Start,
    Stop,
    Login,
    FailedLogin,
    Logout,
    TicketCancelled, // a ticket in progress was cancelled
    VatRateChanged,
    DayClosed,
    Export,
    Archive,
    Restore,
    ClockMovedBack,
    ClockJumped,
    SyncError,
    SigningKeyCreated,
    SettingsChanged,
    PeriodClosed, // a monthly or yearly closure was made (automatically)
    KeyChanged, // the register's signing key was replaced (registerkeychange.h); signed by the new key
    StaffChanged, // a person added, a PIN changed or reset, a person deactivated or reactivated (operators.h)
};

// The stored key: "start", "stop", "login", "failed_login", "logout", "ticket_cancelled",
// "vat_rate_changed", "day_closed", "export", "archive", "restore", "clock_moved_back",
// "clock_jumped", "sync_error", "signing_key_created", "settings_changed", "period_closed",
// "key_changed", "staff_changed".
QString eventKindKey(EventKind kind);
std::optional<EventKind> eventKindFromKey(const QString &key);

// One technical event as stored (write-once, chained and signed like tickets).
struct Event
{
    qint64 id = 0;
    QString uuid; // UUIDv7 made on the device
    QString registerId;
    EventKind kind = EventKind::Start;
    QDateTime occurredAt; // UTC, milliseconds
    std::optional<qint64> operatorId;
    // Facts about the event (amounts, numbers, times, ids). Never personal data, never a secret:
    // an operator id is fine, a name or a PIN never.
    QJsonObject detail;
};

} // namespace comptoir
