// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Words for what verifyJournal() and verifyArchive() report (models/journalverifier.h): what
// was checked, which record is broken, what is wrong with it and what the shopkeeper should do.
// Shared by the Settings page's "Fiscal journal" section and the main window's journal banner.
#include <QString>

namespace comptoir {

struct VerifyReport;

// The record a report names ("ticket 12", "closure 3", "event 40", "month-closure 2",
// "year-closure 5", "public key", "archive") in words: "ticket 12", "daily closure (Z) 3"…
// Anything else is returned as it is.
QString journalRecordText(const QString &record);

// What was checked: "1,234 tickets, 21 closures and 310 events" (numbers in the user's locale;
// month and year closures are named when there are some).
QString journalCheckedText(const VerifyReport &report);

// For a broken report: the first broken record and what is wrong with it, in one sentence a
// shopkeeper understands ("Ticket 12 was changed after it was recorded."), for every problem
// code of VerifyReport (an unknown code is still named). Empty for an intact report.
QString journalProblemText(const VerifyReport &report);

// What to do about a broken journal: keep selling, change nothing in the data folder, contact
// the association's support.
QString journalBrokenAdvice();

} // namespace comptoir
