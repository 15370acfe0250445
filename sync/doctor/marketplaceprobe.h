// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/doctor/doctoritem.h"
#include "sync/enrolment/enrollment.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace comptoir {

class Clock;

// One authenticated request to the marketplace this till is enrolled with (GET
// /v1/changes?since=C&limit=1&epoch=E: a read with no effect), to tell a volunteer whether the
// marketplace is reachable, with a valid certificate, and still accepts this till's token; and
// the clock compared with the marketplace's Date header. Never follows a redirect (the token
// would follow it), never ignores a certificate error, never prints the token.
//
// Items: "marketplace" ok: "ok" (url, shop); fail: "revoked" (401: the token was revoked — enrol
// again), "tls" (tls_errors: the certificate errors, or the handshake's), "unreachable" (error:
// the network's message), "http-error" (status); warn: "not-enrolled", "no-token" (enrolled but
// the keychain holds no token). "clock" ok: "ok" (offset_seconds: this till minus the
// marketplace); warn: "skewed" (more than WarnOffsetSeconds off), "not-compared" (no answer with
// a date); fail: "skewed" (more than FailOffsetSeconds off: tickets and closures would be dated
// wrongly).
class MarketplaceProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 10000;
    static constexpr qint64 WarnOffsetSeconds = 60;
    static constexpr qint64 FailOffsetSeconds = 15 * 60;
    using Done = std::function<void(QList<DoctorItem>)>; // the marketplace item, then the clock's

    MarketplaceProbe(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);

    // done is called once, from the event loop. token: the device token read from the secret
    // store; cursor and epoch: where this till's feed stands (sync_state), as its own pull would
    // ask. The token is accepted when the answer is a page (200) or says the cursor or epoch is
    // stale (410: the next sync resnapshots): the marketplace authenticates before anything else.
    void run(const EnrolledDevice &device, const QByteArray &token, qint64 cursor, qint64 epoch, Done done);

    // The items when the till is not enrolled, or has no token.
    static QList<DoctorItem> notEnrolled();
    static QList<DoctorItem> noToken(const EnrolledDevice &device);

private:
    void onFinished(QNetworkReply *reply, const EnrolledDevice &device, const QStringList &tlsErrors,
                    Done done);
    DoctorItem clockItem(const QByteArray &dateHeader) const;

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
};

} // namespace comptoir
