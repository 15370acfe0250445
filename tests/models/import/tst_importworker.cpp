// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/barcode.h"
#include "models/import/importworker.h"
#include "shopfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

// The import off the window's thread: a real CSV file read, checked and written by the worker on
// its own connection to the shop's file, while this thread's connection keeps reading.
class TestImportWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readCheckRun();
};

void TestImportWorker::readCheckRun()
{
    Shop shop;
    QVERIFY(shop.temp.isValid());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalogue.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray csv = "Désignation;Taille;Code-barres;Référence;Prix TTC;TVA;Stock\n";
    for (int i = 1; i <= 300; ++i) {
        const QString code = Barcode::complete(QStringLiteral("376000%1").arg(i, 6, 10, QLatin1Char('0')));
        csv += QStringLiteral("Article %1;%2;%3;R%4;%5,90;5,5;%6\n")
                   .arg((i + 1) / 2)
                   .arg(i % 2 ? QStringLiteral("S") : QStringLiteral("M"))
                   .arg(code)
                   .arg(i)
                   .arg(i)
                   .arg(i % 7)
                   .toUtf8();
    }
    csv += "Article sans prix;S;;R-BAD;;20;1\n";
    file.write(csv);
    file.close();

    ImportWorker worker(shop.db().filePath(), shop.signer, shop.clock);
    QSignalSpy read(&worker, &ImportWorker::sheetRead);
    QSignalSpy finished(&worker, &ImportWorker::finished);
    QSignalSpy progress(&worker, &ImportWorker::progress);
    QVERIFY(worker.read(path));
    QVERIFY(!worker.read(path)); // one step at a time
    QVERIFY(read.wait(10000));
    const SheetRead sheet = read.takeFirst().at(0).value<SheetRead>();
    QVERIFY(sheet.ok);
    QCOMPARE(sheet.sheet.rows.size(), 302);
    const ColumnMapping mapping = CatalogueImport::guessMapping(sheet.sheet);

    QVERIFY(worker.check(sheet.sheet, mapping, {}));
    QVERIFY(finished.wait(10000));
    ImportRun checked = finished.takeFirst().at(0).value<ImportRun>();
    QVERIFY(checked.ok);
    QVERIFY(checked.checkOnly);
    QCOMPARE(checked.summary.variantsCreated, 300);
    QCOMPARE(checked.summary.problems.size(), 1);
    QCOMPARE(checked.summary.problems.at(0).row, 302);

    // Refused as a whole, then the good rows only, the rejected one beside the file.
    QVERIFY(worker.run(sheet.sheet, mapping, {}));
    QVERIFY(finished.wait(10000));
    ImportRun refused = finished.takeFirst().at(0).value<ImportRun>();
    QVERIFY(refused.ok);
    QVERIFY(!refused.summary.written);
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM variants")).toInt(), 0);

    ImportOptions options;
    options.skipInvalid = true;
    QVERIFY(worker.run(sheet.sheet, mapping, options));
    QVERIFY(worker.isBusy());
    QVERIFY(finished.wait(20000));
    ImportRun done = finished.takeFirst().at(0).value<ImportRun>();
    QVERIFY2(done.ok, qPrintable(done.ok ? QString() : errorText(done.error)));
    QVERIFY(done.summary.written);
    QCOMPARE(done.summary.productsCreated, 150);
    QCOMPARE(done.summary.variantsCreated, 300);
    QCOMPARE(done.summary.rejectedRowsFile, dir.filePath(QStringLiteral("catalogue-refusees.csv")));
    QVERIFY(QFile::exists(done.summary.rejectedRowsFile));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    // This thread's connection sees the commit.
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM variants")).toInt(), 300);
    QCOMPARE(search(shop.db(), QStringLiteral("article")).size(), 300);
}

QTEST_GUILESS_MAIN(TestImportWorker)
#include "tst_importworker.moc"
