// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Waiting in a test for what a SecretStore answers from the event loop (the store's contract:
// never at once). The test's own wait (QTest::qWaitFor), never the product's.
#include "models/fiscal/registerkey.h"
#include "models/storage/secretstore.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

namespace comptoir {

// Runs start with a context and a callback, and waits up to timeoutMs for the callback's value.
template<typename T>
std::optional<T> waitForAnswer(const std::function<void(QObject *, std::function<void(T)>)> &start,
                               int timeoutMs = 15000)
{
    QObject context;
    std::optional<T> answer;
    start(&context, [&answer](T value) { answer = std::move(value); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return std::nullopt;
    return answer;
}

inline Result<std::optional<QByteArray>> readSecret(SecretStore &store, const QString &key)
{
    auto answer = waitForAnswer<Result<std::optional<QByteArray>>>(
        [&](QObject *context, auto done) { store.read(key, context, std::move(done)); });
    if (!answer)
        return makeError(ErrorCode::KeychainFailed, key, QStringLiteral("no answer"));
    return *answer;
}

inline Status writeSecret(SecretStore &store, const QString &key, const QByteArray &secret)
{
    auto answer = waitForAnswer<Status>(
        [&](QObject *context, auto done) { store.write(key, secret, context, std::move(done)); });
    return answer ? *answer : Status(makeError(ErrorCode::KeychainFailed, key, QStringLiteral("no answer")));
}

inline Status removeSecret(SecretStore &store, const QString &key)
{
    auto answer = waitForAnswer<Status>(
        [&](QObject *context, auto done) { store.remove(key, context, std::move(done)); });
    return answer ? *answer : Status(makeError(ErrorCode::KeychainFailed, key, QStringLiteral("no answer")));
}

inline Result<Ed25519Key> registerKey(SecretStore &store, Database &db)
{
    auto answer = waitForAnswer<Result<Ed25519Key>>(
        [&](QObject *context, auto done) { loadOrCreateRegisterKey(store, db, context, std::move(done)); });
    if (!answer)
        return makeError(ErrorCode::KeychainFailed, QString(), QStringLiteral("no answer"));
    return *answer;
}

} // namespace comptoir
