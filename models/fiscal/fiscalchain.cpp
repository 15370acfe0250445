// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FiscalChain: appends validated tickets, closures and technical events to the register's
// hash chain (table fiscal_chain, write-once), each link signed with the register's key.
#include "models/fiscal/fiscalchain.h"

#include "models/clock.h"
#include "models/fiscal/signer.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

const QString LinkColumns
    = QStringLiteral("seq, record_type, record_id, previous_hash, hash, signature, stored_at");

ChainLink linkFromRow(const QSqlQuery &q)
{
    ChainLink link;
    link.seq = q.value(0).toLongLong();
    link.type = fiscalRecordTypeFromKey(q.value(1).toString()).value_or(FiscalRecordType::Ticket);
    link.recordId = q.value(2).toLongLong();
    link.previousHash = QByteArray::fromHex(q.value(3).toString().toLatin1());
    link.hash = QByteArray::fromHex(q.value(4).toString().toLatin1());
    link.signature = QByteArray::fromBase64(q.value(5).toString().toLatin1());
    link.storedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    return link;
}

} // namespace

QString fiscalRecordTypeKey(FiscalRecordType type)
{
    switch (type) {
    case FiscalRecordType::Ticket:
        return QStringLiteral("ticket");
    case FiscalRecordType::Closure:
        return QStringLiteral("closure");
    case FiscalRecordType::Event:
        return QStringLiteral("event");
    case FiscalRecordType::MonthClosure:
        return QStringLiteral("month-closure");
    case FiscalRecordType::YearClosure:
        return QStringLiteral("year-closure");
    }
    return {};
}

std::optional<FiscalRecordType> fiscalRecordTypeFromKey(const QString &key)
{
    if (key == QLatin1String("ticket"))
        return FiscalRecordType::Ticket;
    if (key == QLatin1String("closure"))
        return FiscalRecordType::Closure;
    if (key == QLatin1String("event"))
        return FiscalRecordType::Event;
    if (key == QLatin1String("month-closure"))
        return FiscalRecordType::MonthClosure;
    if (key == QLatin1String("year-closure"))
        return FiscalRecordType::YearClosure;
    return std::nullopt;
}

FiscalChain::FiscalChain(Database &db, const Signer &signer, const Clock &clock)
    : m_db(db), m_signer(signer), m_clock(clock)
{ }

Result<ChainLink> FiscalChain::append(FiscalRecordType type, qint64 recordId, const QByteArray &canonical)
{
    // Normally a savepoint inside the record's own transaction; alone, a transaction of its own
    // so that reading the last link and writing the next one cannot interleave with another writer.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto previous = last();
    if (!previous)
        return previous.error();
    ChainLink link;
    link.seq = previous.value() ? previous.value()->seq + 1 : 1;
    link.type = type;
    link.recordId = recordId;
    link.previousHash = previous.value() ? previous.value()->hash : QByteArray(32, '\0');
    link.hash = sha256(link.previousHash + canonical);
    auto signature = m_signer.sign(link.hash);
    if (!signature) {
        qCWarning(lcModels) << "cannot sign the fiscal record" << fiscalRecordTypeKey(type) << recordId;
        return signature.error();
    }
    link.signature = signature.value();
    const QDateTime now = m_clock.now().toUTC();
    link.storedAt = QDateTime::fromString(now.toString(Qt::ISODateWithMs), Qt::ISODateWithMs).toUTC();
    if (Status s
        = m_db.exec(QStringLiteral("INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, "
                                   "previous_hash, hash, signature, stored_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {link.seq, m_db.deviceId(), fiscalRecordTypeKey(type), recordId,
                     QString::fromLatin1(link.previousHash.toHex()), QString::fromLatin1(link.hash.toHex()),
                     QString::fromLatin1(link.signature.toBase64()), now.toString(Qt::ISODateWithMs)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return link;
}

Result<ChainLink> FiscalChain::link(FiscalRecordType type, qint64 recordId) const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + LinkColumns
                            + QStringLiteral(" FROM fiscal_chain WHERE record_type = ? AND record_id = ?"),
                        {fiscalRecordTypeKey(type), recordId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         fiscalRecordTypeKey(type) + QLatin1Char(' ') + QString::number(recordId),
                         QStringLiteral("fiscal chain link"));
    return linkFromRow(q.value());
}

Result<std::optional<ChainLink>> FiscalChain::last() const
{
    auto q = m_db.query(QStringLiteral("SELECT ") + LinkColumns
                        + QStringLiteral(" FROM fiscal_chain ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ChainLink>();
    return std::optional<ChainLink>(linkFromRow(q.value()));
}

QString FiscalChain::excerpt(const QByteArray &signature)
{
    return QString::fromLatin1(signature.toBase64().left(8));
}

QByteArray FiscalChain::sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace comptoir
