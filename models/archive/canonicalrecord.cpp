// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical bytes of any linked record, by its type (canonicalrecord.h).
#include "models/archive/canonicalrecord.h"

#include "models/fiscal/canonical.h"
#include "models/sales/canonicalticket.h"

namespace comptoir {

Result<QByteArray> canonicalRecord(const Database &db, FiscalRecordType type, qint64 recordId)
{
    switch (type) {
    case FiscalRecordType::Ticket:
        return canonicalTicket(db, recordId);
    case FiscalRecordType::Closure:
        return canonicalClosure(db, recordId);
    case FiscalRecordType::Event:
        return canonicalEvent(db, recordId);
    case FiscalRecordType::MonthClosure:
        return canonicalMonthClosure(db, recordId);
    case FiscalRecordType::YearClosure:
        return canonicalYearClosure(db, recordId);
    }
    return makeError(ErrorCode::NotFound, QString::number(recordId));
}

} // namespace comptoir
