// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace comptoir {

// Where secrets live: the register's private signing key, the marketplace device token. Never
// SQLite, settings files or logs. The real store is the OS keychain (sync/keychain, QtKeychain),
// which may take seconds to answer (a locked keychain asks its user first); tests use an
// in-memory one (tests/support/memorysecretstore.h).
//
// Every call is asynchronous: it starts a job and returns at once. `done` is called exactly
// once, later, from the event loop of context's thread — never before the call returns, never
// through a nested event loop — and not at all when context is destroyed first. A caller that
// must have the answer before going on continues in `done`; only a command-line program's
// top level may wait for it with an event loop of its own.
class SecretStore
{
public:
    using ReadDone = std::function<void(Result<std::optional<QByteArray>>)>;
    using Done = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    // Nothing when there is no such secret. Errors: KeychainUnavailable (no secret service: the
    // subject says what to install), KeychainFailed (detail: the store's message).
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Done done) = 0;
    // Removing what is absent is not an error.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

protected:
    // For stores that know the answer at once: delivers it from context's event loop.
    template<typename Callback, typename Value>
    static void answerLater(QObject *context, Callback done, Value value)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
            Qt::QueuedConnection);
    }
};

} // namespace comptoir
