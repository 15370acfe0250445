// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/catalogueexportaction.h"

#include "ui/import/catalogueexportdialog.h"

namespace comptoir {

CatalogueExportAction::CatalogueExportAction(Database &db, QWidget *window)
    : QAction(tr("E&xport…"), window), m_db(db), m_window(window)
{
    setToolTip(tr("Export the catalogue, the stock or its value at cost as a spreadsheet (Excel or CSV)"));
    connect(this, &QAction::triggered, this, &CatalogueExportAction::onTriggered);
}

CatalogueExportDialog *CatalogueExportAction::dialog() const
{
    return m_dialog;
}

void CatalogueExportAction::onTriggered()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new CatalogueExportDialog(m_db, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->show();
}

} // namespace comptoir
