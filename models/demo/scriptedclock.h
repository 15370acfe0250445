// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/clock.h"

#include <QDateTime>

namespace comptoir {

// A clock that shows the time it is set to, for writing a scripted history (the demo shop's
// past weeks) through the real code paths. Not for a real till.
class ScriptedClock final : public Clock
{
public:
    explicit ScriptedClock(QDateTime start) : m_now(start.toUTC()) { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace comptoir
