// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemodes.h"
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

#include <sys/stat.h>

using namespace comptoir;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

qint64 countRows(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

// Writes a plain SQLite file (no Comptoir schema) with the given user_version.
bool writeForeignSqlite(const QString &path, int userVersion)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE TABLE future (x INTEGER)"))
                && q.exec(QStringLiteral("INSERT INTO future VALUES (42)"))
                && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileIsMigrated();
    void reopenKeepsVersionAndDeviceId();
    void newerSchemaIsRefusedUntouched();
    void notSqliteIsRefusedUntouched();
    void splitStatements();
    void metaRoundTrip();
    void nestedInnerRollbackKeepsOuterWork();
    void outerRollbackDropsEverything();
    void transactionGuardRollsBackWhenDestroyed();
    void queryErrorIsAValue();
    // issue 18: permissions, migrations racing, the WAL switch checked
    void theFileAndItsWalAreForTheOwnerOnly();
    void looseFilesAreRepairedAtOpen();
    void racingOpensMigrateOnceAndAgree();
    void aDatabaseThatRefusesWalIsAnError();
};

void TestDatabase::freshFileIsMigrated()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(temp.db().schemaVersion(), Migrator::latestVersion());
    QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    const QStringList tables = {QStringLiteral("meta"),
                                QStringLiteral("products"),
                                QStringLiteral("variants"),
                                QStringLiteral("barcodes"),
                                QStringLiteral("stock_movements"),
                                QStringLiteral("stock_on_hand"),
                                QStringLiteral("catalogue_search")};
    for (const QString &table : tables)
        QCOMPARE(countRows(temp.db(), table), table == QLatin1String("meta") ? 1 : 0); // meta: device_id

    // Foreign keys really are enforced.
    QVERIFY(
        !temp.db().exec(QStringLiteral("INSERT INTO barcodes (code, variant_id) VALUES ('96385074', 999)")));
    QCOMPARE(countRows(temp.db(), QStringLiteral("barcodes")), 0);
}

void TestDatabase::reopenKeepsVersionAndDeviceId()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    const QString deviceId = temp.db().deviceId();
    QVERIFY(!QUuid::fromString(deviceId).isNull());
    QCOMPARE(temp.db().meta(QStringLiteral("device_id")).value(), deviceId);
    QVERIFY(temp.reopen());
    QCOMPARE(temp.db().deviceId(), deviceId);
    QCOMPARE(temp.db().schemaVersion(), Migrator::latestVersion());
    QVERIFY(temp.reopen());
    QCOMPARE(temp.db().deviceId(), deviceId);

    TempDatabase other;
    QVERIFY(other.isValid());
    QVERIFY(other.db().deviceId() != deviceId);
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    QVERIFY(writeForeignSqlite(path, Migrator::latestVersion() + 1));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::SchemaTooNew);
    QCOMPARE(opened.error().subject, QString::number(Migrator::latestVersion() + 1));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // Refused again the second time: nothing was half-migrated.
    auto again = Database::open(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::SchemaTooNew);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::notSqliteIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.sqlite"));
    {
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator rng(20261127);
        for (char &c : noise)
            c = static_cast<char>(rng.bounded(256));
        noise.replace(0, 6, "NOTSQL");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(noise), noise.size());
    }
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::DatabaseOpenFailed);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).size(), 8192);
}

