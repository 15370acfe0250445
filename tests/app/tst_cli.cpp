// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comptoir executable, run as a person or a script would: --version, --help, errors on
// the command line, `comptoir demo seed`, and `comptoir --demo` seeding before the window.
// Commands must work without a display: they run with no DISPLAY and no QT_QPA_PLATFORM.
#include "clirunner.h"
#include "fakeclock.h"
#include "fixtures.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/catalogue.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace comptoir;
using namespace comptoir::clitest;

namespace {

// What a shop's database holds, ids and times included: a run that "changes nothing" must
// leave exactly this.
QList<QVariantList> snapshot(const QString &dataDir)
{
    auto db = Database::open(dataDir + QStringLiteral("/comptoir.sqlite"));
    if (!db)
        return {};
    QList<QVariantList> all;
    for (const QString &table :
         {QStringLiteral("meta"), QStringLiteral("categories"), QStringLiteral("products"),
          QStringLiteral("variants"), QStringLiteral("barcodes"), QStringLiteral("stock_movements"),
          QStringLiteral("stock_on_hand")})
        all += rows(**db, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
    return all;
}

int userVersion(const QString &file)
{
    int version = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return version;
}

} // namespace

class TestCli : public QObject, protected clitest::CliRunner
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(COMPTOIR_EXE)).isExecutable(), COMPTOIR_EXE);
        QVERIFY(m_home.isValid());
        QVERIFY(m_work.isValid());
    }

    void printsTheVersion_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }

    void printsTheVersion()
    {
        QFETCH(QString, option);
        const Run r = run({option});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Comptoir " COMPTOIR_VERSION));
        QVERIFY(QRegularExpression(QStringLiteral("^Comptoir \\d+\\.\\d+\\.\\d+$"))
                    .match(r.out.trimmed())
                    .hasMatch());
    }

    void printsHelpWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")};
        QTest::newRow("--help --lang en")
            << QStringList {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")};
        QTest::newRow("with a Qt option") << QStringList {
            QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--help")};
    }

    void printsHelpWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        for (const QString &expected :
             {QStringLiteral("--data-dir"), QStringLiteral("--demo"), QStringLiteral("--lang"),
              QStringLiteral("--version"), QStringLiteral("demo seed")})
            QVERIFY2(r.out.contains(expected),
                     qPrintable(expected + QStringLiteral(" missing from:\n") + r.out));
    }

    void refusesWhatItDoesNotKnow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("demo"), QStringLiteral("frobnicate")}
                                         << QStringLiteral("frobnicate");
        QTest::newRow("unknown language")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("xx")} << QStringLiteral("xx");
        QTest::newRow("missing value")
            << QStringList {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir")}
            << QStringLiteral("data-dir");
    }

    void refusesWhatItDoesNotKnow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, quoted);
        const Run r = run(arguments);
        QVERIFY2(!r.crashed, qPrintable(r.err)); // no display was needed to say so
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(quoted), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void seedsTheDemoShop()
    {
        const QString dir = freshDir(QStringLiteral("demo"));
        const Run r
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // only warnings would reach stderr
        QVERIFY2(r.out.contains(dir), qPrintable(r.out));

        auto opened = Database::open(dir + QStringLiteral("/comptoir.sqlite"));
        QVERIFY(opened.ok());
        const Database &db = **opened;
        const qint64 products = scalar(db, QStringLiteral("SELECT count(*) FROM products"));
        const qint64 variants = scalar(db, QStringLiteral("SELECT count(*) FROM variants"));
        QVERIFY2(products >= 280 && products <= 320, qPrintable(QString::number(products)));
        // What it said it made is what it made.
        QVERIFY2(r.out.contains(QString::number(products)) && r.out.contains(QString::number(variants)),
                 qPrintable(r.out));
        QCOMPARE(*db.meta(QStringLiteral("shop_kind")), QStringLiteral("demo"));
        QVERIFY(!db.meta(QStringLiteral("shop_name"))->isEmpty());
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements")) > 0);
        // The demo's operators, and their PINs said out loud (they are demo PINs).
        // ("Operators: Claire (manager, PIN 1234), Lucas (cashier, PIN 0000)" in English.)
        for (const char *said : {"Claire", "1234", "Lucas", "0000"})
            QVERIFY2(r.out.contains(QLatin1String(said)), qPrintable(r.out));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM operators")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM operators WHERE role = 'manager'")), 1);

        const auto codes = rows(db, QStringLiteral("SELECT code FROM barcodes"));
        QCOMPARE(codes.size(), variants);
        QSet<QString> seen;
        for (const QVariantList &row : codes) {
            const QString code = row.first().toString();
            QVERIFY2(Barcode::classify(code) == Barcode::Kind::Ean13, qPrintable(code));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), codes.size());
    }

    void seedingTwiceChangesNothing()
    {
        const QString dir = freshDir(QStringLiteral("twice"));
        const QStringList args {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"),
                                dir};
        QCOMPARE(run(args).exitCode, 0);
        const auto before = snapshot(dir);
        QVERIFY(before.size() > 1000);
        const Run again = run(args);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(snapshot(dir), before);
    }

    void refusesToSeedARealShop()
    {
        const QString dir = freshDir(QStringLiteral("real"));
        QVERIFY(QDir().mkpath(dir));
        {
            auto opened = Database::open(dir + QStringLiteral("/comptoir.sqlite"));
            QVERIFY(opened.ok());
            FakeClock clock;
            UuidV7Generator uuids(clock);
            TestJournal journal(**opened, clock);
            Catalogue catalogue(**opened, clock, uuids, journal.events);
            ProductFields product;
            product.name = QStringLiteral("Bougie parfumée au tilleul");
            VariantFields variant;
            variant.priceCents = 1890;
            QVERIFY(catalogue.createProduct(product, variant).ok());
        }
        const auto before = snapshot(dir);
        QVERIFY(!before.isEmpty());

        const Run r
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.trimmed().size() > 20, qPrintable(r.err));
        QCOMPARE(snapshot(dir), before);
    }

    void refusesANewerSchema()
    {
        const QString dir = freshDir(QStringLiteral("newer"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/comptoir.sqlite");
        QVERIFY(Database::open(file).ok());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));

        const Run r
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        // One sentence for a person, naming the schema it found; nothing technical.
        const QString message = r.err.trimmed();
        QVERIFY2(message.contains(QStringLiteral("999")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("SQL"), Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(userVersion(file), 999);
    }

    void refusesAnUnusableFolder()
    {
        const QString blocked = m_work.filePath(QStringLiteral("a-file"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString dir = blocked + QStringLiteral("/shop");
        const Run r
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(dir), qPrintable(r.err));
    }

    void writesALogFile()
    {
        const QString dir = freshDir(QStringLiteral("logged"));
        QCOMPARE(
            run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), dir}).exitCode,
            0);
        QFile log(dir + QStringLiteral("/logs/comptoir.log"));
        QVERIFY(log.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines
            = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        static const QRegularExpression pattern(QStringLiteral(
            R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|CRITICAL|FATAL) [\w.]+: )"));
        for (const QString &line : lines)
            QVERIFY2(pattern.match(line).hasMatch(), qPrintable(line));
        QVERIFY(
            lines.first().contains(QStringLiteral("INFO comptoir.app: started Comptoir " COMPTOIR_VERSION)));
        QVERIFY(lines.last().contains(QStringLiteral("INFO comptoir.app: stopped")));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.contains(QStringLiteral("comptoir.models.database"));
        }));
    }

    void demoAndRealShopHaveTheirOwnDefaultFolders()
    {
        const Run r = run({QStringLiteral("demo"), QStringLiteral("seed")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        const QString demo = m_home.filePath(QStringLiteral("data/Vitrines-Orleans/Comptoir-demo"));
        QVERIFY2(QFileInfo::exists(demo + QStringLiteral("/comptoir.sqlite")), qPrintable(r.out));
        QVERIFY(r.out.contains(demo));
        QVERIFY(!QFileInfo::exists(
            m_home.filePath(QStringLiteral("data/Vitrines-Orleans/Comptoir/comptoir.sqlite"))));
    }

    void demoWindowSeedsAnEmptyFolderFirst()
    {
        const QString dir = freshDir(QStringLiteral("window"));
        QString errors;
        QVERIFY2(runWindowUntil({QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir},
                                dir + QStringLiteral("/logs/comptoir.log"), "demo shop seeded", &errors),
                 qPrintable(errors));
        auto opened = Database::open(dir + QStringLiteral("/comptoir.sqlite"));
        QVERIFY(opened.ok());
        QCOMPARE(*(*opened)->meta(QStringLiteral("shop_kind")), QStringLiteral("demo"));
        QVERIFY(scalar(**opened, QStringLiteral("SELECT count(*) FROM products")) >= 280);
    }

    void plainWindowOpensTheRealShop()
    {
        const QString real = m_home.filePath(QStringLiteral("data/Vitrines-Orleans/Comptoir"));
        QString errors;
        QVERIFY2(runWindowUntil({}, real + QStringLiteral("/logs/comptoir.log"), "opened", &errors),
                 qPrintable(errors));
        auto opened = Database::open(real + QStringLiteral("/comptoir.sqlite"));
        QVERIFY(opened.ok());
        QCOMPARE(*(*opened)->meta(QStringLiteral("shop_kind")), QString());
        QCOMPARE(scalar(**opened, QStringLiteral("SELECT count(*) FROM products")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
