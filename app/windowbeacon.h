// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

class QWidget;

namespace comptoir {

// A second start of the window on a data folder already open brings the first window to the front:
// the window that holds the folder (InstanceLock) listens on a local socket named after the
// folder, and the second start, finding the folder locked, asks it to come forward, then quits.
class WindowBeacon : public QObject
{
    Q_OBJECT

public:
    explicit WindowBeacon(QWidget &window, QObject *parent = nullptr);

    // Listens for the folder's later starts. Only the holder of the folder's lock may call it: a
    // socket of that name left by a run that crashed is removed first.
    bool listen(const QString &dataDir);

    // Asks the window open on dataDir to come to the front; true when it answered that it did.
    static bool wakeRunningWindow(const QString &dataDir, int timeoutMs = 2000);

    // "comptoir-" and a hash of the folder's path: one name per folder, short enough for a socket.
    static QString serverName(const QString &dataDir);

private:
    void onNewConnection();
    void bringToFront();

    QWidget &m_window;
    QLocalServer m_server;
};

} // namespace comptoir
