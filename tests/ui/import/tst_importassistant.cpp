// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue's import assistant (issue 14), driven with the keyboard as a shopkeeper would: a real
// CSV file read by the ImportWorker on its thread, its columns guessed from French headers, the
// check's figures and problems (row, column, reason in words), the import written into a real
// database, a re-import that changes nothing, only the good rows with the rejected ones saved, a
// saved mapping applied to the next file, Cancel writing nothing, and a window that leaves the till
// usable and fits a 1366×768 screen.
#include "models/import/importcolumns.h"
#include "models/import/importworker.h"
#include "shopfixture.h"
#include "ui/errortext.h"
#include "ui/import/importaction.h"
#include "ui/import/importassistant.h"
#include "ui/import/importcolumnspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

namespace {

constexpr int JobTimeoutMs = 60000;

// A small catalogue as another till exports it: French headers, semicolons, decimal commas,
// prices with a euro sign, a product in two sizes.
const QByteArray CatalogueCsv
    = QByteArrayLiteral("Désignation;Taille;Code-barres;Référence;Prix TTC;TVA;Rayon;Stock\n"
                        "T-shirt coton;S;3760000000017;TS-S;12,50 €;20;Textile;4\n"
                        "T-shirt coton;M;3760000000024;TS-M;12,50 €;20;Textile;6\n"
                        "Confiture de fraises;;3760000000031;CONF-1;4,20;5,5;Épicerie;10\n");

} // namespace

class TestImportAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsAFileThroughEveryStep();
    void reimportChangesNothing();
    void wrongRowsAreNamedAndNothingIsWritten();
    void onlyTheGoodRowsWithTheRejectedSaved();
    void columnsChosenByHandAndSavedMapping();
    void aColumnFeedsOneImportColumnOnly();
    void unreadableFileSaysWhy();
    void cancelWritesNothing();
    void tillStaysUsableAndWindowFits();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    ImportAssistant *open(const QString &path);
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_assistant->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    QString text(const char *label) const { return find<QLabel>(label)->text(); }
    // A figure or the problems of the check's report (the result's has the same names).
    template<typename T = QLabel> T *checked(const char *name) const
    {
        return find<QWidget>("importCheckReport")->findChild<T *>(QString::fromLatin1(name));
    }
    QString figure(const char *label) const { return checked(label)->text(); }
    void pressEnter() { QTest::keyClick(m_assistant, Qt::Key_Return); }
    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return !m_assistant->isWorking(); }, JobTimeoutMs);
    }
    // From the columns step to the written import, with the options as they are.
    bool checkAndImport();
    int count(const QString &table) const
    {
        return scalar(m_shop->db(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }

    QTemporaryDir m_files;
    std::unique_ptr<Shop> m_shop;
    std::unique_ptr<ImportWorker> m_worker;
    std::unique_ptr<QWidget> m_window;
    CatalogueImportAction *m_action = nullptr;
    ImportAssistant *m_assistant = nullptr;
};

void TestImportAssistant::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    m_worker = std::make_unique<ImportWorker>(m_shop->temp.filePath(), m_shop->signer, m_shop->clock);
    m_window = std::make_unique<QWidget>();
    m_window->resize(1200, 700);
    m_window->show();
    m_action = new CatalogueImportAction(m_shop->db(), *m_worker, m_window.get());
}

void TestImportAssistant::cleanup()
{
    m_assistant = nullptr;
    m_window.reset(); // the assistant with it
    m_worker.reset();
    m_shop.reset();
}

QString TestImportAssistant::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

ImportAssistant *TestImportAssistant::open(const QString &path)
{
    if (m_assistant)
        m_assistant->close(); // deleted on close
    QTest::qWait(0);
    m_assistant = m_action->openAssistant();
    m_assistant->activateWindow();
    if (!QTest::qWaitForWindowActive(m_assistant))
        return nullptr;
    m_assistant->openFile(path);
    if (!waitIdle())
        return nullptr;
    return m_assistant;
}

