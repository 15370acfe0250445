// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tillbench.h"

#include "models/catalogue/catalogue.h"
#include "models/sales/cartmodel.h"
#include "models/sales/salejournal.h"

namespace comptoir::bench {

namespace {

qint64 variantOf(Catalogue &catalogue, const QString &code)
{
    auto found = catalogue.findVariantByCode(code);
    if (!found)
        fail(QStringLiteral("findVariantByCode"), found.error());
    if (!found.value())
        fail(QStringLiteral("findVariantByCode"), makeError(ErrorCode::NotFound, code));
    return *found.value();
}

} // namespace

Figure measureScanToLine(Catalogue &catalogue, const QStringList &codes, QRandomGenerator &random)
{
    constexpr int Scans = 1000;
    constexpr int LinesPerTicket = 20; // a busy basket; the cart starts again after it
    CartModel cart(catalogue);
    QList<double> samples;
    samples.reserve(Scans);
    for (int i = 0; i < Scans; ++i) {
        if (i % LinesPerTicket == 0)
            cart.clear();
        const QString code = codes.at(random.bounded(static_cast<int>(codes.size())));
        QElapsedTimer timer;
        timer.start();
        const qint64 variantId = variantOf(catalogue, code);
        auto row = cart.addVariant(variantId);
        if (!row)
            fail(QStringLiteral("addVariant"), row.error());
        // What the view reads back of the changed line and the total.
        const QModelIndex index = cart.index(*row, CartModel::AmountColumn);
        if (!cart.data(index, Qt::DisplayRole).isValid() || cart.totalCents() < 0)
            fail(QStringLiteral("cart"), makeError(ErrorCode::NotFound, code));
        samples.append(elapsedMs(timer));
    }
    return summarise(samples);
}

Figure measureSaleCommit(Catalogue &catalogue, SaleJournal &journal, qint64 operatorId,
                         const QStringList &codes, QRandomGenerator &random)
{
    constexpr int Sales = 200;
    CartModel cart(catalogue);
    QList<double> samples;
    samples.reserve(Sales);
    for (int i = 0; i < Sales; ++i) {
        cart.clear();
        for (int line = 0; line < 3; ++line) {
            const QString code = codes.at(random.bounded(static_cast<int>(codes.size())));
            if (auto row = cart.addVariant(variantOf(catalogue, code)); !row)
                fail(QStringLiteral("addVariant"), row.error());
        }
        SaleDraft draft = cart.draft(operatorId);
        draft.payments = {Payment {PaymentMethod::Cash, cart.totalCents(), {}}};
        QElapsedTimer timer;
        timer.start();
        auto ticket = journal.commitSale(draft);
        const double ms = elapsedMs(timer);
        if (!ticket)
            fail(QStringLiteral("commitSale"), ticket.error());
        samples.append(ms);
    }
    return summarise(samples);
}

} // namespace comptoir::bench
