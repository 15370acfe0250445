// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/uuidv7.h"

#include "models/clock.h"

#include <QDateTime>

#include <array>

namespace comptoir {

namespace {

constexpr quint16 CounterMax = 0x0FFF;
constexpr quint16 CounterStartLimit = 0x0800; // leaves room for at least 2048 ids per millisecond

QRandomGenerator seededGenerator()
{
    std::array<quint32, 8> seed {};
    QRandomGenerator::system()->fillRange(seed.data(), seed.size());
    return QRandomGenerator(seed.data(), static_cast<qsizetype>(seed.size()));
}

} // namespace

UuidV7Generator::UuidV7Generator(const Clock &clock) : m_clock(clock), m_random(seededGenerator()) { }

QString UuidV7Generator::next()
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (nowMs > m_lastMs) {
        m_lastMs = nowMs;
        m_counter = static_cast<quint16>(m_random.bounded(CounterStartLimit));
    } else if (m_counter < CounterMax) {
        // Same millisecond, or the clock went backwards: keep the last timestamp, count on.
        ++m_counter;
    } else {
        // Counter exhausted: borrow the next millisecond so ids stay strictly increasing.
        ++m_lastMs;
        m_counter = static_cast<quint16>(m_random.bounded(CounterStartLimit));
    }

    std::array<quint8, 16> bytes {};
    const quint64 ms = static_cast<quint64>(m_lastMs) & Q_UINT64_C(0xFFFFFFFFFFFF);
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<quint8>(0x70 | ((m_counter >> 8) & 0x0F));
    bytes[7] = static_cast<quint8>(m_counter & 0xFF);
    const quint64 randB = m_random.generate64();
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<size_t>(8 + i)] = static_cast<quint8>(randB >> (8 * (7 - i)));
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // variant 10

    static constexpr char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += QLatin1Char('-');
        text += QLatin1Char(hex[bytes[i] >> 4]);
        text += QLatin1Char(hex[bytes[i] & 0x0F]);
    }
    return text;
}

} // namespace comptoir
