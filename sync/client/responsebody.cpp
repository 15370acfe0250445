// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/responsebody.h"

#include <QString>

#include <zlib.h>

#include <utility>

namespace comptoir {

namespace {

// Inflated a chunk at a time: the cap is checked after each.
constexpr qsizetype InflateChunkBytes = 64 * 1024;

Error damaged(const QString &why)
{
    return makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("Content-Encoding"), why);
}

} // namespace

struct ResponseBody::Inflater
{
    z_stream stream {};
    bool ready = false;

    Inflater()
    {
        // 15 + 32: zlib or gzip, told apart by their headers.
        ready = inflateInit2(&stream, 15 + 32) == Z_OK;
    }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
};

ResponseBody::ResponseBody(qint64 capBytes) : m_cap(capBytes) { }

ResponseBody::~ResponseBody() = default;

std::optional<Error> ResponseBody::setEncoding(const QByteArray &contentEncoding)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return std::nullopt;
    if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate")
        return damaged(QStringLiteral("an encoding this till does not take: %1")
                           .arg(QString::fromLatin1(encoding.left(40))));
    m_inflater = std::make_unique<Inflater>();
    if (!m_inflater->ready)
        return damaged(QStringLiteral("zlib could not start"));
    return std::nullopt;
}

std::optional<Error> ResponseBody::tooLarge(qint64 bytes)
{
    m_body.clear();
    m_body.squeeze();
    return makeError(ErrorCode::MarketplaceResponseTooLarge, QString::number(m_cap),
                     QStringLiteral("%1 bytes or more%2")
                         .arg(bytes)
                         .arg(m_inflater
                                  ? QStringLiteral(" once decompressed (%1 bytes received)").arg(m_rawSize)
                                  : QString()));
}

std::optional<Error> ResponseBody::append(const QByteArray &raw)
{
    m_rawSize += raw.size();
    if (!m_inflater) {
        if (m_body.size() + raw.size() > m_cap)
            return tooLarge(m_body.size() + raw.size());
        m_body += raw;
        return std::nullopt;
    }
    if (raw.isEmpty())
        return std::nullopt;
    if (m_ended)
        return damaged(QStringLiteral("bytes after the end of the compressed stream"));
    z_stream &z = m_inflater->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    z.avail_in = uInt(raw.size());
    for (;;) {
        const qsizetype before = m_body.size();
        m_body.resize(before + InflateChunkBytes);
        z.next_out = reinterpret_cast<Bytef *>(m_body.data() + before);
        z.avail_out = uInt(InflateChunkBytes);
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_body.resize(before + (InflateChunkBytes - qsizetype(z.avail_out)));
        if (rc == Z_STREAM_END)
            m_ended = true;
        else if (rc != Z_OK && rc != Z_BUF_ERROR)
            return damaged(QStringLiteral("a damaged compressed body (zlib %1)").arg(rc));
        if (m_body.size() > m_cap)
            return tooLarge(m_body.size());
        // inflate() stops when the output is full (go on) or the input is used up (wait for more).
        if (m_ended || z.avail_out > 0)
            break;
    }
    if (m_ended && z.avail_in > 0)
        return damaged(QStringLiteral("bytes after the end of the compressed stream"));
    return std::nullopt;
}

std::optional<Error> ResponseBody::finish()
{
    if (m_inflater && !m_ended && m_rawSize > 0)
        return damaged(QStringLiteral("a compressed body cut short"));
    return std::nullopt;
}

} // namespace comptoir
