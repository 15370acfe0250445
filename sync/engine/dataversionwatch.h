// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QObject>
#include <QTimer>

namespace comptoir {

class Database;

// Notices commits made by other connections to the database (the till's window writes on its own
// connection while the engine runs on the sync thread): polls SQLite's PRAGMA data_version, which
// changes only when another connection committed. Lives on the thread of the engine that owns it.
class DataVersionWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 200;

    explicit DataVersionWatch(Database &db, QObject *parent = nullptr);

    // Takes the current data_version as seen and polls from now on.
    void start();
    void stop();

Q_SIGNALS:
    // Another connection committed since the last poll. unsentRows: the outbox holds rows that
    // have no push result yet.
    void committedElsewhere(bool unsentRows);

private:
    void poll();
    Result<qint64> readDataVersion() const;

    Database &m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace comptoir
