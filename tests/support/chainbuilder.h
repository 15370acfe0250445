// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-built fiscal chains and sealed archives (format version 2, docs/fiscal-format.md), for the
// tests of the rule engine, the archive reader and `journal verify --archive`: records
// (chainrecords.h) chained, hashed and signed, then sealed as SPEC §3 says, with no database.
#include "chainrecords.h"
#include "models/archive/archiveseal.h"
#include "models/archive/chainrules.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/keyhistory.h"
#include "models/sales/ticketcalculator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace comptoir::chaintest {

inline QString hexOf(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex());
}

// A chain of links built in memory, each signed by the key in effect (switched by keyChanged()).
class ChainBuilder
{
public:
    explicit ChainBuilder(Ed25519Key key = keyFromByte('\x11')) : m_key(std::move(key)) { }

    QString registerId = QStringLiteral("0190a000-0000-7000-8000-00000000reg1");
    QList<QJsonObject> links; // in chain order, as an archive holds them

    // Appends record (uuid and register_id filled in when absent) and returns its link.
    QJsonObject append(QJsonObject record)
    {
        const QString type = record.value(QLatin1String("record")).toString();
        if (!record.contains(QLatin1String("uuid")))
            record.insert(QStringLiteral("uuid"), QStringLiteral("uuid-%1").arg(links.size() + 1));
        if (!record.contains(QLatin1String("register_id")))
            record.insert(QStringLiteral("register_id"), registerId);
        return appendBytes(type, canonicalJson(record));
    }
    // Appends exact bytes (a non-canonical record, say) under record type `type`.
    QJsonObject appendBytes(const QString &type, const QByteArray &canonical)
    {
        const qint64 seq = links.size() + 1;
        const QByteArray previous = links.isEmpty()
            ? QByteArray(32, '\0')
            : QByteArray::fromHex(links.last().value(QLatin1String("hash")).toString().toLatin1());
        const QByteArray hash = FiscalChain::sha256(previous + canonical);
        const qint64 id = ++m_ids[type];
        QJsonObject link {
            {QStringLiteral("seq"), seq},
            {QStringLiteral("record_type"), type},
            {QStringLiteral("record_id"), id},
            {QStringLiteral("previous_hash"), hexOf(previous)},
            {QStringLiteral("hash"), hexOf(hash)},
            {QStringLiteral("signature"), QString::fromLatin1(m_key.sign(hash).value().toBase64())},
            {QStringLiteral("canonical"), QString::fromUtf8(canonical)}};
        links << link;
        return link;
    }
    // Records a key change to `to` (signed by `to`, as are the links after it).
    QJsonObject changeKey(const Ed25519Key &to, bool endorsed = true)
    {
        const QJsonObject record = keyChanged(m_key, to, endorsed);
        m_key = to;
        return append(record);
    }
    const Ed25519Key &key() const { return m_key; }

private:
    Ed25519Key m_key;
    QMap<QString, qint64> m_ids;
};

// The engine's input for an archive link.
inline ChainLinkInput input(const QJsonObject &link)
{
    ChainLinkInput in;
    in.seq = link.value(QLatin1String("seq")).toInteger();
    in.recordType = link.value(QLatin1String("record_type")).toString();
    in.recordId = link.value(QLatin1String("record_id")).toInteger();
    in.previousHash = QByteArray::fromHex(link.value(QLatin1String("previous_hash")).toString().toLatin1());
    in.hash = QByteArray::fromHex(link.value(QLatin1String("hash")).toString().toLatin1());
    in.signature = QByteArray::fromBase64(link.value(QLatin1String("signature")).toString().toLatin1());
    in.canonical = link.value(QLatin1String("canonical")).toString().toUtf8();
    return in;
}

inline QJsonObject recordOf(const QJsonObject &link)
{
    return QJsonDocument::fromJson(link.value(QLatin1String("canonical")).toString().toUtf8()).object();
}

inline QJsonObject numbersJson(const SeriesNumbers &n)
{
    return QJsonObject {
        {QStringLiteral("ticket_number"), n.ticket},
        {QStringLiteral("closure_number"), n.closure},
        {QStringLiteral("month_closure_number"), n.monthClosure},
        {QStringLiteral("year_closure_number"), n.yearClosure},
        {QStringLiteral("grand_total_cents"), n.grandTotal},
        {QStringLiteral("last_closed_day"),
         n.lastClosedDay.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.lastClosedDay)}};
}

