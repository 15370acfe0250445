// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Catalogue page's "Export…" (issue 14): the action opens the dialog, which writes the chosen
// export where it is told and says so, or says why not.
#include "models/spreadsheet/spreadsheetreader.h"
#include "shopfixture.h"
#include "ui/errortext.h"
#include "ui/import/catalogueexportaction.h"
#include "ui/import/catalogueexportdialog.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QPushButton *button(QWidget &parent, const QString &text)
{
    const auto buttons = parent.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestCatalogueExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionOpensTheDialog();
    void exportsWhatIsChosen();
    void nameFollowsTheKind();
    void saysWhyNot();

private:
    std::unique_ptr<Shop> m_shop;
    QTemporaryDir m_dir;
};

void TestCatalogueExportDialog::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    ProductFields p;
    p.name = QStringLiteral("Confiture d'abricot");
    VariantFields v;
    v.reference = QStringLiteral("CONF-ABR");
    v.priceCents = 540;
    v.costCents = 210;
    const auto created = m_shop->catalogue.createProduct(p, v);
    QVERIFY(created.ok());
    QVERIFY(m_shop->ledger.recordCount(created->variantId, 15).ok());
}

void TestCatalogueExportDialog::cleanup()
{
    m_shop.reset();
}

void TestCatalogueExportDialog::actionOpensTheDialog()
{
    QWidget window;
    window.show();
    CatalogueExportAction action(m_shop->db(), &window);
    QVERIFY(!action.text().isEmpty());
    QCOMPARE(action.dialog(), nullptr);
    action.trigger();
    QVERIFY(action.dialog());
    QVERIFY(action.dialog()->isVisible());
    QCOMPARE(action.dialog()->windowModality(), Qt::WindowModal); // the till stays reachable
    CatalogueExportDialog *first = action.dialog();
    action.trigger(); // again while open: the same dialog
    QCOMPARE(action.dialog(), first);
    first->close();
    QTRY_COMPARE(action.dialog(), nullptr); // deleted on close
}

void TestCatalogueExportDialog::exportsWhatIsChosen()
{
    CatalogueExportDialog dialog(m_shop->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QRadioButton *valuation = dialog.findChildren<QRadioButton *>().at(2); // value at cost
    QTest::mouseClick(valuation, Qt::LeftButton, {}, QPoint(8, valuation->height() / 2));
    QCOMPARE(dialog.kind(), CatalogueExportKind::Valuation);
    auto *path = dialog.findChild<QLineEdit *>();
    QVERIFY(path);
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("valeur"))); // no suffix: Excel
    QSignalSpy exported(&dialog, &CatalogueExportDialog::exported);
    QPushButton *exportButton = button(dialog, QStringLiteral("&Export"));
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    const QString written = m_dir.filePath(QStringLiteral("valeur.xlsx"));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), written);
    QVERIFY(dialog.message().contains(written));
    const Result<Sheet> sheet = readSpreadsheet(written);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.size(), 3); // headers, the jam, the total
    QCOMPARE(sheet->rows.at(1).at(0), QStringLiteral("CONF-ABR"));
    QCOMPARE(sheet->rows.at(2).at(0), QStringLiteral("Total"));
    QCOMPARE(sheet->rows.at(2).constLast(), QStringLiteral("31.5")); // 15 × 2,10 €
    QVERIFY(dialog.isVisible()); // stays open to say where it went
}

void TestCatalogueExportDialog::nameFollowsTheKind()
{
    CatalogueExportDialog dialog(m_shop->db());
    QVERIFY(dialog.path().endsWith(QStringLiteral("catalogue.xlsx")));
    dialog.setPath(m_dir.filePath(QStringLiteral("catalogue.csv")));
    dialog.setKind(CatalogueExportKind::Stock);
    QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("stock.csv"))); // folder and format kept
    QVERIFY(dialog.exportNow());
    const Result<Sheet> sheet = readSpreadsheet(dialog.path());
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->format, Sheet::Format::Csv);
    QCOMPARE(sheet->rows.at(1).constLast(), QStringLiteral("15"));
}

void TestCatalogueExportDialog::saysWhyNot()
{
    CatalogueExportDialog dialog(m_shop->db());
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/catalogue.xlsx"));
    dialog.setPath(path);
    QVERIFY(!dialog.exportNow());
    QCOMPARE(dialog.message(), comptoir::errorText(Error {ErrorCode::FileNotWritten, path, {}}));
    QVERIFY(!QFileInfo::exists(path));
    dialog.setPath(QString());
    QVERIFY(!dialog.exportNow());
    QVERIFY(!dialog.message().isEmpty());
}

QTEST_MAIN(TestCatalogueExportDialog)
#include "tst_catalogueexportdialog.moc"
