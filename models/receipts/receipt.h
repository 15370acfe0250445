// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"

#include <QFlags>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace comptoir {

// Who the receipt is from: the legal mentions printed at its head.
struct ShopIdentity
{
    QString name;
    QString address; // may hold several lines separated by '\n'
    QString siret;
    QString vatNumber;
    // This till's name as the shop chose it ("Till 1"), printed instead of the register's id;
    // empty: the register's id is printed.
    QString tillName {};
};

struct ReceiptOptions
{
    int columns = 48; // characters per line: 48 on 80 mm paper, 32 on 58 mm
    int duplicateNumber = 0; // 0 = ORIGINAL, n = DUPLICATE n (a reprint)
    // Refunds: the number of the ticket refunded, as printed on it (Ticket only holds its id).
    std::optional<qint64> originalTicketNumber;
    QString signatureExcerpt; // the fiscal block's signature excerpt, printed when set
    QString software; // the fiscal block's software and version ("Comptoir 0.1.0"), printed when set
    QLocale locale; // amounts and dates
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // times printed: the shop's (ShopSettings::timeZone)
};

// One printed line. Its text never exceeds the receipt's width (half of it when Large).
struct ReceiptLine
{
    enum Style {
        Normal = 0x0,
        Bold = 0x1,
        Large = 0x2, // double width and height
        Centered = 0x4,
        Separator = 0x8, // a rule across the paper (text holds dashes)
    };
    Q_DECLARE_FLAGS(Styles, Style)

    QString text;
    Styles style = Normal;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReceiptLine::Styles)

// The content of a paper (or PDF) receipt for a validated ticket, with the French legal
// mentions: shop identity, ticket number, date and time, the till's name, operator, lines with
// their VAT code, discounts, totals, VAT breakdown, payments, change, ORIGINAL/DUPLICATE.
class Receipt
{
public:
    static QList<ReceiptLine> layout(const ShopIdentity &shop, const Ticket &ticket,
                                     const ReceiptOptions &options = {});
    // The lines joined by '\n', centred lines padded to the width.
    static QString plainText(const QList<ReceiptLine> &lines, int columns = 48);
    static QString plainText(const ShopIdentity &shop, const Ticket &ticket,
                             const ReceiptOptions &options = {});

    // "A" for 20 %, "B" for 10 %, "C" for 5,5 %, "D" for 2,1 %; further letters otherwise.
    static QString vatCode(int vatRateBp);

    // Words cut to lines of at most `width` characters (a word longer than that is split).
    static QStringList wrap(const QString &text, int width);
};

} // namespace comptoir
