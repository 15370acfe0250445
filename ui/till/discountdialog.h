// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/entrydialog.h"

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QLocale>

#include <functional>
#include <optional>

namespace comptoir {

// Asks for a discount, keyboard-first: "10%" (or "10 %", "12,5%") is a percentage, "2,50" an
// amount in euros; empty or "0" removes the discount. Show it with open(). On OK the typed
// discount goes through the check given to setCheck() (the till asks the calculator whether it
// fits); on a mistake the dialog says why and stays open, otherwise it emits discountAccepted()
// and closes.
class DiscountDialog : public EntryDialog
{
    Q_OBJECT

public:
    using Check = std::function<Status(const Discount &)>;

    explicit DiscountDialog(QWidget *parent = nullptr);

    // Prefills the field with the current discount (nothing when there is none).
    void setDiscount(const Discount &discount);
    void setCheck(Check check);

    void accept() override;

    // "10%" → percent(1000), "2,50" → amount(250), "" or "0" → none; nullopt when unreadable
    // (negative, or not a number).
    static std::optional<Discount> parse(const QString &text, const QLocale &locale = QLocale());
    // The discount as it would be typed ("10 %", "2,50").
    static QString format(const Discount &discount, const QLocale &locale = QLocale());

Q_SIGNALS:
    void discountAccepted(const comptoir::Discount &discount);

private:
    Check m_check;
};

} // namespace comptoir
