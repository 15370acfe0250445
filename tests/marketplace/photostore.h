// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace comptoir::market {

class MarketStore;

// Content-addressed photos (DESIGN §3.7), per shop: PUT under the SHA-256 of the bytes is
// idempotent (201 stored, 200 already there), a body whose hash is not its name is refused
// (422 photo_hash_mismatch), and so are bytes that are not the image type they claim to be (415,
// the marketplace looks at them). Every HEAD and PUT is counted per shop and photo (the admin
// state's photo_requests), so tests see that a photo went up exactly once. Runs inside the
// caller's transaction.
class PhotoStore
{
public:
    static constexpr qint64 MaxBytes = 8 * 1024 * 1024;

    enum class Request { Head, Put };

    explicit PhotoStore(MarketStore &store);

    Reply put(const QString &shopId, const QString &sha256, const QByteArray &contentType,
              const QByteArray &bytes);
    Reply get(const QString &shopId, const QString &sha256) const;
    bool exists(const QString &shopId, const QString &sha256) const;
    void count(const QString &shopId, const QString &sha256, Request request);
    // [{"sha256", "heads", "puts", "stored"}] in sha256 order.
    QJsonArray requestsJson(const QString &shopId) const;

private:
    MarketStore &m_store;
};

} // namespace comptoir::market
