// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class Signer;

// The kinds of fiscal records, as stored in fiscal_chain.record_type. Closure is a day's (Z);
// MonthClosure and YearClosure are rows of period_closures (models/periodclosing.h).
enum class FiscalRecordType { Ticket, Closure, Event, MonthClosure, YearClosure };
// "ticket", "closure", "event", "month-closure", "year-closure"
QString fiscalRecordTypeKey(FiscalRecordType type);
std::optional<FiscalRecordType> fiscalRecordTypeFromKey(const QString &key);

// One link of the chain, as stored.
struct ChainLink
{
    qint64 seq = 0;
    FiscalRecordType type = FiscalRecordType::Ticket;
    qint64 recordId = 0;
    QByteArray previousHash; // raw 32 bytes (zeros for the first)
    QByteArray hash; // raw 32 bytes
    QByteArray signature; // raw 64 bytes
    QDateTime storedAt; // UTC
};

// The register's fiscal chain (table fiscal_chain, write-once): each validated ticket, closure
// and technical event is appended, in the caller's transaction, with
// hash = SHA-256(previous hash ‖ canonical serialisation) and the register's signature of that
// hash. The canonical serialisations are in models/canonical.h and docs/fiscal.md.
class FiscalChain
{
public:
    FiscalChain(Database &db, const Signer &signer, const Clock &clock);

    // Appends a record. Must run inside a transaction the caller holds (the record's own), so
    // that a record is never stored without its link. Errors: CryptoFailed, DatabaseQueryFailed.
    Result<ChainLink> append(FiscalRecordType type, qint64 recordId, const QByteArray &canonical);

    // The link of a record, for the receipt's signature excerpt. Errors: NotFound.
    Result<ChainLink> link(FiscalRecordType type, qint64 recordId) const;
    // The last link, if any (its hash is the next record's previous hash).
    Result<std::optional<ChainLink>> last() const;

    // The first characters of a signature as printed on receipts (base64, 8 characters).
    static QString excerpt(const QByteArray &signature);
    static QByteArray sha256(const QByteArray &data);

private:
    Database &m_db;
    const Signer &m_signer;
    const Clock &m_clock;
};

} // namespace comptoir
