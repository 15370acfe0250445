// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staff/operators.h"

#include <QObject>

#include <optional>

namespace comptoir {

// Who is at the till now. Created in app/ and handed to the pages that need it; the lock
// screen signs an operator in, inactivity or "lock" signs them out.
class OperatorSession : public QObject
{
    Q_OBJECT

public:
    explicit OperatorSession(QObject *parent = nullptr) : QObject(parent) { }

    const std::optional<OperatorInfo> &current() const { return m_current; }
    bool isSignedIn() const { return m_current.has_value(); }

    void signIn(const OperatorInfo &info)
    {
        m_current = info;
        Q_EMIT changed();
    }
    void signOut()
    {
        if (!m_current)
            return;
        m_current.reset();
        Q_EMIT changed();
    }

Q_SIGNALS:
    void changed();

private:
    std::optional<OperatorInfo> m_current;
};

} // namespace comptoir
