// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/discountdialog.h"

#include "models/money.h"
#include "ui/errortext.h"

#include <QLineEdit>

#include <limits>

namespace comptoir {

DiscountDialog::DiscountDialog(QWidget *parent)
    : EntryDialog(QStringLiteral("discountEdit"),
                  tr("Type a percentage like 10% or an amount like 2,50; 0 removes the discount."), parent)
{
    setObjectName(QStringLiteral("discountDialog"));
    setWindowTitle(tr("Discount"));
}

void DiscountDialog::setDiscount(const Discount &discount)
{
    field()->setText(discount.isNone() ? QString() : format(discount, locale()));
    field()->selectAll();
}

void DiscountDialog::setCheck(Check check)
{
    m_check = std::move(check);
}

std::optional<Discount> DiscountDialog::parse(const QString &text, const QLocale &locale)
{
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return Discount {};
    const bool percent = typed.endsWith(QLatin1Char('%'));
    if (percent) {
        typed.chop(1);
        typed = typed.trimmed();
        if (typed.isEmpty())
            return std::nullopt;
    }
    // A percentage has two decimals, like an amount: "12,5" is 1250 either way (cents or bp).
    const auto value = Money::parse(typed, locale);
    if (!value || *value < 0 || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return percent ? Discount::percent(int(*value)) : Discount::amount(*value);
}

QString DiscountDialog::format(const Discount &discount, const QLocale &locale)
{
    if (discount.percentBp != 0)
        return Money::formatRate(discount.percentBp, locale);
    return Money::formatPlain(discount.amountCents, locale);
}

void DiscountDialog::accept()
{
    const auto discount = parse(field()->text(), locale());
    if (!discount) {
        // An amount past the bound (a barcode scanned into the field, say) says what the bound is.
        const auto amount = Money::parse(field()->text().remove(QLatin1Char('%')), locale());
        const bool tooLarge = !amount && amount.error().code == ErrorCode::AmountTooLarge;
        showError(tooLarge ? errorText(amount.error())
                           : tr("Type a percentage like 10% or an amount like 2,50."));
        return;
    }
    if (m_check) {
        if (const Status status = m_check(*discount); !status) {
            showError(errorText(status.error()));
            return;
        }
    }
    Q_EMIT discountAccepted(*discount);
    QDialog::accept();
}

} // namespace comptoir
