// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/dataversionwatch.h"

#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

DataVersionWatch::DataVersionWatch(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DataVersionWatch::poll);
}

void DataVersionWatch::start()
{
    if (auto version = readDataVersion())
        m_dataVersion = *version;
    m_timer.start();
}

void DataVersionWatch::stop()
{
    m_timer.stop();
}

Result<qint64> DataVersionWatch::readDataVersion() const
{
    auto q = m_db.query(QStringLiteral("PRAGMA data_version"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, QStringLiteral("data_version"));
    return q.value().value(0).toLongLong();
}

void DataVersionWatch::poll()
{
    auto version = readDataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    auto unsent = m_db.query(QStringLiteral("SELECT 1 FROM sync_outbox WHERE result_status IS NULL LIMIT 1"));
    const bool hasUnsent = unsent && unsent.value().next();
    if (unsent)
        unsent.value().finish();
    Q_EMIT committedElsewhere(hasUnsent);
}

} // namespace comptoir
