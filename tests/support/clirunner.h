// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the comptoir executable as a person or a script would, in a clean environment (no
// display, default data folders inside a temporary home). Shared by the command-line tests.
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace comptoir::clitest {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline QList<QVariantList> rows(const Database &db, const QString &sql)
{
    QList<QVariantList> result;
    auto q = db.query(sql);
    if (!q)
        return result;
    const int columns = q.value().record().count();
    while (q.value().next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(q.value().value(i));
        result.append(row);
    }
    return result;
}

inline qint64 scalar(const Database &db, const QString &sql)
{
    const auto result = rows(db, sql);
    return result.isEmpty() ? -1 : result.first().first().toLongLong();
}

class CliRunner
{
protected:
    // A clean environment: no display, and the default data folders inside m_home.
    QProcessEnvironment environment(bool display = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (display)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        return env;
    }

    Run run(const QStringList &arguments, int timeoutMs = 90000) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(COMPTOIR_EXE), arguments);
        Run result;
        if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            result.crashed = true;
        }
        result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString freshDir(const QString &name) const
    {
        const QString path = m_work.filePath(name);
        QDir(path).removeRecursively();
        return path;
    }

    // A shop folder with its database created (and closed again); empty on failure.
    QString newShop(const QString &name) const
    {
        const QString dir = freshDir(name);
        QDir().mkpath(dir);
        auto db = Database::open(databasePath(dir));
        return db ? dir : QString();
    }

    // Starts the window (offscreen) and waits until the log file says `marker`; then closes it.
    // Returns whether the marker came while the program was running.
    bool runWindowUntil(const QStringList &arguments, const QString &logPath, const QByteArray &marker,
                        QString *errors) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(true));
        // Nobody reads the pipes while the window runs: a full pipe would block the program.
        const QString errPath = m_work.filePath(QStringLiteral("window-stderr.txt"));
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(errPath);
        process.start(QStringLiteral(COMPTOIR_EXE), arguments);
        if (!process.waitForStarted(10000))
            return false;
        bool seen = false;
        const bool settled = QTest::qWaitFor(
            [&] {
                QFile log(logPath);
                seen = log.open(QIODevice::ReadOnly) && log.readAll().contains(marker);
                return seen || process.state() != QProcess::Running;
            },
            60000);
        // The window is up (the program still runs) after what the marker announced: it does
        // not exit within half a second (a fixed time is what is checked; an exit ends it early).
        const bool stillRunning
            = settled && !process.waitForFinished(500) && process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished(10000);
        QFile err(errPath);
        if (err.open(QIODevice::ReadOnly))
            *errors = QString::fromUtf8(err.readAll().right(2000));
        return seen && stillRunning;
    }

    QTemporaryDir m_home;
    QTemporaryDir m_work;
};

} // namespace comptoir::clitest
