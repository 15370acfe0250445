// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One link of the fiscal chain checked on its own (docs/fiscal-format.md, "Vérifier"): its
// record's canonical form, its record type, its hash and its signature. Shared by the rule engine
// (chainrules.h), which also checks the links against each other, and the archive reader
// (archivereader.h) for the copies of period_closures and key_changes.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir {

// A link as the engine is fed it, from the database's rows or from an archive.
struct ChainLinkInput
{
    qint64 seq = 0;
    QString recordType; // "ticket", "closure", "event", "month-closure", "year-closure"
    qint64 recordId = 0;
    QByteArray previousHash; // raw 32 bytes
    QByteArray hash; // raw 32 bytes
    QByteArray signature; // raw 64 bytes
    QByteArray canonical; // the hashed bytes (database: rebuilt from the rows)
    // Database only: why the record could not be rebuilt from its rows — "missing-record" (not
    // stored) or "hash-mismatch" (rows the till never writes) — and the detail. Empty otherwise.
    QString unreadable;
    QString unreadableDetail;

    // "ticket 12": the record a failure names.
    QString name() const { return recordType + QLatin1Char(' ') + QString::number(recordId); }
    // "chain seq 40", to start a detail with.
    QString at() const { return QStringLiteral("chain seq ") + QString::number(seq); }
};

// The first rule a record breaks: the record ("ticket 12", "header"…), the problem code
// (VerifyReport's) and a technical English detail.
struct RuleFailure
{
    QString record;
    QString problem;
    QString detail;
};

namespace LinkCheck {

// The record of the canonical bytes: a JSON object whose numbers are all integers and whose
// fields are those of its kind of record (recordschema.h), else `bad-format`.
std::optional<RuleFailure> parse(const ChainLinkInput &link, QJsonObject &record);
// `non-canonical`: re-serialising the record does not give the same bytes.
std::optional<RuleFailure> canonicalForm(const ChainLinkInput &link, const QJsonObject &record);
// `record-type`: the record's "record" field (and a month / year closure's kind) is not the
// link's record type.
std::optional<RuleFailure> recordType(const ChainLinkInput &link, const QJsonObject &record);
// `hash-mismatch`: SHA-256(previous hash ‖ canonical) is not the link's hash.
std::optional<RuleFailure> hash(const ChainLinkInput &link);
// `bad-signature`: the signature does not verify with key (raw 32 bytes).
std::optional<RuleFailure> signature(const ChainLinkInput &link, const QByteArray &key);

// The four above in order (format, canonical form, record type, hash), for a link checked alone.
std::optional<RuleFailure> record(const ChainLinkInput &link, QJsonObject &record);

} // namespace LinkCheck

} // namespace comptoir
