// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reply.h"

#include "marketlogging.h"

namespace comptoir::market {

Reply errorReply(int status, const QString &code, const QString &message, const QString &field,
                 const QJsonObject &details)
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    Reply reply;
    reply.status = status;
    reply.body = QJsonObject {{QStringLiteral("error"), error}};
    return reply;
}

StoreFailure::StoreFailure(const QString &what) : std::runtime_error(what.toStdString()) { }

// The marketplace's logging category (marketlogging.h).
Q_LOGGING_CATEGORY(lcMarket, "comptoir.marketplace")

} // namespace comptoir::market
