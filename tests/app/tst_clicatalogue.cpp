// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `comptoir catalogue import` and `comptoir catalogue export` (issue 14), run as a shopkeeper would
// (real processes, real files, a real shop): a spreadsheet imported, imported again with nothing
// changed, a wrong row named with its column and nothing written, --skip-invalid writing the good
// rows and the wrong ones beside the file, --dry-run, a mapping file, the usage errors.
#include "clirunner.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::clitest;

namespace {

const QByteArray Catalogue = "Libellé;Taille;EAN;Réf.;Prix TTC;TVA;Rayon;Qté\n"
                             "Chaussettes;39-42;3760000000017;CH-39;8,90 €;20;Textile;12\n"
                             "Chaussettes;43-46;3760000000024;CH-43;8,90 €;20;Textile;7\n"
                             "Miel de Sologne;;3760000000031;MI-1;12,5;5,5 %;Épicerie;4\n"
                             "Carnet;;;CA-1;3;0,2;Papeterie;0\n";

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliCatalogue : public QObject, protected CliRunner
{
    Q_OBJECT

    QString m_shop;
    qint64 m_variantsBefore = 0;

    QStringList en(QStringList arguments) const
    {
        return arguments << QStringLiteral("--lang") << QStringLiteral("en");
    }
    QStringList import(const QString &file, QStringList more = {}) const
    {
        return en(QStringList {QStringLiteral("catalogue"), QStringLiteral("import"), file,
                               QStringLiteral("--data-dir"), m_shop}
                  + more);
    }
    qint64 count(const QString &sql) const
    {
        auto db = Database::open(databasePath(m_shop));
        return db ? scalar(*db.value(), sql) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(COMPTOIR_EXE)).isExecutable(), COMPTOIR_EXE);
        m_shop = freshDir(QStringLiteral("shop"));
        const Run seeded
            = run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--data-dir"), m_shop});
        QCOMPARE(seeded.exitCode, 0);
        m_variantsBefore = count(QStringLiteral("SELECT count(*) FROM variants"));
        QVERIFY(m_variantsBefore > 0);
    }

    void importsThenReimportsNothing()
    {
        const QString file = m_work.filePath(QStringLiteral("catalogue.csv"));
        QVERIFY(write(file, Catalogue));
        const Run dry = run(import(file, {QStringLiteral("--dry-run")}));
        QVERIFY2(!dry.crashed, qPrintable(dry.err));
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("4 rows checked: 3 products and 4 variants to create")),
                 qPrintable(dry.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM variants")), m_variantsBefore);

        const Run done = run(import(file));
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QStringLiteral("4 rows read: 3 products and 4 variants created")),
                 qPrintable(done.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM variants")), m_variantsBefore + 4);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM variants WHERE reference LIKE 'CH-%' AND "
                                 "product_id = (SELECT product_id FROM variants WHERE reference = 'CH-39')")),
            2);
        QCOMPARE(count(QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = (SELECT id FROM "
                                      "variants WHERE reference = 'CH-43')")),
                 7);
        const qint64 movements = count(QStringLiteral("SELECT count(*) FROM stock_movements"));
        const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));

        const Run again = run(import(file));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 products and 0 variants created, 0 variants updated, 4 "
                                                   "unchanged, 0 stock movements")),
                 qPrintable(again.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM variants")), m_variantsBefore + 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), outbox);
    }

    void wrongRowsAreNamed()
    {
        const QString file = m_work.filePath(QStringLiteral("wrong.csv"));
        QVERIFY(write(file,
                      "Libellé;EAN;Réf.;Prix TTC;TVA\n"
                      "Bougie;;BO-1;9,90;20\n"
                      "Savon;3760000000048;SA-1;4,50;7\n"
                      "Éponge;3760000000049;EP-1;2;20\n"));
        const qint64 variants = count(QStringLiteral("SELECT count(*) FROM variants"));
        const Run refused = run(import(file));
        QVERIFY(!refused.crashed);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("row 3, column \"TVA\":")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("row 4, column \"EAN\":")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("3760000000049")), qPrintable(refused.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM variants")), variants);

        const Run skipped = run(import(file, {QStringLiteral("--skip-invalid")}));
        QCOMPARE(skipped.exitCode, 1);
        const QString rejected = m_work.filePath(QStringLiteral("wrong-refusees.csv"));
        QVERIFY2(skipped.out.contains(rejected), qPrintable(skipped.out));
        QVERIFY(QFile::exists(rejected));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM variants")), variants + 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM variants WHERE reference = 'BO-1'")), 1);
    }

    void mappingFile()
    {
        const QString file = m_work.filePath(QStringLiteral("other.csv"));
        QVERIFY(write(file, "Col A;Col B;Col C\nThé vert;TH-1;6,20\n"));
        const QString mapping = m_work.filePath(QStringLiteral("mapping.json"));
        QVERIFY(write(mapping, R"({"header_row": 0, "columns": {"name": "Col A", "reference": "Col B",
                                   "price": "Col C"}})"));
        const Run guessed = run(import(file));
        QCOMPARE(guessed.exitCode, 1); // no column named for the name
        const Run mapped = run(import(file, {QStringLiteral("--mapping"), mapping}));
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QCOMPARE(count(QStringLiteral("SELECT price_cents FROM variants WHERE reference = 'TH-1'")), 620);
        const Run unknown
            = run(import(file, {QStringLiteral("--mapping"), QStringLiteral("Ancienne caisse")}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Ancienne caisse")), qPrintable(unknown.err));
    }

    void usage()
    {
        const QString cat = QStringLiteral("catalogue");
        QCOMPARE(run(en({cat, QStringLiteral("import")})).exitCode, 2);
        QCOMPARE(run(en({cat, QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--stock"),
                         QStringLiteral("all")}))
                     .exitCode,
                 2);
        QCOMPARE(run(en({cat, QStringLiteral("export")})).exitCode, 2);
        QCOMPARE(run(en({cat, QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("a.csv"),
                         QStringLiteral("--kind"), QStringLiteral("prices")}))
                     .exitCode,
                 2);
        QCOMPARE(run(en({QStringLiteral("backup"), QStringLiteral("--dry-run")})).exitCode, 2);
        const Run missing = run(import(m_work.filePath(QStringLiteral("absent.csv"))));
        QCOMPARE(missing.exitCode, 1);
    }

    void exports()
    {
        const QString file = m_work.filePath(QStringLiteral("export.csv"));
        const Run result = run(en({QStringLiteral("catalogue"), QStringLiteral("export"),
                                   QStringLiteral("--out"), file, QStringLiteral("--data-dir"), m_shop}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestCliCatalogue)
#include "tst_clicatalogue.moc"