bool TestImportAssistant::checkAndImport()
{
    if (m_assistant->step() != ImportAssistant::Step::Columns)
        return false;
    pressEnter(); // → options
    pressEnter(); // → check
    if (!waitIdle() || m_assistant->step() != ImportAssistant::Step::Check)
        return false;
    if (!find<QPushButton>("importNext")->isEnabled())
        return false;
    pressEnter(); // → import
    return waitIdle() && m_assistant->step() == ImportAssistant::Step::Result;
}

void TestImportAssistant::importsAFileThroughEveryStep()
{
    const QString path = writeFile(QStringLiteral("catalogue.csv"), CatalogueCsv);
    QVERIFY(open(path));
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Columns);

    // Each file column's combo shows what its header was taken for.
    const QList<ImportColumn> expected
        = {ImportColumn::Name,  ImportColumn::Size, ImportColumn::Barcode,  ImportColumn::Reference,
           ImportColumn::Price, ImportColumn::Vat,  ImportColumn::Category, ImportColumn::Stock};
    for (int c = 0; c < expected.size(); ++c) {
        auto *combo = find<QComboBox>(QStringLiteral("importColumn%1").arg(c).toLatin1().constData());
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(expected.at(c)));
        QCOMPARE(combo->currentText(), ImportColumnsPage::columnTitle(expected.at(c)));
    }
    // The preview: the combos, the headers as written, the three rows under their file numbers.
    auto *preview = find<QTableWidget>("importPreview");
    QCOMPARE(preview->rowCount(), 2 + 3);
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Désignation"));
    QCOMPARE(preview->item(4, 0)->text(), QStringLiteral("Confiture de fraises"));
    QCOMPARE(preview->item(4, 4)->text(), QStringLiteral("4,20"));
    QCOMPARE(preview->verticalHeaderItem(4)->text(), QStringLiteral("4"));
    QCOMPARE(find<QSpinBox>("importHeaderRow")->value(), 1);
    // How the file was read, said to the shopkeeper.
    const QString format = text("importFileFormat");
    QVERIFY2(format.contains(QStringLiteral("UTF-8")) && format.contains(QStringLiteral("“;”")),
             qPrintable(format));

    pressEnter();
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Options);
    QVERIFY(find<QRadioButton>("importStockCount")->isEnabled());
    QVERIFY(find<QRadioButton>("importStockCount")->isChecked());
    QVERIFY(!find<QCheckBox>("importSkipInvalid")->isChecked());

    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Check);
    QCOMPARE(figure("importProductsCreated"), QStringLiteral("2"));
    QCOMPARE(figure("importVariantsCreated"), QStringLiteral("3"));
    QCOMPARE(figure("importVariantsUpdated"), QStringLiteral("0"));
    QCOMPARE(figure("importStockMovements"), QStringLiteral("3"));
    QVERIFY(!checked<QTableWidget>("importProblems")->isVisibleTo(m_assistant));
    QCOMPARE(count(QStringLiteral("products")), 0); // the check writes nothing

    QSignalSpy imported(m_action, &CatalogueImportAction::imported);
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Result);
    QCOMPARE(imported.size(), 1);
    QVERIFY(!text("importResultMessage").isEmpty());

    // Written: two products, the T-shirt with its two sizes, prices, VAT and the counted stock.
    Database &db = m_shop->db();
    QCOMPARE(count(QStringLiteral("products")), 2);
    QCOMPARE(count(QStringLiteral("variants")), 3);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM variants v JOIN products p ON p.id = v.product_id "
                                   "WHERE p.name = 'T-shirt coton'"))
                 .toInt(),
             2);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT v.price_cents FROM variants v JOIN barcodes b ON b.variant_id = v.id "
                              "WHERE b.code = '3760000000017'"))
            .toInt(),
        1250);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT p.vat_rate_bp FROM products p WHERE p.name = 'Confiture de fraises'"))
            .toInt(),
        550);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT s.quantity FROM stock_on_hand s JOIN barcodes b ON b.variant_id = "
                                   "s.variant_id WHERE b.code = '3760000000024'"))
                 .toInt(),
             6);
    QCOMPARE(search(db, QStringLiteral("confiture")).size(), 1); // the till finds it

    // Close (Escape) ends the assistant.
    QTest::keyClick(m_assistant, Qt::Key_Escape);
    QTRY_VERIFY(!m_action->assistant());
}

