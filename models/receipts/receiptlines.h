// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/receipts/receipt.h"
#include "models/sales/ticket.h"

#include <QList>
#include <QString>

// Building blocks of printed layouts (receipts, Z reports): lines no wider than the paper.
namespace comptoir::receiptlines {

constexpr int MinimumColumns = 16;

ReceiptLine line(const QString &text, ReceiptLine::Styles style = ReceiptLine::Normal);
// The text cut into lines of at most width characters.
void addWrapped(QList<ReceiptLine> &out, const QString &text, int width,
                ReceiptLine::Styles style = ReceiptLine::Normal);
// `left` and `right` on one line, `right` flush with the margin; `left` wraps when both do not fit.
void addLeftRight(QList<ReceiptLine> &out, const QString &left, const QString &right, int width,
                  ReceiptLine::Styles style = ReceiptLine::Normal);
// A rule across the paper.
void addSeparator(QList<ReceiptLine> &out, int width);
// "Cash", "Card"… as printed (context "Receipt").
QString paymentMethodName(PaymentMethod method);
// "A 20 %" — "base" — "VAT", in three columns.
QString vatRow(const QString &first, const QString &second, const QString &third, int width);

} // namespace comptoir::receiptlines
