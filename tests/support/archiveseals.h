// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a sealed archive (format version 2) back in the writer's tests: its lists, its links'
// seqs and types, and every property of its seal (envelope, signatures, the footer's digest of the
// header, counts, indexes and ends), checked the way docs/fiscal-format.md states them.
#include "models/archive/archiveseal.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"
#include "models/storage/database.h"
#include "tillfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace comptoir::fiscaltest {

inline QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

inline QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QList<qint64> seqs(const QJsonArray &links)
{
    QList<qint64> result;
    for (const QJsonValue &link : links)
        result << link.toObject().value(QLatin1String("seq")).toInteger();
    return result;
}

inline QStringList types(const QJsonArray &links)
{
    QStringList result;
    for (const QJsonValue &link : links)
        result << link.toObject().value(QLatin1String("record_type")).toString();
    return result;
}

// The seq of a record's link.
inline qint64 seqOf(const Database &db, const QString &type, qint64 recordId)
{
    return tilltest::scalar(
               db, QStringLiteral("SELECT seq FROM fiscal_chain WHERE record_type = ? AND record_id = ?"),
               {type, recordId})
        .toLongLong();
}

inline qint64 seqOfLast(const Database &db, const QString &type)
{
    return tilltest::scalar(db, QStringLiteral("SELECT max(seq) FROM fiscal_chain WHERE record_type = ?"),
                            {type})
        .toLongLong();
}

// An opening or closing state; lastClosedDay empty: null (no Z yet).
inline QJsonObject state(qint64 ticket, qint64 closure, qint64 month, qint64 year, qint64 grandTotal,
                         const QString &lastClosedDay = {})
{
    return QJsonObject {{QStringLiteral("ticket_number"), ticket},
                        {QStringLiteral("closure_number"), closure},
                        {QStringLiteral("month_closure_number"), month},
                        {QStringLiteral("year_closure_number"), year},
                        {QStringLiteral("grand_total_cents"), grandTotal},
                        {QStringLiteral("last_closed_day"),
                         lastClosedDay.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastClosedDay)}};
}

// What every v2 archive must satisfy: the envelope, both signatures by key, the footer's
// digest of the header, its counts and indexes of the three lists, its ends.
inline QString sealProblem(const QJsonObject &archive, const QByteArray &key)
{
    const QJsonObject header = archive.value(QLatin1String("header")).toObject();
    const QJsonObject footer = archive.value(QLatin1String("footer")).toObject();
    const QJsonArray links = archive.value(QLatin1String("links")).toArray();
    const QJsonArray closures = archive.value(QLatin1String("period_closures")).toArray();
    const QJsonArray changes = archive.value(QLatin1String("key_changes")).toArray();
    const QJsonObject previous = header.value(QLatin1String("previous_link")).toObject();
    QStringList problems;
    auto expect = [&problems](bool ok, const char *what) {
        if (!ok)
            problems << QString::fromLatin1(what);
    };
    expect(archive.value(QLatin1String("format")).toString() == QLatin1String("comptoir-fiscal-archive"),
           "format");
    expect(archive.value(QLatin1String("version")).toInt() == 2, "version");
    expect(header.value(QLatin1String("record")).toString() == QLatin1String("archive-header"),
           "header record");
    expect(footer.value(QLatin1String("record")).toString() == QLatin1String("archive-footer"),
           "footer record");
    expect(header.value(QLatin1String("version")).toInt() == 2
               && footer.value(QLatin1String("version")).toInt() == 2,
           "seal versions");
    expect(fromBase64(header.value(QLatin1String("seal_public_key"))) == key, "seal key");
    expect(Ed25519Key::verify(key, ArchiveSeal::digest(header),
                              fromBase64(archive.value(QLatin1String("header_signature")))),
           "header signature");
    expect(Ed25519Key::verify(key, ArchiveSeal::digest(footer),
                              fromBase64(archive.value(QLatin1String("footer_signature")))),
           "footer signature");
    expect(footer.value(QLatin1String("header_sha256")).toString() == hex(ArchiveSeal::digest(header)),
           "header_sha256");
    expect(footer.value(QLatin1String("period")) == header.value(QLatin1String("period"))
               && footer.value(QLatin1String("register_id")) == header.value(QLatin1String("register_id")),
           "footer period / register");
    expect(footer.value(QLatin1String("link_count")).toInteger() == links.size(), "link_count");
    expect(footer.value(QLatin1String("links_sha256")).toString().toLatin1()
               == ArchiveSeal::linksIndex(links),
           "links_sha256");
    expect(footer.value(QLatin1String("period_closure_count")).toInteger() == closures.size(),
           "period_closure_count");
    expect(footer.value(QLatin1String("period_closures_sha256")).toString().toLatin1()
               == ArchiveSeal::linksIndex(closures),
           "period_closures_sha256");
    expect(footer.value(QLatin1String("key_change_count")).toInteger() == changes.size(), "key_change_count");
    expect(footer.value(QLatin1String("key_changes_sha256")).toString().toLatin1()
               == ArchiveSeal::linksIndex(changes),
           "key_changes_sha256");
    if (links.isEmpty()) {
        expect(footer.value(QLatin1String("first_seq")).isNull(), "first_seq null");
        expect(footer.value(QLatin1String("last_seq")) == previous.value(QLatin1String("seq")),
               "last_seq = previous");
        expect(footer.value(QLatin1String("last_hash")) == previous.value(QLatin1String("hash")),
               "last_hash = previous");
        expect(footer.value(QLatin1String("closing")) == header.value(QLatin1String("opening")),
               "closing = opening");
    } else {
        const QJsonObject first = links.first().toObject();
        const QJsonObject last = links.last().toObject();
        expect(first.value(QLatin1String("seq")).toInteger()
                   == previous.value(QLatin1String("seq")).toInteger() + 1,
               "first link follows previous_link");
        expect(first.value(QLatin1String("previous_hash")) == previous.value(QLatin1String("hash")),
               "first link's previous hash");
        expect(footer.value(QLatin1String("first_seq")) == first.value(QLatin1String("seq")), "first_seq");
        expect(footer.value(QLatin1String("last_seq")) == last.value(QLatin1String("seq")), "last_seq");
        expect(footer.value(QLatin1String("last_hash")) == last.value(QLatin1String("hash")), "last_hash");
        const QList<qint64> numbers = seqs(links);
        for (qsizetype i = 1; i < numbers.size(); ++i)
            expect(numbers.at(i) == numbers.at(i - 1) + 1, "consecutive links");
    }
    return problems.join(QStringLiteral(", "));
}

} // namespace comptoir::fiscaltest
