// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace comptoir {

class Catalogue;
class CataloguePage;
class Database;

// "Give in-store barcodes" on the Catalogue page's toolbar (issue 14): the selected variants that
// have no barcode each get the shop's next in-store EAN-13 (InStoreBarcodeGiver, one
// transaction, through Catalogue::updateVariant so the marketplace learns them); the page is read
// again and says how many were given, or why none.
class InStoreBarcodeAction : public QObject
{
    Q_OBJECT

public:
    InStoreBarcodeAction(Database &db, Catalogue &catalogue, CataloguePage &page);

    QAction *action() const { return m_action; }
    // What the last use said (for the person; also shown in a message box unless quiet).
    QString lastMessage() const { return m_lastMessage; }
    void setQuiet(bool quiet) { m_quiet = quiet; }

    void giveToSelection();

Q_SIGNALS:
    // Barcodes were written (for the sync's push and the till's search).
    void barcodesGiven(int count);

private:
    void tell(const QString &message, bool problem);

    Database &m_db;
    Catalogue &m_catalogue;
    CataloguePage &m_page;
    QAction *m_action = nullptr;
    QString m_lastMessage;
    bool m_quiet = false;
};

} // namespace comptoir
