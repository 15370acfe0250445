// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/logging.h"

namespace comptoir {
Q_LOGGING_CATEGORY(lcSync, "comptoir.sync", QtInfoMsg)
} // namespace comptoir
