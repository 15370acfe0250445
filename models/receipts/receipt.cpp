// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/receipt.h"

#include "models/money.h"
#include "models/receipts/receiptlines.h"
#include "models/sales/returncode.h"
#include "models/vatrate.h"

#include <QCoreApplication>

namespace comptoir {

using namespace receiptlines;

namespace {

void addHeader(QList<ReceiptLine> &out, const ShopIdentity &shop, const Ticket &ticket,
               const ReceiptOptions &options, int width)
{
    if (!shop.name.trimmed().isEmpty()) {
        addWrapped(out, shop.name.trimmed(), width / 2,
                   ReceiptLine::Large | ReceiptLine::Bold | ReceiptLine::Centered);
    }
    const QStringList addressLines = shop.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &address : addressLines)
        addWrapped(out, address.trimmed(), width, ReceiptLine::Centered);
    if (!shop.siret.trimmed().isEmpty()) {
        addWrapped(out, QCoreApplication::translate("Receipt", "SIRET: %1").arg(shop.siret.trimmed()), width,
                   ReceiptLine::Centered);
    }
    if (!shop.vatNumber.trimmed().isEmpty()) {
        addWrapped(out,
                   QCoreApplication::translate("Receipt", "VAT number: %1").arg(shop.vatNumber.trimmed()),
                   width, ReceiptLine::Centered);
    }
    addSeparator(out, width);

    if (ticket.kind == TicketKind::Refund) {
        addWrapped(out, QCoreApplication::translate("Receipt", "REFUND"), width / 2,
                   ReceiptLine::Large | ReceiptLine::Bold | ReceiptLine::Centered);
        const QString original = options.originalTicketNumber
            ? QCoreApplication::translate("Receipt", "Refund of ticket no. %1")
                  .arg(options.locale.toString(*options.originalTicketNumber))
            : QCoreApplication::translate("Receipt", "Refund of ticket ID %1")
                  .arg(options.locale.toString(ticket.originalTicketId.value_or(0)));
        addWrapped(out, original, width, ReceiptLine::Bold | ReceiptLine::Centered);
    }

    const QDateTime local = ticket.closedAt.toTimeZone(options.timeZone);
    const QString when = options.locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
    addLeftRight(
        out,
        QCoreApplication::translate("Receipt", "Ticket no. %1").arg(options.locale.toString(ticket.number)),
        when, width);
    const QString till = shop.tillName.trimmed().isEmpty() ? ticket.registerId : shop.tillName.trimmed();
    addWrapped(out, QCoreApplication::translate("Receipt", "Register: %1").arg(till), width,
               ReceiptLine::Normal);
    addWrapped(out, QCoreApplication::translate("Receipt", "Operator: %1").arg(ticket.operatorName), width,
               ReceiptLine::Normal);
    addSeparator(out, width);
}

void addLines(QList<ReceiptLine> &out, const Ticket &ticket, const ReceiptOptions &options, int width)
{
    const QLocale &locale = options.locale;
    for (const TicketLine &ticketLine : ticket.lines) {
        addWrapped(out, ticketLine.label.simplified(), width, ReceiptLine::Normal);
        const QString detail = QStringLiteral("  %1 x %2")
                                   .arg(locale.toString(ticketLine.quantity),
                                        Money::format(ticketLine.unitPriceCents, locale));
        const qint64 gross = ticketLine.quantity * ticketLine.unitPriceCents;
        addLeftRight(out, detail,
                     Money::format(gross, locale) + QLatin1Char(' ') + Receipt::vatCode(ticketLine.vatRateBp),
                     width);
        if (ticketLine.discountCents != 0) {
            QString label = QStringLiteral("  ") + QCoreApplication::translate("Receipt", "Discount");
            if (ticketLine.discountPercentBp != 0)
                label += QLatin1Char(' ') + Money::formatRate(ticketLine.discountPercentBp, locale);
            addLeftRight(out, label, Money::format(-ticketLine.discountCents, locale) + QStringLiteral("  "),
                         width);
        }
    }
    addSeparator(out, width);
}

void addTotals(QList<ReceiptLine> &out, const Ticket &ticket, const ReceiptOptions &options, int width)
{
    const QLocale &locale = options.locale;
    if (ticket.discountCents != 0) {
        // The lines' totals carry their share of the ticket discount: add it back.
        const qint64 subtotal = ticket.totalCents + ticket.discountCents;
        addLeftRight(out, QCoreApplication::translate("Receipt", "Subtotal"), Money::format(subtotal, locale),
                     width);
        QString label = QCoreApplication::translate("Receipt", "Ticket discount");
        if (ticket.discountPercentBp != 0)
            label += QLatin1Char(' ') + Money::formatRate(ticket.discountPercentBp, locale);
        addLeftRight(out, label, Money::format(-ticket.discountCents, locale), width);
    }
    addLeftRight(out, QCoreApplication::translate("Receipt", "TOTAL incl. VAT"),
                 Money::format(ticket.totalCents, locale), width, ReceiptLine::Bold);

    if (!ticket.vat.isEmpty()) {
        out.append(line(vatRow(QCoreApplication::translate("Receipt", "VAT rate"),
                               QCoreApplication::translate("Receipt", "Excl. VAT"),
                               QCoreApplication::translate("Receipt", "VAT"), width)));
        qint64 totalBase = 0;
        qint64 totalVat = 0;
        for (const VatAmount &vat : ticket.vat) {
            out.append(line(vatRow(
                Receipt::vatCode(vat.vatRateBp) + QLatin1Char(' ') + Money::formatRate(vat.vatRateBp, locale),
                Money::formatPlain(vat.baseCents, locale), Money::formatPlain(vat.vatCents, locale), width)));
            totalBase += vat.baseCents;
            totalVat += vat.vatCents;
        }
        addLeftRight(out, QCoreApplication::translate("Receipt", "Total excl. VAT"),
                     Money::format(totalBase, locale), width);
        addLeftRight(out, QCoreApplication::translate("Receipt", "Total VAT"),
                     Money::format(totalVat, locale), width);
    }
    addSeparator(out, width);
}

void addPayments(QList<ReceiptLine> &out, const Ticket &ticket, const ReceiptOptions &options, int width)
{
    const QLocale &locale = options.locale;
    bool cash = false;
    for (const Payment &payment : ticket.payments) {
        QString name = paymentMethodName(payment.method);
        if (!payment.reference.trimmed().isEmpty())
            name += QLatin1Char(' ') + payment.reference.trimmed();
        addLeftRight(out, name, Money::format(payment.amountCents, locale), width);
        cash = cash || payment.method == PaymentMethod::Cash;
    }
    if (ticket.tenderedCents != 0) {
        addLeftRight(out, QCoreApplication::translate("Receipt", "Cash tendered"),
                     Money::format(ticket.tenderedCents, locale), width);
    }
    if (cash || ticket.changeCents != 0) {
        addLeftRight(out, QCoreApplication::translate("Receipt", "Change given"),
                     Money::format(ticket.changeCents, locale), width, ReceiptLine::Bold);
    }
    addSeparator(out, width);
}

} // namespace

