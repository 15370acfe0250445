// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sealed archive's writer (format version 2): from a real database across months, the range
// of each period (from the link after the last Z of the periods before to the period's last Z),
// the header and footer and their signatures, the indexes, the opening and closing states carried
// from month to month, the archive of the period before, a month with no Z, a year with its month
// and year closures; an archive is never left unsealed or unjournalled.
#include "archivefiles.h"
#include "archiveseals.h"
#include "models/archive/archiverange.h"
#include "models/archive/archivereader.h"
#include "models/archive/archiveseal.h"
#include "models/archive/journalarchive.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/registersigner.h"
#include "models/sales/businessday.h"
#include "periodfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

// Why a result failed (QVERIFY2 evaluates its message whatever the outcome).
template<typename T> QString why(const Result<T> &result)
{
    if (result.ok())
        return QString();
    const Error &e = result.error();
    return QStringLiteral("code %1 subject '%2' detail '%3'").arg(int(e.code)).arg(e.subject, e.detail);
}

struct Writer
{
    PeriodShop s;
    std::unique_ptr<EventJournal> events;
    QTemporaryDir dir;

    bool setUp()
    {
        if (!dir.isValid() || !s.setUpPeriods()
            || !s.shop.db().setMeta(shopTimeZoneKey(), QStringLiteral("Europe/Paris"))
            || !s.shop.db().setMeta(QStringLiteral("shop_name"), QStringLiteral("Épicerie du Martroi"))
            || !s.shop.db().setMeta(QStringLiteral("shop_siret"), QStringLiteral("73282932000074")))
            return false;
        events = std::make_unique<EventJournal>(s.shop.db(), s.shop.clock, s.shop.uuids, s.shop.chain);
        return true;
    }

    Result<ArchiveSummary> write(const QString &period)
    {
        return writeArchive(s.shop.db(), *events, s.shop.signer, s.shop.clock, period, path(period));
    }
    QString path(const QString &period) const { return dir.filePath(period + QStringLiteral(".json")); }
    QJsonObject read(const QString &period) const { return readJson(path(period)); }
};

} // namespace

class TestArchiveWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods();
    void consecutiveMonthsTileTheChain();
    void monthWithoutZIsEmptyAndSealed();
    void yearHoldsItsMonthAndYearClosures();
    void firstDaySoldBeforeTheZIsCarried();
    void signerNotReadyWritesNothing();
    void unjournalledArchiveIsRemoved();
};

void TestArchiveWriter::periods()
{
    QCOMPARE(ArchiveRange::lastDay(QStringLiteral("2026-11")), QDate(2026, 11, 30));
    QCOMPARE(ArchiveRange::lastDay(QStringLiteral("2028-02")), QDate(2028, 2, 29));
    QCOMPARE(ArchiveRange::lastDay(QStringLiteral("2026")), QDate(2026, 12, 31));
    QCOMPARE(ArchiveRange::previousPeriod(QStringLiteral("2026-11")), QStringLiteral("2026-10"));
    QCOMPARE(ArchiveRange::previousPeriod(QStringLiteral("2026-01")), QStringLiteral("2025-12"));
    QCOMPARE(ArchiveRange::previousPeriod(QStringLiteral("2026")), QStringLiteral("2025"));
    QCOMPARE(ArchiveRange::followedPeriods(QStringLiteral("2026-01")),
             QStringList({QStringLiteral("2025-12"), QStringLiteral("2025")}));
    QCOMPARE(ArchiveRange::followedPeriods(QStringLiteral("2026")),
             QStringList({QStringLiteral("2025"), QStringLiteral("2025-12")}));
    QCOMPARE(ArchiveRange::followedPeriods(QStringLiteral("2026-11")),
             QStringList({QStringLiteral("2026-10")}));
}

