// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/phototools.h"

#include "models/photos/productphotos.h"
#include "models/settings/shopsettings.h"
#include "ui/camera/photosessiondialog.h"
#include "ui/camera/qtcamerasource.h"
#include "ui/errortext.h"
#include "ui/photos/photoinboxdialog.h"
#include "ui/settings/photosettingssection.h"
#include "ui/settings/settingspage.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace comptoir {

PhotoTools::PhotoTools(Database &db, const Clock &clock, ProductPhotos &photos, PhotoStore &store,
                       ShopSettings &settings, OperatorSession &operators, SettingsPage &settingsPage,
                       QWidget *window)
    : QObject(window),
      m_db(db),
      m_photos(photos),
      m_store(store),
      m_settings(settings),
      m_window(window),
      m_inbox(db, clock, photos),
      m_folder(db, photos, m_inbox),
      m_watcher(m_folder)
{
    m_sessionAction = new QAction(QCoreApplication::translate("PhotoTools", "Photo &session…"), this);
    m_sessionAction->setObjectName(QStringLiteral("photoSessionAction"));
    m_sessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_sessionAction->setToolTip(QCoreApplication::translate(
        "PhotoTools", "Scan a product, press Space to photograph it, scan the next (Ctrl+Shift+P)"));
    connect(m_sessionAction, &QAction::triggered, this, [this] { openSession(); });
    m_inboxAction = new QAction(this);
    m_inboxAction->setObjectName(QStringLiteral("photoInboxAction"));
    connect(m_inboxAction, &QAction::triggered, this, &PhotoTools::openInbox);
    connect(&m_inbox, &PhotoInbox::inboxChanged, this, &PhotoTools::updateInboxAction);
    updateInboxAction();

    auto *section = new PhotoSettingsSection(settings, operators);
    settingsPage.addSection(section);
    connect(section, &PhotoSettingsSection::listingSaved, this,
            [this](const ListingSettings &listing) { m_watcher.watch(listing.watchedFolder); });
    connect(&m_watcher, &PhotoFolderWatcher::photoTaken, this, &PhotoTools::onPhotoTaken);
    if (auto listing = settings.listing(); listing)
        m_watcher.watch(listing->watchedFolder);
}

PhotoTools::~PhotoTools() = default;

void PhotoTools::updateInboxAction()
{
    auto count = m_inbox.count();
    const int waiting = count ? *count : 0;
    m_inboxAction->setText(waiting > 0
                               ? QCoreApplication::translate("PhotoTools", "Photo &inbox (%1)").arg(waiting)
                               : QCoreApplication::translate("PhotoTools", "Photo &inbox"));
}

void PhotoTools::onPhotoTaken(const FolderPhoto &photo)
{
    switch (photo.outcome) {
    case FolderPhoto::Outcome::Attached:
        Q_EMIT message(QCoreApplication::translate("PhotoTools", "Photo %1 added to %2.")
                           .arg(photo.fileName, photo.productName));
        Q_EMIT photosChanged();
        break;
    case FolderPhoto::Outcome::Inbox:
        Q_EMIT message(QCoreApplication::translate("PhotoTools", "Photo %1 is waiting in the photo inbox.")
                           .arg(photo.fileName));
        break;
    case FolderPhoto::Outcome::Skipped:
        break;
    case FolderPhoto::Outcome::Refused:
        Q_EMIT message(errorText(photo.error));
        break;
    }
}

void PhotoTools::openSession(qint64 productId)
{
    auto listing = m_settings.listing();
    QtCameraSource camera(listing ? listing->cameraId : QString());
    PhotoSessionDialog dialog(m_db, m_photos, m_store, camera, m_window);
    connect(&dialog, &PhotoSessionDialog::photoAdded, this, &PhotoTools::photosChanged);
    if (productId != 0)
        dialog.showProduct(productId);
    dialog.exec();
}

void PhotoTools::openInbox()
{
    PhotoInboxDialog dialog(m_inbox, m_store, m_window);
    connect(&m_inbox, &PhotoInbox::inboxChanged, &dialog, &PhotoInboxDialog::reload);
    dialog.exec();
    Q_EMIT photosChanged();
}

} // namespace comptoir
