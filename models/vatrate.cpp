// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vatrate.h"

namespace comptoir::VatRate {

bool isKnown(int basisPoints)
{
    return basisPoints == Standard || basisPoints == Intermediate || basisPoints == Reduced
        || basisPoints == SuperReduced;
}

QList<int> all()
{
    return {Standard, Intermediate, Reduced, SuperReduced};
}

} // namespace comptoir::VatRate