// The numbers after the links up to (and including) index `upTo` (−1: none).
inline SeriesNumbers numbersAfter(const QList<QJsonObject> &links, qsizetype upTo)
{
    SeriesNumbers n;
    for (qsizetype i = 0; i <= upTo && i < links.size(); ++i) {
        const QString type = links.at(i).value(QLatin1String("record_type")).toString();
        const QJsonObject r = recordOf(links.at(i));
        const qint64 number = r.value(QLatin1String("number")).toInteger();
        if (type == QLatin1String("ticket"))
            n.ticket = number;
        else if (type == QLatin1String("closure")) {
            n.closure = number;
            n.grandTotal = r.value(QLatin1String("grand_total_cents")).toInteger();
            n.lastClosedDay = r.value(QLatin1String("business_day")).toString();
        } else if (type == QLatin1String("month-closure"))
            n.monthClosure = number;
        else if (type == QLatin1String("year-closure"))
            n.yearClosure = number;
    }
    return n;
}

// What an archive holds besides its links, for sealArchive().
struct ArchivePlan
{
    QString period = QStringLiteral("2026-11");
    qsizetype first = 0; // index of the first link of the range in the chain's links
    qsizetype last = -1; // index of the last (first − 1: an empty range)
    QList<qsizetype> periodClosures; // indexes of the month and year closures of the period
    QJsonValue previousArchive = QJsonValue::Null;
};

