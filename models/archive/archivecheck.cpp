// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One sealed archive checked on its own, steps 1 to 5 (archivecheck.h).
#include "models/archive/archivecheck.h"

#include "models/archive/archiveseal.h"
#include "models/fiscal/ed25519.h"
#include "models/sales/businessday.h"

#include <QDateTime>
#include <QJsonDocument>

namespace comptoir {

namespace {

RuleFailure failure(const QString &record, const char *problem, const QString &detail)
{
    return RuleFailure {record, QLatin1String(problem), detail};
}

QString hex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex());
}

QString text(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString();
}

bool isRecordKind(const QString &kind)
{
    return kind == QLatin1String("ticket") || kind == QLatin1String("closure")
        || kind == QLatin1String("event") || kind == QLatin1String("month-closure")
        || kind == QLatin1String("year-closure");
}

} // namespace

std::optional<RuleFailure> ArchiveCheck::run(const QByteArray &content)
{
    bytes = content;
    // Step 1: the format of the file, then of every link of the four lists.
    if (auto failed = ArchiveFormat::read(bytes, file))
        return failed;
    if (auto failed = readLists())
        return failed;
    startRules();
    // Step 2: the carried links on their own, then fed to their days' sums.
    if (auto failed = checkList(m_carried, false))
        return failed;
    for (const Copy &copy : std::as_const(m_carried))
        rules->feedCarried(copy.link.recordType, copy.record, copy.day);
    // Step 3: the links, every rule of the engine.
    for (const ChainLinkInput &link : std::as_const(m_links)) {
        if (auto failed = rules->feed(link))
            return failed;
    }
    // Step 4: period_closures and key_changes on their own, then the month and year totals.
    if (auto failed = checkList(m_closures, false))
        return failed;
    if (auto failed = checkList(m_keyChanges, true))
        return failed;
    if (auto failed = checkPeriodTotals())
        return failed;
    // Step 5: the seal, the footer, the header's key (amendment B: the key after previous_link).
    if (auto failed = checkSeal())
        return failed;
    if (auto failed = checkFooter())
        return failed;
    if (file.header.publicKey != history.keyAt(file.header.previousSeq))
        return failure(QStringLiteral("header"), "key-change",
                       QStringLiteral("public_key is not the key in effect after previous_link"));
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::readLists()
{
    const QString archive = QStringLiteral("archive");
    const ArchiveHeader &h = file.header;
    const std::pair<const char *, const QJsonArray *> lists[] = {{"carried", &file.carried},
                                                                 {"links", &file.links},
                                                                 {"period_closures", &file.periodClosures},
                                                                 {"key_changes", &file.keyChanges}};
    QList<KeyChange> changes;
    for (const auto &[name, list] : lists) {
        const QString listName = QLatin1String(name);
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString where = listName + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            Copy copy;
            if (auto failed = ArchiveFormat::readLink(list->at(i), copy.link))
                return failed;
            if (auto failed = LinkCheck::parse(copy.link, copy.record))
                return failed;
            const QString kind = text(copy.record, "record");
            // One register per chain: a record of another is bad-format.
            if (isRecordKind(kind) && text(copy.record, "register_id") != h.registerId)
                return failure(copy.link.name(), "bad-format",
                               where + QStringLiteral(": a record of register ")
                                   + text(copy.record, "register_id")
                                   + QStringLiteral(", not the archive's"));
            if (listName == QLatin1String("carried")) {
                if (auto failed = readCarried(copy))
                    return failure(failed->record, "bad-format",
                                   where + QStringLiteral(": ") + failed->detail);
                m_carried << copy;
            } else if (listName == QLatin1String("links")) {
                m_links << copy.link;
            } else if (listName == QLatin1String("period_closures")) {
                if ((kind != QLatin1String("month-closure") && kind != QLatin1String("year-closure"))
                    || !ArchiveFormat::within(text(copy.record, "period"), h.period))
                    return failure(archive, "bad-format",
                                   where + QStringLiteral(" is not a month or year closure of ") + h.period);
                m_closures << copy;
            } else {
                auto change = copy.link.recordType == QLatin1String("event")
                    ? keyChangeFromRecord(copy.record, copy.link.seq)
                    : Result<std::optional<KeyChange>>(std::optional<KeyChange>());
                if (!change || !change.value() || kind != QLatin1String("event"))
                    return failure(archive, "bad-format",
                                   where + QStringLiteral(" is not a readable key_changed event"));
                changes << *change.value();
                m_keyChanges << copy;
            }
        }
    }
    // The key history: the first change's previous key (or the seal key), then every change.
    history = KeyHistory(changes.isEmpty() ? h.sealKey : changes.constFirst().previousKey);
    for (const KeyChange &change : std::as_const(changes))
        history.append(change);
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::readCarried(Copy &copy) const
{
    const ArchiveHeader &h = file.header;
    const ChainLinkInput &link = copy.link;
    const QString archive = QStringLiteral("archive");
    if (link.seq > h.previousSeq)
        return failure(archive, "bad-format", QStringLiteral("seq after previous_link"));
    const QString kind = text(copy.record, "record");
    if (link.recordType == QLatin1String("ticket") && kind == QLatin1String("ticket")) {
        copy.day = text(copy.record, "business_day");
    } else if (link.recordType == QLatin1String("event") && kind == QLatin1String("event")
               && text(copy.record, "kind") == QLatin1String("ticket_cancelled")) {
        const QJsonValue day = QJsonDocument::fromJson(text(copy.record, "detail").toUtf8())
                                   .object()
                                   .value(QLatin1String("business_day"));
        if (day.isString()) {
            copy.day = day.toString();
        } else {
            // Written before schema 10: the local date of occurred_at (every Z before a carried
            // link closed a day of the period before, so the day-after rule cannot apply).
            const QDateTime at = QDateTime::fromString(text(copy.record, "occurred_at"), Qt::ISODateWithMs);
            if (!at.isValid())
                return failure(link.name(), "bad-format",
                               QStringLiteral("occurred_at is not an ISO 8601 instant"));
            copy.day = localDate(at, QTimeZone(h.timeZone.toLatin1())).toString(Qt::ISODate);
        }
    } else {
        return failure(archive, "bad-format",
                       QStringLiteral("neither a ticket nor a ticket_cancelled event"));
    }
    const QString boundary
        = ArchiveFormat::lastDay(ArchiveFormat::previousPeriod(h.period)).toString(Qt::ISODate);
    if (copy.day.size() != 10 || !QDate::fromString(copy.day, Qt::ISODate).isValid() || copy.day <= boundary)
        return failure(archive, "bad-format",
                       QStringLiteral("business day ") + copy.day + QStringLiteral(" is not after ")
                           + boundary);
    return std::nullopt;
}

void ArchiveCheck::startRules()
{
    const ArchiveHeader &h = file.header;
    ChainRules::Setup setup;
    setup.keys = history;
    setup.previousSeq = h.previousSeq;
    setup.previousHash = h.previousHash;
    setup.opening = h.opening;
    setup.registerId = h.registerId;
    setup.zone = QTimeZone(h.timeZone.toLatin1());
    setup.periodTotalsWhenMet = false;
    rules.emplace(setup);
}

std::optional<RuleFailure> ArchiveCheck::checkList(const QList<Copy> &list, bool keyChanges)
{
    QSet<QString> seen;
    std::optional<qint64> lastSeq;
    QByteArray keyBefore = history.firstKey();
    for (const Copy &copy : list) {
        const ChainLinkInput &link = copy.link;
        const QByteArray key = history.keyAt(link.seq);
        if (auto failed = LinkCheck::canonicalForm(link, copy.record))
            return failed;
        if (auto failed = LinkCheck::recordType(link, copy.record))
            return failed;
        if (auto failed = LinkCheck::hash(link))
            return failed;
        const auto change = keyChangeFromRecord(copy.record, link.seq);
        const bool isChange = change && change.value();
        if (isChange && keyChanges) {
            // Before its signature: its previous key is the key before it, its endorsement verifies.
            const KeyChange &c = *change.value();
            if (c.previousKey != keyBefore)
                return failure(link.name(), "key-change",
                               link.at() + QStringLiteral(": previous_public_key is not the key in effect"));
            if (!c.endorsement.isEmpty() && !c.endorsed())
                return failure(
                    link.name(), "key-change",
                    link.at() + QStringLiteral(": the endorsement does not verify with the previous key"));
            keyBefore = key;
        }
        if (!isChange || keyChanges) {
            if (auto failed = LinkCheck::signature(link, key))
                return failed;
        }
        const QString uuid = text(copy.record, "uuid");
        if (seen.contains(QLatin1Char('u') + uuid) || seen.contains(link.name()))
            return failure(link.name(), "duplicate-record", link.at() + QStringLiteral(": listed twice"));
        seen << QLatin1Char('u') + uuid << link.name();
        if (lastSeq && link.seq <= *lastSeq)
            return failure(link.name(), "chain-gap", link.at() + QStringLiteral(": out of chain order"));
        lastSeq = link.seq;
        rules->signedBy(key, link.seq);
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkPeriodTotals() const
{
    for (const Copy &copy : m_closures) {
        const ChainLinkInput &link = copy.link;
        const QString closurePeriod = text(copy.record, "period");
        QString why;
        if (link.recordType == QLatin1String("month-closure")) {
            const PeriodTotals *covered = rules->periodTotals(file.header.registerId, closurePeriod);
            why = covered ? covered->mismatch(copy.record) : QStringLiteral("no closure covered");
        } else {
            PeriodTotals months(false);
            bool any = false;
            for (const Copy &other : m_closures) {
                if (other.link.recordType == QLatin1String("month-closure")
                    && text(other.record, "period").startsWith(closurePeriod + QLatin1Char('-'))) {
                    months.add(other.record);
                    any = true;
                }
            }
            why = any ? months.mismatch(copy.record) : QStringLiteral("no closure covered");
        }
        if (!why.isEmpty())
            return failure(link.name(), "period-total", link.at() + QStringLiteral(": ") + why);
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkSeal() const
{
    const ArchiveHeader &h = file.header;
    const ArchiveFooter &f = file.footer;
    const QString header = QStringLiteral("header");
    const QString footer = QStringLiteral("footer");
    if (!Ed25519Key::verify(h.sealKey, ArchiveSeal::digest(h.json), file.headerSignature))
        return failure(header, "bad-seal",
                       QStringLiteral("the header signature does not verify with seal_public_key"));
    if (!Ed25519Key::verify(h.sealKey, ArchiveSeal::digest(f.json), file.footerSignature))
        return failure(footer, "bad-seal",
                       QStringLiteral("the footer signature does not verify with seal_public_key"));
    if (f.headerSha256 != hex(ArchiveSeal::digest(h.json)))
        return failure(footer, "bad-seal", QStringLiteral("header_sha256 is not the header's digest"));
    if (f.period != h.period || f.registerId != h.registerId || f.version != ArchiveFormatVersion)
        return failure(footer, "bad-seal",
                       QStringLiteral("period, register_id or version differ from the header's"));
    if (h.sealKey != history.lastKey())
        return failure(header, "bad-seal",
                       QStringLiteral("seal_public_key is not the last key of the key history"));
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkFooter() const
{
    const ArchiveFooter &f = file.footer;
    const ArchiveHeader &h = file.header;
    const std::optional<qint64> firstSeq
        = m_links.isEmpty() ? std::nullopt : std::optional<qint64>(m_links.constFirst().seq);
    const std::pair<const char *, bool> fields[] = {
        {"first_seq", f.firstSeq == firstSeq},
        {"last_seq", f.lastSeq == rules->lastSeq()},
        {"link_count", f.linkCount == file.links.size()},
        {"last_hash", f.lastHash == hex(rules->lastHash())},
        {"links_sha256", f.linksSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.links))},
        {"period_closure_count", f.periodClosureCount == file.periodClosures.size()},
        {"period_closures_sha256",
         f.periodClosuresSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.periodClosures))},
        {"key_change_count", f.keyChangeCount == file.keyChanges.size()},
        {"key_changes_sha256",
         f.keyChangesSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.keyChanges))},
        {"carried_count", f.carriedCount == file.carried.size()},
        {"carried_sha256", f.carriedSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.carried))},
        {"closing", f.closing == rules->numbers(h.registerId)},
        {"public_key", f.publicKey == history.keyAt(rules->lastSeq())},
    };
    for (const auto &[name, same] : fields) {
        if (!same)
            return failure(QStringLiteral("footer"), "footer-mismatch",
                           QLatin1String(name) + QStringLiteral(" does not describe the archive's content"));
    }
    return std::nullopt;
}

} // namespace comptoir