QList<ReceiptLine> Receipt::layout(const ShopIdentity &shop, const Ticket &ticket,
                                   const ReceiptOptions &options)
{
    const int width = qMax(options.columns, MinimumColumns);
    QList<ReceiptLine> out;
    addHeader(out, shop, ticket, options, width);
    addLines(out, ticket, options, width);
    addTotals(out, ticket, options, width);
    addPayments(out, ticket, options, width);

    const QString copy = options.duplicateNumber > 0
        ? QCoreApplication::translate("Receipt", "DUPLICATE %1")
              .arg(options.locale.toString(options.duplicateNumber))
        : QCoreApplication::translate("Receipt", "ORIGINAL");
    addWrapped(out, copy, width, ReceiptLine::Bold | ReceiptLine::Centered);
    // The fiscal block: how many lines the ticket has, the software, the signature's excerpt.
    QString fiscal = QCoreApplication::translate("Receipt", "Lines: %1")
                         .arg(options.locale.toString(ticket.lines.size()));
    if (!options.software.isEmpty())
        fiscal += QStringLiteral(" - ") + options.software;
    addWrapped(out, fiscal, width, ReceiptLine::Centered);
    if (!options.signatureExcerpt.isEmpty()) {
        addWrapped(out, QCoreApplication::translate("Receipt", "Signature: %1").arg(options.signatureExcerpt),
                   width, ReceiptLine::Centered);
    }
    if (ticket.kind == TicketKind::Sale) {
        addWrapped(
            out, QCoreApplication::translate("Receipt", "Return code: %1").arg(ReturnCode::forTicket(ticket)),
            width, ReceiptLine::Centered);
    }
    return out;
}

QString Receipt::plainText(const QList<ReceiptLine> &lines, int columns)
{
    QStringList rows;
    rows.reserve(lines.size());
    for (const ReceiptLine &receiptLine : lines) {
        if (receiptLine.style.testFlag(ReceiptLine::Centered) && receiptLine.text.size() < columns) {
            const int padding = (columns - int(receiptLine.text.size())) / 2;
            rows.append(QString(padding, QLatin1Char(' ')) + receiptLine.text);
        } else {
            rows.append(receiptLine.text);
        }
    }
    return rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Receipt::plainText(const ShopIdentity &shop, const Ticket &ticket, const ReceiptOptions &options)
{
    return plainText(layout(shop, ticket, options), qMax(options.columns, MinimumColumns));
}

QString Receipt::vatCode(int vatRateBp)
{
    const QList<int> rates = VatRate::all();
    const qsizetype index = rates.indexOf(vatRateBp);
    if (index < 0)
        return QStringLiteral("X");
    return QString(QChar(char16_t(u'A' + index)));
}

QStringList Receipt::wrap(const QString &text, int width)
{
    QStringList out;
    if (width <= 0)
        return out;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString current;
    for (QString word : words) {
        while (word.size() > width) {
            if (!current.isEmpty()) {
                out.append(current);
                current.clear();
            }
            out.append(word.left(width));
            word = word.mid(width);
        }
        if (current.isEmpty())
            current = word;
        else if (current.size() + 1 + word.size() <= width)
            current += QLatin1Char(' ') + word;
        else {
            out.append(current);
            current = word;
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace comptoir
