// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/settings/shopsettings.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace comptoir {

class FirstRunWizard;

// The receipt printer: the choices found ("printerChoice"): no printer, each system printer
// (QPrinterInfo), each thermal printer plugged in by USB (/dev/usb/lp*), a network thermal
// printer at a typed address ("printerHostEdit"), or PDF files in a folder ("pdfFolderEdit").
// "Test print" ("testPrintButton") saves the choice and prints a test page through the
// ReceiptService; the outcome is shown in words ("testPrintResult"). Next saves the choice
// (ShopSettings::setPrinter) and marks the step done; a refused setting is shown in
// "testPrintResult" and nothing is saved.
class PrinterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PrinterPage(FirstRunWizard &wizard);

    void initializePage() override;
    bool validatePage() override;

    // The printer the page's fields describe.
    PrinterSettings chosen() const;
    void testPrint();
    QString resultText() const;

private:
    void onPrinted(qint64 ticketId);
    void onFailed(qint64 ticketId, const comptoir::Error &error);
    void showResult(const QString &text, bool ok);
    void updateFields();

    FirstRunWizard &m_wizard;
    QList<PrinterSettings> m_choices; // one per entry of m_choice
    QComboBox *m_choice = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_result = nullptr;
    bool m_testPending = false;
};

} // namespace comptoir
