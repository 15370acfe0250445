// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12's acceptance: archives written by Comptoir, genuine and forged, checked by the real
// `comptoir journal verify --archive` and by the documentation's script (docs/verify_archive.py),
// which must give the same verdict. Each forgery is re-signed and re-sealed with a key of the
// forger's own, as someone who rebuilt hashes and signatures from docs/fiscal-format.md would;
// each is caught with the register's key given (--key) and without it.
#include "archiveforger.h"
#include "clirunner.h"
#include "periodfixture.h"

#include "models/archive/archiveseal.h"
#include "models/archive/journalarchive.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/sales/ticketcalculator.h"
#include "models/staff/operators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace comptoir;
using namespace comptoir::fiscaltest;
using namespace comptoir::clitest;

class TestArchiveForgeries : public QObject, public CliRunner
{
    Q_OBJECT

private:
    PeriodShop m_shop;
    QString m_fingerprint; // the register key's, as printed on the Z reports
    QHash<QString, QString> m_archives; // period → genuine archive file

    QProcessEnvironment english() const
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    Verdict runProgram(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(english());
        process.start(program, arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        if (process.exitStatus() != QProcess::NormalExit)
            return {};
        return parseVerdict(process.exitCode(),
                            QString::fromUtf8(process.readAllStandardOutput())
                                + QString::fromUtf8(process.readAllStandardError()));
    }

    static QStringList options(const QString &file, const QStringList &keys, const QString &follows)
    {
        QStringList arguments {file};
        for (const QString &key : keys)
            arguments << QStringLiteral("--key") << key;
        if (!follows.isEmpty())
            arguments << QStringLiteral("--follows") << follows;
        return arguments;
    }

    Verdict comptoir(const QString &file, const QStringList &keys = {}, const QString &follows = {}) const
    {
        return runProgram(
            QStringLiteral(COMPTOIR_EXE),
            QStringList {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--archive")}
                + options(file, keys, follows));
    }

    Verdict script(const QString &file, const QStringList &keys = {}, const QString &follows = {}) const
    {
        return runProgram(QStringLiteral("python3"),
                          QStringList {QStringLiteral(COMPTOIR_SOURCE_DIR "/docs/verify_archive.py")}
                              + options(file, keys, follows));
    }

    // Both verifiers on one file: the same exit code, record and rule.
    Verdict both(const QString &file, const QStringList &keys = {}, const QString &follows = {}) const
    {
        const Verdict ours = comptoir(file, keys, follows);
        const Verdict theirs = script(file, keys, follows);
        [&] {
            QVERIFY2(ours.exitCode >= 0, "comptoir did not run to the end");
            QVERIFY2(theirs.exitCode >= 0, "docs/verify_archive.py did not run to the end");
            QVERIFY2(ours.exitCode == theirs.exitCode && ours.record == theirs.record
                         && ours.code == theirs.code,
                     qPrintable(QStringLiteral("comptoir:\n") + ours.output + QStringLiteral("\nscript:\n")
                                + theirs.output));
        }();
        return ours;
    }

    QString write(const QString &name, const QJsonObject &archive) const
    {
        const QString path = m_work.filePath(name);
        return writeJson(path, archive) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_work.isValid());
        QVERIFY(m_shop.setUpPeriods());
        // September: three trading days, one with every kind of ticket; October: no Z at all;
        // November and December: trading days, the Z of 30 November made on 1 December after the
        // day's first sales (carried into December's archive); the year is closed in January.
        const QDate september(2026, 9, 8);
        QVERIFY(m_shop.trade(september, 1250, 4800));
        m_shop.at(september.addDays(1), 10);
        auto sale = m_shop.journal.commitSale(m_shop.threeLines());
        QVERIFY(sale.ok());
        QVERIFY(m_shop.journal.commitSale(m_shop.mixedSale()).ok());
        QVERIFY(m_shop.journal.commitSale(m_shop.discountedSale({pay(PaymentMethod::Card, 4070)})).ok());
        QVERIFY(m_shop.refund(sale.value(), 1, PaymentMethod::Cash).ok());
        QVERIFY(m_shop.drafts.cancel(m_shop.threeLines()).ok());
        QVERIFY(m_shop.closeOn(september.addDays(1)));
        QVERIFY(m_shop.trade(QDate(2026, 9, 29), 990, 410));
        for (const QDate &date : {QDate(2026, 11, 3), QDate(2026, 11, 17)})
            QVERIFY(m_shop.trade(date, 1500 + date.day(), 2300));
        QVERIFY(m_shop.sell(QDate(2026, 11, 30), 1730));
        QVERIFY(m_shop.sell(QDate(2026, 12, 1), 1201)); // before the Z of 30 November
        QVERIFY(m_shop.sell(QDate(2026, 12, 1), 2202, PaymentMethod::Card));
        m_shop.at(QDate(2026, 12, 1), 11);
        QVERIFY(closeDay(m_shop, QStringLiteral("2026-11-30")).ok());
        QVERIFY(m_shop.trade(QDate(2026, 12, 1), 1501, 2300));
        // Issue 13: staff changes (staff_changed events) inside December's archive.
        m_shop.at(QDate(2026, 12, 22), 8);
        Operators staff(m_shop.shop.db(), m_shop.shop.clock, m_shop.shop.events, 64);
        auto nadia = staff.add(QStringLiteral("Nadia"), OperatorRole::Manager, QStringLiteral("2468"));
        QVERIFY(nadia.ok());
        auto lucas
            = staff.add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("1357"), *nadia);
        QVERIFY(lucas.ok());
        QVERIFY(staff.changePin(*lucas, QStringLiteral("9753"), *nadia).ok());
        QVERIFY(staff.setActive(*lucas, false, *nadia).ok());
        QVERIFY(m_shop.trade(QDate(2026, 12, 22), 1522, 2300));
        m_shop.at(QDate(2027, 1, 4), 9);
        QCOMPARE(m_shop.closeEnded().size(), 4); // September, November, December, 2026
        QVERIFY2(m_shop.verify().ok, qPrintable(describe(m_shop.verify())));
        m_fingerprint = KeyFingerprint::text(m_shop.shop.signer.publicKey());

        for (const QString &period :
             {QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11"),
              QStringLiteral("2026-12"), QStringLiteral("2026")}) {
            const QString path = m_work.filePath(period + QStringLiteral(".json"));
            auto written = writeArchive(m_shop.shop.db(), m_shop.shop.events, m_shop.shop.signer,
                                        m_shop.shop.clock, period, path);
            QVERIFY2(written.ok(), qPrintable(period));
            m_archives.insert(period, path);
        }
    }

