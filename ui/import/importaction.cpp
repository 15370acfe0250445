// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importaction.h"

namespace comptoir {

CatalogueImportAction::CatalogueImportAction(Database &db, ImportWorker &worker, QWidget *parent)
    : QAction(tr("&Import…"), parent), m_parent(parent), m_mappings(db), m_worker(worker)
{
    setObjectName(QStringLiteral("catalogueImportAction"));
    setToolTip(tr("Import products, prices and stock from a spreadsheet (CSV, Excel, LibreOffice)"));
    connect(this, &QAction::triggered, this, &CatalogueImportAction::onTriggered);
}

ImportAssistant *CatalogueImportAction::openAssistant()
{
    if (m_assistant) {
        m_assistant->show();
        m_assistant->raise();
        m_assistant->activateWindow();
        return m_assistant;
    }
    // Non-modal, a window of its own over the main window: the till stays usable meanwhile.
    auto *assistant = new ImportAssistant(m_worker, m_mappings, m_parent);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &ImportAssistant::imported, this, &CatalogueImportAction::imported);
    connect(assistant, &ImportAssistant::labelsRequested, this, &CatalogueImportAction::labelsRequested);
    m_assistant = assistant;
    assistant->show();
    return assistant;
}

void CatalogueImportAction::onTriggered()
{
    const bool fresh = !m_assistant;
    ImportAssistant *assistant = openAssistant();
    if (fresh)
        assistant->chooseFile();
}

} // namespace comptoir
