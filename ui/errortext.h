// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QString>

namespace comptoir {

// One sentence a shopkeeper can act on, for every ErrorCode; quotes error.subject where it
// helps ("The barcode 123 is not valid…"). error.detail is for the logs and never shown.
QString errorText(const Error &error);

} // namespace comptoir
