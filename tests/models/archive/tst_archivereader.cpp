// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// verifyArchive on sealed archives (format version 2) built in the test as SPEC §3 says: genuine
// archives pass (Intact with the key, Unconfirmed without), the keys are followed across a key
// change (endorsed or lost), forgeries re-signed with another key are caught by the rules or the
// key, the seal and the footer catch what the links alone cannot, bad input is refused with its
// record and reason, and --follows checks two consecutive archives.
#include "archivefiles.h"
#include "chainbuilder.h"
#include "models/archive/archivereader.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::chaintest;
using namespace comptoir::fiscaltest;

namespace {

QString at(int day, int month = 11)
{
    return QDate(2026, month, day).toString(Qt::ISODate);
}

// October's last day (a sale, its Z: links 1–2), October's month closure made on 1 November
// (link 3, in November's range: after October's last Z), two days of November (links 4–8), and
// November's month closure made on 1 December (link 9, in no month's range).
struct Shop
{
    ChainBuilder chain;
    qsizetype octoberZ = 0, octoberClosure = 0, novemberZ = 0, novemberClosure = 0;

    Shop()
    {
        const QJsonObject t1 = sale(1, at(31, 10), 1000, QStringLiteral("cash"), 2000);
        chain.append(t1);
        const QJsonObject z1 = dayClosure(1, at(31, 10), {t1}, 0);
        chain.append(z1);
        octoberZ = chain.links.size() - 1;
        chain.append(periodClosure(1, QStringLiteral("2026-10"), {z1}));
        octoberClosure = chain.links.size() - 1;
        const QJsonObject t2 = sale(2, at(26), 1200);
        const QJsonObject t3 = sale(3, at(26), 850, QStringLiteral("card"));
        chain.append(t2);
        chain.append(t3);
        const QJsonObject z2 = dayClosure(2, at(26), {t2, t3}, 1000);
        chain.append(z2);
        const QJsonObject t4 = sale(4, at(27), 3000);
        chain.append(t4);
        const QJsonObject z3 = dayClosure(3, at(27), {t4}, 3050);
        chain.append(z3);
        novemberZ = chain.links.size() - 1;
        chain.append(periodClosure(2, QStringLiteral("2026-11"), {z2, z3}));
        novemberClosure = chain.links.size() - 1;
    }

    QJsonObject october() const
    {
        ArchivePlan plan;
        plan.period = QStringLiteral("2026-10");
        plan.first = 0;
        plan.last = octoberZ;
        plan.periodClosures = {octoberClosure};
        return sealArchive(chain, plan);
    }
    QJsonObject november(const QJsonValue &previous = QJsonValue::Null) const
    {
        ArchivePlan plan;
        plan.first = octoberZ + 1;
        plan.last = novemberZ;
        plan.periodClosures = {novemberClosure};
        plan.previousArchive = previous;
        return sealArchive(chain, plan);
    }
};

QByteArray key()
{
    return keyFromByte('\x11').publicKey();
}
Ed25519Key forger()
{
    return keyFromByte('\x66');
}

using Edit = std::function<QJsonObject(QJsonObject)>;

QJsonArray linksOf(const QJsonObject &archive)
{
    return archive.value(QLatin1String("links")).toArray();
}

QJsonObject withLinks(QJsonObject archive, const QJsonArray &links)
{
    archive.insert(QStringLiteral("links"), links);
    return archive;
}

// Replaces the record of link i (0-based in the archive's links) by edit(record).
QJsonObject editRecord(QJsonObject archive, int i, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray links = linksOf(archive);
    QJsonObject link = links.at(i).toObject();
    QJsonObject record = recordOf(link);
    edit(record);
    link.insert(QStringLiteral("canonical"), QString::fromUtf8(canonicalJson(record)));
    links.replace(i, link);
    return withLinks(archive, links);
}

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString save(const QJsonObject &archive)
    {
        const QString path = m_dir.filePath(QStringLiteral("archive-%1.json").arg(++m_files));
        writeJson(path, archive);
        return path;
    }
    QString saveBytes(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("raw-%1.json").arg(++m_files));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
    VerifyReport check(const QJsonObject &archive, const QByteArray &expected = key())
    {
        auto report = verifyArchive(save(archive), expected);
        return report.ok() ? report.value() : VerifyReport {};
    }
    static QString describe(const VerifyReport &r)
    {
        return r.firstBroken + QLatin1Char(' ') + r.problem + QLatin1Char(' ') + r.detail;
    }

private Q_SLOTS:
    void genuineArchives()
    {
        const Shop shop;
        VerifyReport report = check(shop.november());
        QVERIFY2(report.ok, qPrintable(describe(report)));
        QCOMPARE(report.state, VerifyState::Intact);
        QCOMPARE(report.links, 6);
        QCOMPARE(report.tickets, 3);
        QCOMPARE(report.closures, 2);
        QCOMPARE(report.periodClosures, 1);
        QCOMPARE(report.keys.size(), 1);
        QCOMPARE(report.keys.first().firstSeq, 3);
        QCOMPARE(report.keys.first().lastSeq, 9);
        QVERIFY(report.keys.first().confirmed);
        report = check(shop.october());
        QVERIFY2(report.ok, qPrintable(describe(report)));
        // No key given: intact, its key confirmed by nothing.
        report = check(shop.november(), {});
        QVERIFY(report.ok);
        QCOMPARE(report.state, VerifyState::Unconfirmed);
        QCOMPARE(report.unconfirmedKeys, QList<QByteArray> {key()});
        // A fingerprint typed by a person confirms it; another's is unknown.
        ArchiveKeys keys;
        keys.pinned << parseKeyReference(KeyFingerprint::text(key()).toLower()).value();
        auto pinned = verifyArchive(save(shop.november()), keys);
        QCOMPARE(pinned.value().state, VerifyState::Intact);
        keys.pinned = {parseKeyReference(KeyFingerprint::text(forger().publicKey())).value()};
        auto other = verifyArchive(save(shop.november()), keys);
        QCOMPARE(other.value().state, VerifyState::Broken);
        QCOMPARE(other.value().firstBroken, QStringLiteral("public key"));
        QCOMPARE(other.value().problem, QStringLiteral("unknown-key"));
        // A shop's keys: one of them confirms; none of them is another shop's archive.
        ArchiveKeys shopKeys;
        shopKeys.shopKeys = {forger().publicKey(), key()};
        QCOMPARE(verifyArchive(save(shop.november()), shopKeys).value().state, VerifyState::Intact);
        shopKeys.shopKeys = {forger().publicKey()};
        QCOMPARE(verifyArchive(save(shop.november()), shopKeys).value().problem,
                 QStringLiteral("unknown-key"));
    }

