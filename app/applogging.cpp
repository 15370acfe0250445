// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/applogging.h"

namespace comptoir {
Q_LOGGING_CATEGORY(lcApp, "comptoir.app")
} // namespace comptoir
