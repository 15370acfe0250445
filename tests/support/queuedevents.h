// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>

namespace comptoir {

// "Nothing more happens", checked without a fixed sleep: runs what the event loop already holds
// (posted events, queued calls and zero-timers, deferred deletes, pending socket and window
// events), a few rounds so that what those post in turn runs too. Whatever the code under test
// would do next in reaction to what happened so far is then done; only a timer still running
// could add more, and a test that expects one waits for it explicitly.
inline void runQueuedEvents()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

} // namespace comptoir
