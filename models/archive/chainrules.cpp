// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's rule engine (chainrules.h).
#include "models/archive/chainrules.h"

#include "models/archive/ticketaudit.h"
#include "models/sales/businessday.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>

namespace comptoir {

namespace {

RuleFailure failure(const ChainLinkInput &link, const char *problem, const QString &detail)
{
    return RuleFailure {link.name(), QLatin1String(problem), link.at() + QStringLiteral(": ") + detail};
}

QString text(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toInteger();
}

QString periodKey(const QString &registerId, const QString &period)
{
    return registerId + QLatin1Char('|') + period;
}

quint64 digest64(const QByteArray &bytes)
{
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(sha.constData());
}

int typeIndex(const QString &type)
{
    static const QStringList types
        = {QStringLiteral("ticket"), QStringLiteral("closure"), QStringLiteral("event"),
           QStringLiteral("month-closure"), QStringLiteral("year-closure")};
    return int(types.indexOf(type));
}

} // namespace

ChainRules::ChainRules(Setup setup)
    : m_setup(std::move(setup)), m_seq(m_setup.previousSeq), m_hash(m_setup.previousHash)
{
    if (!m_setup.opening.lastClosedDay.isEmpty())
        m_lastClosedDay.insert(m_setup.registerId, m_setup.opening.lastClosedDay);
}

void ChainRules::feedCarried(const QString &recordType, const QJsonObject &record, const QString &businessDay)
{
    if (recordType == QLatin1String("ticket"))
        m_days.addTicket(text(record, "register_id"), businessDay, record);
    else
        m_days.addCancelled(text(record, "register_id"), businessDay);
}

SeriesNumbers &ChainRules::series(const QString &registerId)
{
    auto it = m_series.find(registerId);
    if (it == m_series.end())
        it = m_series.insert(registerId,
                             registerId == m_setup.registerId ? m_setup.opening : SeriesNumbers {});
    return *it;
}

SeriesNumbers ChainRules::numbers(const QString &registerId) const
{
    SeriesNumbers n
        = m_series.value(registerId, registerId == m_setup.registerId ? m_setup.opening : SeriesNumbers {});
    n.lastClosedDay = m_lastClosedDay.value(registerId);
    return n;
}

const PeriodTotals *ChainRules::periodTotals(const QString &registerId, const QString &period) const
{
    const auto it = m_periods.constFind(periodKey(registerId, period));
    return it == m_periods.constEnd() ? nullptr : &*it;
}

void ChainRules::signedBy(const QByteArray &key, qint64 seq)
{
    auto it = m_signed.find(key);
    if (it == m_signed.end()) {
        m_signed.insert(key, {seq, seq});
        return;
    }
    it->first = std::min(it->first, seq);
    it->second = std::max(it->second, seq);
}

QList<KeySpan> ChainRules::keySpans() const
{
    QList<KeySpan> spans;
    for (const QByteArray &key : m_setup.keys.keys()) {
        if (std::any_of(spans.cbegin(), spans.cend(), [&](const KeySpan &s) { return s.publicKey == key; }))
            continue;
        const auto range = m_signed.value(key, {0, 0});
        spans << KeySpan {key, range.first, range.second, false};
    }
    return spans;
}

std::optional<RuleFailure> ChainRules::feed(const ChainLinkInput &link)
{
    QJsonObject record;
    if (link.unreadable.isEmpty()) {
        if (auto failed = LinkCheck::parse(link, record))
            return failed;
    }
    if (link.seq != m_seq + 1)
        return failure(link, "chain-gap",
                       QStringLiteral("where ") + QString::number(m_seq + 1)
                           + QStringLiteral(" was expected"));
    if (link.previousHash != m_hash)
        return failure(link, "previous-hash", QStringLiteral("not the hash of the link before"));
    if (!link.unreadable.isEmpty())
        return RuleFailure {link.name(), link.unreadable,
                            link.at() + QStringLiteral(": ") + link.unreadableDetail};
    if (auto failed = LinkCheck::canonicalForm(link, record))
        return failed;
    if (auto failed = LinkCheck::recordType(link, record))
        return failed;
    if (auto failed = LinkCheck::hash(link))
        return failed;
    if (auto failed = checkKeyChange(link, record))
        return failed;
    const QByteArray key = m_setup.keys.keyAt(link.seq);
    if (auto failed = LinkCheck::signature(link, key))
        return failed;
    if (auto failed = checkDuplicate(link, record))
        return failed;
    if (auto failed = checkNumber(link, record))
        return failed;
    const QString &type = link.recordType;
    std::optional<RuleFailure> failed;
    if (type == QLatin1String("ticket"))
        failed = checkTicket(link, record);
    else if (type == QLatin1String("closure"))
        failed = checkClosure(link, record);
    else if (type == QLatin1String("event"))
        failed = checkEvent(link, record);
    else
        failed = checkPeriodClosure(link, record);
    if (failed)
        return failed;
    signedBy(key, link.seq);
    m_seq = link.seq;
    m_hash = link.hash;
    ++links;
    if (type == QLatin1String("ticket"))
        ++tickets;
    else if (type == QLatin1String("closure"))
        ++closures;
    else if (type == QLatin1String("event"))
        ++events;
    else
        ++periodClosures;
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkKeyChange(const ChainLinkInput &link,
                                                      const QJsonObject &record) const
{
    auto change = keyChangeFromRecord(record, link.seq);
    if (!change)
        return failure(link, "key-change", change.error().detail);
    if (!change.value())
        return std::nullopt;
    const KeyChange &c = *change.value();
    if (c.previousKey != m_setup.keys.keyAt(link.seq - 1))
        return failure(link, "key-change",
                       QStringLiteral("previous_public_key is not the key in effect before it"));
    if (!c.endorsement.isEmpty() && !c.endorsed())
        return failure(link, "key-change",
                       QStringLiteral("the endorsement does not verify with the previous key"));
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkDuplicate(const ChainLinkInput &link, const QJsonObject &record)
{
    const quint64 uuid = digest64(text(record, "uuid").toUtf8());
    const quint64 id = (quint64(typeIndex(link.recordType) + 1) << 56) ^ quint64(link.recordId);
    if (m_uuids.contains(uuid))
        return failure(link, "duplicate-record",
                       QStringLiteral("uuid ") + text(record, "uuid") + QStringLiteral(" seen before"));
    if (m_records.contains(id))
        return failure(link, "duplicate-record", QStringLiteral("a link to this record was seen before"));
    m_uuids.insert(uuid);
    m_records.insert(id);
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkNumber(const ChainLinkInput &link, const QJsonObject &record)
{
    const QString registerId = text(record, "register_id");
    if (!m_setup.registerId.isEmpty() && registerId != m_setup.registerId)
        return failure(link, "bad-format",
                       QStringLiteral("a record of register ") + registerId
                           + QStringLiteral(", not the archive's"));
    SeriesNumbers &numbers = series(registerId);
    qint64 *last = nullptr;
    if (link.recordType == QLatin1String("ticket"))
        last = &numbers.ticket;
    else if (link.recordType == QLatin1String("closure"))
        last = &numbers.closure;
    else if (link.recordType == QLatin1String("month-closure"))
        last = &numbers.monthClosure;
    else if (link.recordType == QLatin1String("year-closure"))
        last = &numbers.yearClosure;
    if (!last)
        return std::nullopt;
    const qint64 number = integer(record, "number");
    const qint64 expected = *last + 1;
    *last = number;
    if (number != expected)
        return failure(link, "number-gap",
                       QStringLiteral("number ") + QString::number(number) + QStringLiteral(" where ")
                           + QString::number(expected) + QStringLiteral(" was expected"));
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkTicket(const ChainLinkInput &link, const QJsonObject &record)
{
    if (const QString why = TicketAudit::mismatch(record); !why.isEmpty())
        return failure(link, "ticket-total", why);
    const QString registerId = text(record, "register_id");
    const QString day = text(record, "business_day");
    const QString closed = m_lastClosedDay.value(registerId);
    if (!closed.isEmpty() && day <= closed)
        return failure(link, "closure-total",
                       QStringLiteral("a ticket of ") + day
                           + QStringLiteral(", a day already closed by a Z"));
    m_days.addTicket(registerId, day, record);
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkClosure(const ChainLinkInput &link, const QJsonObject &record)
{
    const QString registerId = text(record, "register_id");
    const QString day = text(record, "business_day");
    QString &closed = m_lastClosedDay[registerId];
    if (!closed.isEmpty() && day <= closed)
        return failure(link, "closure-total",
                       QStringLiteral("business_day ") + day
                           + QStringLiteral(" is not after the previous Z's ") + closed);
    SeriesNumbers &numbers = series(registerId);
    if (const QString why = m_days.closureMismatch(record, numbers.grandTotal); !why.isEmpty())
        return failure(link, "closure-total", why);
    numbers.grandTotal = integer(record, "grand_total_cents");
    closed = day;
    auto month = m_periods.find(periodKey(registerId, day.left(7)));
    if (month == m_periods.end())
        month = m_periods.insert(periodKey(registerId, day.left(7)), PeriodTotals(true));
    month->add(record);
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkPeriodClosure(const ChainLinkInput &link,
                                                          const QJsonObject &record)
{
    const QString registerId = text(record, "register_id");
    const QString period = text(record, "period");
    const bool month = link.recordType == QLatin1String("month-closure");
    if (m_setup.periodTotalsWhenMet) {
        const PeriodTotals *covered = periodTotals(registerId, period);
        const QString why = covered ? covered->mismatch(record) : QStringLiteral("no closure covered");
        if (!why.isEmpty())
            return failure(link, "period-total", why);
    }
    if (month) {
        auto year = m_periods.find(periodKey(registerId, period.left(4)));
        if (year == m_periods.end())
            year = m_periods.insert(periodKey(registerId, period.left(4)), PeriodTotals(false));
        year->add(record);
    }
    return std::nullopt;
}

std::optional<RuleFailure> ChainRules::checkEvent(const ChainLinkInput &link, const QJsonObject &record)
{
    if (text(record, "kind") != QLatin1String("ticket_cancelled"))
        return std::nullopt;
    const QString registerId = text(record, "register_id");
    const QJsonObject detail = QJsonDocument::fromJson(text(record, "detail").toUtf8()).object();
    const QString closed = m_lastClosedDay.value(registerId);
    QString day = detail.value(QLatin1String("business_day")).toString();
    if (!day.isEmpty()) {
        if (!closed.isEmpty() && day <= closed)
            return failure(link, "closure-total",
                           QStringLiteral("a ticket cancelled on ") + day
                               + QStringLiteral(", a day already closed by a Z"));
    } else {
        // Written before schema 10: the local date of occurred_at, or the day after the last Z's.
        const QDateTime at = QDateTime::fromString(text(record, "occurred_at"), Qt::ISODateWithMs);
        if (!at.isValid())
            return failure(link, "bad-format", QStringLiteral("occurred_at is not an ISO 8601 instant"));
        day = localDate(at, m_setup.zone).toString(Qt::ISODate);
        if (!closed.isEmpty() && day <= closed)
            day = QDate::fromString(closed, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    }
    m_days.addCancelled(registerId, day);
    return std::nullopt;
}

} // namespace comptoir
