// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace comptoir {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)" or "Windows-1252"
};

// The character sets a shop's CSV files come in (issue 14).
namespace TextEncoding {
// UTF-8 after a BOM (taken off); else UTF-8 when the bytes are valid UTF-8; else Windows-1252
// (every byte means something there: the five it leaves undefined are read as Latin-1).
DecodedText decode(const QByteArray &bytes);
// UTF-8 read as Windows-1252 or Latin-1 and saved again ("Ã©" for "é", "â‚¬" for "€"): the first
// word that shows it, or an empty string when the text shows none.
QString mojibake(const QString &text);
} // namespace TextEncoding

} // namespace comptoir
