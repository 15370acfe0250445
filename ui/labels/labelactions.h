// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/labels/labelcontent.h"
#include "models/labels/labelprints.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace comptoir {

class CataloguePage;
class Clock;
class Database;
class ShopSettings;

// The ways to labels (issue 14), wired onto the Catalogue page: "Labels…" for the selected
// variants, "Labels for changed prices" (LabelPrints::changedSinceLastLabel) on its toolbar, and
// after a delivery recorded in the stock dialog an offer of one label per unit received. Each
// opens a LabelDialog (non-modal: the till stays usable); its receipt-printer button sends the
// labels to the shop's ESC/POS printer when one is set up.
class LabelActions : public QObject
{
    Q_OBJECT

public:
    LabelActions(Database &db, const Clock &clock, ShopSettings &settings, CataloguePage &page);

    QAction *labelsAction() const { return m_labels; }
    QAction *changedPricesAction() const { return m_changedPrices; }

    // Opens the dialog for these labels; false (and a message) when there is nothing to label.
    bool openFor(const QList<LabelRequest> &requests);
    void labelsForSelection();
    void labelsForChangedPrices();
    void offerAfterReceipt(qint64 variantId, qint64 quantity);

private:
    Status sendToReceiptPrinter(const QByteArray &bytes);
    void showProblem(const Error &error);

    Database &m_db;
    ShopSettings &m_settings;
    CataloguePage &m_page;
    LabelPrints m_prints;
    QAction *m_labels = nullptr;
    QAction *m_changedPrices = nullptr;
};

} // namespace comptoir
