// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Period archives: an archive of a year or a month verifies on its own and holds exactly the
// period's links; an edited archive (changed amount, removed link, replaced key) is reported;
// a tampered database is refused and no file is written.
#include "archivefiles.h"
#include "journalfixture.h"
#include "models/archive/archivereader.h"
#include "models/archive/archiveseal.h"
#include "models/archive/journalarchive.h"
#include "models/archive/journalverifier.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/eventjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

QString describe(const VerifyReport &report)
{
    return report.firstBroken + QLatin1Char(' ') + report.problem + QLatin1Char(' ') + report.detail;
}

} // namespace

class TestJournalArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthAndYearVerifyOnTheirOwn();
    void malformedPeriodIsRefused();
    void changedAmountIsAHashMismatch();
    void removedLinkIsAGap();
    void replacedKeyFailsAgainstTheExpectedKey();
    void tamperedDatabaseIsNotArchived();
    void unreadableArchiveIsBadFormat();

private:
    // The journal, an events journal on it, and a month archive written to dir.
    struct Archived
    {
        ClosingShop s;
        std::unique_ptr<EventJournal> events;
        QTemporaryDir dir;
        QString path;
        bool ok = false;
    };
    static void archiveMonth(Archived &a)
    {
        if (!buildJournal(a.s) || !a.dir.isValid())
            return;
        a.events
            = std::make_unique<EventJournal>(a.s.shop.db(), a.s.shop.clock, a.s.shop.uuids, a.s.shop.chain);
        a.path = a.dir.filePath(QStringLiteral("2026-11.json"));
        a.ok = writeArchive(a.s.shop.db(), *a.events, a.s.shop.signer, a.s.shop.clock,
                            QStringLiteral("2026-11"), a.path)
                   .ok();
    }
};

void TestJournalArchive::monthAndYearVerifyOnTheirOwn()
{
    Archived a;
    archiveMonth(a);
    QVERIFY(a.ok);
    const QByteArray key = testSigningKey().publicKey();
    Database &db = a.s.shop.db();

    // The month: the journal's links up to November's last Z (link 8; its DayClosed event, link 9,
    // opens the next archive), in chain order, with the register, the period and the key.
    const QJsonObject month = readJson(a.path);
    QCOMPARE(month.value(QStringLiteral("format")).toString(), QStringLiteral("comptoir-fiscal-archive"));
    QCOMPARE(month.value(QStringLiteral("version")).toInt(), 2);
    const QJsonObject header = month.value(QStringLiteral("header")).toObject();
    QCOMPARE(header.value(QStringLiteral("period")).toString(), QStringLiteral("2026-11"));
    QCOMPARE(header.value(QStringLiteral("public_key")).toString(), QString::fromLatin1(key.toBase64()));
    QCOMPARE(header.value(QStringLiteral("seal_public_key")).toString(), QString::fromLatin1(key.toBase64()));
    QCOMPARE(header.value(QStringLiteral("register_id")).toString(), db.deviceId());
    const QJsonArray monthLinks = month.value(QStringLiteral("links")).toArray();
    QCOMPARE(monthLinks.size(), 8);
    for (qsizetype i = 0; i < monthLinks.size(); ++i)
        QCOMPARE(monthLinks.at(i).toObject().value(QStringLiteral("seq")).toInteger(), i + 1);
    QCOMPARE(monthLinks.last().toObject().value(QStringLiteral("record_type")).toString(),
             QStringLiteral("closure"));
    // The canonical string is exactly the bytes the chain hashed.
    QCOMPARE(monthLinks.at(0).toObject().value(QStringLiteral("canonical")).toString().toUtf8(),
             canonicalTicket(db, 1).value());

    // The archive is journalled: the last link is an Archive event with the file's SHA-256.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'archive'")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT record_type FROM fiscal_chain ORDER BY seq DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("event"));
    const QJsonObject detail
        = QJsonDocument::fromJson(
              scalar(db, QStringLiteral("SELECT detail FROM events WHERE kind = 'archive'"))
                  .toString()
                  .toUtf8())
              .object();
    QCOMPARE(detail.value(QStringLiteral("period")).toString(), QStringLiteral("2026-11"));
    QCOMPARE(detail.value(QStringLiteral("links")).toInt(), 8);
    QFile file(a.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        detail.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(
        detail.value(QStringLiteral("footer_sha256")).toString(),
        QString::fromLatin1(ArchiveSeal::digest(month.value(QStringLiteral("footer")).toObject()).toHex()));
    QVERIFY(verifyJournal(db, key).value().ok);

    // The year: the same 8 links (no Z since).
    const QString yearPath = a.dir.filePath(QStringLiteral("2026.json"));
    auto year
        = writeArchive(db, *a.events, a.s.shop.signer, a.s.shop.clock, QStringLiteral("2026"), yearPath);
    QVERIFY(year.ok());
    QCOMPARE(year->links, 8);
    QCOMPARE(year->events, 1);

    // Periods without records give empty archives.
    const QString october = a.dir.filePath(QStringLiteral("2026-10.json"));
    auto empty
        = writeArchive(db, *a.events, a.s.shop.signer, a.s.shop.clock, QStringLiteral("2026-10"), october);
    QVERIFY(empty.ok());
    QCOMPARE(empty->links, 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'archive'")).toInt(), 3);

    // Each verifies on its own.
    auto report = verifyArchive(a.path, key);
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(describe(*report)));
    QCOMPARE(report->links, 8);
    QCOMPARE(report->tickets, 5);
    QCOMPARE(report->closures, 2);
    QCOMPARE(report->events, 1);
    report = verifyArchive(yearPath, key);
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(describe(*report)));
    QCOMPARE(report->links, 8);
    QVERIFY(verifyArchive(october, key).value().ok);
}

