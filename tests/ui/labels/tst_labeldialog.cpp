// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The labels dialog (kind, sheet, custom grid, start position, copies, PDF, receipt printer) and
// the ways to it from the Catalogue page: the selection, the changed prices, a delivery received
// in the stock dialog (one label per unit). Real widgets on a real database.
#include "cataloguepagefixture.h"
#include "models/labels/labelcontent.h"
#include "models/labels/labelprints.h"
#include "models/settings/shopsettings.h"
#include "ui/catalogue/stockdialog.h"
#include "ui/errortext.h"
#include "ui/labels/labelactions.h"
#include "ui/labels/labeldialog.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolBar>

using namespace comptoir;

class TestLabelDialog : public QObject, public CataloguePageFixture
{
    Q_OBJECT

private:
    template<typename T> T *visible(const QString &name = {}) const
    {
        for (T *widget : m_page->findChildren<T *>(name)) {
            if (widget->isVisible())
                return widget;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { setUpShop(); }
    void cleanup() { tearDownShop(); }

    void choicesAndPdf()
    {
        const qint64 variant
            = addProduct(QStringLiteral("Miel de Sologne"), 890, {QStringLiteral("4006381333931")});
        QVERIFY(variant > 0);
        LabelPrints prints(m_temp->db(), *m_clock);
        auto labels = LabelContents::read(m_temp->db(), {{variant, 1}});
        QVERIFY(labels.ok());
        LabelDialog dialog(*labels, prints);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
        QCOMPARE(dialog.sheet().layout.id, QStringLiteral("avery-l7651"));
        auto *start = dialog.findChild<QSpinBox *>(QStringLiteral("startSpin"));
        QCOMPARE(start->maximum(), 65);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("previewLabel"))->pixmap().isNull());
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("customBox"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("receiptPrinterButton")));

