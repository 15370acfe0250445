// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logging.h"

namespace comptoir {
Q_LOGGING_CATEGORY(lcDatabase, "comptoir.models.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "comptoir.models.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStock, "comptoir.models.stock", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "comptoir.models", QtInfoMsg)
} // namespace comptoir