void TestDatabase::splitStatements()
{
    const QString script = QStringLiteral("-- a comment\n"
                                          "CREATE TABLE a (x INTEGER);\n"
                                          "\n"
                                          "CREATE TABLE b (\n"
                                          "    y TEXT\n"
                                          ");\n"
                                          "CREATE TRIGGER a_log AFTER INSERT ON a\n"
                                          "BEGIN\n"
                                          "    INSERT INTO b (y) VALUES ('one');\n"
                                          "    INSERT INTO b (y) VALUES ('two');\n"
                                          "END;\n"
                                          "create trigger a_guard before delete on a\n"
                                          "begin\n"
                                          "    select raise(abort, 'no');\n"
                                          "end;\n"
                                          "INSERT INTO a (x) VALUES (1);\n");
    const QStringList statements = Migrator::splitStatements(script);
    QCOMPARE(statements.size(), 5);
    QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x INTEGER);"));
    QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TABLE b (")));
    QVERIFY(statements.at(1).endsWith(QLatin1String(");")));
    QVERIFY(statements.at(2).startsWith(QLatin1String("CREATE TRIGGER a_log")));
    QVERIFY(statements.at(2).contains(QLatin1String("'one');")));
    QVERIFY(statements.at(2).contains(QLatin1String("'two');")));
    QVERIFY(statements.at(2).endsWith(QLatin1String("END;")));
    QVERIFY(statements.at(3).startsWith(QLatin1String("create trigger a_guard")));
    QVERIFY(statements.at(3).endsWith(QLatin1String("end;")));
    QCOMPARE(statements.at(4), QStringLiteral("INSERT INTO a (x) VALUES (1);"));

    // The statements really run, and the trigger body stayed whole.
    TempDatabase temp;
    QVERIFY(temp.isValid());
    for (const QString &statement : statements)
        QVERIFY2(temp.db().exec(statement).ok(), qPrintable(statement));
    QCOMPARE(countRows(temp.db(), QStringLiteral("b")), 2);
    QVERIFY(!temp.db().exec(QStringLiteral("DELETE FROM a")));
    QCOMPARE(countRows(temp.db(), QStringLiteral("a")), 1);
}

void TestDatabase::metaRoundTrip()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    QCOMPARE(temp.db().meta(QStringLiteral("absent")).value(), QString());
    QVERIFY(temp.db().setMeta(QStringLiteral("k"), QStringLiteral("one")));
    QVERIFY(temp.db().setMeta(QStringLiteral("k"), QStringLiteral("two")));
    QVERIFY(temp.reopen());
    QCOMPARE(temp.db().meta(QStringLiteral("k")).value(), QStringLiteral("two"));
}

void TestDatabase::nestedInnerRollbackKeepsOuterWork()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    Database &db = temp.db();
    QVERIFY(db.begin());
    QVERIFY(db.setMeta(QStringLiteral("outer"), QStringLiteral("1")));
    QVERIFY(db.begin());
    QCOMPARE(db.transactionDepth(), 2);
    QVERIFY(db.setMeta(QStringLiteral("inner"), QStringLiteral("1")));
    db.rollback();
    QCOMPARE(db.transactionDepth(), 1);
    QVERIFY(db.begin());
    QVERIFY(db.setMeta(QStringLiteral("inner2"), QStringLiteral("1")));
    QVERIFY(db.commit());
    QVERIFY(db.commit());
    QCOMPARE(db.transactionDepth(), 0);

    QVERIFY(temp.reopen());
    QCOMPARE(temp.db().meta(QStringLiteral("outer")).value(), QStringLiteral("1"));
    QCOMPARE(temp.db().meta(QStringLiteral("inner")).value(), QString());
    QCOMPARE(temp.db().meta(QStringLiteral("inner2")).value(), QStringLiteral("1"));
}

void TestDatabase::outerRollbackDropsEverything()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    Database &db = temp.db();
    QVERIFY(db.begin());
    QVERIFY(db.setMeta(QStringLiteral("outer"), QStringLiteral("1")));
    QVERIFY(db.begin());
    QVERIFY(db.setMeta(QStringLiteral("inner"), QStringLiteral("1")));
    QVERIFY(db.commit()); // the inner part is released into the outer one…
    db.rollback(); // …which is rolled back
    QCOMPARE(db.transactionDepth(), 0);

    QVERIFY(temp.reopen());
    QCOMPARE(temp.db().meta(QStringLiteral("outer")).value(), QString());
    QCOMPARE(temp.db().meta(QStringLiteral("inner")).value(), QString());
}