        // A custom grid, started from the sheet shown; one column too many is refused.
        auto *layout = dialog.findChild<QComboBox *>(QStringLiteral("layoutCombo"));
        layout->setCurrentIndex(layout->count() - 1);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("customBox"))->isEnabled());
        QCOMPARE(dialog.sheet().layout.id, LabelLayouts::customId());
        QVERIFY(LabelLayouts::check(dialog.sheet().layout).ok());
        auto *columns = dialog.findChild<QSpinBox *>(QStringLiteral("columnsSpin"));
        setSpin(columns, 6);
        QVERIFY(!dialog.errorMessage().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("pdfButton"))->isEnabled());
        setSpin(columns, 5);
        QVERIFY(dialog.errorMessage().isEmpty());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("pdfButton"))->isEnabled());

        // Product labels, three copies, from the last label of a half-used sheet.
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(1);
        QCOMPARE(dialog.kind(), LabelKind::Product);
        setSpin(dialog.findChild<QSpinBox *>(QStringLiteral("copiesSpin")), 3);
        setSpin(start, 65);
        const LabelSheet sheet = dialog.sheet();
        QCOMPARE(sheet.labels.size(), 3);
        QCOMPARE(sheet.start, 64);
        QCOMPARE(LabelSheetPainter::pageCount(sheet), 2);
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QLatin1Char('3')));

        QSignalSpy printed(&dialog, &LabelDialog::labelsPrinted);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("étiquettes.pdf"));
        QVERIFY(dialog.saveTo(path).ok());
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.constFirst().constFirst().toInt(), 3);
        QCOMPARE(count(QStringLiteral("label_prints"), QStringLiteral("price_cents = 890")), 1);
    }

    void receiptPrinter()
    {
        const qint64 variant
            = addProduct(QStringLiteral("Miel de Sologne"), 890, {QStringLiteral("4006381333931")});
        LabelPrints prints(m_temp->db(), *m_clock);
        auto labels = LabelContents::read(m_temp->db(), {{variant, 2}});
        QVERIFY(labels.ok());
        QByteArray sent;
        LabelDialog dialog(*labels, prints, [&sent](const QByteArray &bytes) {
            sent = bytes;
            return Status {};
        });
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("receiptPrinterButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(sent.count(QByteArray("\x1d\x6b\x43\x0d"
                                       "4006381333931")),
                 2);
        QCOMPARE(count(QStringLiteral("label_prints")), 1);

        // A printer that fails: the words are shown, nothing is recorded.
        LabelPrints none(m_temp->db(), *m_clock);
        LabelDialog failing(*labels, none, [](const QByteArray &) {
            return Status(makeError(ErrorCode::PrinterUnreachable));
        });
        failing.show();
        QCOMPARE(failing.printOnReceiptPrinter().error().code, ErrorCode::PrinterUnreachable);
        QVERIFY(!failing.errorMessage().isEmpty());
    }

    void fromTheCataloguePage()
    {
        const qint64 honey
            = addProduct(QStringLiteral("Miel de Sologne"), 890, {QStringLiteral("4006381333931")});
        const qint64 jam = addProduct(QStringLiteral("Confiture de coings"), 450);
        showPage();
        ShopSettings settings(m_temp->db());
        auto *actions = new LabelActions(m_temp->db(), *m_clock, settings, *m_page);
        QVERIFY(m_page->toolBar()->actions().contains(actions->labelsAction()));
        QVERIFY(m_page->toolBar()->actions().contains(actions->changedPricesAction()));

        // The selection.
        QVERIFY(m_page->selectVariant(honey));
        actions->labelsAction()->trigger();
        auto *dialog = visible<LabelDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->sheet().labels.size(), 1);
        QCOMPARE(dialog->sheet().labels.constFirst().variantId, honey);
        QTemporaryDir dir;
        QVERIFY(dialog->saveTo(dir.filePath(QStringLiteral("a.pdf"))).ok());
        dialog->close();

        // No price changed since: said so.
        actions->changedPricesAction()->trigger();
        auto *problem = visible<QMessageBox>(QStringLiteral("labelsProblem"));
        QVERIFY(problem);
        QCOMPARE(problem->text(), errorText(makeError(ErrorCode::NothingToLabel)));
        problem->close();

        // A price changed: its label is offered again.
        auto honeyFields = m_catalogue->variant(honey);
        QVERIFY(honeyFields.ok());
        VariantFields dearer = honeyFields->fields;
        dearer.priceCents = 950;
        QVERIFY(m_catalogue->updateVariant(honey, dearer).ok());
        actions->changedPricesAction()->trigger();
        dialog = visible<LabelDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->sheet().labels.size(), 1);
        QCOMPARE(dialog->sheet().labels.constFirst().priceCents, 950);
        dialog->close();

        // A delivery of four jars received in the stock dialog: four labels offered.
        QVERIFY(m_page->selectVariant(jam));
        m_page->actions()->adjustStockAction()->trigger();
        auto *stock = visible<StockDialog>();
        QVERIFY(stock);
        setSpin(stock->findChild<QSpinBox *>(QStringLiteral("changeSpin")), 4);
        QCOMPARE(stock->findChild<QComboBox *>(QStringLiteral("reasonCombo"))->currentData().toInt(),
                 int(MovementReason::Receipt));
        stock->accept();
        QTRY_VERIFY(!stock->isVisible());
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = visible<QMessageBox>(QStringLiteral("receiptLabelsQuestion"))) != nullptr);
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(visible<LabelDialog>() != nullptr);
        dialog = visible<LabelDialog>();
        QCOMPARE(dialog->sheet().labels.size(), 4);
        QCOMPARE(dialog->sheet().labels.constFirst().variantId, jam);
        QCOMPARE(dialog->sheet().labels.constFirst().symbology, LabelSymbology::Code128); // no barcode
        dialog->close();
    }
};

QTEST_MAIN(TestLabelDialog)
#include "tst_labeldialog.moc"
