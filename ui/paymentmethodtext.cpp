// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/paymentmethodtext.h"

#include <QCoreApplication>

namespace comptoir {

QString paymentMethodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentMethodText", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("PaymentMethodText", "Card");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("PaymentMethodText", "Cheque");
    case PaymentMethod::Voucher:
        return QCoreApplication::translate("PaymentMethodText", "Voucher");
    }
    return {};
}

} // namespace comptoir
