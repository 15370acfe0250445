// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fields of each kind of canonical record (docs/fiscal-format.md, "Records"; the SCHEMAS of
// docs/verify_archive.py): a field missing or not of its type, a ticket's kind that is neither
// sale nor refund, a period that is not YYYY-MM (month) or YYYY (year) is bad-format. A record
// whose "record" is not one of the five kinds is left to the record-type rule.
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir::RecordSchema {

// What is wrong with `record` ("canonical.lines[2].quantity is not int"), or nothing.
std::optional<QString> check(const QJsonObject &record);

} // namespace comptoir::RecordSchema
