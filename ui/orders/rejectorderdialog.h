// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/entrydialog.h"

namespace comptoir {

// Asks why an online order is refused (optional, at most OnlineOrders::MaxReasonLength characters;
// the marketplace shows it to the customer). Show it with open(); OK emits reasonGiven() (empty
// when nothing was typed) and closes.
class RejectOrderDialog : public EntryDialog
{
    Q_OBJECT

public:
    explicit RejectOrderDialog(qint64 orderNumber, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void reasonGiven(const QString &reason);
};

} // namespace comptoir
