// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/receipts/receipt.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace comptoir {

struct EscPosOptions
{
    bool openDrawer = false; // kick the cash drawer connected to the printer
    bool cut = true; // partial cut after the receipt
    QString barcode; // a Code 128 barcode printed after the lines (HRI below) when set
};

// The bytes an ESC/POS thermal printer (Epson TM-T20 and its many clones, 58 or 80 mm) prints.
// Pure encoding, no I/O. Text is sent in code page PC858 (Western European with €).
class EscPosEncoder
{
public:
    enum class Alignment { Left = 0, Center = 1, Right = 2 };

    EscPosEncoder &initialize(); // ESC @, then ESC t 19 (PC858)
    EscPosEncoder &selectCodePage(); // ESC t 19
    EscPosEncoder &bold(bool on); // ESC E n
    EscPosEncoder &doubleSize(bool on); // GS ! n
    EscPosEncoder &align(Alignment alignment); // ESC a n
    EscPosEncoder &text(const QString &text); // CP858, unknown characters as '?'
    EscPosEncoder &lineFeed(int count = 1);
    EscPosEncoder &code128(const QString &payload); // GS k 73, HRI below; ASCII 32–126 only
    // GS k 67 (EAN-13), HRI below: 12 or 13 digits (the printer adds or checks the check digit).
    // Anything else is not sent (false from canEan13).
    EscPosEncoder &ean13(const QString &digits);
    static bool canEan13(const QString &digits);
    EscPosEncoder &partialCut(); // feed, then GS V 66 0
    EscPosEncoder &kickDrawer(); // ESC p 0 25 250

    QByteArray bytes() const { return m_bytes; }

    static QByteArray encode(const QList<ReceiptLine> &lines, const EscPosOptions &options = {});

    // Unicode → CP858 and back. Characters CP858 lacks are transliterated when there is an
    // obvious equivalent (œ → oe, ’ → ') and become '?' otherwise.
    static QByteArray toCp858(const QString &text);
    static QString fromCp858(const QByteArray &bytes);
    // The printable text of an ESC/POS stream (CP858 → Unicode), commands skipped; a barcode
    // appears as its payload on a line of its own.
    static QString decode(const QByteArray &bytes);

    // Sequences, for tests and callers that scan a stream.
    static QByteArray drawerKickSequence();
    static QByteArray partialCutSequence();
    static QByteArray codePageSequence();

private:
    QByteArray m_bytes;
};

} // namespace comptoir
