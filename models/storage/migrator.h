// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace comptoir {

// Applies the SQL migrations embedded under :/sql (files named NNNN_what.sql) in order,
// each in its own BEGIN IMMEDIATE transaction that first reads the version (so two processes
// migrating one file at once apply each migration once), and records the version in
// PRAGMA user_version.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    static int latestVersion();
    // Splits a migration script into statements (';' at end of line; triggers until 'END;').
    static QStringList splitStatements(const QString &script);

    int currentVersion() const;
    Status migrate();

private:
    // The statements of one migration and its user_version, inside the caller's transaction.
    Status apply(int version, const QString &path);

    QSqlDatabase m_db;
};

} // namespace comptoir
