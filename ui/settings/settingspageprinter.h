// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/settings/shopsettings.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace comptoir {

class ReceiptService;

// The Settings page's "Receipt printer" group: the kind of printer and the fields it needs
// (host and port, device, system printer, PDF folder), the paper width, the drawer kick, and a
// test print through the ReceiptService (which uses the saved settings).
class SettingsPagePrinter : public QGroupBox
{
    Q_OBJECT

public:
    SettingsPagePrinter(ShopSettings &settings, ReceiptService &receipts, QWidget *parent = nullptr);

    void setPrinter(const PrinterSettings &printer);
    PrinterSettings printer() const; // as the form holds it
    void showError(const QString &text); // empty: hides it

private:
    void updateFields();
    void browse();
    void testPrint();
    void onPrinted(qint64 ticketId);
    void onFailed(qint64 ticketId, const Error &error);
    void showTestResult(const QString &text, bool ok);

    ShopSettings &m_settings;
    ReceiptService &m_receipts;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_device = nullptr;
    QComboBox *m_systemPrinter = nullptr;
    QWidget *m_folderRow = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_drawer = nullptr;
    QPushButton *m_testPrint = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_error = nullptr;
    bool m_testPending = false;
};

} // namespace comptoir
