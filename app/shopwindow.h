// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/shoporders.h"
#include "app/shopsync.h"
#include "models/archive/journalworker.h"
#include "models/backup/backupworker.h"
#include "models/import/importworker.h"
#include "models/listing/listing.h"
#include "models/photos/photopreparer.h"
#include "models/sales/ticketsession.h"
#include "sync/doctor/doctor.h"
#include "ui/photos/thumbnailloader.h"
#include "ui/receipts/receiptservice.h"
#include "ui/window/mainwindow.h"

#include <QNetworkAccessManager>

namespace comptoir {

class CataloguePage;
class CatalogueViews;
class Database;
class LabelActions;
class ReportsPage;
class SettingsPage;
class ShopSession;
class TillPage;

// The window of an opened shop: the main window with its pages (till, catalogue, orders,
// reports, settings, synchronisation), and the receipt service they print through. Built from
// the session's objects, which must outlive it.
class ShopWindow
{
public:
    explicit ShopWindow(ShopSession &session);
    ShopWindow(const ShopWindow &) = delete;
    ShopWindow &operator=(const ShopWindow &) = delete;

    MainWindow &window() { return m_window; }
    ReceiptService &receipts() { return m_receipts; }

    // Shows the window on its screen at the place it had when Comptoir last closed, if that still
    // fits the screen (MainWindow::showFitted()); read from the user's settings (QSettings).
    void show();
    // Keeps where the window is for the next show().
    void saveGeometry();
    // On quit: a backup into the shop's backup folder, when one is chosen (and no restore waits for
    // the restart), waited for: the window is gone, the program must not end mid-copy.
    void backUpOnQuit();
    // A restore was committed in Settings: main() starts Comptoir again once this run has ended
    // and let go of the data folder, and the new run swaps the backup in before opening it.
    bool restartRequested() const { return m_restartRequested; }

private:
    void installBackups(ShopSession &session);
    void offerNewRegisterKey(ShopSession &session);
    void installPhotos(ShopSession &session, CatalogueViews &views);
    void installImport(ShopSession &session, CatalogueViews &views, LabelActions &labels);
    void installListing(ShopSession &session);

    ReceiptService m_receipts; // declared first: the pages use it until they are destroyed
    // The marketplace sync (controller, orders, exceptions): before the window, whose Orders and
    // Synchronisation pages use it.
    ShopSync m_sync;
    // Issue 16: the picking, history and oversold items opened from the Commandes page.
    ShopOrders m_orders;
    // The ticket in progress and the till's rules: the only way to a committed till sale, shown
    // and driven by the till page (which must be destroyed first).
    TicketSession m_ticket;
    // The online listing (issue 15): the Catalogue page's bulk actions and product dialog use it.
    Listing m_listing;
    // Photos (issue 15): prepared and their thumbnails read off the window's thread; before the
    // pages that show them, so destroyed after them.
    PhotoPreparer m_photoPreparer;
    ThumbnailLoader m_thumbnails;
    // The pages, built once before the window, which takes them over (the Orders and
    // Synchronisation pages come from m_sync).
    TillPage *m_till = nullptr;
    CataloguePage *m_catalogue = nullptr;
    ReportsPage *m_reports = nullptr;
    SettingsPage *m_settings = nullptr;
    MainWindow m_window;
    // Backups after each Z, on quit and from Settings, on a thread of their own.
    BackupWorker m_backupWorker;
    bool m_restartRequested = false;
    // The catalogue's import (issue 14), from the Catalogue page's assistant, on a thread of its
    // own with a connection of its own: the till keeps selling meanwhile.
    ImportWorker m_importWorker;
    Database *m_backupDb = nullptr;
    // The fiscal journal's checks (one at start, then from Settings) and archives, on a thread
    // of their own; declared last, so destroyed first (it waits for a running job).
    JournalWorker m_journalWorker;
    // The till's check (Settings, "Check this till"): its own network access for the marketplace
    // probe; it works on a thread of its own and is destroyed first (it waits for that thread).
    QNetworkAccessManager m_doctorNetwork;
    Doctor m_doctor;
};

} // namespace comptoir
