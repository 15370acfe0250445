// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seal of a period archive, format version 2 (docs/fiscal-format.md, "L'archive"): a header
// and a footer, each a JSON object signed by the register's current key, and the indexes that tie
// the footer to the archive's lists of links. Used by the writer (journalarchive.h) and the
// reader (archivereader.h) alike, so that both compute the same bytes.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace comptoir {

inline constexpr char ArchiveFormatName[] = "comptoir-fiscal-archive";
inline constexpr int ArchiveFormatVersion = 2;

namespace ArchiveSeal {

// The raw 32 bytes SHA-256(canonicalJson(object)): what the header and footer signatures sign,
// and (hex) the footer's header_sha256 and the next archive's previous_archive.footer_sha256.
QByteArray digest(const QJsonObject &object);
// The index of a list of archive links: hex SHA-256 of
// canonicalJson([[seq, record_type, record_id, hash], …]) in list order ("[]" when empty).
// It covers each link's record type and id, which the link's own hash does not.
QByteArray linksIndex(const QJsonArray &links);

} // namespace ArchiveSeal

} // namespace comptoir
