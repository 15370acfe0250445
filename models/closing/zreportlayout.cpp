// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/closing/zreportlayout.h"

#include "models/closing/dayclosing.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/money.h"
#include "models/receipts/receiptlines.h"

#include <QCoreApplication>

namespace comptoir {

using namespace receiptlines;

namespace {

void addHeader(QList<ReceiptLine> &out, const ShopIdentity &shop, const Closure &closure,
               const ReceiptOptions &options, int width)
{
    const QLocale &locale = options.locale;
    if (!shop.name.trimmed().isEmpty())
        addWrapped(out, shop.name.trimmed(), width / 2,
                   ReceiptLine::Large | ReceiptLine::Bold | ReceiptLine::Centered);
    const QStringList addressLines = shop.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &address : addressLines)
        addWrapped(out, address.trimmed(), width, ReceiptLine::Centered);
    if (!shop.siret.trimmed().isEmpty())
        addWrapped(out, QCoreApplication::translate("Receipt", "SIRET: %1").arg(shop.siret.trimmed()), width,
                   ReceiptLine::Centered);
    if (!shop.vatNumber.trimmed().isEmpty())
        addWrapped(out,
                   QCoreApplication::translate("Receipt", "VAT number: %1").arg(shop.vatNumber.trimmed()),
                   width, ReceiptLine::Centered);
    addSeparator(out, width);

    addWrapped(out,
               QCoreApplication::translate("Receipt", "Z REPORT no. %1").arg(locale.toString(closure.number)),
               width / 2, ReceiptLine::Large | ReceiptLine::Bold | ReceiptLine::Centered);
    if (options.duplicateNumber > 0) {
        addWrapped(out,
                   QCoreApplication::translate("Receipt", "DUPLICATE %1")
                       .arg(locale.toString(options.duplicateNumber)),
                   width, ReceiptLine::Bold | ReceiptLine::Centered);
    }
    const QDate day = QDate::fromString(closure.totals.businessDay, Qt::ISODate);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Business day"),
                 day.isValid() ? locale.toString(day, QLocale::ShortFormat) : closure.totals.businessDay,
                 width);
    const QDateTime local = closure.closedAt.toTimeZone(options.timeZone); // the shop's time
    addLeftRight(out, QCoreApplication::translate("Receipt", "Closed at"),
                 locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                     + local.time().toString(QStringLiteral("HH:mm:ss")),
                 width);
    const QString till = shop.tillName.trimmed().isEmpty() ? closure.registerId : shop.tillName.trimmed();
    addWrapped(out, QCoreApplication::translate("Receipt", "Register: %1").arg(till), width);
    addWrapped(out, QCoreApplication::translate("Receipt", "Operator: %1").arg(closure.operatorName), width);
    const DayTotals &t = closure.totals;
    const QString tickets = t.firstTicketNumber && t.lastTicketNumber
        ? QCoreApplication::translate("Receipt", "%1 to %2")
              .arg(locale.toString(*t.firstTicketNumber), locale.toString(*t.lastTicketNumber))
        : QCoreApplication::translate("Receipt", "none");
    addLeftRight(out, QCoreApplication::translate("Receipt", "Tickets"), tickets, width);
    addSeparator(out, width);
}

