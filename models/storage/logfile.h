// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <atomic>

class QDateTime;

namespace comptoir {

// The application's log file, for the life of this object (RAII). While it lives, every Qt
// message (qCInfo(lcDatabase) << …) is appended to <folder>/comptoir.log as one line
//   2026-11-27T10:00:00.123Z INFO comptoir.models.database: opened comptoir.sqlite
// and still passed on to the handler that was installed before (stderr by default).
// When the file would grow past maxBytes it is rotated: comptoir.log → comptoir.log.1 → …,
// keeping at most keepFiles files in all (the current one included). The folder is made 0700
// and the files 0600 (privatefiles.h). Writing is thread-safe. The destructor puts the previous message
// handler back.
class LogFile
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;
    static constexpr int DefaultKeepFiles = 5;

    explicit LogFile(const QString &folder, qint64 maxBytes = DefaultMaxBytes,
                     int keepFiles = DefaultKeepFiles);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // False when the folder or the file could not be opened; messages then only reach
    // the previous handler.
    bool isOpen() const;
    QString filePath() const { return m_filePath; }

    // Messages less severe than this reach only the file, not the previous handler: a
    // command-line run echoes warnings and errors, not the chatter. Default: everything.
    void setEchoThreshold(QtMsgType minimum);

    // Debug < info < warning < critical < fatal (QtMsgType's values are not in that order).
    static int severity(QtMsgType type);

    // One log line, without its newline. Line breaks inside the message are written as "\n"
    // so that each record stays one line.
    static QString formatLine(const QDateTime &utc, QtMsgType type, const char *category,
                              const QString &message);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void dispatch(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void rotate();
    QString rotatedPath(int index) const;

    mutable QMutex m_mutex;
    QString m_folder;
    QString m_filePath;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
    std::atomic<int> m_echoSeverity {0};
    QtMessageHandler m_previousHandler = nullptr;
    LogFile *m_previousInstance = nullptr;
};

} // namespace comptoir
