// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The envelope of a sealed period archive, format version 2 (docs/fiscal-format.md,
// "L'archive"), read strictly: every section, every header and footer field, every link field
// present and of its type, or a `bad-format` failure naming "archive", "header", "footer" or the
// link. What the fields mean is checked by the archive reader (archivereader.h).
#include "models/archive/chainrules.h"
#include "models/archive/linkcheck.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir {

struct ArchiveHeader
{
    QJsonObject json; // as in the file: its canonical form is what the seal signs
    QString period; // "2026" or "2026-11"
    QString registerId;
    QString timeZone; // IANA id
    QByteArray publicKey; // raw 32 bytes: the key in effect after previous_link (amendment B)
    QByteArray sealKey; // raw 32 bytes: signs header and footer
    qint64 previousSeq = 0;
    QByteArray previousHash; // raw 32 bytes
    SeriesNumbers opening;
    bool hasPreviousArchive = false;
    QString previousPeriod;
    QString previousSha256; // hex
    QString previousFooterSha256; // hex
};

struct ArchiveFooter
{
    QJsonObject json;
    QString period;
    QString registerId;
    qint64 version = 0;
    QString headerSha256; // hex
    std::optional<qint64> firstSeq;
    qint64 lastSeq = 0;
    qint64 linkCount = 0;
    QString lastHash; // hex
    QString linksSha256;
    qint64 periodClosureCount = 0;
    QString periodClosuresSha256;
    qint64 keyChangeCount = 0;
    QString keyChangesSha256;
    qint64 carriedCount = 0;
    QString carriedSha256;
    SeriesNumbers closing;
    QByteArray publicKey; // raw 32 bytes: the key in effect after the last link
};

struct ArchiveFile
{
    ArchiveHeader header;
    QByteArray headerSignature;
    QJsonArray links;
    QJsonArray periodClosures;
    QJsonArray keyChanges;
    QJsonArray carried; // amendment A
    ArchiveFooter footer;
    QByteArray footerSignature;
};

namespace ArchiveFormat {

// The largest integer magnitude a number of an archive may have (2^53 − 1, amendment D).
inline constexpr qint64 MaxInteger = 9007199254740991;
// Whether value is an integer number of magnitude at most MaxInteger.
bool isInteger(const QJsonValue &value);
// Whether every number in value (recursively) is one.
bool integersOnly(const QJsonValue &value);

// Reads bytes as a version 2 archive into file; the failure (record "archive") when it is not one.
std::optional<RuleFailure> read(const QByteArray &bytes, ArchiveFile &file);
// Reads one link of a list; `bad-format` (naming the link when it can) for a field missing or
// mistyped.
std::optional<RuleFailure> readLink(const QJsonValue &value, ChainLinkInput &link);
// Whether period is P or a month of P ("2026-03" of "2026").
bool within(const QString &period, const QString &archivePeriod);
// The period just before ("2026-01" → "2025-12", "2026" → "2025"); empty when not a period.
QString previousPeriod(const QString &period);
// The last day of a period ("2026-11" → 2026-11-30, "2026" → 2026-12-31); invalid when not one.
QDate lastDay(const QString &period);
// Whether an archive of period may follow one of previous: the period just before of either
// length ("2026-01" follows "2025-12" or "2025"; "2026-05" follows "2026-04" or "2025"; "2026"
// follows "2025" or "2025-12").
bool follows(const QString &period, const QString &previous);

} // namespace ArchiveFormat

} // namespace comptoir