void addTotals(QList<ReceiptLine> &out, const DayTotals &t, const ReceiptOptions &options, int width)
{
    const QLocale &locale = options.locale;
    addLeftRight(out, QCoreApplication::translate("Receipt", "Sales"), locale.toString(t.saleCount), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Refunds"), locale.toString(t.refundCount),
                 width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Cancelled tickets"),
                 locale.toString(t.cancelledCount), width);
    addSeparator(out, width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Sales total"),
                 Money::format(t.salesCents, locale), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Refunds total"),
                 Money::format(t.refundsCents, locale), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "TOTAL incl. VAT"),
                 Money::format(t.totalCents, locale), width, ReceiptLine::Bold);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Discounts given"),
                 Money::format(t.discountCents, locale), width);
    addSeparator(out, width);

    addWrapped(out, QCoreApplication::translate("Receipt", "Payments"), width, ReceiptLine::Bold);
    for (const MethodTotal &method : t.methods) {
        addLeftRight(out,
                     QCoreApplication::translate("Receipt", "%1 (%2)")
                         .arg(paymentMethodName(method.method), locale.toString(method.count)),
                     Money::format(method.amountCents, locale), width);
    }
    addSeparator(out, width);

    addWrapped(out, QCoreApplication::translate("Receipt", "VAT"), width, ReceiptLine::Bold);
    qint64 totalBase = 0;
    qint64 totalVat = 0;
    for (const VatAmount &vat : t.vat) {
        // Kept whole (wrapping would turn the rate's non-breaking space into a plain one): it is short.
        out.append(line(Receipt::vatCode(vat.vatRateBp) + QLatin1Char(' ')
                        + Money::formatRate(vat.vatRateBp, locale)));
        addLeftRight(out, QStringLiteral("  ") + QCoreApplication::translate("Receipt", "Excl. VAT"),
                     Money::format(vat.baseCents, locale), width);
        addLeftRight(out, QStringLiteral("  ") + QCoreApplication::translate("Receipt", "VAT"),
                     Money::format(vat.vatCents, locale), width);
        addLeftRight(out, QStringLiteral("  ") + QCoreApplication::translate("Receipt", "Incl. VAT"),
                     Money::format(vat.baseCents + vat.vatCents, locale), width);
        totalBase += vat.baseCents;
        totalVat += vat.vatCents;
    }
    addLeftRight(out, QCoreApplication::translate("Receipt", "Total excl. VAT"),
                 Money::format(totalBase, locale), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Total VAT"), Money::format(totalVat, locale),
                 width);
    addSeparator(out, width);
}

void addCash(QList<ReceiptLine> &out, const Closure &closure, const ReceiptOptions &options, int width)
{
    const QLocale &locale = options.locale;
    addLeftRight(out, QCoreApplication::translate("Receipt", "Cash float"),
                 Money::format(closure.totals.cashFloatCents, locale), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Cash expected"),
                 Money::format(closure.totals.cashExpectedCents, locale), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Cash counted"),
                 Money::format(closure.cashCountedCents, locale), width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Cash difference"),
                 Money::format(closure.cashDifferenceCents, locale), width, ReceiptLine::Bold);
    addSeparator(out, width);
    addLeftRight(out, QCoreApplication::translate("Receipt", "Grand total"),
                 Money::format(closure.grandTotalCents, locale), width, ReceiptLine::Bold);
}

} // namespace

QList<ReceiptLine> ZReportLayout::lines(const ShopIdentity &shop, const Closure &closure,
                                        const ReceiptOptions &options)
{
    const int width = qMax(options.columns, MinimumColumns);
    QList<ReceiptLine> out;
    addHeader(out, shop, closure, options, width);
    addTotals(out, closure.totals, options, width);
    addCash(out, closure, options, width);
    if (!options.signatureExcerpt.isEmpty()) {
        addWrapped(out, QCoreApplication::translate("Receipt", "Signature: %1").arg(options.signatureExcerpt),
                   width, ReceiptLine::Centered);
    }
    if (!closure.signingKey.isEmpty()) {
        // What an auditor pins to check the archives (journal verify --key): eight groups of four,
        // cut between groups on narrow paper.
        addSeparator(out, width);
        addWrapped(out, QCoreApplication::translate("Receipt", "Register key fingerprint"), width,
                   ReceiptLine::Centered);
        const QString fingerprint = KeyFingerprint::text(closure.signingKey);
        const qsizetype half = fingerprint.size() / 2; // the space between the 4th and 5th groups
        for (const QString &part : fingerprint.size() <= width
                 ? QStringList {fingerprint}
                 : QStringList {fingerprint.left(half), fingerprint.mid(half + 1)})
            addWrapped(out, part, width, ReceiptLine::Centered);
    }
    return out;
}

} // namespace comptoir
