// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/receiptprintlog.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"
#include "ui/errortext.h"
#include "ui/receipts/receiptservice.h"
#include "ui/settings/settingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

// The Settings page on a real database: a manager edits and saves (read back through
// ShopSettings), input at fault writes nothing, a cashier only reads, each printer kind shows
// its own fields, the test print goes through the receipt service.
class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void managerEditsAndSaves();
    void saveWithCtrlS();
    void invalidSiretWritesNothing();
    void invalidTillRulesWriteNothing();
    void incompletePrinterWritesNothing();
    void revertDropsEdits();
    void cashierSeesItReadOnly();
    void printerKindShowsItsFields_data();
    void printerKindShowsItsFields();
    void testPrint();
    void timeZoneChoice();
    void tillNameAndNewProductsRate();
    void testPageHasItsOwnFileName();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    QLineEdit *edit(const char *name) const { return find<QLineEdit>(name); }
    void selectKind(PrinterSettings::Kind kind);
    void signIn(OperatorRole role);

    std::unique_ptr<TillShop> m_till;
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<ReceiptPrintLog> m_log;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<SettingsPage> m_page;
    int m_changed = 0;
};

void TestSettingsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestSettingsPage::init()
{
    m_till = std::make_unique<TillShop>();
    QVERIFY(m_till->setUp());
    m_settings = std::make_unique<ShopSettings>(m_till->shop.db());
    QVERIFY(m_settings
                ->setIdentity(
                    {QStringLiteral("Épicerie du Martroi"), QStringLiteral("3 place du Martroi"), {}, {}})
                .ok());
    m_log = std::make_unique<ReceiptPrintLog>(m_till->shop.db(), m_till->shop.clock);
    m_receipts = std::make_unique<ReceiptService>(*m_settings, *m_log, m_till->tickets, m_till->shop.chain);
    m_session = std::make_unique<OperatorSession>();
    m_page = std::make_unique<SettingsPage>(*m_settings, *m_receipts, *m_session);
    m_changed = 0;
    connect(m_page.get(), &SettingsPage::settingsChanged, this, [this] { ++m_changed; });
    signIn(OperatorRole::Manager);
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_receipts.reset();
    m_log.reset();
    m_settings.reset();
    m_till.reset();
}

void TestSettingsPage::signIn(OperatorRole role)
{
    m_session->signIn(OperatorInfo {m_till->operatorId, QStringLiteral("Camille"), role, true});
}

void TestSettingsPage::selectKind(PrinterSettings::Kind kind)
{
    auto *combo = find<QComboBox>("printerKindCombo");
    combo->setCurrentIndex(combo->findData(int(kind)));
}

