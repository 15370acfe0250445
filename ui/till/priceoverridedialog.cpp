// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/priceoverridedialog.h"

#include "models/money.h"
#include "ui/errortext.h"

#include <QLineEdit>

namespace comptoir {

PriceOverrideDialog::PriceOverrideDialog(QWidget *parent)
    : EntryDialog(QStringLiteral("priceEdit"), {}, parent)
{
    setObjectName(QStringLiteral("priceOverrideDialog"));
    setWindowTitle(tr("Change the price"));
}

void PriceOverrideDialog::setLine(const QString &label, qint64 unitPriceCents)
{
    setPrompt(tr("New unit price of %1, VAT included (now %2):")
                  .arg(label, Money::format(unitPriceCents, locale())));
    field()->setText(Money::formatPlain(unitPriceCents, locale()));
    field()->selectAll();
}

void PriceOverrideDialog::accept()
{
    const QString text = field()->text().trimmed();
    const auto price = Money::parse(text, locale(), false, MoneyLimits::MaxUnitPriceCents);
    if (text.isEmpty() || !price) {
        // Past the bound (a barcode scanned into the field, say): say so and what the bound is.
        const bool tooLarge = !price && price.error().code == ErrorCode::AmountTooLarge;
        showError(tooLarge ? errorText(price.error()) : tr("Type the price, for example 12,50."));
        return;
    }
    Q_EMIT priceAccepted(*price);
    QDialog::accept();
}

} // namespace comptoir
