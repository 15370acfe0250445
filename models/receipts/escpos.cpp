// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/escpos.h"

#include <array>
#include <initializer_list>

namespace comptoir {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char LF = 0x0A;

// The Unicode code point of each byte 0x80–0xFF in code page 858 (850 with € at 0xD5).
constexpr std::array<char16_t, 128> Cp858High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C,
    0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6,
    0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

// Characters CP858 lacks, written with the nearest ones it has.
QString transliterate(QChar c)
{
    switch (c.unicode()) {
    case 0x0152: // Œ
        return QStringLiteral("OE");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x0178: // Ÿ
        return QStringLiteral("Y");
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return QStringLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
        return QStringLiteral("\"");
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return QStringLiteral("-");
    case 0x2026:
        return QStringLiteral("...");
    case 0x2009:
    case 0x2002:
    case 0x2003:
        return QStringLiteral(" ");
    case 0x202F: // narrow no-break space (French digit grouping)
        return QString(QChar(0x00A0));
    default:
        return QString();
    }
}

// Bytes from small integers (commands and their arguments).
QByteArray seq(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (const int value : values)
        out.append(static_cast<char>(value));
    return out;
}

char encodeChar(char16_t unicode)
{
    if (unicode < 0x80)
        return char(unicode);
    for (std::size_t i = 0; i < Cp858High.size(); ++i) {
        if (Cp858High[i] == unicode)
            return char(0x80 + i);
    }
    return '?';
}

} // namespace

QByteArray EscPosEncoder::toCp858(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n')) {
            out.append(' ');
            continue;
        }
        const QString replacement = transliterate(c);
        if (replacement.isEmpty()) {
            out.append(encodeChar(c.unicode()));
        } else {
            for (const QChar r : replacement)
                out.append(encodeChar(r.unicode()));
        }
    }
    return out;
}

QString EscPosEncoder::fromCp858(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        out += value < 0x80 ? QChar(char16_t(value)) : QChar(Cp858High[value - 0x80]);
    }
    return out;
}

QByteArray EscPosEncoder::codePageSequence()
{
    return seq({ESC, 't', 19});
}

QByteArray EscPosEncoder::drawerKickSequence()
{
    // Pin 2, 25 × 2 ms on, 250 × 2 ms off.
    return seq({ESC, 'p', 0, 25, 250});
}

QByteArray EscPosEncoder::partialCutSequence()
{
    return seq({GS, 'V', 66, 0});
}

EscPosEncoder &EscPosEncoder::initialize()
{
    m_bytes.append(seq({ESC, '@'}));
    return selectCodePage();
}

EscPosEncoder &EscPosEncoder::selectCodePage()
{
    m_bytes.append(codePageSequence());
    return *this;
}

EscPosEncoder &EscPosEncoder::bold(bool on)
{
    m_bytes.append(seq({ESC, 'E', on ? 1 : 0}));
    return *this;
}

EscPosEncoder &EscPosEncoder::doubleSize(bool on)
{
    m_bytes.append(seq({GS, '!', on ? 0x11 : 0x00}));
    return *this;
}

EscPosEncoder &EscPosEncoder::align(Alignment alignment)
{
    m_bytes.append(seq({ESC, 'a', static_cast<int>(alignment)}));
    return *this;
}

EscPosEncoder &EscPosEncoder::text(const QString &text)
{
    m_bytes.append(toCp858(text));
    return *this;
}

EscPosEncoder &EscPosEncoder::lineFeed(int count)
{
    for (int i = 0; i < count; ++i)
        m_bytes.append(LF);
    return *this;
}

EscPosEncoder &EscPosEncoder::code128(const QString &payload)
{
    // Code set B ("{B"); a literal '{' is written "{{". Only printable ASCII is allowed.
    QByteArray data("{B");
    for (const QChar c : payload) {
        const char16_t u = c.unicode();
        const char ascii = (u >= 0x20 && u < 0x7F) ? char(u) : '?';
        data.append(ascii);
        if (ascii == '{')
            data.append('{');
    }
    if (data.size() > 255)
        data.truncate(255);
    m_bytes.append(seq({GS, 'H', 2})); // HRI characters below the bars
    m_bytes.append(seq({GS, 'h', 80})); // height in dots
    m_bytes.append(seq({GS, 'w', 2})); // module width
    m_bytes.append(seq({GS, 'k', 73, int(data.size())}));
    m_bytes.append(data);
    return *this;
}

