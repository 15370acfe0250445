// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shopwindow.h"

#include "app/applogging.h"
#include "app/catalogueviews.h"
#include "app/phototools.h"
#include "app/shopsession.h"
#include "models/backup/backuprestore.h"
#include "models/backup/backupstate.h"
#include "models/catalogue/catalogue.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/registerkeychange.h"
#include "models/fiscal/registersigner.h"
#include "models/photos/productphotos.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "ui/backup/backupsection.h"
#include "ui/backup/backupstatuslabel.h"
#include "ui/backup/restoreflow.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/catalogue/instorebarcodeaction.h"
#include "ui/doctor/doctorsection.h"
#include "ui/import/catalogueexportaction.h"
#include "ui/import/importaction.h"
#include "ui/labels/labelactions.h"
#include "ui/listing/listingsettingssection.h"
#include "ui/orders/orderspage.h"
#include "ui/photos/photostrip.h"
#include "ui/reports/reportspage.h"
#include "ui/settings/scalelayoutsection.h"
#include "ui/settings/settingspage.h"
#include "ui/settings/settingspagejournal.h"
#include "ui/staff/staffsection.h"
#include "ui/sync/keychainstatuslabel.h"
#include "ui/sync/syncpage.h"
#include "ui/till/tillcatalogueupdates.h"
#include "ui/till/tillpage.h"
#include "ui/till/tillreceipts.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace comptoir {

namespace {

// Where the window was when Comptoir last closed (QSettings: the user's, not the shop's).
const QString GeometryKey = QStringLiteral("window/geometry");
const QString MaximisedKey = QStringLiteral("window/maximised");

// The till's rules on the shop's data; the discount threshold read from Settings at each use.
SalePolicy tillPolicy(ShopSession &session)
{
    ShopSettings &settings = session.settings();
    SalePolicy policy(session.database(), session.clock(), session.operators(), [&settings]() -> Result<int> {
        auto till = settings.till();
        if (!till)
            return till.error();
        return till->discountThresholdBp;
    });
    policy.setScaleLayouts([&settings] { return settings.scaleLayouts(); });
    return policy;
}

} // namespace