void TestImportAssistant::reimportChangesNothing()
{
    const QString path = writeFile(QStringLiteral("catalogue.csv"), CatalogueCsv);
    QVERIFY(open(path));
    QVERIFY(checkAndImport());
    const QStringList before = snapshot(m_shop->db());
    const int movements = count(QStringLiteral("stock_movements"));
    const int outbox = count(QStringLiteral("outbox"));

    QVERIFY(open(path));
    pressEnter();
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(figure("importProductsCreated"), QStringLiteral("0"));
    QCOMPARE(figure("importVariantsCreated"), QStringLiteral("0"));
    QCOMPARE(figure("importVariantsUpdated"), QStringLiteral("0"));
    QCOMPARE(figure("importVariantsUnchanged"), QStringLiteral("3"));
    QCOMPARE(figure("importStockMovements"), QStringLiteral("0"));
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Result);
    QCOMPARE(snapshot(m_shop->db()), before);
    QCOMPARE(count(QStringLiteral("stock_movements")), movements);
    QCOMPARE(count(QStringLiteral("outbox")), outbox);
}

void TestImportAssistant::wrongRowsAreNamedAndNothingIsWritten()
{
    QByteArray bytes = CatalogueCsv;
    bytes += "Savon;;3760000000048;SAV-1;3,90;7;Hygiène;2\n"; // row 5: no such VAT rate
    bytes += ";;3760000000055;VIDE;2,00;20;Hygiène;1\n"; // row 6: no name
    QVERIFY(open(writeFile(QStringLiteral("wrong.csv"), bytes)));
    pressEnter();
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Check);

    auto *problems = checked<QTableWidget>("importProblems");
    QVERIFY(problems->isVisibleTo(m_assistant));
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("5"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("TVA"));
    QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("6"));
    // The reasons are the errors' words, never codes.
    for (int r = 0; r < 2; ++r) {
        const QString reason = problems->item(r, 2)->text();
        QVERIFY2(!reason.isEmpty() && !reason.contains(QStringLiteral("ErrorCode")), qPrintable(reason));
    }
    QVERIFY(problems->item(0, 2)->text() != problems->item(1, 2)->text());

    // Import is refused until the file is fixed or only the good rows are asked for.
    QVERIFY(!find<QPushButton>("importNext")->isEnabled());
    QVERIFY(!text("importCheckMessage").isEmpty());
    pressEnter();
    QTest::qWait(50);
    QVERIFY(!m_assistant->isWorking());
    QCOMPARE(count(QStringLiteral("products")), 0);
    QCOMPARE(count(QStringLiteral("variants")), 0);
}

void TestImportAssistant::onlyTheGoodRowsWithTheRejectedSaved()
{
    QByteArray bytes = CatalogueCsv;
    bytes += "Savon;;3760000000048;SAV-1;3,90;7;Hygiène;2\n";
    const QString path = writeFile(QStringLiteral("wrong.csv"), bytes);
    QVERIFY(open(path));
    pressEnter();
    pressEnter();
    QVERIFY(waitIdle());
    QVERIFY(!find<QPushButton>("importNext")->isEnabled());

    // Back to the options, only the good rows (Space on the box), checked again.
    QTest::mouseClick(find<QPushButton>("importBack"), Qt::LeftButton);
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Options);
    auto *skip = find<QCheckBox>("importSkipInvalid");
    skip->setFocus();
    QTest::keyClick(skip, Qt::Key_Space);
    QVERIFY(find<QCheckBox>("importSkipInvalid")->isChecked());
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(checked<QTableWidget>("importProblems")->rowCount(), 1);
    QVERIFY(find<QPushButton>("importNext")->isEnabled());
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Result);

    QCOMPARE(count(QStringLiteral("products")), 2);
    QCOMPARE(count(QStringLiteral("variants")), 3);
    // The rejected row was saved beside the file, and the result says where.
    const QString message = text("importResultMessage");
    QVERIFY2(message.contains(QFileInfo(path).absolutePath()) || message.contains(m_files.path()),
             qPrintable(message));
    // Beside the file, named after it ("wrong - rejected rows.csv").
    const QStringList saved = QDir(m_files.path()).entryList({QStringLiteral("wrong - *.csv")}, QDir::Files);
    QCOMPARE(saved.size(), 1);
    QVERIFY2(message.contains(saved.constFirst()), qPrintable(message));
    QFile rejected(m_files.filePath(saved.constFirst()));
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    QVERIFY(rejected.readAll().contains("SAV-1"));
}

