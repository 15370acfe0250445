// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/receipts/receipt.h"
#include "models/sales/ticket.h"

#include <QDateTime>

namespace comptoir {

// An Orléans grocery and the sale the receipt tests print: three lines at two VAT rates
// (5,5 % and 20 %), a 10 % line discount, a ticket discount, card and cash with change.
inline ShopIdentity sampleShop()
{
    return ShopIdentity {QStringLiteral("Épicerie du Martroi"),
                         QStringLiteral("12 place du Martroi\n45000 Orléans"),
                         QStringLiteral("123 456 789 00012"), QStringLiteral("FR12123456789")};
}

inline Ticket sampleTicket()
{
    Ticket ticket;
    ticket.id = 7;
    ticket.registerId = QStringLiteral("R1");
    ticket.number = 42;
    ticket.kind = TicketKind::Sale;
    ticket.operatorId = 3;
    ticket.operatorName = QStringLiteral("Alice");
    ticket.businessDay = QStringLiteral("2026-11-27");
    ticket.closedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 5, 9), Qt::UTC);

    TicketLine jam;
    jam.label = QStringLiteral("Confiture d'abricots");
    jam.quantity = 2;
    jam.unitPriceCents = 450;
    jam.vatRateBp = 550;
    jam.ticketDiscountCents = 26;
    jam.totalCents = 874;
    TicketLine bread;
    bread.label = QStringLiteral("Pain au levain");
    bread.quantity = 1;
    bread.unitPriceCents = 320;
    bread.vatRateBp = 550;
    bread.ticketDiscountCents = 9;
    bread.totalCents = 311;
    TicketLine apron;
    apron.label = QStringLiteral("Tablier en lin brodé");
    apron.quantity = 1;
    apron.unitPriceCents = 2500;
    apron.vatRateBp = 2000;
    apron.discountCents = 250;
    apron.discountPercentBp = 1000;
    apron.ticketDiscountCents = 65;
    apron.totalCents = 2185;
    ticket.lines = {jam, bread, apron};

    ticket.discountCents = 100;
    ticket.totalCents = 3370;
    ticket.vat = {VatAmount {2000, 1821, 364}, VatAmount {550, 1123, 62}};
    ticket.payments
        = {Payment {PaymentMethod::Card, 2000, QString()}, Payment {PaymentMethod::Cash, 1370, QString()}};
    ticket.tenderedCents = 1500;
    ticket.changeCents = 130;
    return ticket;
}

} // namespace comptoir
