// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QPointer>

class QWidget;

namespace comptoir {

class CatalogueExportDialog;
class Database;

// "Export…" on the Catalogue page's toolbar (issue 14; added from app/): opens the export dialog,
// window-modal, over window.
class CatalogueExportAction : public QAction
{
    Q_OBJECT

public:
    CatalogueExportAction(Database &db, QWidget *window);

    // The dialog while it is open (null otherwise).
    CatalogueExportDialog *dialog() const;

private:
    void onTriggered();

    Database &m_db;
    QWidget *m_window = nullptr;
    QPointer<CatalogueExportDialog> m_dialog;
};

} // namespace comptoir
