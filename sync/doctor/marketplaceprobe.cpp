// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/doctor/marketplaceprobe.h"

#include "models/clock.h"
#include "sync/logging.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrlQuery>

#include <memory>

namespace comptoir {

namespace {

QVariantMap where(const EnrolledDevice &device)
{
    return {{QStringLiteral("url"), device.endpoint.toString()}, {QStringLiteral("shop"), device.shopName}};
}

DoctorItem notCompared()
{
    return doctorItem(QStringLiteral("clock"), DoctorLevel::Warn, QStringLiteral("not-compared"));
}

// An HTTP date (RFC 7231: "Mon, 07 Dec 2026 12:04:24 GMT"), read without the locale's help.
QDateTime httpDate(const QByteArray &header)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(header.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

} // namespace

MarketplaceProbe::MarketplaceProbe(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent), m_network(network), m_clock(clock)
{ }

QList<DoctorItem> MarketplaceProbe::notEnrolled()
{
    return {doctorItem(QStringLiteral("marketplace"), DoctorLevel::Warn, QStringLiteral("not-enrolled")),
            notCompared()};
}

QList<DoctorItem> MarketplaceProbe::noToken(const EnrolledDevice &device)
{
    return {doctorItem(QStringLiteral("marketplace"), DoctorLevel::Warn, QStringLiteral("no-token"),
                       where(device)),
            notCompared()};
}

void MarketplaceProbe::run(const EnrolledDevice &device, const QByteArray &token, qint64 cursor, qint64 epoch,
                           Done done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(cursor));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("epoch"), QString::number(epoch));
    QNetworkRequest request(device.endpoint.url(QStringLiteral("/v1/changes"), query));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    auto tlsErrors = std::make_shared<QStringList>();
    // Certificate errors are collected to be named, never ignored: the request fails with them.
    connect(reply, &QNetworkReply::sslErrors, this, [tlsErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            tlsErrors->append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, device, tlsErrors, done = std::move(done)] {
        onFinished(reply, device, *tlsErrors, done);
    });
}

void MarketplaceProbe::onFinished(QNetworkReply *reply, const EnrolledDevice &device,
                                  const QStringList &tlsErrors, Done done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray date = reply->rawHeader("Date");
    QVariantMap facts = where(device);
    DoctorItem market;
    if (!tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        facts.insert(QStringLiteral("tls_errors"),
                     tlsErrors.isEmpty() ? QStringList {reply->errorString()} : tlsErrors);
        market = doctorItem(QStringLiteral("marketplace"), DoctorLevel::Fail, QStringLiteral("tls"), facts);
    } else if (status == 401 || status == 403) {
        market
            = doctorItem(QStringLiteral("marketplace"), DoctorLevel::Fail, QStringLiteral("revoked"), facts);
    } else if (status == 200 || status == 410) {
        market = doctorItem(QStringLiteral("marketplace"), DoctorLevel::Ok, QStringLiteral("ok"), facts);
    } else if (status != 0) {
        facts.insert(QStringLiteral("status"), status);
        market = doctorItem(QStringLiteral("marketplace"), DoctorLevel::Fail, QStringLiteral("http-error"),
                            facts);
    } else {
        facts.insert(QStringLiteral("error"), reply->errorString());
        market = doctorItem(QStringLiteral("marketplace"), DoctorLevel::Fail, QStringLiteral("unreachable"),
                            facts);
    }
    qCInfo(lcSync) << "doctor: marketplace" << market.state() << "status" << status;
    done({market, status != 0 ? clockItem(date) : notCompared()});
}

DoctorItem MarketplaceProbe::clockItem(const QByteArray &dateHeader) const
{
    const QDateTime theirs = httpDate(dateHeader);
    if (!theirs.isValid())
        return notCompared();
    // The header has whole seconds: a second either way is no offset.
    const qint64 offset = theirs.secsTo(m_clock.now().toUTC());
    const qint64 size = offset < 0 ? -offset : offset;
    const QVariantMap facts {{QStringLiteral("offset_seconds"), offset}};
    if (size > FailOffsetSeconds)
        return doctorItem(QStringLiteral("clock"), DoctorLevel::Fail, QStringLiteral("skewed"), facts);
    if (size > WarnOffsetSeconds)
        return doctorItem(QStringLiteral("clock"), DoctorLevel::Warn, QStringLiteral("skewed"), facts);
    return doctorItem(QStringLiteral("clock"), DoctorLevel::Ok, QStringLiteral("ok"), facts);
}

} // namespace comptoir
