// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace comptoir {
Q_DECLARE_LOGGING_CATEGORY(lcDatabase) // "comptoir.models.database"
Q_DECLARE_LOGGING_CATEGORY(lcCatalogue) // "comptoir.models.catalogue"
Q_DECLARE_LOGGING_CATEGORY(lcStock) // "comptoir.models.stock"
Q_DECLARE_LOGGING_CATEGORY(lcModels) // "comptoir.models"
} // namespace comptoir