ShopWindow::ShopWindow(ShopSession &session)
    : m_receipts(session.settings(), session.printLog(), session.tickets(), session.fiscalChain()),
      m_sync(session),
      m_orders(session, m_sync),
      m_ticket(session.catalogue(), session.saleJournal(), session.ticketDrafts(), session.operatorSession(),
               tillPolicy(session)),
      m_listing(session.database(), session.clock()),
      m_thumbnails(session.photoStore()),
      m_till(new TillPage(session.database(), session.catalogue(), session.ledger(), m_ticket,
                          session.dayClosing(), session.operators(), session.operatorSession(),
                          session.settings())),
      m_catalogue(new CataloguePage(session.database(), session.catalogue(), session.ledger())),
      m_reports(new ReportsPage(session.dayClosing(), session.settings(), session.operators(),
                                session.operatorSession(), m_receipts)),
      m_settings(new SettingsPage(session.settings(), m_receipts, session.operatorSession())),
      m_window(session.database(), session.operators(), session.operatorSession(),
               MainWindow::Pages {.till = m_till,
                                  .catalogue = m_catalogue,
                                  .orders = m_sync.ordersPage(),
                                  .reports = m_reports,
                                  .settings = m_settings,
                                  .sync = m_sync.syncPage()}),
      m_backupWorker(session.database(), session.dataDirectory(), session.clock()),
      m_importWorker(session.database().filePath(), session.signer(), session.clock()),
      m_journalWorker(session.database().filePath(), session.signer(), session.clock()),
      m_doctor(session.database().filePath(), session.secrets(), m_doctorNetwork, session.clock())
{
    TillPage *till = m_till;
    till->enableOrders(session.orderCollection(), session.reservedStock()); // issue 16
    m_orders.install(m_window, *till);
    ReportsPage *reports = m_reports;
    SettingsPage *settings = m_settings;
    new TillReceipts(*till, m_receipts, session.saleJournal(), session.tickets(), session.ticketFinder(),
                     session.operators(), session.operatorSession(), session.settings());
    reports->setPeriodClosing(session.periodClosing());
    settings->addSection(new SettingsPageJournal(session.database(), session.clock(), m_journalWorker,
                                                 session.operatorSession()));
    settings->addSection(new StaffSection(session.operators(), session.operatorSession()));
    settings->addSection(new DoctorSection(m_doctor, session.clock()));
    // issue 14: the scale barcodes' layouts the till reads (read by the till at each scan).
    settings->addSection(
        new ScaleLayoutSection(session.settings(), session.catalogue(), session.operatorSession()));

    QObject::connect(till, &TillPage::saleCommitted, reports, &ReportsPage::refresh);
    // The Orders and Synchronisation pages, the sync status in the status bar; each local change
    // that queues outbox rows (a sale, a catalogue or stock edit) starts a push at once.
    m_sync.install(m_window);
    QObject::connect(till, &TillPage::saleCommitted, &m_sync.controller(), &SyncController::nudge);
    QObject::connect(m_catalogue, &CataloguePage::catalogueChanged, &m_sync.controller(),
                     &SyncController::nudge);
    // Labels (issue 14): from the selection, the changed prices and a delivery received.
    auto *labels = new LabelActions(session.database(), session.clock(), session.settings(), *m_catalogue);
    // What the sync applies, a sale and a catalogue edit show on the other pages without losing
    // their selection or scroll position (issue 18).
    auto *views = new CatalogueViews(*m_catalogue, *new TillCatalogueUpdates(*till), &m_window);
    QObject::connect(&m_sync.controller(), &SyncController::changesApplied, views,
                     &CatalogueViews::onChangesApplied, Qt::QueuedConnection);
    QObject::connect(till, &TillPage::saleCommitted, views, &CatalogueViews::onSaleCommitted);
    QObject::connect(m_catalogue, &CataloguePage::catalogueChanged, views,
                     &CatalogueViews::onCatalogueEdited);
    // issue 14: in-store barcodes for the selected variants without one, from the Catalogue's toolbar.
    auto *inStore = new InStoreBarcodeAction(session.database(), session.catalogue(), *m_catalogue);
    m_catalogue->toolBar()->addAction(inStore->action());
    QObject::connect(inStore, &InStoreBarcodeAction::barcodesGiven, &m_sync.controller(),
                     &SyncController::nudge);
    QObject::connect(inStore, &InStoreBarcodeAction::barcodesGiven, views,
                     &CatalogueViews::onCatalogueEdited);
    installImport(session, *views, *labels);
    installListing(session);
    installPhotos(session, *views);
    // An overdue day closed from the till (its Z printed by TillReceipts), or any day from Reports.
    QObject::connect(till, &TillPage::dayClosed, reports, &ReportsPage::refresh);
    QObject::connect(reports, &ReportsPage::dayClosed, till, &TillPage::checkOverdueDay);
    // The till reads its rules and favourites when it uses them; the receipt service reads the
    // printer at each job; the window title shows the shop's name.
    QObject::connect(settings, &SettingsPage::settingsChanged, &m_window, &MainWindow::refreshShopName);
    // Who signs in and out of the till, in the technical events journal (ids, never names or PINs).
    OperatorSession &operators = session.operatorSession();
    EventJournal &events = session.events();
    QObject::connect(&operators, &OperatorSession::changed, &m_window,
                     [&operators, &events, signedIn = std::optional<qint64>()]() mutable {
                         const std::optional<qint64> now = operators.current()
                             ? std::optional<qint64>(operators.current()->id)
                             : std::nullopt;
                         if (signedIn && signedIn != now) {
                             if (auto r = events.record(EventKind::Logout, signedIn); !r)
                                 qCWarning(lcApp) << "logout not journalled: error" << int(r.error().code);
                         }
                         if (now && signedIn != now) {
                             if (auto r = events.record(EventKind::Login, now); !r)
                                 qCWarning(lcApp) << "login not journalled: error" << int(r.error().code);
                         }
                         signedIn = now;
                     });
    // Monthly and yearly closures make themselves: after each Z (the last day of a month may be
    // closed after midnight) and every ten minutes, so a month closes soon after it has ended.
    auto closePeriods = [&session, reports]() {
        if (session.closeEndedPeriods() > 0)
            reports->refresh();
    };
    QObject::connect(reports, &ReportsPage::dayClosed, reports, closePeriods);
    QObject::connect(till, &TillPage::dayClosed, reports, closePeriods);
    auto *periodTimer = new QTimer(&m_window);
    periodTimer->setObjectName(QStringLiteral("periodClosingTimer"));
    periodTimer->setInterval(10 * 60 * 1000);
    QObject::connect(periodTimer, &QTimer::timeout, reports, closePeriods);
    periodTimer->start();
    m_window.showPage(MainWindow::TillPage);
    // The register's key comes from the keychain after the window shows (it may be locked): the
    // status bar says so meanwhile; the till takes a cart, what must be signed waits.
    auto *keychain = new KeychainStatusLabel;
    m_window.statusBar()->addWidget(keychain);
    RegisterSigner &signer = session.signer();
    auto showKey = [keychain, &signer] {
        if (signer.state() == RegisterSigner::State::Loading)
            keychain->setPending();
        else if (signer.state() == RegisterSigner::State::Ready)
            keychain->setReady();
        else
            keychain->setFailed(signer.status().error());
    };
    showKey();
    QObject::connect(&signer, &RegisterSigner::loaded, keychain, showKey);
    // The whole journal is checked at start, off the window's thread (over a second for the demo's
    // three weeks in a debug build, far more for a year); a broken journal shows a banner that
    // stays, and selling goes on.
    QObject::connect(&m_journalWorker, &JournalWorker::checked, &m_window, &MainWindow::showJournalCheck);
    m_journalWorker.startCheck();
    installBackups(session);
}

