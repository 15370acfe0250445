// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/photos/photofolder.h"
#include "models/photos/photofolderwatcher.h"
#include "models/photos/photoinbox.h"

#include <QObject>

class QAction;
class QWidget;

namespace comptoir {

class Clock;
class Database;
class OperatorSession;
class PhotoStore;
class ProductPhotos;
class SettingsPage;
class ShopSettings;

// The window's photo tools of issue 15 (camera, session, folder), wired together once the shop's
// PhotoStore and ProductPhotos exist: the photo inbox, the watched folder (watched while the window
// is open, from ListingSettings::watchedFolder, again as soon as Settings changes it), the
// "Photos" section of Settings, and two actions for the Catalogue page's toolbar: the photo
// session (the camera chosen in Settings) and the photo inbox (its count in its text).
class PhotoTools : public QObject
{
    Q_OBJECT

public:
    PhotoTools(Database &db, const Clock &clock, ProductPhotos &photos, PhotoStore &store,
               ShopSettings &settings, OperatorSession &operators, SettingsPage &settingsPage,
               QWidget *window);
    ~PhotoTools() override;

    QAction *sessionAction() const { return m_sessionAction; }
    QAction *inboxAction() const { return m_inboxAction; }
    PhotoInbox &inbox() { return m_inbox; }

    // The photo session, opened on a product (the product form's "take a photo") or on none.
    void openSession(qint64 productId = 0);
    void openInbox();

Q_SIGNALS:
    // A photo from the watched folder was attached, or one was taken in the session: the catalogue
    // shows it.
    void photosChanged();
    // One line for the status bar about a photo of the watched folder.
    void message(const QString &text);

private:
    void updateInboxAction();
    void onPhotoTaken(const FolderPhoto &photo);

    Database &m_db;
    ProductPhotos &m_photos;
    PhotoStore &m_store;
    ShopSettings &m_settings;
    QWidget *m_window = nullptr;
    PhotoInbox m_inbox;
    PhotoFolder m_folder;
    PhotoFolderWatcher m_watcher;
    QAction *m_sessionAction = nullptr;
    QAction *m_inboxAction = nullptr;
};

} // namespace comptoir