void TestJournalArchive::malformedPeriodIsRefused()
{
    Archived a;
    archiveMonth(a);
    QVERIFY(a.ok);
    const qint64 links = count(a.s.shop.db(), QStringLiteral("fiscal_chain"));
    for (const QString &period : {QStringLiteral("26"), QStringLiteral("2026-13"), QStringLiteral("2026-1"),
                                  QStringLiteral("2026-11-27"), QString()}) {
        const QString path = a.dir.filePath(QStringLiteral("bad.json"));
        auto result = writeArchive(a.s.shop.db(), *a.events, a.s.shop.signer, a.s.shop.clock, period, path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidQuantity);
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(count(a.s.shop.db(), QStringLiteral("fiscal_chain")), links);
}

void TestJournalArchive::changedAmountIsAHashMismatch()
{
    Archived a;
    archiveMonth(a);
    QVERIFY(a.ok);
    QJsonObject archive = readJson(a.path);
    QJsonArray links = archive.value(QStringLiteral("links")).toArray();
    QJsonObject second = links.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("record_type")).toString(), QStringLiteral("ticket"));
    const qint64 recordId = second.value(QStringLiteral("record_id")).toInteger();
    QString canonical = second.value(QStringLiteral("canonical")).toString();
    static const QRegularExpression total(QStringLiteral("\"total_cents\":([0-9]+)"));
    const QRegularExpressionMatch match = total.match(canonical);
    QVERIFY(match.hasMatch());
    canonical.replace(match.capturedStart(1), match.capturedLength(1),
                      QString::number(match.captured(1).toLongLong() - 100));
    second.insert(QStringLiteral("canonical"), canonical);
    links.replace(1, second);
    archive.insert(QStringLiteral("links"), links);
    QVERIFY(writeJson(a.path, archive));

    auto report = verifyArchive(a.path, testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QCOMPARE(report->problem, QStringLiteral("hash-mismatch"));
    QCOMPARE(report->firstBroken, QStringLiteral("ticket %1").arg(recordId));
    QCOMPARE(report->links, 1);
}

