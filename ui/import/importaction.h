// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importmappings.h"
#include "ui/import/importassistant.h"

#include <QAction>
#include <QPointer>

namespace comptoir {

class Database;
class ImportWorker;

// "Import…" on the Catalogue page's toolbar (issue 14): opens the import assistant (one at a
// time: triggered again, it brings the open one forward), which asks for the file at once.
// The saved mappings are the shop's (db, the window's connection); the worker writes on its own.
class CatalogueImportAction : public QAction
{
    Q_OBJECT

public:
    CatalogueImportAction(Database &db, ImportWorker &worker, QWidget *parent);

    // The open assistant, if any (tests drive it).
    ImportAssistant *assistant() const { return m_assistant; }
    // Opens the assistant without asking for a file (tests, then ImportAssistant::openFile).
    ImportAssistant *openAssistant();

Q_SIGNALS:
    // An import wrote into the catalogue or the stock.
    void imported();
    // The open assistant's labelsRequested: the labels of the items an import gave an in-store barcode.
    void labelsRequested(const QList<qint64> &variantIds);

private:
    void onTriggered();

    QWidget *m_parent;
    ImportMappings m_mappings;
    ImportWorker &m_worker;
    QPointer<ImportAssistant> m_assistant;
};

} // namespace comptoir
