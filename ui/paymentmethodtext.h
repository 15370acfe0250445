// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"

#include <QString>

namespace comptoir {

// A payment method's name as the shop reads it ("Espèces", "Carte"…): on the till's payment panel,
// in the day's totals and on the Reports page.
QString paymentMethodText(PaymentMethod method);

} // namespace comptoir