void TestJournalArchive::removedLinkIsAGap()
{
    Archived a;
    archiveMonth(a);
    QVERIFY(a.ok);
    QJsonObject archive = readJson(a.path);
    QJsonArray links = archive.value(QStringLiteral("links")).toArray();
    const QJsonObject third = links.at(3).toObject();
    links.removeAt(2);
    archive.insert(QStringLiteral("links"), links);
    QVERIFY(writeJson(a.path, archive));

    auto report = verifyArchive(a.path, testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QVERIFY2(report->problem == QStringLiteral("chain-gap")
                 || report->problem == QStringLiteral("previous-hash"),
             qPrintable(describe(*report)));
    QCOMPARE(report->firstBroken,
             third.value(QStringLiteral("record_type")).toString() + QLatin1Char(' ')
                 + QString::number(third.value(QStringLiteral("record_id")).toInteger()));
}

void TestJournalArchive::replacedKeyFailsAgainstTheExpectedKey()
{
    Archived a;
    archiveMonth(a);
    QVERIFY(a.ok);
    const Ed25519Key forger = Ed25519Key::fromSeed(QByteArray(Ed25519Key::SeedSize, '\x55')).value();
    const QString forgerKey = QString::fromLatin1(forger.publicKey().toBase64());
    QJsonObject archive = readJson(a.path);
    QVERIFY(archive.value(QStringLiteral("key_changes")).toArray().isEmpty());
    // Every link of every list re-signed by the forger, who seals the archive as its only key.
    for (const char *section : {"links", "carried", "period_closures"}) {
        QJsonArray links = archive.value(QLatin1String(section)).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            QJsonObject link = links.at(i).toObject();
            const QByteArray hash
                = QByteArray::fromHex(link.value(QStringLiteral("hash")).toString().toLatin1());
            link.insert(QStringLiteral("signature"),
                        QString::fromLatin1(forger.sign(hash).value().toBase64()));
            links.replace(i, link);
        }
        archive.insert(QLatin1String(section), links);
    }
    auto reseal = [&](const Ed25519Key &sealer, const QString &sealKey) {
        QJsonObject header = archive.value(QStringLiteral("header")).toObject();
        header.insert(QStringLiteral("public_key"), sealKey);
        header.insert(QStringLiteral("seal_public_key"), sealKey);
        QJsonObject footer = archive.value(QStringLiteral("footer")).toObject();
        footer.insert(QStringLiteral("public_key"), sealKey);
        footer.insert(QStringLiteral("header_sha256"),
                      QString::fromLatin1(ArchiveSeal::digest(header).toHex()));
        archive.insert(QStringLiteral("header"), header);
        archive.insert(QStringLiteral("footer"), footer);
        archive.insert(QStringLiteral("header_signature"),
                       QString::fromLatin1(sealer.sign(ArchiveSeal::digest(header)).value().toBase64()));
        archive.insert(QStringLiteral("footer_signature"),
                       QString::fromLatin1(sealer.sign(ArchiveSeal::digest(footer)).value().toBase64()));
        return writeJson(a.path, archive);
    };
    QVERIFY(reseal(forger, forgerKey));

    // On its own key the forged archive is consistent: intact, its key not confirmed…
    auto own = verifyArchive(a.path);
    QVERIFY(own.ok());
    QVERIFY2(own->ok, qPrintable(describe(*own)));
    QCOMPARE(own->state, VerifyState::Unconfirmed);
    QCOMPARE(own->unconfirmedKeys, QList<QByteArray> {forger.publicKey()});
    QCOMPARE(own->links, 8);
    // …but checked with the register's key, which is none of its keys: unknown-key.
    auto expected = verifyArchive(a.path, testSigningKey().publicKey());
    QVERIFY(expected.ok());
    QVERIFY(!expected->ok);
    QCOMPARE(expected->problem, QStringLiteral("unknown-key"));
    QCOMPARE(expected->firstBroken, QStringLiteral("public key"));

    // Sealed by the register's key over the forger's signatures: a bad signature at the first link.
    QVERIFY(reseal(testSigningKey(), QString::fromLatin1(testSigningKey().publicKey().toBase64())));
    auto mixed = verifyArchive(a.path);
    QVERIFY(mixed.ok());
    QCOMPARE(mixed->problem, QStringLiteral("bad-signature"));
    QCOMPARE(mixed->firstBroken, QStringLiteral("ticket 1"));
}

void TestJournalArchive::tamperedDatabaseIsNotArchived()
{
    ClosingShop s;
    QVERIFY(buildJournal(s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventJournal events(s.shop.db(), s.shop.clock, s.shop.uuids, s.shop.chain);
    QVERIFY(tamper(s.shop.temp.filePath(),
                   {QStringLiteral(
                       "UPDATE ticket_payments SET amount_cents = amount_cents + 1 WHERE ticket_id = 4")})
                .isEmpty());
    const qint64 links = count(s.shop.db(), QStringLiteral("fiscal_chain"));
    const QString path = dir.filePath(QStringLiteral("2026.json"));
    auto result
        = writeArchive(s.shop.db(), events, s.shop.signer, s.shop.clock, QStringLiteral("2026"), path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::JournalBroken);
    QCOMPARE(result.error().subject, QStringLiteral("ticket 4"));
    QVERIFY(result.error().detail.contains(QStringLiteral("hash-mismatch")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(dir.path().isEmpty(), false);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QCOMPARE(count(s.shop.db(), QStringLiteral("fiscal_chain")), links);
}

void TestJournalArchive::unreadableArchiveIsBadFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"comptoir-fiscal-archive\", ");
    file.close();
    auto report = verifyArchive(path);
    QVERIFY(report.ok());
    QVERIFY(!report->ok);
    QCOMPARE(report->problem, QStringLiteral("bad-format"));
    QCOMPARE(report->firstBroken, QStringLiteral("archive"));
    auto missing = verifyArchive(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestJournalArchive)
#include "tst_journalarchive.moc"
