// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/windowbeacon.h"

#include "app/applogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QWidget>

namespace comptoir {

namespace {

const QByteArray WakeRequest = QByteArrayLiteral("raise\n");
const QByteArray WakeAnswer = QByteArrayLiteral("raised\n");

} // namespace

WindowBeacon::WindowBeacon(QWidget &window, QObject *parent) : QObject(parent), m_window(window)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &WindowBeacon::onNewConnection);
}

QString WindowBeacon::serverName(const QString &dataDir)
{
    const QString path
        = QDir(dataDir).canonicalPath().isEmpty() ? QDir::cleanPath(dataDir) : QDir(dataDir).canonicalPath();
    return QStringLiteral("comptoir-")
        + QString::fromLatin1(
               QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool WindowBeacon::listen(const QString &dataDir)
{
    const QString name = serverName(dataDir);
    QLocalServer::removeServer(name);
    if (!m_server.listen(name)) {
        qCWarning(lcApp) << "a second start on this data folder cannot reach this window:"
                         << m_server.errorString();
        return false;
    }
    qCInfo(lcApp) << "a second start on this data folder brings this window to the front";
    return true;
}

bool WindowBeacon::wakeRunningWindow(const QString &dataDir, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(WakeRequest);
    socket.flush(); // waitForReadyRead() writes what flush() could not
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == WakeAnswer;
}

void WindowBeacon::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == WakeRequest) {
                bringToFront();
                socket->write(WakeAnswer);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

void WindowBeacon::bringToFront()
{
    if (m_window.isMinimized())
        m_window.showNormal();
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
    qCInfo(lcApp) << "another start on this data folder: this window was brought to the front";
}

} // namespace comptoir