void TestImportAssistant::columnsChosenByHandAndSavedMapping()
{
    // Headers no guess knows: nothing is chosen, and the import cannot go on without a name.
    const QByteArray bytes = QByteArrayLiteral("Export caisse v2;;\n"
                                               "Art;Gencod;PV\n"
                                               "Bougie parfumée;3760000000017;9,90\n"
                                               "Bougie vanille;3760000000024;9,90\n");
    const QString path = writeFile(QStringLiteral("oldtill.csv"), bytes);
    QVERIFY(open(path));
    auto *next = find<QPushButton>("importNext");
    // The headers are on the second row.
    find<QSpinBox>("importHeaderRow")->setValue(2);
    QCOMPARE(find<QTableWidget>("importPreview")->item(1, 0)->text(), QStringLiteral("Art"));
    QCOMPARE(find<QTableWidget>("importPreview")->rowCount(), 2 + 2);
    QVERIFY(!next->isEnabled());

    auto choose = [this](int fileColumn, ImportColumn column) {
        auto *combo
            = find<QComboBox>(QStringLiteral("importColumn%1").arg(fileColumn).toLatin1().constData());
        combo->setFocus();
        // The keyboard: the combo's list is stepped through until the column shows.
        for (int i = 0; i < combo->count() && combo->currentData() != QVariant(int(column)); ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        return combo->currentData() == QVariant(int(column));
    };
    QVERIFY(choose(0, ImportColumn::Name));
    QVERIFY(choose(1, ImportColumn::Barcode));
    QVERIFY(choose(2, ImportColumn::Price));
    QVERIFY(next->isEnabled());

    // Saved under a name (Enter in the name field saves, and stays on this step).
    auto *name = find<QLineEdit>("importMappingName");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Vieille caisse"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Columns);
    QVERIFY(name->text().isEmpty());
    QCOMPARE(find<QComboBox>("importSavedMapping")->currentText(), QStringLiteral("Vieille caisse"));

    // Next month's export of the same till, its columns in another order: the saved mapping finds
    // them again by their headers.
    const QByteArray nextMonth = QByteArrayLiteral("Export caisse v2;;\n"
                                                   "PV;Art;Gencod\n"
                                                   "9,90;Bougie parfumée;3760000000017\n");
    QVERIFY(open(writeFile(QStringLiteral("oldtill2.csv"), nextMonth)));
    auto *saved = find<QComboBox>("importSavedMapping");
    QCOMPARE(saved->findText(QStringLiteral("Vieille caisse")), 0);
    saved->setCurrentIndex(0);
    QTest::mouseClick(find<QPushButton>("importApplyMapping"), Qt::LeftButton);
    QCOMPARE(find<QSpinBox>("importHeaderRow")->value(), 2);
    QCOMPARE(find<QComboBox>("importColumn0")->currentData().toInt(), int(ImportColumn::Price));
    QCOMPARE(find<QComboBox>("importColumn1")->currentData().toInt(), int(ImportColumn::Name));
    QCOMPARE(find<QComboBox>("importColumn2")->currentData().toInt(), int(ImportColumn::Barcode));
    QVERIFY(checkAndImport());
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT price_cents FROM variants")).toInt(), 990);
}

void TestImportAssistant::aColumnFeedsOneImportColumnOnly()
{
    QVERIFY(open(writeFile(QStringLiteral("catalogue.csv"), CatalogueCsv)));
    auto *reference = find<QComboBox>("importColumn3");
    auto *price = find<QComboBox>("importColumn4");
    QCOMPARE(price->currentData().toInt(), int(ImportColumn::Price));
    // The reference's column taken for the price: the price's column is no longer imported.
    reference->setCurrentIndex(reference->findData(int(ImportColumn::Price)));
    QCOMPARE(price->currentIndex(), 0);
    QVERIFY(!price->currentData().isValid());
    // The name's column left out: the import cannot go on, and says why.
    auto *name = find<QComboBox>("importColumn0");
    name->setCurrentIndex(0);
    QVERIFY(!find<QPushButton>("importNext")->isEnabled());
}

void TestImportAssistant::unreadableFileSaysWhy()
{
    const QString path = m_files.filePath(QStringLiteral("gone.xlsx"));
    QVERIFY(open(path));
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::File);
    QVERIFY(!text("importFileMessage").isEmpty());
    QVERIFY(!find<QPushButton>("importNext")->isEnabled());
}

