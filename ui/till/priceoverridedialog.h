// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/entrydialog.h"

namespace comptoir {

// A price override: the new unit price (VAT included) of one cart line. Show it with open();
// on OK with a readable price it emits priceAccepted() and closes, otherwise it says what is
// wrong and stays open. The till asks for a manager's PIN before applying it.
class PriceOverrideDialog : public EntryDialog
{
    Q_OBJECT

public:
    explicit PriceOverrideDialog(QWidget *parent = nullptr);

    // The line's label and its current unit price (prefilled, selected).
    void setLine(const QString &label, qint64 unitPriceCents);

    void accept() override;

Q_SIGNALS:
    void priceAccepted(qint64 unitPriceCents);
};

} // namespace comptoir
