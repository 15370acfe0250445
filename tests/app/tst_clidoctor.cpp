// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13's acceptance for `comptoir doctor` (app/doctorcommand.cpp, sync/doctor, ui/doctor),
// run as a volunteer would: the built executable on a shop folder, the real comptoir-marketplace
// over loopback. A healthy shop (enrolled, a backup folder with a fresh good backup, a sound
// chain, a PDF receipt folder) passes with exit 0; the same shop with its token revoked, its
// backup folder gone and its journal tampered with fails (exit 3), each problem named. The
// keychain holds the register key and the token: those cases run inside
// tests/support/with-keyring.sh (COMPTOIR_KEYCHAIN_TEST=keyring); CTest runs both ways.
#include "clirunner.h"
#include "fakeclock.h"
#include "models/backup/backupstate.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/storage/datadirectory.h"
#include "models/uuidv7.h"
#include "secretwait.h"
#include "sync/enrolment/enrollment.h"
#include "sync/keychain/keychainsecretstore.h"
#include "tests/marketplace/marketclient.h"
#include "tokenwait.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace comptoir;
using namespace comptoir::clitest;
using market::testing::MarketClient;
using market::testing::MarketServer;

namespace {

bool withKeyring()
{
    return qEnvironmentVariable("COMPTOIR_KEYCHAIN_TEST") == QStringLiteral("keyring");
}

// Staff changes signed with key (events on the fiscal chain: a sound, non-empty journal).
bool journalSomeStaff(Database &db, const Ed25519Key &key)
{
    const SystemClock clock;
    UuidV7Generator uuids(clock);
    FiscalChain chain(db, key, clock);
    EventJournal events(db, clock, uuids, chain);
    Operators operators(db, clock, events, 64);
    auto manager = operators.add(QStringLiteral("Nadia"), OperatorRole::Manager, QStringLiteral("2468"));
    if (!manager)
        return false;
    auto cashier
        = operators.add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("1357"), *manager);
    return cashier && operators.changePin(*cashier, QStringLiteral("9753"), *manager).ok();
}

// Changes a stored event behind the program's back, as someone holding the file could: its
// write-once triggers dropped, then put back. Empty on success.
QString tamperWithAnEvent(const QString &file)
{
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(file);
        if (!raw.open())
            return raw.lastError().text();
        QSqlQuery q(raw);
        QList<std::pair<QString, QString>> triggers;
        q.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"));
        while (q.next())
            triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &trigger : std::as_const(triggers))
            q.exec(QStringLiteral("DROP TRIGGER ") + trigger.first);
        if (!q.exec(QStringLiteral("UPDATE events SET detail = replace(detail, 'cashier', 'manager') "
                                   "WHERE kind = 'staff_changed' AND detail LIKE '%cashier%'")))
            error = q.lastError().text();
        else if (q.numRowsAffected() < 1)
            error = QStringLiteral("no event changed");
        for (const auto &trigger : std::as_const(triggers))
            q.exec(trigger.second);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return error;
}

QString lineOf(const QString &out, const QString &title)
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.contains(title + QLatin1Char(':')))
            return line;
    }
    return {};
}

} // namespace