void TestDatabase::transactionGuardRollsBackWhenDestroyed()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    Database &db = temp.db();
    {
        Transaction outer(db);
        QVERIFY(outer.status());
        QVERIFY(db.setMeta(QStringLiteral("kept"), QStringLiteral("1")));
        {
            Transaction inner(db);
            QVERIFY(inner.status());
            QVERIFY(db.setMeta(QStringLiteral("dropped"), QStringLiteral("1")));
        } // not committed
        QCOMPARE(db.transactionDepth(), 1);
        QVERIFY(outer.commit());
        QVERIFY(!outer.commit()); // only once
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(db.meta(QStringLiteral("kept")).value(), QStringLiteral("1"));
    QCOMPARE(db.meta(QStringLiteral("dropped")).value(), QString());
}

void TestDatabase::queryErrorIsAValue()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    auto q = temp.db().query(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().code, ErrorCode::DatabaseQueryFailed);
    QVERIFY(!q.error().detail.isEmpty());
}

void TestDatabase::theFileAndItsWalAreForTheOwnerOnly()
{
    ::umask(022); // the usual desktop umask: the database must be private all the same
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY((*db)->setMeta(QStringLiteral("written"), QStringLiteral("yes")).ok());
    // SQLite made the -wal and -shm itself, with the database file's permissions.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(filemodes::octal(filemodes::mode(path + suffix)), QStringLiteral("0600"));
    }
}

void TestDatabase::looseFilesAreRepairedAtOpen()
{
    ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    auto first = Database::open(path); // kept open: its -wal and -shm stay
    QVERIFY(first.ok());
    QVERIFY((*first)->setMeta(QStringLiteral("written"), QStringLiteral("yes")).ok());
    const QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    for (const QString &file : files) {
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^permissions of .* were open")));
    }
    auto second = Database::open(path);
    QVERIFY(second.ok());
    for (const QString &file : files)
        QCOMPARE(filemodes::octal(filemodes::mode(file)), QStringLiteral("0600"));
}

// Two processes opening a new shop file at once (a window and `sync --once`, before the folder
// lock): each migration is applied once, both end at the latest version, with one device id.
void TestDatabase::racingOpensMigrateOnceAndAgree()
{
    struct Outcome
    {
        bool ok = false;
        QString why;
        int version = -1;
        QString deviceId;
    };
    for (int round = 0; round < 4; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.sqlite"));
        QSemaphore ready;
        QSemaphore go;
        Outcome outcomes[2];
        auto open = [&](int i) {
            ready.release();
            go.acquire();
            auto db = Database::open(path);
            if (!db) {
                outcomes[i].why = QString::number(int(db.error().code)) + QLatin1Char(' ')
                    + db.error().subject + QLatin1Char(' ') + db.error().detail;
                return;
            }
            outcomes[i] = {true, QString(), (*db)->schemaVersion(), (*db)->deviceId()};
        };
        std::unique_ptr<QThread> a(QThread::create(open, 0));
        std::unique_ptr<QThread> b(QThread::create(open, 1));
        a->start();
        b->start();
        ready.acquire(2);
        go.release(2); // both at once
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        for (const Outcome &outcome : outcomes) {
            QVERIFY2(outcome.ok, qPrintable(outcome.why));
            QCOMPARE(outcome.version, Migrator::latestVersion());
        }
        QCOMPARE(outcomes[0].deviceId, outcomes[1].deviceId);
        QVERIFY(!outcomes[0].deviceId.isEmpty());
    }
}

// SQLite answers PRAGMA journal_mode = WAL with the mode in force: a memory database stays
// "memory", and the open is refused rather than run without its WAL.
void TestDatabase::aDatabaseThatRefusesWalIsAnError()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("journal mode is .*memory")));
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::WalUnavailable);
    QCOMPARE(db.error().detail, QStringLiteral("journal_mode=memory"));
    QVERIFY(!QFile::exists(QStringLiteral(":memory:")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