// A sealed version 2 archive of chain's links plan.first..plan.last, sealed with `seal` (the
// chain's current key by default), as SPEC §3 says.
inline QJsonObject sealArchive(const ChainBuilder &chain, const ArchivePlan &plan,
                               const Ed25519Key *seal = nullptr, const KeyHistory *keysOverride = nullptr)
{
    const Ed25519Key &sealKey = seal ? *seal : chain.key();
    QJsonArray links, closures, changes;
    for (qsizetype i = plan.first; i <= plan.last; ++i)
        links.append(chain.links.at(i));
    for (qsizetype i : plan.periodClosures)
        closures.append(chain.links.at(i));
    QList<KeyChange> keyChanges;
    for (const QJsonObject &link : chain.links) {
        auto change = keyChangeFromRecord(recordOf(link), link.value(QLatin1String("seq")).toInteger());
        if (change && change.value()) {
            changes.append(link);
            keyChanges << *change.value();
        }
    }
    const KeyHistory history
        = keysOverride ? *keysOverride : KeyHistory::fromChanges(keyChanges, chain.key().publicKey());
    const qint64 previousSeq = plan.first;
    const QString previousHash = plan.first == 0
        ? QString(64, QLatin1Char('0'))
        : chain.links.at(plan.first - 1).value(QLatin1String("hash")).toString();
    const qint64 lastSeq = plan.last >= plan.first ? plan.last + 1 : previousSeq;
    const QJsonObject header {
        {QStringLiteral("record"), QStringLiteral("archive-header")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("period"), plan.period},
        {QStringLiteral("register_id"), chain.registerId},
        {QStringLiteral("shop"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Test")},
                      {QStringLiteral("siret"), QStringLiteral("1")},
                      {QStringLiteral("vat_number"), QStringLiteral("FR1")},
                      {QStringLiteral("marketplace_shop_id"), QJsonValue::Null}}},
        {QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")},
        {QStringLiteral("generated_at"), QStringLiteral("2026-12-01T08:00:00.000Z")},
        {QStringLiteral("public_key"), QString::fromLatin1(history.keyAt(previousSeq).toBase64())},
        {QStringLiteral("seal_public_key"), QString::fromLatin1(sealKey.publicKey().toBase64())},
        {QStringLiteral("previous_link"),
         QJsonObject {{QStringLiteral("seq"), previousSeq}, {QStringLiteral("hash"), previousHash}}},
        {QStringLiteral("opening"), numbersJson(numbersAfter(chain.links, plan.first - 1))},
        {QStringLiteral("previous_archive"), plan.previousArchive},
    };
    const QJsonObject footer {
        {QStringLiteral("record"), QStringLiteral("archive-footer")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("period"), plan.period},
        {QStringLiteral("register_id"), chain.registerId},
        {QStringLiteral("header_sha256"), hexOf(ArchiveSeal::digest(header))},
        {QStringLiteral("first_seq"),
         links.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previousSeq + 1)},
        {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("link_count"), links.size()},
        {QStringLiteral("last_hash"),
         links.isEmpty() ? previousHash : links.last().toObject().value(QLatin1String("hash")).toString()},
        {QStringLiteral("links_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(links))},
        {QStringLiteral("period_closure_count"), closures.size()},
        {QStringLiteral("period_closures_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(closures))},
        {QStringLiteral("key_change_count"), changes.size()},
        {QStringLiteral("key_changes_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(changes))},
        {QStringLiteral("carried_count"), 0},
        {QStringLiteral("carried_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(QJsonArray()))},
        {QStringLiteral("closing"), numbersJson(numbersAfter(chain.links, plan.last))},
        {QStringLiteral("public_key"), QString::fromLatin1(history.keyAt(lastSeq).toBase64())},
    };
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("comptoir-fiscal-archive")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("header"), header},
        {QStringLiteral("header_signature"),
         QString::fromLatin1(sealKey.sign(ArchiveSeal::digest(header)).value().toBase64())},
        {QStringLiteral("links"), links},
        {QStringLiteral("period_closures"), closures},
        {QStringLiteral("key_changes"), changes},
        {QStringLiteral("carried"), QJsonArray()},
        {QStringLiteral("footer"), footer},
        {QStringLiteral("footer_signature"),
         QString::fromLatin1(sealKey.sign(ArchiveSeal::digest(footer)).value().toBase64())},
    };
}

// Re-seals an archive object after an edit, with key (header and footer recomputed from the
// content as a forger holding that key would: footer indexes, counts, header digest).
inline QJsonObject reseal(QJsonObject archive, const Ed25519Key &key)
{
    QJsonObject header = archive.value(QLatin1String("header")).toObject();
    header.insert(QStringLiteral("seal_public_key"), QString::fromLatin1(key.publicKey().toBase64()));
    QJsonObject footer = archive.value(QLatin1String("footer")).toObject();
    const QJsonArray links = archive.value(QLatin1String("links")).toArray();
    footer.insert(QStringLiteral("header_sha256"), hexOf(ArchiveSeal::digest(header)));
    footer.insert(QStringLiteral("link_count"), links.size());
    footer.insert(QStringLiteral("links_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(links)));
    const QJsonArray closures = archive.value(QLatin1String("period_closures")).toArray();
    footer.insert(QStringLiteral("period_closure_count"), closures.size());
    footer.insert(QStringLiteral("period_closures_sha256"),
                  QString::fromLatin1(ArchiveSeal::linksIndex(closures)));
    if (!links.isEmpty()) {
        footer.insert(QStringLiteral("first_seq"), links.first().toObject().value(QLatin1String("seq")));
        footer.insert(QStringLiteral("last_seq"), links.last().toObject().value(QLatin1String("seq")));
        footer.insert(QStringLiteral("last_hash"), links.last().toObject().value(QLatin1String("hash")));
    }
    archive.insert(QStringLiteral("header"), header);
    archive.insert(QStringLiteral("footer"), footer);
    archive.insert(QStringLiteral("header_signature"),
                   QString::fromLatin1(key.sign(ArchiveSeal::digest(header)).value().toBase64()));
    archive.insert(QStringLiteral("footer_signature"),
                   QString::fromLatin1(key.sign(ArchiveSeal::digest(footer)).value().toBase64()));
    return archive;
}

// Re-signs every link of an archive's lists with key (hashes unchanged, or recomputed when
// rehash: a forger's chain after an edit).
inline QJsonObject resignLinks(QJsonObject archive, const Ed25519Key &key)
{
    QString previous = archive.value(QLatin1String("header"))
                           .toObject()
                           .value(QLatin1String("previous_link"))
                           .toObject()
                           .value(QLatin1String("hash"))
                           .toString();
    QJsonArray links;
    for (const QJsonValue &value : archive.value(QLatin1String("links")).toArray()) {
        QJsonObject link = value.toObject();
        const QByteArray hash
            = FiscalChain::sha256(QByteArray::fromHex(previous.toLatin1())
                                  + link.value(QLatin1String("canonical")).toString().toUtf8());
        link.insert(QStringLiteral("previous_hash"), previous);
        link.insert(QStringLiteral("hash"), hexOf(hash));
        link.insert(QStringLiteral("signature"), QString::fromLatin1(key.sign(hash).value().toBase64()));
        previous = hexOf(hash);
        links.append(link);
    }
    archive.insert(QStringLiteral("links"), links);
    QJsonArray closures; // their own previous hash kept: only their signature changes
    for (const QJsonValue &value : archive.value(QLatin1String("period_closures")).toArray()) {
        QJsonObject link = value.toObject();
        const QByteArray hash = FiscalChain::sha256(
            QByteArray::fromHex(link.value(QLatin1String("previous_hash")).toString().toLatin1())
            + link.value(QLatin1String("canonical")).toString().toUtf8());
        link.insert(QStringLiteral("hash"), hexOf(hash));
        link.insert(QStringLiteral("signature"), QString::fromLatin1(key.sign(hash).value().toBase64()));
        closures.append(link);
    }
    archive.insert(QStringLiteral("period_closures"), closures);
    QJsonObject header = archive.value(QLatin1String("header")).toObject();
    header.insert(QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().toBase64()));
    archive.insert(QStringLiteral("header"), header);
    QJsonObject footer = archive.value(QLatin1String("footer")).toObject();
    footer.insert(QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().toBase64()));
    archive.insert(QStringLiteral("footer"), footer);
    return archive;
}

} // namespace comptoir::chaintest
