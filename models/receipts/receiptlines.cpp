// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/receiptlines.h"

#include <QCoreApplication>

namespace comptoir::receiptlines {

ReceiptLine line(const QString &text, ReceiptLine::Styles style)
{
    return ReceiptLine {text, style};
}

// `left` and `right` on one line, `right` flush with the margin; `left` wraps when both do not fit.
void addLeftRight(QList<ReceiptLine> &out, const QString &left, const QString &right, int width,
                  ReceiptLine::Styles style)
{
    if (left.size() + 1 + right.size() <= width) {
        out.append(line(left + QString(width - left.size() - right.size(), QLatin1Char(' ')) + right, style));
        return;
    }
    QStringList parts = Receipt::wrap(left, width);
    if (parts.isEmpty())
        parts.append(QString());
    const QString last = parts.takeLast();
    for (const QString &part : std::as_const(parts))
        out.append(line(part, style));
    if (last.size() + 1 + right.size() <= width) {
        out.append(line(last + QString(width - last.size() - right.size(), QLatin1Char(' ')) + right, style));
    } else {
        out.append(line(last, style));
        const QString clipped = right.left(width);
        out.append(line(QString(width - clipped.size(), QLatin1Char(' ')) + clipped, style));
    }
}

void addWrapped(QList<ReceiptLine> &out, const QString &text, int width, ReceiptLine::Styles style)
{
    const QStringList parts = Receipt::wrap(text, width);
    for (const QString &part : parts)
        out.append(line(part, style));
}

void addSeparator(QList<ReceiptLine> &out, int width)
{
    out.append(line(QString(width, QLatin1Char('-')), ReceiptLine::Separator));
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("Receipt", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("Receipt", "Card");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("Receipt", "Cheque");
    case PaymentMethod::Voucher:
        return QCoreApplication::translate("Receipt", "Voucher");
    }
    return QString();
}

// "A 20 %" — "base" — "VAT", in three columns.
QString vatRow(const QString &first, const QString &second, const QString &third, int width)
{
    const int field = (width - 12) / 2;
    const int firstWidth = width - 2 * field;
    const QString a = first.left(firstWidth - 1).leftJustified(firstWidth);
    const QString b = second.left(field - 1).rightJustified(field);
    const QString c = third.left(field - 1).rightJustified(field);
    return a + b + c;
}

} // namespace comptoir::receiptlines