bool EscPosEncoder::canEan13(const QString &digits)
{
    if (digits.size() != 12 && digits.size() != 13)
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

EscPosEncoder &EscPosEncoder::ean13(const QString &digits)
{
    if (!canEan13(digits))
        return *this;
    m_bytes.append(seq({GS, 'H', 2})); // HRI characters below the bars
    m_bytes.append(seq({GS, 'h', 80})); // height in dots
    m_bytes.append(seq({GS, 'w', 3})); // module width: 0,375 mm at 203 dpi, near EAN-13's nominal
    m_bytes.append(seq({GS, 'k', 67, int(digits.size())}));
    m_bytes.append(digits.toLatin1());
    return *this;
}

EscPosEncoder &EscPosEncoder::partialCut()
{
    m_bytes.append(partialCutSequence());
    return *this;
}

EscPosEncoder &EscPosEncoder::kickDrawer()
{
    m_bytes.append(drawerKickSequence());
    return *this;
}

QByteArray EscPosEncoder::encode(const QList<ReceiptLine> &lines, const EscPosOptions &options)
{
    EscPosEncoder encoder;
    encoder.initialize();
    if (options.openDrawer)
        encoder.kickDrawer();
    bool isBold = false;
    bool isLarge = false;
    Alignment alignment = Alignment::Left;
    for (const ReceiptLine &line : lines) {
        const Alignment wanted
            = line.style.testFlag(ReceiptLine::Centered) ? Alignment::Center : Alignment::Left;
        if (wanted != alignment) {
            encoder.align(wanted);
            alignment = wanted;
        }
        if (line.style.testFlag(ReceiptLine::Bold) != isBold) {
            isBold = !isBold;
            encoder.bold(isBold);
        }
        if (line.style.testFlag(ReceiptLine::Large) != isLarge) {
            isLarge = !isLarge;
            encoder.doubleSize(isLarge);
        }
        encoder.text(line.text).lineFeed();
    }
    if (isBold)
        encoder.bold(false);
    if (isLarge)
        encoder.doubleSize(false);
    if (!options.barcode.isEmpty()) {
        encoder.align(Alignment::Center).lineFeed().code128(options.barcode).lineFeed();
        alignment = Alignment::Center;
    }
    if (alignment != Alignment::Left)
        encoder.align(Alignment::Left);
    encoder.lineFeed(2);
    if (options.cut)
        encoder.partialCut();
    return encoder.bytes();
}

QString EscPosEncoder::decode(const QByteArray &bytes)
{
    QByteArray text;
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    auto skip = [&](qsizetype count) {
        i = qMin(size, i + count);
    };
    while (i < size) {
        const char byte = bytes.at(i++);
        if (byte == ESC && i < size) {
            const char command = bytes.at(i++);
            switch (command) {
            case '@':
                break;
            case 'p':
                skip(3);
                break;
            default: // t, E, a, d, !, -, J and the other one-argument commands
                skip(1);
                break;
            }
        } else if (byte == GS && i < size) {
            const char command = bytes.at(i++);
            if (command == 'V') {
                const char mode = i < size ? bytes.at(i++) : 0;
                if (mode == 65 || mode == 66)
                    skip(1);
            } else if (command == 'k') {
                const char symbology = i < size ? bytes.at(i++) : 0;
                QByteArray data;
                if (static_cast<unsigned char>(symbology) <= 6) {
                    while (i < size && bytes.at(i) != 0)
                        data.append(bytes.at(i++));
                    skip(1);
                } else {
                    const int length = i < size ? static_cast<unsigned char>(bytes.at(i++)) : 0;
                    data = bytes.mid(i, length);
                    skip(length);
                    if (data.startsWith('{') && data.size() >= 2)
                        data = data.mid(2);
                    data.replace("{{", "{");
                }
                text.append(data);
                text.append(LF);
            } else {
                skip(1); // !, H, h, w, f
            }
        } else if (byte == LF) {
            text.append(LF);
        } else if (static_cast<unsigned char>(byte) >= 0x20) {
            text.append(byte);
        }
    }
    return fromCp858(text);
}

} // namespace comptoir
