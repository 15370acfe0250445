// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screens of given sizes for the offscreen platform (the test environment's QT_QPA_PLATFORM), side
// by side from x = 0, each named "<width>x<height>": the platform reads them from a configuration
// file named in QT_QPA_PLATFORM ("offscreen:configfile=…"). Call useOffscreenScreens() in main(),
// before the QApplication exists; then offscreenScreen("1366x768") finds one.
#include <QByteArray>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QScreen>
#include <QSize>
#include <QString>

namespace comptoir::test {

inline QString screenName(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Writes the configuration into configFile and names it in QT_QPA_PLATFORM. Leaves another
// platform than offscreen alone (returns false: the screens will not be there).
inline bool useOffscreenScreens(const QString &configFile, const QList<QSize> &sizes)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && platform != "offscreen")
        return false;
    QJsonArray screens;
    int x = 0;
    for (const QSize &size : sizes) {
        screens.append(QJsonObject {{QStringLiteral("name"), screenName(size)},
                                    {QStringLiteral("x"), x},
                                    {QStringLiteral("y"), 0},
                                    {QStringLiteral("width"), size.width()},
                                    {QStringLiteral("height"), size.height()},
                                    {QStringLiteral("logicalDpi"), 96},
                                    {QStringLiteral("primary"), x == 0}});
        x += size.width();
    }
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("screens"), screens}}).toJson());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + configFile.toLocal8Bit());
    return true;
}

// The screen of that size, or null (another platform, or the configuration was not read).
inline QScreen *offscreenScreen(const QSize &size)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == screenName(size) && screen->size() == size)
            return screen;
    }
    return nullptr;
}

} // namespace comptoir::test
