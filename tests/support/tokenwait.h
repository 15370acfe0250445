// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The device token as a test reads or forgets it: Enrollment's asynchronous calls, waited for
// with the test's own wait (secretwait.h).
#include "secretwait.h"
#include "sync/enrolment/enrollment.h"

namespace comptoir {

inline Result<QByteArray> tokenOf(SecretStore &store, const QString &deviceId, int timeoutMs = 15000)
{
    auto answer = waitForAnswer<Result<QByteArray>>(
        [&](QObject *context, auto done) { Enrollment::token(store, deviceId, context, std::move(done)); },
        timeoutMs);
    if (!answer)
        return makeError(ErrorCode::KeychainFailed, deviceId, QStringLiteral("no answer"));
    return *answer;
}

inline Status forgetTokenOf(SecretStore &store, const QString &deviceId)
{
    auto answer = waitForAnswer<Status>([&](QObject *context, auto done) {
        Enrollment::forgetToken(store, deviceId, context, std::move(done));
    });
    return answer ? *answer
                  : Status(makeError(ErrorCode::KeychainFailed, deviceId, QStringLiteral("no answer")));
}

} // namespace comptoir
