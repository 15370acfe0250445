// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <stdexcept>

namespace comptoir::market {

// What one API operation answers: an HTTP status and a JSON body (or raw bytes for photos).
// The HTTP layer writes it as is; the command line prints the body.
struct Reply
{
    int status = 200;
    QJsonObject body;
    QByteArray raw; // non-empty (or rawSet) for non-JSON answers
    QByteArray contentType; // for raw answers
    bool rawSet = false;
    QList<QPair<QByteArray, QByteArray>> headers; // extra response headers

    bool ok() const { return status < 400; }
};

// {"error": {"code", "message", "field"?, "details"?}} with its status.
Reply errorReply(int status, const QString &code, const QString &message, const QString &field = {},
                 const QJsonObject &details = {});

// A storage failure inside an operation: thrown by MarketStore, caught at the transaction
// boundary (MarketStore::transact), never across the event loop. Becomes a 500.
class StoreFailure : public std::runtime_error
{
public:
    explicit StoreFailure(const QString &what);
};

} // namespace comptoir::market