void TestSettingsPage::managerEditsAndSaves()
{
    QVERIFY(edit("shopNameEdit")->isEnabled());
    QCOMPARE(edit("shopNameEdit")->text(), QStringLiteral("Épicerie du Martroi"));
    edit("shopNameEdit")->setText(QStringLiteral("La Cave d’Orléans"));
    find<QPlainTextEdit>("shopAddressEdit")
        ->setPlainText(QStringLiteral("12 rue de Bourgogne\n45000 Orléans"));
    edit("siretEdit")->setText(QStringLiteral("732 829 320 00074"));
    edit("vatNumberEdit")->setText(QStringLiteral("FR 44 732829320"));
    selectKind(PrinterSettings::Kind::EscPosNetwork);
    edit("printerHostEdit")->setText(QStringLiteral("192.168.1.50"));
    find<QSpinBox>("printerPortSpin")->setValue(9101);
    auto *paper = find<QComboBox>("paperWidthCombo");
    paper->setCurrentIndex(paper->findData(32));
    find<QCheckBox>("openDrawerCheck")->setChecked(false);
    edit("discountThresholdEdit")->setText(QStringLiteral("12,5"));
    edit("cashFloatEdit")->setText(QStringLiteral("150,00 €"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);

    const auto identity = m_settings->identity();
    QVERIFY(identity.ok());
    QCOMPARE(identity->name, QStringLiteral("La Cave d’Orléans"));
    QCOMPARE(identity->address, QStringLiteral("12 rue de Bourgogne\n45000 Orléans"));
    QCOMPARE(identity->siret, QStringLiteral("73282932000074"));
    QCOMPARE(identity->vatNumber, QStringLiteral("FR44732829320"));
    const auto printer = m_settings->printer();
    QVERIFY(printer.ok());
    QCOMPARE(printer->kind, PrinterSettings::Kind::EscPosNetwork);
    QCOMPARE(printer->host, QStringLiteral("192.168.1.50"));
    QCOMPARE(printer->port, quint16(9101));
    QCOMPARE(printer->columns, 32);
    QCOMPARE(printer->openDrawerOnCash, false);
    const auto till = m_settings->till();
    QVERIFY(till.ok());
    QCOMPARE(till->discountThresholdBp, 1250);
    QCOMPARE(till->cashFloatCents, qint64(15000));
    QCOMPARE(m_changed, 1);
    QVERIFY(!find<QLabel>("shopError")->isVisibleTo(m_page.get()));
    QCOMPARE(find<QLabel>("saveStatus")->text(), QStringLiteral("Settings saved."));
    // The form shows the values as stored.
    QCOMPARE(edit("siretEdit")->text(), QStringLiteral("73282932000074"));
    QCOMPARE(edit("cashFloatEdit")->text(), QStringLiteral("150,00"));
}

void TestSettingsPage::saveWithCtrlS()
{
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    edit("shopNameEdit")->setFocus();
    edit("shopNameEdit")->setText(QStringLiteral("Le Comptoir"));
    QTest::keyClick(edit("shopNameEdit"), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_changed, 1); // a button's shortcut clicks it after a short animation
    QCOMPARE(m_settings->identity()->name, QStringLiteral("Le Comptoir"));
    QCOMPARE(m_changed, 1);
}

void TestSettingsPage::invalidSiretWritesNothing()
{
    edit("shopNameEdit")->setText(QStringLiteral("Autre nom"));
    edit("siretEdit")->setText(QStringLiteral("73282932000075")); // wrong check digit
    edit("cashFloatEdit")->setText(QStringLiteral("80")); // another group, valid
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);

    auto *error = find<QLabel>("shopError");
    QVERIFY(error->isVisibleTo(m_page.get()));
    QCOMPARE(error->text(), errorText(makeError(ErrorCode::InvalidSiret)));
    const auto identity = m_settings->identity();
    QCOMPARE(identity->name, QStringLiteral("Épicerie du Martroi"));
    QCOMPARE(identity->siret, QString());
    // The form keeps what was typed, to be corrected.
    QCOMPARE(edit("shopNameEdit")->text(), QStringLiteral("Autre nom"));
    // The till group had no error: it was saved.
    QCOMPARE(m_settings->till()->cashFloatCents, qint64(8000));
    QVERIFY(!find<QLabel>("tillError")->isVisibleTo(m_page.get()));
    QCOMPARE(find<QLabel>("saveStatus")->text(),
             QStringLiteral("Some settings were not saved: see the errors above."));

    // Corrected: saved, the error goes.
    edit("siretEdit")->setText(QStringLiteral("73282932000074"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(!error->isVisibleTo(m_page.get()));
    QCOMPARE(m_settings->identity()->name, QStringLiteral("Autre nom"));
}

void TestSettingsPage::invalidTillRulesWriteNothing()
{
    const TillSettings before = m_settings->till().value();
    edit("discountThresholdEdit")->setText(QStringLiteral("150"));
    edit("cashFloatEdit")->setText(QStringLiteral("20"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(find<QLabel>("tillError")->isVisibleTo(m_page.get()));
    QVERIFY(find<QLabel>("tillError")->text().contains(QStringLiteral("percentage")));
    QCOMPARE(m_settings->till().value(), before);

    edit("discountThresholdEdit")->setText(QStringLiteral("10"));
    edit("cashFloatEdit")->setText(QStringLiteral("douze"));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(find<QLabel>("tillError")->isVisibleTo(m_page.get()));
    QCOMPARE(m_settings->till().value(), before);
    QCOMPARE(m_changed, 0);
}

void TestSettingsPage::incompletePrinterWritesNothing()
{
    selectKind(PrinterSettings::Kind::PdfFolder);
    edit("pdfFolderEdit")->clear();
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    auto *error = find<QLabel>("printerError");
    QVERIFY(error->isVisibleTo(m_page.get()));
    QCOMPARE(error->text(),
             errorText(makeError(ErrorCode::InvalidPrinterSettings, QStringLiteral("folder"))));
    QCOMPARE(m_settings->printer()->kind, PrinterSettings::Kind::None);
    QCOMPARE(m_changed, 0);
}

void TestSettingsPage::revertDropsEdits()
{
    edit("shopNameEdit")->setText(QStringLiteral("Brouillon"));
    selectKind(PrinterSettings::Kind::System);
    QTest::mouseClick(find<QPushButton>("revertButton"), Qt::LeftButton);
    QCOMPARE(edit("shopNameEdit")->text(), QStringLiteral("Épicerie du Martroi"));
    QCOMPARE(find<QComboBox>("printerKindCombo")->currentData().toInt(), int(PrinterSettings::Kind::None));
    QCOMPARE(m_settings->identity()->name, QStringLiteral("Épicerie du Martroi"));
}

void TestSettingsPage::cashierSeesItReadOnly()
{
    auto *note = find<QLabel>("readOnlyNote");
    QVERIFY(!note->isVisibleTo(m_page.get()));

    signIn(OperatorRole::Cashier);
    QVERIFY(note->isVisibleTo(m_page.get()));
    QCOMPARE(note->text(), QStringLiteral("Only a manager can change the settings."));
    for (const char *name : {"shopNameEdit", "siretEdit", "vatNumberEdit", "printerHostEdit", "pdfFolderEdit",
                             "discountThresholdEdit", "cashFloatEdit"})
        QVERIFY2(!edit(name)->isEnabled(), name);
    QVERIFY(!find<QPlainTextEdit>("shopAddressEdit")->isEnabled());
    QVERIFY(!find<QComboBox>("printerKindCombo")->isEnabled());
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!find<QPushButton>("testPrintButton")->isEnabled());
    QCOMPARE(edit("shopNameEdit")->text(), QStringLiteral("Épicerie du Martroi")); // but readable

    m_session->signOut();
    QVERIFY(note->isVisibleTo(m_page.get()));
    QVERIFY(!edit("shopNameEdit")->isEnabled());

    signIn(OperatorRole::Manager);
    QVERIFY(!note->isVisibleTo(m_page.get()));
    QVERIFY(edit("shopNameEdit")->isEnabled());
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
}

void TestSettingsPage::printerKindShowsItsFields_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("visible");
    using Kind = PrinterSettings::Kind;
    QTest::newRow("none") << int(Kind::None) << QStringList {};
    QTest::newRow("network") << int(Kind::EscPosNetwork)
                             << QStringList {
                                    QStringLiteral("printerHostEdit"), QStringLiteral("printerPortSpin"),
                                    QStringLiteral("paperWidthCombo"), QStringLiteral("openDrawerCheck")};
    QTest::newRow("device") << int(Kind::EscPosDevice)
                            << QStringList {QStringLiteral("printerDeviceEdit"),
                                            QStringLiteral("paperWidthCombo"),
                                            QStringLiteral("openDrawerCheck")};
    QTest::newRow("system") << int(Kind::System)
                            << QStringList {QStringLiteral("systemPrinterCombo"),
                                            QStringLiteral("paperWidthCombo")};
    QTest::newRow("pdf") << int(Kind::PdfFolder)
                         << QStringList {QStringLiteral("pdfFolderEdit"),
                                         QStringLiteral("pdfFolderBrowseButton"),
                                         QStringLiteral("paperWidthCombo")};
}

void TestSettingsPage::printerKindShowsItsFields()
{
    QFETCH(int, kind);
    QFETCH(QStringList, visible);
    selectKind(PrinterSettings::Kind::System); // from another kind
    selectKind(PrinterSettings::Kind(kind));
    const QStringList all = {QStringLiteral("printerHostEdit"),   QStringLiteral("printerPortSpin"),
                             QStringLiteral("printerDeviceEdit"), QStringLiteral("systemPrinterCombo"),
                             QStringLiteral("pdfFolderEdit"),     QStringLiteral("pdfFolderBrowseButton"),
                             QStringLiteral("paperWidthCombo"),   QStringLiteral("openDrawerCheck")};
    for (const QString &name : all) {
        auto *widget = m_page->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QCOMPARE(widget->isVisibleTo(m_page.get()), visible.contains(name));
    }
    QCOMPARE(find<QPushButton>("testPrintButton")->isEnabled(), kind != int(PrinterSettings::Kind::None));
    auto *systems = find<QComboBox>("systemPrinterCombo");
    QVERIFY(systems->count() >= 1);
    QCOMPARE(systems->itemData(0).toString(), QString()); // the default printer
}

void TestSettingsPage::testPrint()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    selectKind(PrinterSettings::Kind::PdfFolder);
    edit("pdfFolderEdit")->setText(dir.path());
    auto *result = find<QLabel>("testPrintResult");
    // Not saved yet: the test print says so and prints nothing.
    QTest::mouseClick(find<QPushButton>("testPrintButton"), Qt::LeftButton);
    QVERIFY(result->text().contains(QStringLiteral("Save the settings first")));
    QVERIFY(QDir(dir.path()).isEmpty());

    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_settings->printer()->pdfFolder, dir.path());
    QTest::mouseClick(find<QPushButton>("testPrintButton"), Qt::LeftButton);
    QCOMPARE(result->text(), QStringLiteral("The test page was printed."));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("receipt_prints")), 0);

    // A printer that cannot print: its error, beside the button.
    PrinterSettings gone;
    gone.kind = PrinterSettings::Kind::PdfFolder;
    QFile blocker(dir.filePath(QStringLiteral("blocker"))); // a file where a folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    gone.pdfFolder = dir.filePath(QStringLiteral("blocker/gone"));
    QVERIFY(m_settings->setPrinter(gone).ok());
    m_page->reload();
    QTest::mouseClick(find<QPushButton>("testPrintButton"), Qt::LeftButton);
    QVERIFY2(result->text().contains(QStringLiteral("could not be written")), qPrintable(result->text()));
}