void ShopWindow::installListing(ShopSession &session)
{
    // issue 15: products created in the window or imported are visible online as the shop's
    // setting says (read at each creation: models/settings is above models/catalogue).
    ShopSettings &settings = session.settings();
    const auto newVisible = [&settings] {
        const auto listing = settings.listing();
        return listing ? listing->newProductsVisibleOnline : ListingSettings().newProductsVisibleOnline;
    };
    session.catalogue().setNewProductsVisibleOnline(newVisible);
    m_importWorker.setNewProductsVisibleOnline(newVisible);
    m_catalogue->enableListing(m_listing);
    m_settings->addSection(new ListingSettingsSection(settings, session.operatorSession()));
}

void ShopWindow::installPhotos(ShopSession &session, CatalogueViews &views)
{
    // issue 15: each product's main photo in the catalogue's list and the till's results and cart;
    // the product dialog's "Photos" tab (files, dropped files, the camera); the photo session,
    // the inbox and the watched folder (PhotoTools); Settings' "Photos" section.
    m_catalogue->showThumbnails(m_thumbnails);
    m_till->showThumbnails(m_thumbnails, session.productPhotos());
    auto *tools
        = new PhotoTools(session.database(), session.clock(), session.productPhotos(), session.photoStore(),
                         session.settings(), session.operatorSession(), *m_settings, &m_window);
    m_catalogue->toolBar()->addAction(tools->sessionAction());
    m_catalogue->toolBar()->addAction(tools->inboxAction());
    m_catalogue->actions()->setPhotosTab([this, &session, tools](qint64 productId) {
        auto *tab = new QWidget;
        auto *layout = new QVBoxLayout(tab);
        layout->addWidget(
            new PhotoStrip(session.productPhotos(), m_photoPreparer, m_thumbnails, productId, tab));
        auto *camera = new QPushButton(
            QCoreApplication::translate("ShopWindow", "Take a photo with the &camera…"), tab);
        camera->setObjectName(QStringLiteral("takePhotoButton"));
        QObject::connect(camera, &QPushButton::clicked, tools,
                         [tools, productId] { tools->openSession(productId); });
        layout->addWidget(camera, 0, Qt::AlignLeft);
        return tab;
    });
    // A product's photos changed (here, in a dialog, from the watched folder or the session): the
    // lists show its new main photo, and the sync sends the photo and its link.
    QObject::connect(&session.productPhotos(), &ProductPhotos::productPhotosChanged, &views,
                     &CatalogueViews::onCatalogueEdited);
    QObject::connect(&session.productPhotos(), &ProductPhotos::productPhotosChanged, &m_sync.controller(),
                     &SyncController::nudge);
    QObject::connect(tools, &PhotoTools::message, &m_window,
                     [this](const QString &text) { m_window.statusBar()->showMessage(text, 8000); });
    // The photo files nothing names any more (a photo removed, replaced online), once per start.
    session.cleanUpPhotos();
}

