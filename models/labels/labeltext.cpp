// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labels/labeltext.h"

#include "models/money.h"

#include <QCoreApplication>

namespace comptoir {

QString LabelText::unitPrice(const UnitPrice &price, const QLocale &locale)
{
    const QString amount = Money::format(price.cents, locale);
    switch (price.basis) {
    case UnitPriceBasis::PerKilogram:
        return QCoreApplication::translate("LabelText", "%1 / kg").arg(amount);
    case UnitPriceBasis::PerLitre:
        return QCoreApplication::translate("LabelText", "%1 / l").arg(amount);
    case UnitPriceBasis::PerPiece:
        break;
    }
    return QCoreApplication::translate("LabelText", "%1 / piece").arg(amount);
}

} // namespace comptoir