class TestCliDoctor : public QObject, public CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void helpNamesTheCommand()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("doctor")), qPrintable(r.out));
    }

    void noShopIsSaid()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("doctor"),
                           QStringLiteral("--data-dir"), freshDir(QStringLiteral("nothing"))});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("There is no shop")), qPrintable(r.err));
    }

    // Without the keychain's help: a chain signed by a key the keychain does not hold, tampered
    // with, and a backup folder that is gone. Every problem has its line; the exit code says so.
    void brokenChainAndMissingFolderAreNamed()
    {
        const QString dir = newShop(QStringLiteral("shop-broken"));
        QVERIFY(!dir.isEmpty());
        const QString backups = m_work.filePath(QStringLiteral("usb-key"));
        QVERIFY(QDir().mkpath(backups));
        {
            auto db = Database::open(databasePath(dir));
            QVERIFY(db.ok());
            auto key = Ed25519Key::generate();
            QVERIFY(key.ok());
            QVERIFY((*db)
                        ->setMeta(QLatin1String(RegisterPublicKeyMeta),
                                  QString::fromLatin1(key->publicKey().toBase64()))
                        .ok());
            QVERIFY(journalSomeStaff(**db, *key));
            QVERIFY(BackupStateStore::setFolder(**db, backups).ok());
            QVERIFY(BackupStateStore::recordGood(**db, QDateTime::currentDateTimeUtc(),
                                                 QStringLiteral("comptoir-backup.sqlite"))
                        .ok());
        }
        QVERIFY(QDir(backups).removeRecursively()); // the USB key is unplugged
        QCOMPARE(tamperWithAnEvent(databasePath(dir)), QString());

        const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("doctor"),
                           QStringLiteral("--data-dir"), dir});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        const QString journal = lineOf(r.out, QStringLiteral("Journal chain"));
        QVERIFY2(journal.startsWith(QStringLiteral("FAIL"))
                     && journal.contains(QStringLiteral("BROKEN at event")),
                 qPrintable(r.out));
        const QString backup = lineOf(r.out, QStringLiteral("Last good backup"));
        QVERIFY2(backup.startsWith(QStringLiteral("FAIL")) && backup.contains(QStringLiteral("MISSING"))
                     && backup.contains(QDir::toNativeSeparators(backups)),
                 qPrintable(r.out));
        // The key is not in this keychain (or there is no keychain at all).
        QVERIFY2(lineOf(r.out, QStringLiteral("Keychain")).startsWith(QStringLiteral("FAIL")),
                 qPrintable(r.out));
        QVERIFY2(lineOf(r.out, QStringLiteral("Database integrity")).startsWith(QStringLiteral("ok")),
                 qPrintable(r.out));
        QVERIFY2(lineOf(r.out, QStringLiteral("Marketplace")).startsWith(QStringLiteral("warn")),
                 qPrintable(r.out));
        QVERIFY2(lineOf(r.out, QStringLiteral("Versions")).contains(QStringLiteral("SQLite 3.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Problems to fix")), qPrintable(r.out));
    }

    void healthyShopPassesThenEachProblemIsNamed()
    {
        if (!withKeyring())
            QSKIP("needs a secret service: run inside tests/support/with-keyring.sh");
        MarketServer server;
        QVERIFY(server.start());
        MarketClient market(server.url());
        const QString shopId = market.createShop(QStringLiteral("Épicerie de la Source"));

        const QString dir = newShop(QStringLiteral("shop-healthy"));
        QVERIFY(!dir.isEmpty());
        const QString backups = m_work.filePath(QStringLiteral("backups"));
        const QString receipts = m_work.filePath(QStringLiteral("receipts"));
        QVERIFY(QDir().mkpath(backups) && QDir().mkpath(receipts));
        KeychainSecretStore keychain; // the service the program uses
        QString deviceId;
        QByteArray seed;
        {
            auto db = Database::open(databasePath(dir));
            QVERIFY(db.ok());
            auto key = registerKey(keychain, **db); // made and kept in the keychain, as at first start
            QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
            seed = key->seed();
            QVERIFY(journalSomeStaff(**db, *key));
            QNetworkAccessManager network;
            Enrollment enrollment(**db, keychain, network);
            std::optional<Result<EnrolledDevice>> outcome;
            enrollment.enroll(server.url().toString(), market.createCode(shopId), QStringLiteral("Caisse 1"),
                              [&outcome](Result<EnrolledDevice> result) { outcome = std::move(result); });
            QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
            QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().detail));
            deviceId = outcome->value().deviceId;
            QVERIFY(BackupStateStore::setFolder(**db, backups).ok());
            QVERIFY(BackupStateStore::recordGood(**db, QDateTime::currentDateTimeUtc().addSecs(-3600),
                                                 QStringLiteral("comptoir-backup.sqlite"))
                        .ok());
            PrinterSettings pdf;
            pdf.kind = PrinterSettings::Kind::PdfFolder;
            pdf.pdfFolder = receipts;
            QVERIFY(ShopSettings(**db).setPrinter(pdf).ok());
        }

        const Run healthy = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("doctor"),
                                 QStringLiteral("--data-dir"), dir});
        QVERIFY(!healthy.crashed);
        QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.out + healthy.err));
        for (const QString &title :
             {QStringLiteral("Database integrity"), QStringLiteral("Journal chain"),
              QStringLiteral("Keychain"), QStringLiteral("Marketplace"), QStringLiteral("Clock"),
              QStringLiteral("Free disk"), QStringLiteral("Receipt printer"),
              QStringLiteral("Last good backup"), QStringLiteral("Versions")}) {
            const QString line = lineOf(healthy.out, title);
            QVERIFY2(!line.isEmpty(), qPrintable(title + QLatin1Char('\n') + healthy.out));
            QVERIFY2(!line.startsWith(QStringLiteral("FAIL")), qPrintable(line));
        }
        QVERIFY2(lineOf(healthy.out, QStringLiteral("Marketplace")).startsWith(QStringLiteral("ok")),
                 qPrintable(healthy.out));
        // The reference marketplace sends its Date: the clock is compared, and right.
        QVERIFY2(lineOf(healthy.out, QStringLiteral("Clock")).startsWith(QStringLiteral("ok")),
                 qPrintable(healthy.out));
        QVERIFY2(lineOf(healthy.out, QStringLiteral("Keychain")).startsWith(QStringLiteral("ok")),
                 qPrintable(healthy.out));
        QVERIFY2(lineOf(healthy.out, QStringLiteral("Journal chain")).contains(QStringLiteral("intact")),
                 qPrintable(healthy.out));
        // No secret in what it prints.
        const auto token = tokenOf(keychain, deviceId);
        QVERIFY(token.ok());
        const QString all = healthy.out + healthy.err;
        QVERIFY(!all.contains(QString::fromLatin1(token.value())));
        QVERIFY(!all.contains(QString::fromLatin1(seed.toBase64())));
        QVERIFY(!all.contains(QString::fromLatin1(seed.toHex())));

        // Then: the marketplace revokes the till, the backup folder goes, the journal is altered.
        const auto revoked = market.admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/devices/%2/revoke").arg(shopId, deviceId));
        QCOMPARE(revoked.status, 200);
        QVERIFY(QDir(backups).removeRecursively());
        QCOMPARE(tamperWithAnEvent(databasePath(dir)), QString());

        const Run sick = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("doctor"),
                              QStringLiteral("--data-dir"), dir});
        QVERIFY(!sick.crashed);
        QVERIFY2(sick.exitCode == 3, qPrintable(sick.out + sick.err));
        const QString marketLine = lineOf(sick.out, QStringLiteral("Marketplace"));
        QVERIFY2(marketLine.startsWith(QStringLiteral("FAIL"))
                     && marketLine.contains(QStringLiteral("revoked")),
                 qPrintable(sick.out));
        const QString backupLine = lineOf(sick.out, QStringLiteral("Last good backup"));
        QVERIFY2(backupLine.startsWith(QStringLiteral("FAIL"))
                     && backupLine.contains(QStringLiteral("MISSING")),
                 qPrintable(sick.out));
        const QString journalLine = lineOf(sick.out, QStringLiteral("Journal chain"));
        QVERIFY2(journalLine.startsWith(QStringLiteral("FAIL"))
                     && journalLine.contains(QStringLiteral("BROKEN")),
                 qPrintable(sick.out));
        // What is still fine says so.
        QVERIFY2(lineOf(sick.out, QStringLiteral("Keychain")).startsWith(QStringLiteral("ok")),
                 qPrintable(sick.out));
        QVERIFY2(lineOf(sick.out, QStringLiteral("Database integrity")).startsWith(QStringLiteral("ok")),
                 qPrintable(sick.out));
        QVERIFY(!QString(sick.out + sick.err).contains(QString::fromLatin1(token.value())));
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_clidoctor.moc"
