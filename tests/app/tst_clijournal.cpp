// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fiscal journal's commands, run as a person or a script would: `comptoir journal verify`
// on a shop and on an archive, `comptoir journal archive`.
#include "archivefiles.h"
#include "chainbuilder.h"
#include "clirunner.h"
#include "models/archive/archiveseal.h"
#include "models/fiscal/keyfingerprint.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::clitest;
using namespace comptoir::chaintest;

namespace {

// A shop's October and November as hand-built sealed archives (no database): October's last day,
// then November's first two, each with its Z; November's archive names October's.
struct Archives
{
    QString october;
    QString november;
    QByteArray key = keyFromByte('\x11').publicKey();

    bool write(const QDir &dir)
    {
        ChainBuilder chain;
        const QJsonObject t1 = sale(1, QStringLiteral("2026-10-31"), 1000);
        chain.append(t1);
        chain.append(dayClosure(1, QStringLiteral("2026-10-31"), {t1}, 0));
        const QJsonObject t2 = sale(2, QStringLiteral("2026-11-02"), 2500, QStringLiteral("card"));
        chain.append(t2);
        chain.append(dayClosure(2, QStringLiteral("2026-11-02"), {t2}, 1000));
        ArchivePlan plan;
        plan.period = QStringLiteral("2026-10");
        plan.last = 1;
        const QJsonObject first = sealArchive(chain, plan);
        october = dir.filePath(QStringLiteral("2026-10.json"));
        if (!fiscaltest::writeJson(october, first))
            return false;
        QFile file(october);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        plan.period = QStringLiteral("2026-11");
        plan.first = 2;
        plan.last = 3;
        plan.previousArchive
            = QJsonObject {{QStringLiteral("period"), QStringLiteral("2026-10")},
                           {QStringLiteral("sha256"),
                            hexOf(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256))},
                           {QStringLiteral("footer_sha256"),
                            hexOf(ArchiveSeal::digest(first.value(QLatin1String("footer")).toObject()))}};
        november = dir.filePath(QStringLiteral("2026-11.json"));
        return fiscaltest::writeJson(november, sealArchive(chain, plan));
    }
};

} // namespace

