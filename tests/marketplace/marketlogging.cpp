// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketlogging.h"

namespace comptoir::market {
Q_LOGGING_CATEGORY(lcMarket, "comptoir.marketplace")
} // namespace comptoir::market
