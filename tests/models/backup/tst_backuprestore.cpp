// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rollout's acceptance for backups (issue 13, item 5): sell while a backup runs, remove the
// database, restore, then the journal verifies and every sale is there; a backup older than the
// last ticket names exactly the missing tickets; a corrupted, tampered, foreign or non-backup file
// is refused and changes nothing.
#include "closingfixture.h"
#include "journalfixture.h"
#include "models/archive/journalverifier.h"
#include "models/backup/backuplist.h"
#include "models/backup/backuprestore.h"
#include "models/backup/backupwriter.h"
#include "models/fiscal/registerkey.h"
#include "models/storage/datadirectory.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

// A ticket of one free-price line, paid in cash: the till's everyday sale, any number of times.
SaleDraft smallSale(const ClosingShop &s, qint64 cents)
{
    SaleDraft draft;
    draft.operatorId = s.operatorId;
    draft.lines = {line(std::nullopt, 1, cents, 2000)};
    draft.payments = {pay(PaymentMethod::Cash, cents)};
    draft.tenderedCents = cents;
    return draft;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList column(const Database &db, const QString &sql)
{
    QStringList values;
    auto rows = db.rows(sql);
    if (rows)
        for (const QVariantList &row : rows.value())
            values << row.value(0).toString();
    return values;
}

// The shop's file and its companions, as they are: what "changes nothing" compares (not the WAL
// index, -shm, which any reader's connection touches).
QByteArray folderState(const QString &dataDir)
{
    QByteArray state;
    const QDir dir(dataDir);
    for (const QString &name :
         dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name))
        if (!name.endsWith(QLatin1String("-shm")))
            state += name.toUtf8() + ':' + fileDigest(dir.filePath(name)).toHex() + '\n';
    return state;
}

std::unique_ptr<ClosingShop> newShop(int sales)
{
    auto s = std::make_unique<ClosingShop>();
    if (!s->setUpClosing()
        || !s->shop.db().setMeta(QLatin1String(RegisterPublicKeyMeta),
                                 QString::fromLatin1(s->shop.signer.publicKey().toBase64())))
        return nullptr;
    for (int i = 0; i < sales; ++i)
        if (!s->journal.commitSale(smallSale(*s, 100 + i)))
            return nullptr;
    return s;
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sellDuringBackupThenRestoreEverySale();
    void olderBackupNamesTheMissingTickets();
    void corruptedBackupIsRefused();
    void tamperedBackupIsRefused();
    void foreignBackupIsRefused();
    void notABackupIsRefused();
    void missingFolderKeepsNothing();
};

