// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/terminationsignals.h"

#include "app/applogging.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace comptoir {

#ifdef Q_OS_UNIX

namespace {

// The socket pair of the TerminationSignals in place: [0] written by the handler, [1] read by
// the notifier. -1 when none is. A signal handler gets no context: this has to be global.
int g_sockets[2] = {-1, -1};
struct sigaction g_previous[3]; // by handledSignals()' order

void onSignal(int signalNumber)
{
    const int saved = errno; // a handler must leave errno as it found it
    const unsigned char number = static_cast<unsigned char>(signalNumber);
    // write() is async-signal-safe; the socket does not block, so a full one drops the byte
    // (the program is quitting already).
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &number, 1);
    errno = saved;
}

} // namespace

QList<int> TerminationSignals::handledSignals()
{
    return {SIGTERM, SIGINT, SIGHUP};
}

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    if (g_sockets[0] != -1) {
        qCWarning(lcApp) << "termination signals already handled elsewhere";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0) {
        qCWarning(lcApp) << "no socket pair for the termination signals: errno" << errno;
        g_sockets[0] = g_sockets[1] = -1;
        return;
    }
    for (const int fd : g_sockets) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // not inherited by the programs started (the marketplace)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    const QList<int> handled = handledSignals();
    for (qsizetype i = 0; i < handled.size(); ++i) {
        if (::sigaction(handled.at(i), &action, &g_previous[i]) != 0)
            qCWarning(lcApp) << "signal" << handled.at(i) << "not handled: errno" << errno;
    }
    m_active = true;
}

TerminationSignals::~TerminationSignals()
{
    if (!m_active)
        return;
    const QList<int> handled = handledSignals();
    for (qsizetype i = 0; i < handled.size(); ++i)
        ::sigaction(handled.at(i), &g_previous[i], nullptr);
    delete m_notifier;
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
}

void TerminationSignals::onReadable()
{
    unsigned char numbers[16];
    for (;;) {
        const ssize_t count = ::read(g_sockets[1], numbers, sizeof numbers);
        if (count <= 0)
            break;
        for (ssize_t i = 0; i < count; ++i) {
            qCInfo(lcApp) << "signal" << int(numbers[i]) << "received";
            Q_EMIT received(int(numbers[i]));
        }
    }
}

#else // no POSIX signals

QList<int> TerminationSignals::handledSignals()
{
    return {};
}

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent) { }

TerminationSignals::~TerminationSignals() = default;

void TerminationSignals::onReadable() { }

#endif

} // namespace comptoir