// October: two trading days (Zs 1 and 2), then an event on the 31st after the last Z. On the 1st
// of November October's month closure; two trading days; on the 30th a sale left open. Written on
// the 1st of December: October, then November.
void TestArchiveWriter::consecutiveMonthsTileTheChain()
{
    Writer w;
    QVERIFY(w.setUp());
    PeriodShop &s = w.s;
    Database &db = s.shop.db();
    QVERIFY(s.trade(QDate(2026, 10, 5), 1000, 2000));
    QVERIFY(s.trade(QDate(2026, 10, 30), 1500, 500));
    const qint64 octoberZ = seqOfLast(db, QStringLiteral("closure"));
    s.at(QDate(2026, 10, 31), 11);
    auto lateEvent = recordEvent(s, QStringLiteral("login"), QStringLiteral("{}"));
    QVERIFY(lateEvent.ok());
    const qint64 lateEventSeq = seqOf(db, QStringLiteral("event"), *lateEvent);
    s.at(QDate(2026, 11, 1), 9);
    QCOMPARE(s.closeEnded().size(), 1); // October's month closure
    const qint64 octoberMonthSeq = seqOfLast(db, QStringLiteral("month-closure"));
    QVERIFY(s.trade(QDate(2026, 11, 2), 700, 300));
    QVERIFY(s.trade(QDate(2026, 11, 20), 2000, 1000));
    const qint64 novemberZ = seqOfLast(db, QStringLiteral("closure"));
    QVERIFY(s.sell(QDate(2026, 11, 30), 990)); // ticket 9, after November's last Z: in no archive yet
    const qint64 openTicketSeq = seqOfLast(db, QStringLiteral("ticket"));
    s.at(QDate(2026, 12, 1), 8);
    const QByteArray key = testSigningKey().publicKey();

    // October: links 1 to its last Z; the event of the 31st and the month closure are not in it.
    auto october = w.write(QStringLiteral("2026-10"));
    QVERIFY2(october.ok(), qPrintable(why(october)));
    const QJsonObject oct = w.read(QStringLiteral("2026-10"));
    QCOMPARE(sealProblem(oct, key), QString());
    const QJsonArray octLinks = oct.value(QStringLiteral("links")).toArray();
    QCOMPARE(seqs(octLinks).constFirst(), qint64(1));
    QCOMPARE(seqs(octLinks).constLast(), octoberZ);
    QCOMPARE(qint64(octLinks.size()), octoberZ);
    QVERIFY(!seqs(octLinks).contains(lateEventSeq));
    QCOMPARE(october->links, int(octoberZ));
    QCOMPARE(october->tickets, 4);
    QCOMPARE(october->closures, 2);
    QCOMPARE(october->firstSeq, qint64(1));
    QCOMPARE(october->lastSeq, octoberZ);
    // Each canonical string is exactly the bytes the chain hashed.
    for (const QJsonValue &value : octLinks) {
        const QJsonObject link = value.toObject();
        const QByteArray previous
            = QByteArray::fromHex(link.value(QStringLiteral("previous_hash")).toString().toLatin1());
        QCOMPARE(
            hex(FiscalChain::sha256(previous + link.value(QStringLiteral("canonical")).toString().toUtf8())),
            link.value(QStringLiteral("hash")).toString());
        QVERIFY(Ed25519Key::verify(
            key, QByteArray::fromHex(link.value(QStringLiteral("hash")).toString().toLatin1()),
            fromBase64(link.value(QStringLiteral("signature")))));
    }
    const QJsonObject octHeader = oct.value(QStringLiteral("header")).toObject();
    QCOMPARE(octHeader.value(QStringLiteral("period")).toString(), QStringLiteral("2026-10"));
    QCOMPARE(octHeader.value(QStringLiteral("register_id")).toString(), db.deviceId());
    QCOMPARE(octHeader.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(octHeader.value(QStringLiteral("generated_at")).toString(),
             QStringLiteral("2026-12-01T07:00:00.000Z"));
    QCOMPARE(fromBase64(octHeader.value(QStringLiteral("public_key"))), key);
    const QJsonObject shop = octHeader.value(QStringLiteral("shop")).toObject();
    QCOMPARE(shop.value(QStringLiteral("name")).toString(), QStringLiteral("Épicerie du Martroi"));
    QCOMPARE(shop.value(QStringLiteral("siret")).toString(), QStringLiteral("73282932000074"));
    QCOMPARE(shop.value(QStringLiteral("vat_number")).toString(), QString());
    QVERIFY(shop.value(QStringLiteral("marketplace_shop_id")).isNull());
    QCOMPARE(
        octHeader.value(QStringLiteral("previous_link")).toObject(),
        QJsonObject({{QStringLiteral("seq"), 0}, {QStringLiteral("hash"), QString(64, QLatin1Char('0'))}}));
    QCOMPARE(octHeader.value(QStringLiteral("opening")).toObject(), state(0, 0, 0, 0, 0));
    QVERIFY(octHeader.value(QStringLiteral("previous_archive")).isNull());
    const QJsonObject octFooter = oct.value(QStringLiteral("footer")).toObject();
    QCOMPARE(octFooter.value(QStringLiteral("closing")).toObject(),
             state(4, 2, 0, 0, 5000, QStringLiteral("2026-10-30")));
    QCOMPARE(fromBase64(octFooter.value(QStringLiteral("public_key"))), key);
    // October's month closure (made in November) in its own archive's period_closures.
    QCOMPARE(seqs(oct.value(QStringLiteral("period_closures")).toArray()), QList<qint64>({octoberMonthSeq}));
    QCOMPARE(oct.value(QStringLiteral("key_changes")).toArray().size(), 0);

    // The Archive event: period, links, the file's SHA-256 and the footer's.
    const QJsonObject detail
        = QJsonDocument::fromJson(
              scalar(db, QStringLiteral("SELECT detail FROM events WHERE id = ?"), {october->eventId})
                  .toString()
                  .toUtf8())
              .object();
    QCOMPARE(detail.value(QStringLiteral("period")).toString(), QStringLiteral("2026-10"));
    QCOMPARE(detail.value(QStringLiteral("links")).toInteger(), octoberZ);
    QCOMPARE(detail.value(QStringLiteral("sha256")).toString().toLatin1(),
             fileSha256(w.path(QStringLiteral("2026-10"))));
    QCOMPARE(detail.value(QStringLiteral("footer_sha256")).toString(), hex(ArchiveSeal::digest(octFooter)));
    QCOMPARE(october->footerSha256, hex(ArchiveSeal::digest(octFooter)));

    // November: from the link after October's last Z (its DayClosed event) to November's last Z:
    // the event of the 31st and October's month closure are in it, the open ticket is not.
    auto november = w.write(QStringLiteral("2026-11"));
    QVERIFY2(november.ok(), qPrintable(why(november)));
    const QJsonObject nov = w.read(QStringLiteral("2026-11"));
    QCOMPARE(sealProblem(nov, key), QString());
    const QList<qint64> novSeqs = seqs(nov.value(QStringLiteral("links")).toArray());
    QCOMPARE(novSeqs.constFirst(), octoberZ + 1);
    QCOMPARE(novSeqs.constLast(), novemberZ);
    QVERIFY(novSeqs.contains(lateEventSeq));
    QVERIFY(novSeqs.contains(octoberMonthSeq));
    QVERIFY(!novSeqs.contains(openTicketSeq));
    QCOMPARE(november->tickets, 4);
    QCOMPARE(november->closures, 2);
    const QJsonObject novHeader = nov.value(QStringLiteral("header")).toObject();
    QCOMPARE(novHeader.value(QStringLiteral("previous_link")).toObject(),
             QJsonObject({{QStringLiteral("seq"), octoberZ},
                          {QStringLiteral("hash"), octFooter.value(QStringLiteral("last_hash"))}}));
    // The numbers and the grand total carry on from October.
    QCOMPARE(novHeader.value(QStringLiteral("opening")).toObject(),
             octFooter.value(QStringLiteral("closing")).toObject());
    QCOMPARE(nov.value(QStringLiteral("footer")).toObject().value(QStringLiteral("closing")).toObject(),
             state(8, 4, 1, 0, 5000 + 700 + 300 + 2000 + 1000, QStringLiteral("2026-11-20")));
    // It names October's archive: the file's SHA-256 and its footer's.
    QCOMPARE(novHeader.value(QStringLiteral("previous_archive")).toObject(),
             QJsonObject({{QStringLiteral("period"), QStringLiteral("2026-10")},
                          {QStringLiteral("sha256"),
                           QString::fromLatin1(fileSha256(w.path(QStringLiteral("2026-10"))))},
                          {QStringLiteral("footer_sha256"), hex(ArchiveSeal::digest(octFooter))}}));
    // November's month closure is not made yet (its 30th is open).
    QCOMPARE(nov.value(QStringLiteral("period_closures")).toArray().size(), 0);
}

void TestArchiveWriter::monthWithoutZIsEmptyAndSealed()
{
    Writer w;
    QVERIFY(w.setUp());
    PeriodShop &s = w.s;
    const QByteArray key = testSigningKey().publicKey();

    // Before anything: empty, from the chain's start.
    s.at(QDate(2026, 10, 1), 9);
    auto september = w.write(QStringLiteral("2026-09"));
    QVERIFY2(september.ok(), qPrintable(why(september)));
    QCOMPARE(september->links, 0);
    QCOMPARE(september->firstSeq, qint64(0));
    QCOMPARE(september->lastSeq, qint64(0));
    const QJsonObject sep = w.read(QStringLiteral("2026-09"));
    QCOMPARE(sealProblem(sep, key), QString());
    const QJsonObject sepFooter = sep.value(QStringLiteral("footer")).toObject();
    QCOMPARE(sepFooter.value(QStringLiteral("last_seq")).toInteger(), qint64(0));
    QCOMPARE(sepFooter.value(QStringLiteral("last_hash")).toString(), QString(64, QLatin1Char('0')));
    QCOMPARE(sepFooter.value(QStringLiteral("links_sha256")).toString().toLatin1(),
             QCryptographicHash::hash("[]", QCryptographicHash::Sha256).toHex());

    // October trades; November has no Z (a login only): its archive is empty, after October's Z.
    QVERIFY(s.trade(QDate(2026, 10, 5), 1000, 2000));
    const qint64 octoberZ = seqOfLast(s.shop.db(), QStringLiteral("closure"));
    s.at(QDate(2026, 11, 10), 9);
    QVERIFY(recordEvent(s, QStringLiteral("login"), QStringLiteral("{}")).ok());
    s.at(QDate(2026, 12, 1), 9);
    QVERIFY(w.write(QStringLiteral("2026-10")).ok());
    auto november = w.write(QStringLiteral("2026-11"));
    QVERIFY2(november.ok(), qPrintable(why(november)));
    QCOMPARE(november->links, 0);
    QCOMPARE(november->lastSeq, octoberZ);
    const QJsonObject nov = w.read(QStringLiteral("2026-11"));
    QCOMPARE(sealProblem(nov, key), QString());
    const QJsonObject header = nov.value(QStringLiteral("header")).toObject();
    QCOMPARE(
        header.value(QStringLiteral("previous_link")).toObject().value(QStringLiteral("seq")).toInteger(),
        octoberZ);
    QCOMPARE(header.value(QStringLiteral("opening")).toObject(),
             state(2, 1, 0, 0, 3000, QStringLiteral("2026-10-05")));
    QCOMPARE(header.value(QStringLiteral("previous_archive"))
                 .toObject()
                 .value(QStringLiteral("period"))
                 .toString(),
             QStringLiteral("2026-10"));
    QCOMPARE(fromBase64(header.value(QStringLiteral("public_key"))), key);
    QCOMPARE(fromBase64(nov.value(QStringLiteral("footer")).toObject().value(QStringLiteral("public_key"))),
             key);
}

// November (days 26 and 27) and December (the 1st) trade; on the 2nd of January 2027 the month
// closures of November and December and the year closure of 2026 are made.
void TestArchiveWriter::yearHoldsItsMonthAndYearClosures()
{
    Writer w;
    QVERIFY(w.setUp());
    PeriodShop &s = w.s;
    Database &db = s.shop.db();
    QVERIFY(s.trade(QDate(2026, 11, 26), 1200, 800));
    QVERIFY(s.trade(QDate(2026, 11, 27), 500, 2500));
    QVERIFY(s.trade(QDate(2026, 12, 1), 4000, 100));
    const qint64 decemberZ = seqOfLast(db, QStringLiteral("closure"));
    s.at(QDate(2027, 1, 2), 9);
    QCOMPARE(s.closeEnded().size(), 3);
    const QByteArray key = testSigningKey().publicKey();

    QVERIFY(w.write(QStringLiteral("2026-12")).ok());
    auto year = w.write(QStringLiteral("2026"));
    QVERIFY2(year.ok(), qPrintable(why(year)));
    const QJsonObject archive = w.read(QStringLiteral("2026"));
    QCOMPARE(sealProblem(archive, key), QString());
    const QJsonArray links = archive.value(QStringLiteral("links")).toArray();
    QCOMPARE(seqs(links).constFirst(), qint64(1));
    QCOMPARE(seqs(links).constLast(), decemberZ);
    QCOMPARE(year->tickets, 6);
    QCOMPARE(year->closures, 3);
    // The months' and the year's closures, in chain order, made in 2027: not in links.
    const QJsonArray closures = archive.value(QStringLiteral("period_closures")).toArray();
    QCOMPARE(types(closures),
             QStringList({QStringLiteral("month-closure"), QStringLiteral("month-closure"),
                          QStringLiteral("year-closure")}));
    QCOMPARE(year->periodClosures, 3);
    for (const qint64 seq : seqs(closures))
        QVERIFY(seq > decemberZ);
    QStringList periods;
    for (const QJsonValue &link : closures)
        periods << QJsonDocument::fromJson(
                       link.toObject().value(QStringLiteral("canonical")).toString().toUtf8())
                       .object()
                       .value(QStringLiteral("period"))
                       .toString();
    QCOMPARE(periods,
             QStringList({QStringLiteral("2026-11"), QStringLiteral("2026-12"), QStringLiteral("2026")}));
    // No archive of 2025: no previous archive (December's is not the year before).
    QVERIFY(archive.value(QStringLiteral("header"))
                .toObject()
                .value(QStringLiteral("previous_archive"))
                .isNull());
    QCOMPARE(archive.value(QStringLiteral("footer")).toObject().value(QStringLiteral("closing")).toObject(),
             state(6, 3, 0, 0, 1200 + 800 + 500 + 2500 + 4000 + 100, QStringLiteral("2026-12-01")));

    // 2027 has no Z yet: empty, after 2026's last Z, following the year's archive; January 2027
    // follows December's (the same length first).
    auto next = w.write(QStringLiteral("2027"));
    QVERIFY(next.ok());
    QCOMPARE(next->links, 0);
    QCOMPARE(next->periodClosures, 0);
    const QJsonObject nextHeader = w.read(QStringLiteral("2027")).value(QStringLiteral("header")).toObject();
    QCOMPARE(nextHeader.value(QStringLiteral("previous_archive"))
                 .toObject()
                 .value(QStringLiteral("period"))
                 .toString(),
             QStringLiteral("2026"));
    QCOMPARE(
        nextHeader.value(QStringLiteral("previous_link")).toObject().value(QStringLiteral("seq")).toInteger(),
        decemberZ);
    QVERIFY(w.write(QStringLiteral("2027-01")).ok());
    QCOMPARE(w.read(QStringLiteral("2027-01"))
                 .value(QStringLiteral("header"))
                 .toObject()
                 .value(QStringLiteral("previous_archive"))
                 .toObject()
                 .value(QStringLiteral("period"))
                 .toString(),
             QStringLiteral("2026-12"));
}

// Amendment A: sales of 1 December made before the Z of 30 November are chained in November's
// range, and copied into December's `carried` list (with the footer's count and index), while
// November's archive holds them in its links and carries nothing.
void TestArchiveWriter::firstDaySoldBeforeTheZIsCarried()
{
    Writer w;
    QVERIFY(w.setUp());
    PeriodShop &s = w.s;
    Database &db = s.shop.db();
    QVERIFY(s.trade(QDate(2026, 11, 17), 1500, 2300));
    QVERIFY(s.sell(QDate(2026, 11, 30), 1730));
    QVERIFY(s.sell(QDate(2026, 12, 1), 1201));
    const qint64 firstCarried = seqOfLast(db, QStringLiteral("ticket"));
    QVERIFY(s.sell(QDate(2026, 12, 1), 2202, PaymentMethod::Card));
    const qint64 secondCarried = seqOfLast(db, QStringLiteral("ticket"));
    s.at(QDate(2026, 12, 1), 11);
    QVERIFY(closeDay(s, QStringLiteral("2026-11-30")).ok());
    const qint64 novemberZ = seqOfLast(db, QStringLiteral("closure"));
    QVERIFY(s.trade(QDate(2026, 12, 1), 1501, 2300));
    s.at(QDate(2026, 12, 2), 9);
    const QByteArray key = testSigningKey().publicKey();

    auto november = w.write(QStringLiteral("2026-11"));
    QVERIFY2(november.ok(), qPrintable(why(november)));
    QCOMPARE(november->carried, 0);
    const QJsonObject nov = w.read(QStringLiteral("2026-11"));
    QCOMPARE(sealProblem(nov, key), QString());
    const QList<qint64> novSeqs = seqs(nov.value(QStringLiteral("links")).toArray());
    QCOMPARE(novSeqs.constLast(), novemberZ);
    QVERIFY(novSeqs.contains(firstCarried) && novSeqs.contains(secondCarried));
    QCOMPARE(nov.value(QStringLiteral("carried")).toArray().size(), 0);

    auto december = w.write(QStringLiteral("2026-12"));
    QVERIFY2(december.ok(), qPrintable(why(december)));
    QCOMPARE(december->carried, 2);
    const QJsonObject dec = w.read(QStringLiteral("2026-12"));
    QCOMPARE(sealProblem(dec, key), QString());
    const QJsonArray carried = dec.value(QStringLiteral("carried")).toArray();
    QCOMPARE(seqs(carried), QList<qint64>({firstCarried, secondCarried}));
    QCOMPARE(types(carried), QStringList({QStringLiteral("ticket"), QStringLiteral("ticket")}));
    // The copies are the chain's links, byte for byte: the same entries as in November's links.
    const QJsonArray novLinks = nov.value(QStringLiteral("links")).toArray();
    for (const QJsonValue &link : carried)
        QVERIFY(novLinks.contains(link));
    QVERIFY(!seqs(dec.value(QStringLiteral("links")).toArray()).contains(firstCarried));
    const QJsonObject footer = dec.value(QStringLiteral("footer")).toObject();
    QCOMPARE(footer.value(QStringLiteral("carried_count")).toInteger(), qint64(2));
    QCOMPARE(footer.value(QStringLiteral("carried_sha256")).toString().toLatin1(),
             ArchiveSeal::linksIndex(carried));
    // The header: the key after previous_link, and the day November's last Z closed.
    const QJsonObject header = dec.value(QStringLiteral("header")).toObject();
    QCOMPARE(fromBase64(header.value(QStringLiteral("public_key"))), key);
    QCOMPARE(header.value(QStringLiteral("opening"))
                 .toObject()
                 .value(QStringLiteral("last_closed_day"))
                 .toString(),
             QStringLiteral("2026-11-30"));
    QCOMPARE(footer.value(QStringLiteral("closing"))
                 .toObject()
                 .value(QStringLiteral("last_closed_day"))
                 .toString(),
             QStringLiteral("2026-12-01"));
    // And the reader agrees: December is intact, and follows November.
    auto report
        = verifyArchive(w.path(QStringLiteral("2026-12")), ArchiveKeys {}, w.path(QStringLiteral("2026-11")));
    QVERIFY(report.ok());
    QVERIFY2(report->ok,
             qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem + QLatin1Char(' ')
                        + report->detail));
}

