// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace comptoir {

// Turns the signals that ask a program to end (SIGTERM at logout or shutdown, SIGINT from a
// terminal's Ctrl+C, SIGHUP when the terminal goes) into a Qt signal, so that the program
// quits through its normal path and its run is journalled as stopped, instead of dying on
// the spot. Qt's documented pattern (https://doc.qt.io/qt-6/unix-signals.html): the handler
// only writes the signal's number to a socket pair, and a QSocketNotifier reads it on the
// event loop, where anything may be done.
//
// The handler must find the socket without any context, so its descriptor is the one global
// of the program; hence one TerminationSignals at a time (a second one installs nothing and
// isActive() says so). The former handlers come back when it is destroyed. On Windows it does
// nothing (the console's Ctrl+C is not a POSIX signal there).
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_active; }
    static QList<int> handledSignals(); // SIGTERM, SIGINT, SIGHUP

Q_SIGNALS:
    // On the event loop, once per signal received.
    void received(int signalNumber);

private:
    void onReadable();

    bool m_active = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace comptoir
