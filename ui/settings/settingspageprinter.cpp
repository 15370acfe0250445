// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingspageprinter.h"

#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/receipts/receiptservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>

namespace comptoir {

namespace {

using Kind = PrinterSettings::Kind;

constexpr int WideColumns = 48; // 80 mm paper
constexpr int NarrowColumns = 32; // 58 mm paper

} // namespace

SettingsPagePrinter::SettingsPagePrinter(ShopSettings &settings, ReceiptService &receipts, QWidget *parent)
    : QGroupBox(tr("Receipt printer"), parent), m_settings(settings), m_receipts(receipts)
{
    setObjectName(QStringLiteral("printerGroup"));
    m_form = new QFormLayout(this);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("printerKindCombo"));
    m_kind->addItem(tr("None"), int(Kind::None));
    m_kind->addItem(tr("Network thermal printer"), int(Kind::EscPosNetwork));
    m_kind->addItem(tr("Thermal printer on a port"), int(Kind::EscPosDevice));
    m_kind->addItem(tr("System printer"), int(Kind::System));
    m_kind->addItem(tr("PDF files in a folder"), int(Kind::PdfFolder));
    m_form->addRow(tr("&Printer:"), m_kind);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("printerHostEdit"));
    m_host->setPlaceholderText(tr("192.168.1.50"));
    m_form->addRow(tr("&Host:"), m_host);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("printerPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(9100);
    m_form->addRow(tr("P&ort:"), m_port);

    m_device = new QLineEdit(this);
    m_device->setObjectName(QStringLiteral("printerDeviceEdit"));
    m_device->setPlaceholderText(tr("/dev/usb/lp0 or COM3"));
    m_form->addRow(tr("&Device:"), m_device);

    m_systemPrinter = new QComboBox(this);
    m_systemPrinter->setObjectName(QStringLiteral("systemPrinterCombo"));
    m_systemPrinter->addItem(tr("Default printer"), QString());
    const QStringList names = QPrinterInfo::availablePrinterNames();
    for (const QString &name : names)
        m_systemPrinter->addItem(name, name);
    m_form->addRow(tr("S&ystem printer:"), m_systemPrinter);

    m_folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(m_folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folder = new QLineEdit(m_folderRow);
    m_folder->setObjectName(QStringLiteral("pdfFolderEdit"));
    m_browse = new QPushButton(tr("&Browse…"), m_folderRow);
    m_browse->setObjectName(QStringLiteral("pdfFolderBrowseButton"));
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    m_form->addRow(tr("Fo&lder:"), m_folderRow);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperWidthCombo"));
    m_paper->addItem(tr("80 mm"), WideColumns);
    m_paper->addItem(tr("58 mm"), NarrowColumns);
    m_form->addRow(tr("Paper &width:"), m_paper);

    m_drawer = new QCheckBox(tr("Open the cash drawer on &cash payments"), this);
    m_drawer->setObjectName(QStringLiteral("openDrawerCheck"));
    m_form->addRow(m_drawer);

    auto *testRow = new QWidget(this);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    m_testPrint = new QPushButton(tr("&Test print"), testRow);
    m_testPrint->setObjectName(QStringLiteral("testPrintButton"));
    m_testResult = new QLabel(testRow);
    m_testResult->setObjectName(QStringLiteral("testPrintResult"));
    m_testResult->setWordWrap(true);
    testLayout->addWidget(m_testPrint);
    testLayout->addWidget(m_testResult, 1);
    m_form->addRow(testRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("printerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_form->addRow(m_error);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SettingsPagePrinter::updateFields);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPagePrinter::browse);
    connect(m_testPrint, &QPushButton::clicked, this, &SettingsPagePrinter::testPrint);
    connect(&m_receipts, &ReceiptService::printed, this,
            [this](qint64 ticketId, int) { onPrinted(ticketId); });
    connect(&m_receipts, &ReceiptService::failed, this, &SettingsPagePrinter::onFailed);
    updateFields();
}

void SettingsPagePrinter::setPrinter(const PrinterSettings &printer)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(printer.kind))));
    m_host->setText(printer.host);
    m_port->setValue(printer.port == 0 ? 9100 : printer.port);
    m_device->setText(printer.device);
    int system = m_systemPrinter->findData(printer.systemPrinter);
    if (system < 0) { // a queue not (or no longer) installed: keep it selectable
        m_systemPrinter->addItem(printer.systemPrinter, printer.systemPrinter);
        system = m_systemPrinter->count() - 1;
    }
    m_systemPrinter->setCurrentIndex(system);
    m_folder->setText(printer.pdfFolder);
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(printer.columns)));
    m_drawer->setChecked(printer.openDrawerOnCash);
    m_testResult->clear();
    showError({});
    updateFields();
}

PrinterSettings SettingsPagePrinter::printer() const
{
    PrinterSettings printer;
    printer.kind = Kind(m_kind->currentData().toInt());
    printer.host = m_host->text().trimmed();
    printer.port = quint16(m_port->value());
    printer.device = m_device->text().trimmed();
    printer.systemPrinter = m_systemPrinter->currentData().toString();
    printer.pdfFolder = m_folder->text().trimmed();
    printer.columns = m_paper->currentData().toInt();
    printer.openDrawerOnCash = m_drawer->isChecked();
    return printer;
}

void SettingsPagePrinter::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SettingsPagePrinter::updateFields()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    const bool escPos = kind == Kind::EscPosNetwork || kind == Kind::EscPosDevice;
    m_form->setRowVisible(m_host, kind == Kind::EscPosNetwork);
    m_form->setRowVisible(m_port, kind == Kind::EscPosNetwork);
    m_form->setRowVisible(m_device, kind == Kind::EscPosDevice);
    m_form->setRowVisible(m_systemPrinter, kind == Kind::System);
    m_form->setRowVisible(m_folderRow, kind == Kind::PdfFolder);
    m_form->setRowVisible(m_paper, kind != Kind::None);
    m_form->setRowVisible(m_drawer, escPos);
    m_testPrint->setEnabled(kind != Kind::None);
}

void SettingsPagePrinter::browse()
{
    auto *dialog = new QFileDialog(this, tr("Folder for the PDF receipts"), m_folder->text());
    dialog->setObjectName(QStringLiteral("pdfFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(folder); });
    dialog->open();
}

void SettingsPagePrinter::testPrint()
{
    const auto stored = m_settings.printer();
    if (stored && stored.value() != printer()) {
        showTestResult(tr("Save the settings first: the test print uses the saved printer."), false);
        return;
    }
    m_testPending = true;
    showTestResult(tr("Printing…"), true);
    m_receipts.printTestPage();
}

void SettingsPagePrinter::onPrinted(qint64 ticketId)
{
    if (ticketId != 0 || !m_testPending)
        return;
    m_testPending = false;
    showTestResult(tr("The test page was printed."), true);
}

void SettingsPagePrinter::onFailed(qint64 ticketId, const Error &error)
{
    if (ticketId != 0 || !m_testPending)
        return;
    m_testPending = false;
    qCInfo(lcUi) << "Test print failed:" << error.detail;
    showTestResult(errorText(error), false);
}

void SettingsPagePrinter::showTestResult(const QString &text, bool ok)
{
    m_testResult->setText(text);
    m_testResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
}

} // namespace comptoir
