// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: the items an import gives an in-store barcode need their labels before they can be
// scanned; the assistant's result offers them ("Print the labels of the N items…"), which the
// window wires to the labels dialog.
#include "models/catalogue/instorebarcodes.h"
#include "models/import/importworker.h"
#include "shopfixture.h"
#include "ui/import/importaction.h"
#include "ui/import/importassistant.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

class TestImportLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsGivenAnInStoreBarcodeHaveTheirLabelsOffered();
};

void TestImportLabels::itemsGivenAnInStoreBarcodeHaveTheirLabelsOffered()
{
    Shop shop;
    QVERIFY(shop.temp.isValid());
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("ancienne-caisse.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Two items came without a barcode; one has its maker's EAN-13.
    file.write("Libellé;Code barre;Réf.;PV TTC;TVA\n"
               "Bougie à la lavande;;BG-1;9,90 €;20\n"
               "Savon d'Orléans;;SV-1;4,50 €;20\n"
               "Miel de Sologne;3760000000017;MI-1;7,80 €;5,5\n");
    file.close();

    ImportWorker worker(shop.temp.filePath(), shop.signer, shop.clock);
    QWidget window;
    window.show();
    auto *action = new CatalogueImportAction(shop.db(), worker, &window);
    ImportAssistant *assistant = action->openAssistant();
    const auto idle = [assistant] {
        return QTest::qWaitFor([assistant] { return !assistant->isWorking(); }, 60000);
    };
    assistant->openFile(path);
    QVERIFY(idle());
    QCOMPARE(assistant->step(), ImportAssistant::Step::Columns);
    QTest::keyClick(assistant, Qt::Key_Return); // → options
    QCOMPARE(assistant->step(), ImportAssistant::Step::Options);
    auto *inStore = assistant->findChild<QCheckBox *>(QStringLiteral("importInStoreBarcodes"));
    QVERIFY(inStore);
    inStore->setChecked(true);
    QTest::keyClick(assistant, Qt::Key_Return); // → check
    QVERIFY(idle());
    QCOMPARE(assistant->step(), ImportAssistant::Step::Check);
    // The check offers no labels: nothing is written yet.
    for (QPushButton *button : assistant->findChildren<QPushButton *>(QStringLiteral("importPrintLabels")))
        QVERIFY(!button->isVisibleTo(assistant));
    QTest::keyClick(assistant, Qt::Key_Return); // → import
    QVERIFY(idle());
    QCOMPARE(assistant->step(), ImportAssistant::Step::Result);

    QList<qint64> inStoreVariants;
    for (const QString &reference : {QStringLiteral("BG-1"), QStringLiteral("SV-1")}) {
        auto variant = shop.catalogue.variant(**shop.catalogue.findVariantByCode(reference));
        QVERIFY(variant.ok());
        QCOMPARE(variant->fields.barcodes.size(), 1);
        QVERIFY(InStoreBarcodes::isInStore(variant->fields.barcodes.constFirst()));
        inStoreVariants.append(variant->id);
    }
    QPushButton *print = nullptr;
    for (QPushButton *button : assistant->findChildren<QPushButton *>(QStringLiteral("importPrintLabels"))) {
        if (button->isVisibleTo(assistant))
            print = button;
    }
    QVERIFY(print);
    QVERIFY2(print->text().contains(QLatin1Char('2')), qPrintable(print->text()));
    QSignalSpy requested(action, &CatalogueImportAction::labelsRequested);
    QTest::mouseClick(print, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<QList<qint64>>(), inStoreVariants);
    assistant->close();
}

QTEST_MAIN(TestImportLabels)
#include "tst_importlabels.moc"
