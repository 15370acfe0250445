// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/photos/photopreparer.h"
#include "models/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace comptoir {

class ProductPhotos;
class ThumbnailLoader;

// A product's photos in the product form: their thumbnails in order (the first, the main one,
// marked), and what can be done to them. Add from files (the "Add photos…" dialog, several at
// once, or several files dropped from a file manager), reorder (drag, or Ctrl+Left/Right),
// make main (Ctrl+Home or the button), remove (Delete or the button). Each file is prepared
// (PhotoPreparer: oriented, scaled, re-encoded, hashed) on a thread of the strip's pool while a
// busy mark shows, then added through ProductPhotos on the window's thread, in the order given;
// a refusal is said in words (errorText), a photo too small to sell from as a warning. Every
// change goes through ProductPhotos (which queues the photo_link) and the strip shows what it
// then holds.
class PhotoStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IconSide = 96;

    PhotoStrip(ProductPhotos &photos, const PhotoPreparer &preparer, ThumbnailLoader &thumbnails,
               qint64 productId, QWidget *parent = nullptr);
    ~PhotoStrip() override; // waits for the photos being prepared

    qint64 productId() const { return m_productId; }
    QStringList shownPhotos() const; // the sha256s shown, in order
    bool isBusy() const { return !m_pending.isEmpty(); }
    // What the last additions and changes said (refusals, warnings), one line each; empty: all went well.
    QString message() const;

    // Prepares these files off the window's thread, then adds them in this order.
    void addFiles(const QStringList &paths);
    void moveCurrent(int delta); // Ctrl+Left / Ctrl+Right
    void makeCurrentMain();
    void removeCurrent();
    // Reads the product's photos again (after a change made elsewhere: the camera, the sync).
    void reload();

Q_SIGNALS:
    // Every file given to addFiles() so far was prepared and added (or refused).
    void preparationFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending
    {
        QString path;
        std::optional<Result<PreparedPhoto>> prepared; // set when the preparer is done
    };

    void chooseFiles();
    void onPrepared(int ticket, const Result<PreparedPhoto> &prepared);
    void addReadyPhotos();
    void onReorderedByDrag();
    void apply(const Status &status);
    void setMessages(const QStringList &lines);
    void updateThumbnail(const QString &sha256);
    void updateBusy();
    QString currentPhoto() const;
    void selectPhoto(const QString &sha256);

    ProductPhotos &m_photos;
    const PhotoPreparer &m_preparer;
    ThumbnailLoader &m_thumbnails;
    qint64 m_productId;
    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_mainButton;
    QPushButton *m_removeButton;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QLabel *m_message;
    QStringList m_messages;
    QThreadPool m_pool;
    QList<Pending> m_pending; // in the order given; m_pending[i] has ticket m_firstTicket + i
    int m_firstTicket = 0;
    int m_nextTicket = 0;
    bool m_reloading = false;
};

} // namespace comptoir
