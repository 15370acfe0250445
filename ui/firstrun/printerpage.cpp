// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/printerpage.h"

#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/logging.h"
#include "ui/receipts/receiptservice.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace comptoir {

PrinterPage::PrinterPage(FirstRunWizard &wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("printerPage"));
    setTitle(tr("The receipt printer"));
    setSubTitle(tr("Plug in and switch on the printer, choose it, then print a test page."));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("printerChoice"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("printerHostEdit"));
    m_host->setPlaceholderText(QStringLiteral("192.168.1.50"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("pdfFolderEdit"));
    auto *test = new QPushButton(tr("&Test print"), this);
    test->setObjectName(QStringLiteral("testPrintButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testPrintResult"));
    m_result->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Printer:"), m_choice);
    form->addRow(tr("Network printer's address:"), m_host);
    form->addRow(tr("Folder for PDF receipts:"), m_folder);
    form->addRow(QString(), test);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    connect(test, &QPushButton::clicked, this, &PrinterPage::testPrint);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &PrinterPage::updateFields);
    connect(&m_wizard.services().receipts, &ReceiptService::printed, this, &PrinterPage::onPrinted);
    connect(&m_wizard.services().receipts, &ReceiptService::failed, this, &PrinterPage::onFailed);
}

void PrinterPage::initializePage()
{
    m_choice->clear();
    m_choices.clear();
    const auto add = [this](const QString &label, PrinterSettings settings) {
        m_choice->addItem(label);
        m_choices.append(settings);
    };
    using Kind = PrinterSettings::Kind;
    add(tr("No receipt printer (a PDF on request)"), PrinterSettings {});
    const QDir usb(QStringLiteral("/dev/usb"));
    for (const QString &device : usb.entryList({QStringLiteral("lp*")}, QDir::System | QDir::Files)) {
        PrinterSettings p;
        p.kind = Kind::EscPosDevice;
        p.device = usb.filePath(device);
        add(tr("Thermal printer on USB (%1)").arg(p.device), p);
    }
    for (const QString &name : QPrinterInfo::availablePrinterNames()) {
        PrinterSettings p;
        p.kind = Kind::System;
        p.systemPrinter = name;
        add(tr("System printer: %1").arg(name), p);
    }
    PrinterSettings network;
    network.kind = Kind::EscPosNetwork;
    add(tr("Thermal printer on the network (address below)"), network);
    PrinterSettings pdf;
    pdf.kind = Kind::PdfFolder;
    add(tr("PDF files in a folder (below)"), pdf);
    if (m_folder->text().isEmpty())
        m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(tr("Receipts")));
    // A USB thermal printer found is the likely choice; else none.
    m_choice->setCurrentIndex(m_choices.size() > 3 && m_choices.at(1).kind == Kind::EscPosDevice ? 1 : 0);
    updateFields();
}

void PrinterPage::updateFields()
{
    const PrinterSettings p = chosen();
    m_host->setEnabled(p.kind == PrinterSettings::Kind::EscPosNetwork);
    m_folder->setEnabled(p.kind == PrinterSettings::Kind::PdfFolder);
}

PrinterSettings PrinterPage::chosen() const
{
    const int index = m_choice->currentIndex();
    PrinterSettings p = index >= 0 && index < m_choices.size() ? m_choices.at(index) : PrinterSettings {};
    if (p.kind == PrinterSettings::Kind::EscPosNetwork)
        p.host = m_host->text().trimmed();
    if (p.kind == PrinterSettings::Kind::PdfFolder)
        p.pdfFolder = m_folder->text().trimmed();
    return p;
}

void PrinterPage::testPrint()
{
    const PrinterSettings p = chosen();
    if (p.kind == PrinterSettings::Kind::PdfFolder)
        QDir().mkpath(p.pdfFolder);
    if (Status s = m_wizard.services().settings.setPrinter(p); !s)
        return showResult(comptoir::errorText(s.error()), false);
    if (p.kind == PrinterSettings::Kind::None)
        return showResult(tr("No printer chosen: nothing to test."), true);
    m_testPending = true;
    showResult(tr("Printing…"), true);
    m_wizard.services().receipts.printTestPage();
}

void PrinterPage::onPrinted(qint64 ticketId)
{
    if (ticketId != 0 || !std::exchange(m_testPending, false))
        return;
    showResult(tr("The test page was printed. Check it came out, then Next."), true);
}

void PrinterPage::onFailed(qint64 ticketId, const Error &error)
{
    if (ticketId != 0 || !std::exchange(m_testPending, false))
        return;
    qCInfo(lcUi) << "first run: test print failed:" << error.detail;
    showResult(comptoir::errorText(error), false);
}

bool PrinterPage::validatePage()
{
    const PrinterSettings p = chosen();
    if (p.kind == PrinterSettings::Kind::PdfFolder)
        QDir().mkpath(p.pdfFolder);
    Status status = m_wizard.services().settings.setPrinter(p);
    if (status)
        status = m_wizard.progress().mark(FirstRunProgress::PrinterKey);
    if (!status) {
        showResult(comptoir::errorText(status.error()), false);
        return false;
    }
    qCInfo(lcUi).noquote() << "first run: printer chosen:" << printerKindKey(p.kind);
    return true;
}

void PrinterPage::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
}

QString PrinterPage::resultText() const
{
    return m_result->text();
}

} // namespace comptoir