    void genuineArchivesPass_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("follows");
        QTest::newRow("September") << "2026-09" << QString();
        QTest::newRow("October, no Z") << "2026-10"
                                       << "2026-09";
        QTest::newRow("November after October") << "2026-11"
                                                << "2026-10";
        QTest::newRow("December after November") << "2026-12"
                                                 << "2026-11";
        QTest::newRow("the year 2026") << "2026" << QString();
    }

    void genuineArchivesPass()
    {
        QFETCH(QString, period);
        QFETCH(QString, follows);
        const QString file = m_archives.value(period);
        const QString previous = follows.isEmpty() ? QString() : m_archives.value(follows);
        // With the register's key: intact (exit 0). Without, and no shop to compare with: intact
        // but its key is not confirmed (exit 6), never plain success.
        QCOMPARE(both(file, {m_fingerprint}, previous).exitCode, 0);
        QCOMPARE(both(file, {}, previous).exitCode, 6);
        // The whole key instead of its fingerprint, from a file.
        const QString keyFile = m_work.filePath(QStringLiteral("register.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(m_shop.shop.signer.publicKey().toBase64() + '\n');
        key.close();
        QCOMPARE(both(file, {keyFile}, previous).exitCode, 0);
        // Another key given: refused.
        const Verdict other = both(file, {KeyFingerprint::text(Ed25519Key::generate().value().publicKey())});
        QCOMPARE(other.exitCode, 3);
        QCOMPARE(other.code, QStringLiteral("unknown-key"));
    }

    // Issue 13: an archive holding staff_changed events verifies with the program and the script.
    void staffChangesVerifyBothWays()
    {
        const QString file = m_archives.value(QStringLiteral("2026-12"));
        const QJsonArray links = readJson(file).value(QStringLiteral("links")).toArray();
        int staffChanges = 0;
        for (const QJsonValue &link : links) {
            const QJsonObject record
                = QJsonDocument::fromJson(
                      link.toObject().value(QStringLiteral("canonical")).toString().toUtf8())
                      .object();
            staffChanges += record.value(QStringLiteral("kind")) == QStringLiteral("staff_changed") ? 1 : 0;
        }
        QCOMPARE(staffChanges, 4);
        QCOMPARE(both(file, {m_fingerprint}, m_archives.value(QStringLiteral("2026-11"))).exitCode, 0);
        QCOMPARE(both(m_archives.value(QStringLiteral("2026")), {m_fingerprint}).exitCode, 0);
    }

    void archivesThatDoNotFollowAreRefused()
    {
        const Verdict skipped = both(m_archives.value(QStringLiteral("2026-12")), {m_fingerprint},
                                     m_archives.value(QStringLiteral("2026-09")));
        QCOMPARE(skipped.exitCode, 3);
        QCOMPARE(skipped.code, QStringLiteral("not-following"));
    }

    void forgeriesAreCaught_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("forgery");
        QTest::addColumn<QString>("code"); // without --key ("" = intact, key not confirmed: exit 6)
        QTest::addColumn<QString>("codeWithKey"); // with the register's key

        QTest::newRow("delete a ticket and renumber") << "2026-09"
                                                      << "delete-renumber"
                                                      << "closure-total"
                                                      << "closure-total";
        QTest::newRow("change an amount, not its Z") << "2026-09"
                                                     << "amount"
                                                     << "closure-total"
                                                     << "closure-total";
        QTest::newRow("change an amount and its Z") << "2026-11"
                                                    << "amount-and-z"
                                                    << "closure-total"
                                                    << "closure-total";
        QTest::newRow("change a ticket's total alone") << "2026-09"
                                                       << "ticket-total"
                                                       << "ticket-total"
                                                       << "ticket-total";
        QTest::newRow("change a grand total") << "2026-11"
                                              << "grand-total"
                                              << "closure-total"
                                              << "closure-total";
        QTest::newRow("open a gap in the numbers") << "2026-09"
                                                   << "gap"
                                                   << "number-gap"
                                                   << "number-gap";
        QTest::newRow("non-canonical record") << "2026-09"
                                              << "non-canonical"
                                              << "non-canonical"
                                              << "non-canonical";
        QTest::newRow("change a link's record type") << "2026-09"
                                                     << "record-type"
                                                     << "record-type"
                                                     << "record-type";
        QTest::newRow("give a link another record's id") << "2026-09"
                                                         << "record-id"
                                                         << "duplicate-record"
                                                         << "duplicate-record";
        QTest::newRow("change a record id, re-sealed") << "2026-09"
                                                       << "record-id-resealed"
                                                       << ""
                                                       << "unknown-key";
        QTest::newRow("change a record id, seal kept") << "2026-09"
                                                       << "record-id-kept"
                                                       << "footer-mismatch"
                                                       << "footer-mismatch";
        QTest::newRow("drop the first links") << "2026-11"
                                              << "drop-first"
                                              << "closure-total"
                                              << "closure-total";
        QTest::newRow("drop the first links, seal kept") << "2026-11"
                                                         << "drop-first-kept"
                                                         << "chain-gap"
                                                         << "chain-gap";
        QTest::newRow("drop the last links") << "2026-11"
                                             << "drop-last"
                                             << "period-total"
                                             << "period-total";
        QTest::newRow("drop the last links, seal kept") << "2026-11"
                                                        << "drop-last-kept"
                                                        << "period-total"
                                                        << "period-total";
        QTest::newRow("remove a month closure from the year") << "2026"
                                                              << "remove-month"
                                                              << "period-total"
                                                              << "period-total";
        QTest::newRow("drop a carried ticket") << "2026-12"
                                               << "drop-carried"
                                               << "closure-total"
                                               << "closure-total";
        QTest::newRow("a ticket's number as text, re-sealed") << "2026-09"
                                                              << "number-as-text"
                                                              << "bad-format"
                                                              << "bad-format";
        QTest::newRow("a ticket neither sale nor refund, re-sealed") << "2026-09"
                                                                     << "kind-gift"
                                                                     << "bad-format"
                                                                     << "bad-format";
        QTest::newRow("a month closure of month 13, re-sealed") << "2026"
                                                                << "month-period"
                                                                << "bad-format"
                                                                << "bad-format";
        QTest::newRow("re-sign everything with another key") << "2026-11"
                                                             << "resign"
                                                             << ""
                                                             << "unknown-key";
    }

    void forgeriesAreCaught()
    {
        QFETCH(QString, period);
        QFETCH(QString, forgery);
        QFETCH(QString, code);
        QFETCH(QString, codeWithKey);
        const QJsonObject genuine = readJson(m_archives.value(period));
        QVERIFY(!genuine.isEmpty());
        Forger forger(genuine, Ed25519Key::generate().value());
        bool reseal = true;
        forge(forger, forgery, reseal);
        if (QTest::currentTestFailed())
            return;
        const QString file = write(
            QStringLiteral("forged-")
                + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                + QStringLiteral(".json"),
            reseal ? forger.reseal() : forger.archive());
        QVERIFY(!file.isEmpty());

        const Verdict without = both(file);
        if (code.isEmpty()) {
            QCOMPARE(without.exitCode, 6);
        } else {
            QCOMPARE(without.exitCode, 3);
            QCOMPARE(without.code, code);
        }
        const Verdict with = both(file, {m_fingerprint});
        QCOMPARE(with.exitCode, 3);
        QCOMPARE(with.code, codeWithKey);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("cut short") << "cut"
                                   << "bad-format";
        QTest::newRow("unknown format version") << "version"
                                                << "bad-format";
        QTest::newRow("a duplicated link") << "duplicate"
                                           << "chain-gap";
        QTest::newRow("links out of order") << "order"
                                            << "chain-gap";
        // Edited without the register's key, the footer's signature fails first (the seal, step 5,
        // before the footer's fields); footer-mismatch needs the genuine key (tst_archivereader).
        QTest::newRow("a footer that does not match") << "footer"
                                                      << "bad-seal";
        QTest::newRow("a float in a record") << "float"
                                             << "bad-format";
    }

    void badInputIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        QFile genuine(m_archives.value(QStringLiteral("2026-09")));
        QVERIFY(genuine.open(QIODevice::ReadOnly));
        const QByteArray bytes = genuine.readAll();
        QJsonObject archive = QJsonDocument::fromJson(bytes).object();
        QByteArray damaged;
        if (damage == QLatin1String("cut")) {
            damaged = bytes.left(bytes.size() / 2);
        } else {
            QJsonArray links = archive.value(QLatin1String("links")).toArray();
            if (damage == QLatin1String("version")) {
                archive.insert(QStringLiteral("version"), 3);
            } else if (damage == QLatin1String("duplicate")) {
                links.insert(3, links.at(3));
            } else if (damage == QLatin1String("order")) {
                const QJsonValue moved = links.takeAt(2);
                links.insert(4, moved);
            } else if (damage == QLatin1String("footer")) {
                QJsonObject footer = archive.value(QLatin1String("footer")).toObject();
                footer.insert(QStringLiteral("link_count"),
                              footer.value(QLatin1String("link_count")).toInteger() + 1);
                archive.insert(QStringLiteral("footer"), footer);
            } else {
                QJsonObject link = links.at(0).toObject();
                link.insert(QStringLiteral("canonical"),
                            link.value(QLatin1String("canonical"))
                                .toString()
                                .replace(QStringLiteral("\"total_cents\":"),
                                         QStringLiteral("\"total_cents\":1.5,\"x\":")));
                links[0] = link;
            }
            archive.insert(QStringLiteral("links"), links);
            damaged = QJsonDocument(archive).toJson();
        }
        QFile out(m_work.filePath(QStringLiteral("damaged-") + damage + QStringLiteral(".json")));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(damaged);
        out.close();
        for (const QStringList &keys : {QStringList {}, QStringList {m_fingerprint}}) {
            const Verdict verdict = both(out.fileName(), keys);
            QCOMPARE(verdict.exitCode, 3);
            QCOMPARE(verdict.code, code);
        }
    }
};

QTEST_GUILESS_MAIN(TestArchiveForgeries)
#include "tst_archiveforgeries.moc"