    // A month with no Z: no link, still sealed, still intact.
    void monthWithNoClosure()
    {
        const Shop shop;
        ArchivePlan plan;
        plan.period = QStringLiteral("2026-12");
        plan.first = shop.novemberZ + 1;
        plan.last = shop.novemberZ;
        const VerifyReport report = check(sealArchive(shop.chain, plan));
        QVERIFY2(report.ok, qPrintable(describe(report)));
        QCOMPARE(report.links, 0);
    }

    void yearArchive()
    {
        Shop shop;
        const QJsonObject october = recordOf(shop.chain.links.at(shop.octoberClosure));
        const QJsonObject november = recordOf(shop.chain.links.at(shop.novemberClosure));
        shop.chain.append(periodClosure(1, QStringLiteral("2026"), {october, november}));
        ArchivePlan plan;
        plan.period = QStringLiteral("2026");
        plan.first = 0;
        plan.last = shop.novemberZ;
        plan.periodClosures = {shop.octoberClosure, shop.novemberClosure, shop.chain.links.size() - 1};
        VerifyReport report = check(sealArchive(shop.chain, plan));
        QVERIFY2(report.ok, qPrintable(describe(report)));
        QCOMPARE(report.periodClosures, 3);
        // Without October's month closure, the year closure's sums are not its months'.
        plan.periodClosures = {shop.novemberClosure, shop.chain.links.size() - 1};
        report = check(sealArchive(shop.chain, plan));
        QCOMPARE(report.problem, QStringLiteral("period-total"));
        QCOMPARE(report.firstBroken, QStringLiteral("year-closure 1"));
    }

