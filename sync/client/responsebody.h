// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace comptoir {

// The body of one marketplace answer as it arrives, held to a cap counted in DECODED bytes
// (docs/marketplace-api.md §15.5). The client asks for `Accept-Encoding: gzip` itself, so Qt
// hands over the bytes as they came; a gzip or deflate body is inflated here, a chunk at a time,
// and refused as soon as what it inflates to passes the cap (a "gzip bomb" of a few KiB that
// would inflate to gigabytes costs at most the cap plus one chunk). No other encoding is taken.
class ResponseBody
{
public:
    explicit ResponseBody(qint64 capBytes);
    ~ResponseBody();
    ResponseBody(const ResponseBody &) = delete;
    ResponseBody &operator=(const ResponseBody &) = delete;

    // The accepted Content-Encoding values, as the client announces them.
    static QByteArray acceptEncoding() { return QByteArrayLiteral("gzip, deflate"); }

    // The answer's Content-Encoding (empty or "identity": as is). Anything else:
    // MarketplaceResponseInvalid (subject "Content-Encoding").
    std::optional<Error> setEncoding(const QByteArray &contentEncoding);
    bool isEncoded() const { return m_inflater != nullptr; }

    // Adds raw bytes from the wire. An Error when the decoded body passes the cap
    // (MarketplaceResponseTooLarge) or the compressed stream is damaged; the body is then emptied.
    std::optional<Error> append(const QByteArray &raw);
    // The wire said the answer is whole: a compressed stream must have ended.
    std::optional<Error> finish();

    qint64 size() const { return m_body.size(); }
    qint64 rawSize() const { return m_rawSize; }
    const QByteArray &bytes() const { return m_body; }
    QByteArray take() { return std::exchange(m_body, {}); }

private:
    struct Inflater;
    std::optional<Error> tooLarge(qint64 bytes);

    qint64 m_cap;
    qint64 m_rawSize = 0;
    QByteArray m_body;
    std::unique_ptr<Inflater> m_inflater;
    bool m_ended = false;
};

} // namespace comptoir
