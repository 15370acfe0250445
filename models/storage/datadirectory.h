#pragma once

#include "models/result.h"

#include <QString>

namespace comptoir {

// Where a shop keeps its database and logs. The real shop and the demo shop never share
// a folder: the demo lives in "<application data folder>-demo".
//
// overridePath (--data-dir) wins when not empty. The folder is created if needed and
// must be writable, otherwise ErrorCode::DataDirectoryUnusable (subject = the path).
Result<QString> resolveDataDirectory(const QString &overridePath, bool demo);

// The database file inside a data folder: "<dataDir>/comptoir.sqlite".
QString databasePath(const QString &dataDir);

// The log folder inside a data folder: "<dataDir>/logs".
QString logDirectory(const QString &dataDir);

} // namespace comptoir
