// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal's rule engine (docs/fiscal-format.md, "Vérifier"): the ONE set of rules run over
// the links of a fiscal chain in chain order, fed from the database (journalverifier.h) or from an
// archive (archivereader.h). Per link, in this order: the record's format, consecutive seq and
// previous hash, the record rebuilt (database), canonical form, record type, hash, key change,
// signature (with the key in effect at that seq), duplicates, gap-free numbers per series, a
// ticket's own arithmetic (ticketaudit.h), a Z against its tickets and the grand total carried
// from Z to Z (dayaudit.h), a month (year) closure against its Zs (months). The first failure
// stops the walk. Memory: a few numbers per open day and per period, and 8 bytes per record for
// the duplicates; never the records.
#include "models/archive/dayaudit.h"
#include "models/archive/linkcheck.h"
#include "models/closing/periodaudit.h"
#include "models/fiscal/keyhistory.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTimeZone>

namespace comptoir {

// The last numbers of a register's series and its last grand total: an archive's header.opening
// (before its first link) and footer.closing (after its last).
struct SeriesNumbers
{
    qint64 ticket = 0;
    qint64 closure = 0;
    qint64 monthClosure = 0;
    qint64 yearClosure = 0;
    qint64 grandTotal = 0; // the last Z's grand_total_cents
    QString lastClosedDay; // the last Z's business day (YYYY-MM-DD); empty: none (null)

    bool operator==(const SeriesNumbers &) const = default;
};

// Which links a key signed (seq range, both ends included).
struct KeySpan
{
    QByteArray publicKey; // raw 32 bytes
    qint64 firstSeq = 0; // 0: signed no link checked (the seal key alone)
    qint64 lastSeq = 0;
    bool confirmed = false;
};

class ChainRules
{
public:
    struct Setup
    {
        KeyHistory keys; // which key signs which seq
        qint64 previousSeq = 0; // the link before the first (0: none)
        QByteArray previousHash = QByteArray(32, '\0');
        SeriesNumbers opening; // the register's numbers before the first link
        // An archive's register: a record of another is bad-format. Empty (database): any, each
        // register with its own series from 0.
        QString registerId;
        QTimeZone zone; // of business days (a cancellation written before schema 10)
        // Database: a month (year) closure is checked against its Zs (months) when its link is met.
        // An archive checks its period_closures after the walk (periodTotals()).
        bool periodTotalsWhenMet = true;
    };

    explicit ChainRules(Setup setup);

    // Checks the next link; nullopt when it passes every rule.
    std::optional<RuleFailure> feed(const ChainLinkInput &link);
    // Amendment A: a carried record of an archive (a ticket or ticket_cancelled event chained
    // before the range, of businessDay after the period before), already checked on its own, added
    // to its day's sums only: no numbering, no grand total, no duplicate or arithmetic check.
    void feedCarried(const QString &recordType, const QJsonObject &record, const QString &businessDay);

    qint64 lastSeq() const { return m_seq; }
    QByteArray lastHash() const { return m_hash; }
    // A register's numbers after the last link fed.
    SeriesNumbers numbers(const QString &registerId) const;
    // The sums of the Zs met of a register's month ("2026-11"), or of the month closures met of
    // its year ("2026"); nullptr when none was met.
    const PeriodTotals *periodTotals(const QString &registerId, const QString &period) const;
    // Notes that key signed the link at seq (the engine does for every link it checks).
    void signedBy(const QByteArray &key, qint64 seq);
    // The keys of the history with the links each signed, first key first.
    QList<KeySpan> keySpans() const;

    int links = 0; // links that passed, per record type
    int tickets = 0;
    int closures = 0;
    int events = 0;
    int periodClosures = 0;

private:
    std::optional<RuleFailure> checkKeyChange(const ChainLinkInput &link, const QJsonObject &record) const;
    std::optional<RuleFailure> checkDuplicate(const ChainLinkInput &link, const QJsonObject &record);
    std::optional<RuleFailure> checkNumber(const ChainLinkInput &link, const QJsonObject &record);
    std::optional<RuleFailure> checkTicket(const ChainLinkInput &link, const QJsonObject &record);
    std::optional<RuleFailure> checkClosure(const ChainLinkInput &link, const QJsonObject &record);
    std::optional<RuleFailure> checkPeriodClosure(const ChainLinkInput &link, const QJsonObject &record);
    std::optional<RuleFailure> checkEvent(const ChainLinkInput &link, const QJsonObject &record);
    SeriesNumbers &series(const QString &registerId);

    Setup m_setup;
    qint64 m_seq = 0;
    QByteArray m_hash;
    QHash<QString, SeriesNumbers> m_series; // by register
    QHash<QString, QString> m_lastClosedDay; // by register: the last Z's business day
    DayAudit m_days;
    QHash<QString, PeriodTotals> m_periods; // register + "|" + month or year
    QSet<quint64> m_uuids; // 64-bit digests of the records' uuids
    QSet<quint64> m_records; // record type and id
    QMap<QByteArray, std::pair<qint64, qint64>> m_signed; // key → first, last seq signed
};

} // namespace comptoir
