// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/fiscalchain.h"
#include "models/result.h"

#include <QByteArray>

namespace comptoir {

class Database;

// The canonical bytes of the stored record a link of the fiscal chain points to: a ticket's
// from models/sales/canonicalticket.h (the one serialisation the sales journal also hashes),
// the other records' from models/fiscal/canonical.h. Errors: NotFound when the record is not
// stored, JournalBroken when a ticket's rows are not ones the sales journal writes,
// DatabaseQueryFailed.
Result<QByteArray> canonicalRecord(const Database &db, FiscalRecordType type, qint64 recordId);

} // namespace comptoir