class TestCliJournal : public QObject, protected CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(COMPTOIR_EXE)).isExecutable(), COMPTOIR_EXE);
        QVERIFY(m_home.isValid());
        QVERIFY(m_work.isValid());
    }

    // comptoir demo seed, then comptoir journal verify: exit 0 and what it checked; the same
    // after an amount changed by hand in the file (triggers dropped, as an attacker would):
    // exit 3 naming the record.
    void journalVerifyAfterSeedAndAfterTampering()
    {
        const QString dir = freshDir(QStringLiteral("verify"));
        QCOMPARE(
            run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir}).exitCode,
            0);
        const QStringList verify {QStringLiteral("journal"), QStringLiteral("verify"),
                                  QStringLiteral("--data-dir"), dir};
        const Run intact = run(verify);
        QVERIFY2(!intact.crashed, qPrintable(intact.err));
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.err.isEmpty(), qPrintable(intact.err));
        QVERIFY2(intact.out.contains(QStringLiteral("intact")), qPrintable(intact.out));

        const QString file = dir + QStringLiteral("/comptoir.sqlite");
        qint64 ticketId = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(
                q.exec(QStringLiteral("SELECT ticket_id FROM ticket_lines ORDER BY id LIMIT 1 OFFSET 40")));
            QVERIFY(q.next());
            ticketId = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER ticket_lines_no_update")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE ticket_lines SET total_cents = total_cents - 100 WHERE id = "
                                      "(SELECT id FROM ticket_lines ORDER BY id LIMIT 1 OFFSET 40)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run broken = run(verify);
        QVERIFY2(!broken.crashed, qPrintable(broken.err));
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains(QStringLiteral("ticket %1").arg(ticketId)), qPrintable(broken.err));
        QVERIFY2(broken.err.contains(QStringLiteral("hash-mismatch")), qPrintable(broken.err));
    }

    void journalArchiveOfThisYearVerifiesOnItsOwn()
    {
        const QString dir = freshDir(QStringLiteral("archive"));
        QCOMPARE(
            run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir}).exitCode,
            0);
        const QString file = m_work.filePath(QStringLiteral("archive.json"));
        QFile::remove(file);
        const Run archived
            = run({QStringLiteral("journal"), QStringLiteral("archive"), QStringLiteral("--period"),
                   QString::number(QDate::currentDate().year()), QStringLiteral("--out"), file,
                   QStringLiteral("--data-dir"), dir, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(!archived.crashed, qPrintable(archived.err));
        QVERIFY2(archived.exitCode == 0, qPrintable(archived.err));
        QVERIFY(QFile::exists(file));
        // The key that sealed it, as the Z reports print it.
        static const QRegularExpression sealed(
            QStringLiteral("Sealed with the register key [A-Z2-7]{4}( [A-Z2-7]{4}){7}\\."));
        QVERIFY2(sealed.match(archived.out).hasMatch(), qPrintable(archived.out));
        // Compared with the shop's keys: intact (exit 0). On its own, with no shop to compare
        // with (no usual folder in this home): intact, but its key not confirmed (exit 6).
        const Run verified = run({QStringLiteral("journal"), QStringLiteral("verify"),
                                  QStringLiteral("--archive"), file, QStringLiteral("--data-dir"), dir});
        QVERIFY2(!verified.crashed, qPrintable(verified.err));
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));
        QVERIFY2(verified.err.isEmpty(), qPrintable(verified.err));
        const Run alone
            = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--archive"), file,
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(alone.exitCode == 6, qPrintable(alone.err + alone.out));
        QVERIFY2(alone.out.contains(QStringLiteral("intact, key not confirmed")), qPrintable(alone.out));
        // The archive's options belong to their commands only.
        QCOMPARE(run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--period"),
                      QStringLiteral("2026"), QStringLiteral("--data-dir"), dir})
                     .exitCode,
                 2);
        // An edited archive is reported with exit code 3.
        QFile edit(file);
        QVERIFY(edit.open(QIODevice::ReadOnly));
        QByteArray bytes = edit.readAll();
        edit.close();
        const qsizetype at = bytes.indexOf("\\\"total_cents\\\":");
        QVERIFY(at > 0);
        bytes.insert(at + qsizetype(qstrlen("\\\"total_cents\\\":")), '1');
        QVERIFY(edit.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edit.write(bytes);
        edit.close();
        const Run broken
            = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--archive"), file});
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains(QStringLiteral("hash-mismatch")), qPrintable(broken.err));
    }

    // journal verify --archive with keys: 0 with the right key (as a fingerprint, a base64 key or
    // a file), 3 with another's, 6 with none, 2 for a --key that is no key; --follows: 0 for the
    // archive after, 3 (not-following) for one that is not.
    void archiveKeysAndFollows()
    {
        Archives a;
        QVERIFY(a.write(QDir(m_work.path())));
        const QStringList verify {QStringLiteral("journal"),   QStringLiteral("verify"),
                                  QStringLiteral("--archive"), a.november,
                                  QStringLiteral("--lang"),    QStringLiteral("en")};
        const QString fingerprint = KeyFingerprint::text(a.key);
        const Run right = run(verify + QStringList {QStringLiteral("--key"), fingerprint});
        QVERIFY2(right.exitCode == 0, qPrintable(right.err + right.out));
        QVERIFY2(right.out.contains(fingerprint), qPrintable(right.out));
        QVERIFY2(right.out.contains(QStringLiteral("links 3 to 4")), qPrintable(right.out));
        QCOMPARE(run(verify + QStringList {QStringLiteral("--key"), QString::fromLatin1(a.key.toBase64())})
                     .exitCode,
                 0);
        const QString keyFile = m_work.filePath(QStringLiteral("key.txt"));
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\n  " + fingerprint.toUtf8() + "\n");
        file.close();
        QCOMPARE(run(verify + QStringList {QStringLiteral("--key"), keyFile}).exitCode, 0);

        const Run wrong = run(
            verify
            + QStringList {QStringLiteral("--key"), KeyFingerprint::text(keyFromByte('\x66').publicKey())});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("unknown-key")), qPrintable(wrong.err));
        const Run none = run(verify);
        QCOMPARE(none.exitCode, 6);
        QVERIFY2(none.out.contains(fingerprint), qPrintable(none.out));
        QCOMPARE(run(verify + QStringList {QStringLiteral("--key"), QStringLiteral("not a key")}).exitCode,
                 2);
        QCOMPARE(
            run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--key"), fingerprint})
                .exitCode,
            2);

        const Run follows = run(
            verify
            + QStringList {QStringLiteral("--key"), fingerprint, QStringLiteral("--follows"), a.october});
        QVERIFY2(follows.exitCode == 0, qPrintable(follows.err + follows.out));
        const Run notFollowing
            = run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--archive"),
                   a.october, QStringLiteral("--key"), fingerprint, QStringLiteral("--follows"), a.november});
        QCOMPARE(notFollowing.exitCode, 3);
        QVERIFY2(notFollowing.err.contains(QStringLiteral("not-following")), qPrintable(notFollowing.err));
        QCOMPARE(
            run(verify
                + QStringList {QStringLiteral("--follows"), m_work.filePath(QStringLiteral("none.json"))})
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_clijournal.moc"