void TestArchiveWriter::signerNotReadyWritesNothing()
{
    Writer w;
    QVERIFY(w.setUp());
    QVERIFY(w.s.trade(QDate(2026, 11, 26), 1200, 800));
    const qint64 links = count(w.s.shop.db(), QStringLiteral("fiscal_chain"));
    RegisterSigner waiting; // never loaded: the keychain has not answered
    const QString path = w.path(QStringLiteral("2026-11"));
    auto result
        = writeArchive(w.s.shop.db(), *w.events, waiting, w.s.shop.clock, QStringLiteral("2026-11"), path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::SigningKeyPending);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(count(w.s.shop.db(), QStringLiteral("fiscal_chain")), links);

    // Another key than the register's does not seal its archives.
    const Ed25519Key other = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x55')).value();
    result = writeArchive(w.s.shop.db(), *w.events, other, w.s.shop.clock, QStringLiteral("2026-11"), path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::SigningKeyMissing);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(count(w.s.shop.db(), QStringLiteral("fiscal_chain")), links);
}

void TestArchiveWriter::unjournalledArchiveIsRemoved()
{
    Writer w;
    QVERIFY(w.setUp());
    QVERIFY(w.s.trade(QDate(2026, 11, 26), 1200, 800));
    const qint64 links = count(w.s.shop.db(), QStringLiteral("fiscal_chain"));
    FailingSigner failing;
    FiscalChain chain(w.s.shop.db(), failing, w.s.shop.clock);
    EventJournal events(w.s.shop.db(), w.s.shop.clock, w.s.shop.uuids, chain);
    const QString path = w.path(QStringLiteral("2026-11"));
    auto result = writeArchive(w.s.shop.db(), events, w.s.shop.signer, w.s.shop.clock,
                               QStringLiteral("2026-11"), path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::CryptoFailed);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(w.dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QCOMPARE(count(w.s.shop.db(), QStringLiteral("fiscal_chain")), links);
}

COMPTOIR_CLOSING_TEST_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
