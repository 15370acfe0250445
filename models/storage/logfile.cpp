// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/logfile.h"

#include "models/storage/privatefiles.h"

#include <QDateTime>
#include <QDir>

#include <atomic>
#include <cstdio>

namespace comptoir {

namespace {

// The instance that receives messages. qInstallMessageHandler takes a plain function, so
// the handler needs one pointer to find its file; it is only set by LogFile itself.
std::atomic<LogFile *> s_active {nullptr};

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARNING";
    case QtCriticalMsg:
        return "CRITICAL";
    case QtFatalMsg:
        return "FATAL";
    }
    return "INFO";
}

} // namespace

LogFile::LogFile(const QString &folder, qint64 maxBytes, int keepFiles)
    : m_folder(folder),
      m_filePath(QDir(folder).filePath(QStringLiteral("comptoir.log"))),
      m_maxBytes(qMax<qint64>(maxBytes, 1024)),
      m_keepFiles(qMax(keepFiles, 1)),
      m_file(m_filePath)
{
    if (makePrivateFolder(folder))
        m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, PrivateFilePermissions);
    m_previousInstance = s_active.exchange(this);
    m_previousHandler = qInstallMessageHandler(&LogFile::handleMessage);
}

LogFile::~LogFile()
{
    qInstallMessageHandler(m_previousHandler);
    s_active.store(m_previousInstance);
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

bool LogFile::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen();
}

void LogFile::setEchoThreshold(QtMsgType minimum)
{
    m_echoSeverity.store(severity(minimum));
}

int LogFile::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

QString LogFile::formatLine(const QDateTime &utc, QtMsgType type, const char *category,
                            const QString &message)
{
    QString text = message;
    text.replace(QLatin1Char('\r'), QString());
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return utc.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + QLatin1String(levelName(type))
        + QLatin1Char(' ') + QLatin1String(category && *category ? category : "default")
        + QStringLiteral(": ") + text;
}

void LogFile::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFile *self = s_active.load();
    if (!self) {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        return;
    }
    self->dispatch(type, context, message);
}

void LogFile::dispatch(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    write(type, context, message);
    if (severity(type) < m_echoSeverity.load())
        return;
    // A LogFile made while another was active has that one's handler as its previous one:
    // pass the message to that instance directly (calling the handler would come back here).
    if (m_previousHandler == &LogFile::handleMessage) {
        if (m_previousInstance)
            m_previousInstance->dispatch(type, context, message);
    } else if (m_previousHandler) {
        m_previousHandler(type, context, message);
    }
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line
        = (formatLine(QDateTime::currentDateTimeUtc(), type, context.category, message) + QLatin1Char('\n'))
              .toUtf8();
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    m_file.write(line);
    m_file.flush();
}

QString LogFile::rotatedPath(int index) const
{
    return m_filePath + QLatin1Char('.') + QString::number(index);
}

void LogFile::rotate()
{
    // Called with m_mutex held. Nothing here may log: it would re-enter the handler.
    m_file.close();
    const int oldest = m_keepFiles - 1; // comptoir.log.1 … comptoir.log.<oldest>
    if (oldest < 1) {
        QFile::remove(m_filePath);
    } else {
        QFile::remove(rotatedPath(oldest));
        for (int i = oldest - 1; i >= 1; --i) {
            if (QFile::exists(rotatedPath(i)))
                QFile::rename(rotatedPath(i), rotatedPath(i + 1));
        }
        QFile::rename(m_filePath, rotatedPath(1));
    }
    m_file.setFileName(m_filePath);
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, PrivateFilePermissions);
}

} // namespace comptoir