void TestImportAssistant::cancelWritesNothing()
{
    // Big enough that the import cannot end before Cancel reaches it.
    QByteArray bytes = "Désignation;Référence;Prix TTC;TVA;Stock\n";
    for (int i = 0; i < 20000; ++i)
        bytes += QStringLiteral("Article %1;ART-%1;%2,50;20;3\n").arg(i).arg(1 + i % 90).toUtf8();
    QVERIFY(open(writeFile(QStringLiteral("big.csv"), bytes)));
    pressEnter();
    pressEnter();
    QVERIFY(waitIdle());
    QCOMPARE(figure("importVariantsCreated"), QStringLiteral("20000"));
    pressEnter();
    QVERIFY(m_assistant->isWorking());
    QCOMPARE(find<QPushButton>("importClose")->text(), ImportAssistant::tr("Cancel"));
    QVERIFY(find<QProgressBar>("importProgress")->isVisible());
    QTest::keyClick(m_assistant, Qt::Key_Escape); // cancels, the assistant stays
    QVERIFY(m_assistant->isVisible());
    QVERIFY(waitIdle());
    QCOMPARE(m_assistant->step(), ImportAssistant::Step::Result);
    QCOMPARE(text("importResultMessage"), comptoir::errorText(Error {ErrorCode::ImportCancelled, {}, {}}));
    QCOMPARE(count(QStringLiteral("products")), 0);
    QCOMPARE(count(QStringLiteral("stock_movements")), 0);
}

void TestImportAssistant::tillStaysUsableAndWindowFits()
{
    QByteArray bytes = "Désignation;Référence;Prix TTC;TVA\n";
    for (int i = 0; i < 3000; ++i)
        bytes += QStringLiteral("Article %1;ART-%1;2,50;20\n").arg(i).toUtf8();
    QVERIFY(open(writeFile(QStringLiteral("big.csv"), bytes)));
    QCOMPARE(m_assistant->windowModality(), Qt::NonModal);
    QVERIFY(m_assistant->isWindow());
    QVERIFY(m_assistant->width() <= 1366 && m_assistant->height() <= 768 - 80);
    QVERIFY(m_assistant->minimumSizeHint().width() <= 1366);
    pressEnter();
    pressEnter();
    QVERIFY(waitIdle());
    pressEnter();
    // While it writes, the window's thread answers and no modal window blocks the till.
    QVERIFY(m_assistant->isWorking());
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_window->isEnabled());
    QVERIFY(waitIdle());
    QCOMPARE(count(QStringLiteral("variants")), 3000);
}

QTEST_MAIN(TestImportAssistant)
#include "tst_importassistant.moc"