void ShopWindow::installImport(ShopSession &session, CatalogueViews &views, LabelActions &labels)
{
    // "Import…" on the Catalogue page's toolbar (issue 14): what an import wrote shows on the
    // Catalogue page and in the till's search, and what it queued for the marketplace goes at once.
    auto *import = new CatalogueImportAction(session.database(), m_importWorker, m_catalogue);
    m_catalogue->toolBar()->addAction(import);
    QObject::connect(import, &CatalogueImportAction::imported, &views, &CatalogueViews::onCatalogueImported);
    QObject::connect(import, &CatalogueImportAction::imported, &m_sync.controller(), &SyncController::nudge);
    // The items the import gave an in-store barcode: their labels, one each, from its result.
    QObject::connect(import, &CatalogueImportAction::labelsRequested, &labels,
                     [&labels](const QList<qint64> &ids) {
                         QList<LabelRequest> requests;
                         for (qint64 id : ids)
                             requests.append(LabelRequest {id, 1});
                         labels.openFor(requests);
                     });
    m_catalogue->toolBar()->addAction(new CatalogueExportAction(session.database(), m_catalogue));
}

void ShopWindow::installBackups(ShopSession &session)
{
    auto *section = new BackupSection(session.database(), session.dataDirectory(), session.clock(),
                                      m_backupWorker, session.operatorSession());
    m_settings->addSection(section);
    auto *status = new BackupStatusLabel(session.database(), session.clock());
    m_window.statusBar()->addPermanentWidget(status);
    QObject::connect(&m_backupWorker, &BackupWorker::finished, status, &BackupStatusLabel::refresh);
    QObject::connect(section, &BackupSection::folderChosen, status, &BackupStatusLabel::refresh);
    // A restore is swapped in at the next start, before the database opens: this run ends.
    QObject::connect(section, &BackupSection::restoreCommitted, &m_window, [this] {
        m_restartRequested = true;
        QCoreApplication::quit();
    });
    // After each Z (from the till or from Reports), into the chosen folder.
    Database &db = session.database();
    auto afterZ = [this, &db] {
        auto state = BackupStateStore::read(db);
        if (state && !state->folder.isEmpty())
            m_backupWorker.start();
    };
    QObject::connect(m_till, &TillPage::dayClosed, &m_backupWorker, afterZ);
    QObject::connect(m_reports, &ReportsPage::dayClosed, &m_backupWorker, afterZ);
    m_backupDb = &db;
    offerNewRegisterKey(session);
}

void ShopWindow::offerNewRegisterKey(ShopSession &session)
{
    // A restored shop whose register key this computer's keychain lacks (a replaced PC): signing is
    // refused (the status bar says so); a new key may be started, journalled (key_changed, reason
    // "restored"), after which the restore itself is journalled.
    RegisterSigner &signer = session.signer();
    auto offer = [this, &session, &signer] {
        if (signer.state() != RegisterSigner::State::Failed)
            return;
        const Error error = signer.status().error();
        auto pending = session.database().meta(QLatin1String(RestorePendingMeta));
        if (error.code != ErrorCode::SigningKeyMissing || error.subject != QLatin1String("missing")
            || !pending || pending->isEmpty() || !RestoreFlow::askNewRegisterKey(&m_window))
            return;
        changeRegisterKey(session.secrets(), session.database(), session.clock(), session.uuids(),
                          std::nullopt, KeyChangeReason::Restored, &m_window,
                          [this, &session, &signer](Result<Ed25519Key> key) {
                              if (!key) {
                                  RestoreFlow::showNewKeyFailed(&m_window, key.error());
                                  return;
                              }
                              signer.setKey(key.value());
                              session.recordPendingRestore();
                          });
    };
    QObject::connect(&signer, &RegisterSigner::loaded, &m_window, offer, Qt::QueuedConnection);
    if (signer.state() == RegisterSigner::State::Failed)
        QTimer::singleShot(0, &m_window, offer);
}

void ShopWindow::backUpOnQuit()
{
    if (m_restartRequested || !m_backupDb)
        return;
    auto state = BackupStateStore::read(*m_backupDb);
    if (state && !state->folder.isEmpty())
        m_backupWorker.runAndWait();
}

void ShopWindow::show()
{
    const QSettings stored;
    std::optional<WindowGeometry> saved;
    if (stored.contains(GeometryKey))
        saved = WindowGeometry {stored.value(GeometryKey).toRect(), stored.value(MaximisedKey).toBool()};
    m_window.showFitted(saved);
}

void ShopWindow::saveGeometry()
{
    QSettings stored;
    const WindowGeometry where = m_window.currentGeometry();
    stored.setValue(GeometryKey, where.normal);
    stored.setValue(MaximisedKey, where.maximised);
}

} // namespace comptoir
