// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace comptoir {

// A real SQLite file in a fresh temporary folder, opened and migrated; removed afterwards.
class TempDatabase
{
public:
    TempDatabase();
    bool isValid() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    QString dir() const { return m_dir.path(); }
    QString filePath() const { return m_dir.filePath(QStringLiteral("comptoir.sqlite")); }
    // Closes and reopens the same file (to check what really reached the disk).
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace comptoir