void TestSettingsPage::timeZoneChoice()
{
    auto *zones = find<QComboBox>("timeZoneCombo");
    QVERIFY(zones);
    QCOMPARE(zones->itemData(0).toByteArray(), QByteArray("Europe/Paris")); // Orléans' first
    QVERIFY(zones->findData(QByteArray("Pacific/Auckland")) > 0);
    QCOMPARE(zones->currentData().toByteArray(), m_settings->timeZone()->id()); // the shop's
    QVERIFY(m_settings->setTimeZone("Europe/Paris").ok());
    m_page->reload();
    QCOMPARE(zones->currentIndex(), 0);

    zones->setCurrentIndex(zones->findData(QByteArray("America/New_York")));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_settings->timeZone()->id(), QByteArray("America/New_York"));
    QCOMPARE(m_changed, 1);
    m_page->reload();
    QCOMPARE(zones->currentData().toByteArray(), QByteArray("America/New_York"));

    signIn(OperatorRole::Cashier);
    QVERIFY(!zones->isEnabled());
}

void TestSettingsPage::tillNameAndNewProductsRate()
{
    QCOMPARE(edit("tillNameEdit")->text(), QStringLiteral("Till 1")); // the default until named
    auto *rate = find<QComboBox>("defaultVatRateCombo");
    QCOMPARE(rate->currentData().toInt(), 2000);
    QCOMPARE(rate->count(), 4);

    edit("tillNameEdit")->setText(QStringLiteral("Caisse 2"));
    rate->setCurrentIndex(rate->findData(550)); // a bookshop
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(find<QLabel>("saveStatus")->text(), QStringLiteral("Settings saved."));
    QCOMPARE(m_settings->identity()->tillName, QStringLiteral("Caisse 2"));
    QCOMPARE(m_settings->defaultVatRate().value(), 550);
    QCOMPARE(m_changed, 1);

    m_page->reload();
    QCOMPARE(edit("tillNameEdit")->text(), QStringLiteral("Caisse 2"));
    QCOMPARE(rate->currentData().toInt(), 550);
    // Only a manager changes them.
    m_session->signOut();
    QVERIFY(!edit("tillNameEdit")->isEnabled());
    QVERIFY(!rate->isEnabled());
}

void TestSettingsPage::testPageHasItsOwnFileName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    selectKind(PrinterSettings::Kind::PdfFolder);
    edit("pdfFolderEdit")->setText(dir.path());
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("testPrintButton"), Qt::LeftButton);
    QCOMPARE(find<QLabel>("testPrintResult")->text(), QStringLiteral("The test page was printed."));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().startsWith(QStringLiteral("test-page-")), qPrintable(files.first()));
    QVERIFY(files.first().endsWith(QStringLiteral(".pdf")));

    // A Z report printed to the same folder keeps its own name.
    m_receipts->printLines({ReceiptLine {QStringLiteral("Z REPORT no. 1"), ReceiptLine::Bold}});
    const QStringList reports = QDir(dir.path()).entryList({QStringLiteral("z-*.pdf")}, QDir::Files);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("test-page-*.pdf")}, QDir::Files), files);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
