// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/catalogueimport.h"
#include "models/result.h"

#include <QStringList>

namespace comptoir {

class Database;

// Column mappings saved under a name and reused (issue 14). A mapping is kept by the headers'
// text, not their positions ({"header_row": 0, "columns": {"name": "Libellé", "price": "PV TTC"}}),
// so it applies to next month's export of the same till even if a column moved. Kept in the shop's
// database (meta key "import_mapping:<name>"); the same JSON in a file is what --mapping FILE reads.
class ImportMappings
{
public:
    explicit ImportMappings(Database &db);

    Result<QStringList> names() const; // sorted
    Status save(const QString &name, const Sheet &sheet, const ColumnMapping &mapping);
    Status remove(const QString &name);
    // The saved mapping applied to sheet: each header found again in the header row.
    // ImportMappingUnknown when there is no such name, ImportColumnMissing (subject: the header)
    // when a header it needs is not in the sheet.
    Result<ColumnMapping> load(const QString &name, const Sheet &sheet) const;
    // The same from a JSON file (--mapping FILE).
    static Result<ColumnMapping> loadFile(const QString &path, const Sheet &sheet);
    // The JSON of a mapping for sheet (what save() stores and a --mapping file holds).
    static QByteArray toJson(const Sheet &sheet, const ColumnMapping &mapping);

private:
    Database &m_db;
};

} // namespace comptoir