    // Forgeries re-signed (links and seal) with the forger's key: the rules catch them with or
    // without the shop's key.
    void resignedForgeries_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ticket deleted, the rest renumbered") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            links.removeAt(2); // ticket 3 (card, 8.50)
            QJsonObject last = links.at(3).toObject();
            QJsonObject record = recordOf(last);
            record.insert(QStringLiteral("number"), 3);
            last.insert(QStringLiteral("canonical"), QString::fromUtf8(canonicalJson(record)));
            links.replace(3, last);
            for (int i = 0; i < links.size(); ++i) {
                QJsonObject l = links.at(i).toObject();
                l.insert(QStringLiteral("seq"), 3 + i);
                links.replace(i, l);
            }
            return withLinks(a, links);
        }) << QStringLiteral("closure-total");
        QTest::newRow("amount changed without its Z") << Edit([](QJsonObject a) {
            return editRecord(a, 1, [](QJsonObject &t) { t.insert(QStringLiteral("total_cents"), 1100); });
        }) << QStringLiteral("ticket-total");
        QTest::newRow("grand total changed") << Edit([](QJsonObject a) {
            return editRecord(a, 3, [](QJsonObject &z) { z.insert(QStringLiteral("grand_total_cents"), 1); });
        }) << QStringLiteral("closure-total");
        QTest::newRow("number gap") << Edit([](QJsonObject a) {
            return editRecord(a, 4, [](QJsonObject &t) { t.insert(QStringLiteral("number"), 9); });
        }) << QStringLiteral("number-gap");
        QTest::newRow("non-canonical record") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            QJsonObject link = links.at(1).toObject();
            link.insert(QStringLiteral("canonical"),
                        QString(link.value(QLatin1String("canonical")).toString() + QLatin1Char(' ')));
            links.replace(1, link);
            return withLinks(a, links);
        }) << QStringLiteral("non-canonical");
        QTest::newRow("record type changed") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            QJsonObject link = links.at(1).toObject();
            link.insert(QStringLiteral("record_type"), QStringLiteral("event"));
            links.replace(1, link);
            return withLinks(a, links);
        }) << QStringLiteral("record-type");
    }
    void resignedForgeries()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, problem);
        const Shop shop;
        const QJsonObject forged = reseal(resignLinks(edit(shop.november()), forger()), forger());
        for (const QByteArray &expected : {key(), QByteArray()}) {
            const VerifyReport report = check(forged, expected);
            QVERIFY2(!report.ok, qPrintable(describe(report)));
            QCOMPARE(report.problem, problem);
        }
        // Re-signed but unchanged: intact but for the key, which pinning catches.
        const QJsonObject resigned = reseal(resignLinks(shop.november(), forger()), forger());
        QCOMPARE(check(resigned, {}).state, VerifyState::Unconfirmed);
        QCOMPARE(check(resigned).problem, QStringLiteral("unknown-key"));
    }

    // With the genuine key kept: what the seal and the footer catch.
    void sealAndFooter_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("problem");
        QTest::newRow("last link dropped") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            links.removeLast();
            return withLinks(a, links);
            // The order (step 4 before the seal): November's closure no longer adds up.
        }) << QStringLiteral("month-closure 2")
                                           << QStringLiteral("period-total");
        QTest::newRow("first link dropped") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            links.removeFirst();
            return withLinks(a, links);
        }) << QStringLiteral("ticket 2") << QStringLiteral("chain-gap");
        QTest::newRow("month closure removed") << Edit([](QJsonObject a) {
            a.insert(QStringLiteral("period_closures"), QJsonArray {});
            return a;
        }) << QStringLiteral("footer") << QStringLiteral("footer-mismatch");
        QTest::newRow("duplicated link") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            links.insert(1, links.at(1));
            return withLinks(a, links);
        }) << QStringLiteral("ticket 2") << QStringLiteral("chain-gap");
        QTest::newRow("links out of order") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            const QJsonValue second = links.takeAt(1);
            links.insert(0, second);
            return withLinks(a, links);
        }) << QStringLiteral("ticket 2") << QStringLiteral("chain-gap");
        QTest::newRow("footer edited") << Edit([](QJsonObject a) {
            QJsonObject footer = a.value(QLatin1String("footer")).toObject();
            footer.insert(QStringLiteral("link_count"), 4);
            a.insert(QStringLiteral("footer"), footer);
            return a;
        }) << QStringLiteral("footer") << QStringLiteral("bad-seal");
        QTest::newRow("header edited") << Edit([](QJsonObject a) {
            QJsonObject header = a.value(QLatin1String("header")).toObject();
            header.insert(QStringLiteral("time_zone"), QStringLiteral("UTC"));
            a.insert(QStringLiteral("header"), header);
            return a;
        }) << QStringLiteral("header") << QStringLiteral("bad-seal");
        // With no key change the seal key is the links' key: the first link's signature fails first.
        QTest::newRow("sealed by another key")
            << Edit([](QJsonObject a) { return reseal(a, forger()); }) << QStringLiteral("month-closure 1")
            << QStringLiteral("bad-signature");
        QTest::newRow("version 3") << Edit([](QJsonObject a) {
            a.insert(QStringLiteral("version"), 3);
            return a;
        }) << QStringLiteral("archive")
                                   << QStringLiteral("bad-format");
        QTest::newRow("header field missing") << Edit([](QJsonObject a) {
            QJsonObject header = a.value(QLatin1String("header")).toObject();
            header.remove(QStringLiteral("opening"));
            a.insert(QStringLiteral("header"), header);
            return a;
        }) << QStringLiteral("archive") << QStringLiteral("bad-format");
        QTest::newRow("link field mistyped") << Edit([](QJsonObject a) {
            QJsonArray links = linksOf(a);
            QJsonObject link = links.at(1).toObject();
            link.insert(QStringLiteral("seq"), QStringLiteral("4"));
            links.replace(1, link);
            return withLinks(a, links);
        }) << QStringLiteral("ticket 2") << QStringLiteral("bad-format");
    }
    void sealAndFooter()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, record);
        QFETCH(QString, problem);
        const Shop shop;
        const VerifyReport report = check(edit(shop.november()));
        QVERIFY2(!report.ok, qPrintable(describe(report)));
        QCOMPARE(report.firstBroken, record);
        QCOMPARE(report.problem, problem);
        QVERIFY(!report.detail.isEmpty());
    }

    void truncatedFile()
    {
        const Shop shop;
        const QByteArray bytes = QJsonDocument(shop.november()).toJson();
        for (const qsizetype size : {qsizetype(0), qsizetype(1), bytes.size() / 2, bytes.size() - 3}) {
            auto report = verifyArchive(saveBytes(bytes.left(size)), key());
            QVERIFY(report.ok());
            QCOMPARE(report->firstBroken, QStringLiteral("archive"));
            QCOMPARE(report->problem, QStringLiteral("bad-format"));
        }
        QCOMPARE(verifyArchive(m_dir.filePath(QStringLiteral("none.json")), key()).error().code,
                 ErrorCode::NotFound);
    }

    void keyChangeInThePeriod()
    {
        const Ed25519Key next = keyFromByte('\x33');
        for (const bool endorsed : {true, false}) {
            ChainBuilder chain;
            const QByteArray first = chain.key().publicKey();
            const QJsonObject t1 = sale(1, at(26), 500);
            chain.append(t1);
            chain.changeKey(next, endorsed);
            const QJsonObject t2 = sale(2, at(26), 700);
            chain.append(t2);
            chain.append(dayClosure(1, at(26), {t1, t2}, 0));
            ArchivePlan plan;
            plan.first = 0;
            plan.last = 3;
            const QJsonObject archive = sealArchive(chain, plan);
            // The new key, pinned, vouches for the old one that it replaced.
            VerifyReport report = check(archive, next.publicKey());
            QVERIFY2(report.ok, qPrintable(describe(report)));
            QCOMPARE(report.state, VerifyState::Intact);
            QCOMPARE(report.keys.size(), 2);
            QCOMPARE(report.keys.at(0).lastSeq, 1);
            QCOMPARE(report.keys.at(1).firstSeq, 2);
            // The old key, pinned, vouches for the new one only when it endorsed it.
            report = check(archive, first);
            QCOMPARE(report.state, endorsed ? VerifyState::Intact : VerifyState::Unconfirmed);
            if (!endorsed)
                QCOMPARE(report.unconfirmedKeys, QList<QByteArray> {next.publicKey()});
            // Sealed by the old key: not the last key of the history.
            const Ed25519Key old = keyFromByte('\x11');
            QCOMPARE(check(sealArchive(chain, plan, &old), first).problem, QStringLiteral("bad-seal"));
        }
    }

    void follows()
    {
        const Shop shop;
        const QString october = save(shop.october());
        QFile file(october);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject footer = shop.october().value(QLatin1String("footer")).toObject();
        const QJsonObject previous {
            {QStringLiteral("period"), QStringLiteral("2026-10")},
            {QStringLiteral("sha256"), hexOf(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256))},
            {QStringLiteral("footer_sha256"), hexOf(ArchiveSeal::digest(footer))}};
        const QString november = save(shop.november(previous));
        ArchiveKeys keys;
        keys.pinned << parseKeyReference(QString::fromLatin1(key().toBase64())).value();
        auto report = verifyArchive(november, keys, october);
        QVERIFY2(report->ok, qPrintable(describe(*report)));
        QCOMPARE(report->state, VerifyState::Intact);
        // Not the archive before: November after itself.
        report = verifyArchive(november, keys, november);
        QCOMPARE(report->firstBroken, QStringLiteral("follows"));
        QCOMPARE(report->problem, QStringLiteral("not-following"));
        // The previous file changed (one byte of its layout): its digest no longer matches.
        const QString changed = saveBytes(bytes + "\n");
        report = verifyArchive(november, keys, changed);
        QCOMPARE(report->problem, QStringLiteral("not-following"));
        QVERIFY(report->detail.contains(QStringLiteral("sha256")));
        // A broken previous archive is reported as such.
        QJsonObject brokenOctober = shop.october();
        brokenOctober.insert(QStringLiteral("period_closures"), QJsonArray {});
        report = verifyArchive(november, keys, save(brokenOctober));
        QCOMPARE(report->problem, QStringLiteral("footer-mismatch"));
        QVERIFY(report->detail.startsWith(QStringLiteral("previous archive: ")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
