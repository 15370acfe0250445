// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace comptoir {

// The marketplace's base address, checked once (DESIGN.md §3.8, docs/marketplace-api.md):
// - http or https only, with a host; no user name or password, no query, no fragment;
// - https is required for any host that is not loopback; plain http is allowed only for
//   127.0.0.0/8, ::1 and "localhost" (the reference marketplace beside a demo shop, the tests);
// - a path prefix is kept ("https://example.org/vitrines" → "https://example.org/vitrines/v1/…").
// Refusals: MarketplaceUrlInvalid (subject: the address, any password removed) and
// MarketplaceInsecure (subject: the host).
class MarketplaceEndpoint
{
public:
    static Result<MarketplaceEndpoint> parse(const QString &text);
    // 127.0.0.0/8, ::1 (and IPv4-mapped loopback), "localhost" (any case, with or without the
    // final dot). A name that merely resolves to a loopback address does not count.
    static bool isLoopbackHost(const QString &host);

    QUrl baseUrl() const { return m_base; }
    QString toString() const { return m_base.toString(); }
    bool isLoopback() const { return isLoopbackHost(m_base.host()); }
    // The base address followed by path (which starts with '/', e.g. "/v1/push") and query.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

private:
    explicit MarketplaceEndpoint(QUrl base) : m_base(std::move(base)) { }
    QUrl m_base;
};

} // namespace comptoir
