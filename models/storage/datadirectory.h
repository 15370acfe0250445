// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QString>

namespace comptoir {

// Where a shop keeps its database and logs. The real shop and the demo shop never share
// a folder: the demo lives in "<application data folder>-demo".
//
// overridePath (--data-dir) wins when not empty. The folder is created if needed (0700: for this
// account only, see privatefiles.h) and must be writable, otherwise
// ErrorCode::DataDirectoryUnusable (subject = the path). An existing folder's permissions are
// repaired by restrictTreeToOwner once the folder is locked for this process (InstanceLock).
Result<QString> resolveDataDirectory(const QString &overridePath, bool demo);

// The database file inside a data folder: "<dataDir>/comptoir.sqlite".
QString databasePath(const QString &dataDir);

// The log folder inside a data folder: "<dataDir>/logs".
QString logDirectory(const QString &dataDir);

} // namespace comptoir