void TestBackupRestore::sellDuringBackupThenRestoreEverySale()
{
    auto s = newShop(30);
    QVERIFY(s);
    QTemporaryDir backups;
    QVERIFY(backups.isValid());
    const QString dataDir = s->shop.temp.dir();

    // A backup on its own thread; the till sells on this one meanwhile.
    Result<BackupOutcome> during = makeError(ErrorCode::None);
    std::atomic<bool> done {false};
    BackupRequest request {dataDir, backups.path(), QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        during = writeBackup(request);
        done = true;
    }));
    thread->start();
    int soldDuring = 0;
    qint64 longestMs = 0;
    while (!done || soldDuring < 5) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(s->journal.commitSale(smallSale(*s, 500 + soldDuring)));
        longestMs = qMax(longestMs, timer.elapsed());
        ++soldDuring;
    }
    QVERIFY(thread->wait(60000));
    QVERIFY2(during.ok(), qPrintable(during.ok() ? QString() : during.error().detail));
    qInfo("sold %d tickets while the backup ran; the longest sale took %lld ms", soldDuring, longestMs);
    QVERIFY(during->check.tickets >= 30);
    QVERIFY(during->check.hasJournal);

    // Selling stops (the Z, or quitting): the next backup holds every sale.
    request.nowUtc = request.nowUtc.addDays(1); // another day: rotation keeps both
    auto last = writeBackup(request);
    QVERIFY2(last.ok(), qPrintable(last.ok() ? QString() : last.error().detail));
    const QStringList sold = column(s->shop.db(), QStringLiteral("SELECT uuid FROM tickets ORDER BY id"));
    QCOMPARE(last->check.tickets, qint64(sold.size()));
    QCOMPARE(listBackups(backups.path()).size(), 2);
    QVERIFY(QFileInfo::exists(QDir(last->path).filePath(QStringLiteral("manifest.json"))));

    // The database is gone (the shop's folder with it): restore into an empty data folder.
    s.reset();
    QTemporaryDir newComputer;
    QVERIFY(newComputer.isValid());
    auto plan = prepareRestore(last->path, newComputer.path(), nullptr, QDateTime::currentDateTimeUtc());
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().detail));
    QVERIFY(!plan->replacesShop);
    QVERIFY(plan->missingTickets.isEmpty());
    QVERIFY(commitRestore(plan.value()));
    auto applied = applyStagedRestore(newComputer.path());
    QVERIFY(applied.ok() && applied->has_value());
    QVERIFY(!QFileInfo::exists(RestoreStaging::folder(newComputer.path())));

    auto opened = Database::open(databasePath(newComputer.path()));
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    FakeClock clock;
    clock.set(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
    TestJournal journal(db, clock);
    auto recorded = recordPendingRestore(db, journal.events);
    QVERIFY(recorded.ok() && recorded.value());
    QCOMPARE(recordPendingRestore(db, journal.events).value(), false); // once
    QCOMPARE(column(db, QStringLiteral("SELECT uuid FROM tickets ORDER BY id")), sold);
    QCOMPARE(column(db, QStringLiteral("SELECT kind FROM events ORDER BY id DESC LIMIT 1")),
             QStringList {QStringLiteral("restore")});
    auto report = verifyJournal(db, testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
}

void TestBackupRestore::olderBackupNamesTheMissingTickets()
{
    auto s = newShop(3);
    QVERIFY(s);
    QTemporaryDir backups;
    const QString dataDir = s->shop.temp.dir();
    auto older = writeBackup({dataDir, backups.path(), QDateTime::currentDateTimeUtc()});
    QVERIFY(older.ok());
    QList<qint64> after;
    for (int i = 0; i < 4; ++i) {
        auto ticket = s->journal.commitSale(smallSale(*s, 700 + i));
        QVERIFY(ticket.ok());
        after << ticket->number;
    }
    const QByteArray before = folderState(dataDir);
    auto plan = prepareRestore(older->path, dataDir, &s->shop.db(), QDateTime::currentDateTimeUtc());
    QVERIFY(plan.ok());
    QVERIFY(plan->replacesShop);
    QList<qint64> missing;
    for (const TicketMark &ticket : plan->missingTickets) {
        missing << ticket.number;
        QVERIFY(ticket.closedAt.isValid());
    }
    QCOMPARE(missing, after);
    discardRestore(dataDir); // the user said no
    QCOMPARE(folderState(dataDir), before);
}

void TestBackupRestore::corruptedBackupIsRefused()
{
    auto s = newShop(5);
    QVERIFY(s);
    QTemporaryDir backups;
    auto backup = writeBackup({s->shop.temp.dir(), backups.path(), QDateTime::currentDateTimeUtc()});
    QVERIFY(backup.ok());
    // Garbage over the middle of the file, past its header.
    QFile file(QDir(backup->path).filePath(QStringLiteral("comptoir.sqlite")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(file.seek(size / 2));
    file.write(QByteArray(8192, '\xA5'));
    file.close();
    const QByteArray before = folderState(s->shop.temp.dir());
    auto plan
        = prepareRestore(backup->path, s->shop.temp.dir(), &s->shop.db(), QDateTime::currentDateTimeUtc());
    QVERIFY(!plan.ok());
    const ErrorCode code = plan.error().code;
    QVERIFY2(code == ErrorCode::BackupDamaged || code == ErrorCode::NotABackup
                 || code == ErrorCode::BackupJournalBroken,
             QByteArray::number(int(code)).constData());
    QCOMPARE(folderState(s->shop.temp.dir()), before);
    QVERIFY(!RestoreStaging::isReady(s->shop.temp.dir()));
}

void TestBackupRestore::tamperedBackupIsRefused()
{
    auto s = newShop(5);
    QVERIFY(s);
    QTemporaryDir backups;
    auto backup = writeBackup({s->shop.temp.dir(), backups.path(), QDateTime::currentDateTimeUtc()});
    QVERIFY(backup.ok());
    const QString copy = QDir(backup->path).filePath(QStringLiteral("comptoir.sqlite"));
    QCOMPARE(fiscaltest::tamper(
                 copy, {QStringLiteral("UPDATE tickets SET total_cents = total_cents + 1 WHERE number = 2")}),
             QString());
    QTemporaryDir empty;
    auto plan = prepareRestore(backup->path, empty.path(), nullptr, QDateTime::currentDateTimeUtc());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::BackupJournalBroken);
    QVERIFY(QDir(empty.path()).isEmpty());
}

void TestBackupRestore::foreignBackupIsRefused()
{
    auto ours = newShop(2);
    auto theirs = newShop(2);
    QVERIFY(ours && theirs);
    QVERIFY(ours->shop.db().deviceId() != theirs->shop.db().deviceId());
    QTemporaryDir backups;
    auto backup = writeBackup({theirs->shop.temp.dir(), backups.path(), QDateTime::currentDateTimeUtc()});
    QVERIFY(backup.ok());
    const QByteArray before = folderState(ours->shop.temp.dir());
    auto plan = prepareRestore(backup->path, ours->shop.temp.dir(), &ours->shop.db(),
                               QDateTime::currentDateTimeUtc());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::BackupForeign);
    QCOMPARE(folderState(ours->shop.temp.dir()), before);
}

void TestBackupRestore::notABackupIsRefused()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    QTemporaryDir data;
    QCOMPARE(prepareRestore(text, data.path(), nullptr, QDateTime::currentDateTimeUtc()).error().code,
             ErrorCode::NotABackup);
    QCOMPARE(prepareRestore(dir.path(), data.path(), nullptr, QDateTime::currentDateTimeUtc()).error().code,
             ErrorCode::NotABackup);
    QVERIFY(QDir(data.path()).isEmpty());
}

void TestBackupRestore::missingFolderKeepsNothing()
{
    auto s = newShop(1);
    QVERIFY(s);
    QCOMPARE(writeBackup({s->shop.temp.dir(), QString(), QDateTime::currentDateTimeUtc()}).error().code,
             ErrorCode::BackupFolderMissing);
    QCOMPARE(
        writeBackup({s->shop.temp.dir(), QStringLiteral("/nonexistent/usb"), QDateTime::currentDateTimeUtc()})
            .error()
            .code,
        ErrorCode::BackupFolderMissing);
}

COMPTOIR_CLOSING_TEST_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
