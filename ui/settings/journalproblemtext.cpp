// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/journalproblemtext.h"

#include "models/archive/journalverifier.h"

#include <QCoreApplication>
#include <QStringList>

namespace comptoir {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("JournalProblemText", text);
}

// What is wrong with the record, as the end of "The fiscal journal is broken at %1: …".
QString problemClause(const QString &problem)
{
    if (problem == QLatin1String("hash-mismatch"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText",
                                            "it was changed after it was recorded (an amount, a line, a "
                                            "payment or a date no longer matches its fingerprint)"));
    if (problem == QLatin1String("bad-signature"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText", "its signature is not the till's: it was forged or signed again"));
    if (problem == QLatin1String("missing-record"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "it was deleted from the till's data"));
    if (problem == QLatin1String("missing-link"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText", "it was added to the till's data without being signed"));
    if (problem == QLatin1String("chain-gap"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText", "a record was removed from the journal just before it"));
    if (problem == QLatin1String("previous-hash"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText", "the records before it were removed, replaced or put in another order"));
    if (problem == QLatin1String("number-gap"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText", "its number does not follow the one before: a record is missing"));
    if (problem == QLatin1String("closure-total"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText",
            "its totals are not the sum of its day's tickets, or its grand total does not follow the one "
            "before"));
    if (problem == QLatin1String("period-total"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText",
            "its totals are not the sum of the closures of its period, or its grand total does not follow "
            "the one before"));
    if (problem == QLatin1String("unknown-key"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText",
                                            "it is none of the keys this journal was signed with: it was "
                                            "replaced, or the key given is another shop's"));
    if (problem == QLatin1String("bad-format"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText", "the file is damaged or is not a Comptoir archive"));
    if (problem == QLatin1String("non-canonical"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText",
                                            "it was rewritten in another form than the one its till wrote"));
    if (problem == QLatin1String("record-type"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText", "its link says it is another kind of record than it is"));
    if (problem == QLatin1String("key-change"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText",
            "a change of the till's signing key does not follow from the key before, or is not vouched for"));
    if (problem == QLatin1String("duplicate-record"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "it appears twice in the journal"));
    if (problem == QLatin1String("ticket-total"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText",
                              "its own amounts do not add up (lines, discounts, VAT, payments or change)"));
    if (problem == QLatin1String("bad-seal"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText", "the archive's seal is not the till's, or was broken"));
    if (problem == QLatin1String("footer-mismatch"))
        return translated(QT_TRANSLATE_NOOP(
            "JournalProblemText",
            "the archive's content is not what its seal says: records were removed, added or reordered"));
    if (problem == QLatin1String("not-following"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText",
                                            "the archive does not follow the previous archive given"));
    return translated(QT_TRANSLATE_NOOP("JournalProblemText", "it fails the check (%1)")).arg(problem);
}

} // namespace

QString journalRecordText(const QString &record)
{
    if (record == QLatin1String("public key"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "the till's signing key"));
    if (record == QLatin1String("archive"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "the archive file"));
    if (record == QLatin1String("header"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "the archive's header"));
    if (record == QLatin1String("footer"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "the archive's footer"));
    if (record == QLatin1String("follows"))
        return translated(
            QT_TRANSLATE_NOOP("JournalProblemText", "the continuity with the previous archive"));
    const qsizetype space = record.lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return record;
    const QString type = record.left(space);
    const QString id = record.mid(space + 1);
    if (type == QLatin1String("ticket"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "ticket record %1")).arg(id);
    if (type == QLatin1String("closure"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "daily closure (Z) record %1")).arg(id);
    if (type == QLatin1String("event"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "technical event %1")).arg(id);
    if (type == QLatin1String("month-closure"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "monthly closure record %1")).arg(id);
    if (type == QLatin1String("year-closure"))
        return translated(QT_TRANSLATE_NOOP("JournalProblemText", "yearly closure record %1")).arg(id);
    return record;
}

QString journalCheckedText(const VerifyReport &report)
{
    QStringList parts;
    parts << QCoreApplication::translate("JournalProblemText", "%Ln ticket(s)", nullptr, report.tickets)
          << QCoreApplication::translate("JournalProblemText", "%Ln daily closure(s)", nullptr,
                                         report.closures);
    if (report.periodClosures > 0)
        parts << QCoreApplication::translate("JournalProblemText", "%Ln monthly or yearly closure(s)",
                                             nullptr, report.periodClosures);
    parts << QCoreApplication::translate("JournalProblemText", "%Ln technical event(s)", nullptr,
                                         report.events);
    return parts.join(QStringLiteral(", "));
}

QString journalProblemText(const VerifyReport &report)
{
    if (report.ok)
        return {};
    return translated(QT_TRANSLATE_NOOP("JournalProblemText", "The fiscal journal is broken at %1: %2."))
        .arg(journalRecordText(report.firstBroken), problemClause(report.problem));
}

QString journalBrokenAdvice()
{
    return translated(QT_TRANSLATE_NOOP(
        "JournalProblemText",
        "Selling can go on. Change or delete nothing in the till's data folder, and contact the "
        "association's support: they will tell you what to tell the tax office."));
}

} // namespace comptoir
