// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/spreadsheet/textencoding.h"

#include <QStringDecoder>

#include <array>
#include <optional>

namespace comptoir {

namespace {

// Windows-1252's bytes 0x80–0x9F (0 where it defines none: read as Latin-1's control character).
constexpr std::array<char16_t, 32> Cp1252High {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString decodeCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte <= 0x9F && Cp1252High.at(byte - 0x80) != 0)
            text.append(QChar(Cp1252High.at(byte - 0x80)));
        else
            text.append(QChar(static_cast<char16_t>(byte)));
    }
    return text;
}

// The byte a character stands for when UTF-8 was misread as Windows-1252 (or Latin-1).
std::optional<unsigned char> misreadByte(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80 && u <= 0xFF)
        return static_cast<unsigned char>(u);
    for (std::size_t i = 0; i < Cp1252High.size(); ++i) {
        if (Cp1252High.at(i) == u && u != 0)
            return static_cast<unsigned char>(0x80 + i);
    }
    return std::nullopt;
}

bool isContinuation(std::optional<unsigned char> byte)
{
    return byte && *byte >= 0x80 && *byte <= 0xBF;
}

QString wordAround(const QString &text, qsizetype at)
{
    qsizetype begin = at;
    while (begin > 0 && !text.at(begin - 1).isSpace() && text.at(begin - 1) != u';'
           && text.at(begin - 1) != u',' && at - begin < 20)
        --begin;
    qsizetype end = at;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u';' && text.at(end) != u','
           && end - at < 20)
        ++end;
    return text.mid(begin, end - begin);
}

} // namespace

DecodedText TextEncoding::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(bytes.mid(3)), QStringLiteral("UTF-8 (BOM)")};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    return {decodeCp1252(bytes), QStringLiteral("Windows-1252")};
}

QString TextEncoding::mojibake(const QString &text)
{
    // A UTF-8 lead byte misread, followed by its continuation bytes misread: Ã (C3) and Â (C2) start
    // the two-byte forms of French letters and signs, â (E2) the three-byte ones (€, ’, «…).
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0xC3 || u == 0xC2) {
            if (isContinuation(misreadByte(text.at(i + 1))))
                return wordAround(text, i);
        } else if (u == 0xE2 && i + 2 < text.size()) {
            if (isContinuation(misreadByte(text.at(i + 1))) && isContinuation(misreadByte(text.at(i + 2))))
                return wordAround(text, i);
        }
    }
    return {};
}

} // namespace comptoir
