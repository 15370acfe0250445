// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace comptoir {
Q_DECLARE_LOGGING_CATEGORY(lcSync) // "comptoir.sync"
} // namespace comptoir
