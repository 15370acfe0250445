// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/marketplaceendpoint.h"

#include <QHostAddress>

namespace comptoir {

namespace {

Error invalid(const QUrl &url, const QString &why)
{
    // Never quote a password back, even in an error.
    return makeError(ErrorCode::MarketplaceUrlInvalid, url.toString(QUrl::RemoveUserInfo), why);
}

} // namespace

bool MarketplaceEndpoint::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    // QHostAddress accepts shorthand forms such as "127.1": only the dotted four-part form and
    // IPv6 literals count as an address here.
    if (address.protocol() == QAbstractSocket::IPv4Protocol && name.count(QLatin1Char('.')) != 3)
        return false;
    return address.isLoopback();
}

Result<MarketplaceEndpoint> MarketplaceEndpoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid()) {
        const QString quoted = trimmed.contains(QLatin1Char('@')) ? QString() : trimmed;
        return makeError(ErrorCode::MarketplaceUrlInvalid, quoted, QStringLiteral("not a valid URL"));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return invalid(url, QStringLiteral("the scheme must be https (or http on loopback)"));
    if (url.host().isEmpty())
        return invalid(url, QStringLiteral("no host"));
    if (!url.userInfo().isEmpty())
        return invalid(url, QStringLiteral("a user name or password in the address"));
    if (url.hasQuery() || url.hasFragment())
        return invalid(url, QStringLiteral("a query or fragment in the address"));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return makeError(ErrorCode::MarketplaceInsecure, url.host(),
                         QStringLiteral("http is allowed only on loopback; use https"));

    QUrl base = url;
    base.setScheme(scheme);
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    return MarketplaceEndpoint(base);
}

QUrl MarketplaceEndpoint::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_base;
    result.setPath(m_base.path() + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

} // namespace comptoir
