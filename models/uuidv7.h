// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QtGlobal>

namespace comptoir {

class Clock;

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits. Ids made by one
// generator are strictly increasing (a 12-bit counter in rand_a within the same millisecond),
// so they sort by creation time. Lower-case, hyphenated text form.
class UuidV7Generator
{
public:
    explicit UuidV7Generator(const Clock &clock);
    QString next();

private:
    const Clock &m_clock;
    QRandomGenerator m_random;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

} // namespace comptoir
