// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace comptoir {

class CameraSource;
class CapturedPhotos;
class Database;
class PhotoStore;
class ProductPhotos;

// The photo session of the stock room (issue 15), keyboard and scanner only: scan a product's
// barcode (or type its reference, Enter) → the product comes up, its name and its photos, with the
// camera's live view → Space takes a picture, prepared off the UI thread and added to that product
// → the next scan. An unknown code is said in words; Esc ends the session. Opened on one product
// (showProduct), it is the product form's "take a photo" as well.
class PhotoSessionDialog : public QDialog
{
    Q_OBJECT

public:
    PhotoSessionDialog(Database &db, ProductPhotos &photos, const PhotoStore &store, CameraSource &camera,
                       QWidget *parent = nullptr);
    ~PhotoSessionDialog() override;

    // Brings a product up (as a scan of its code does); false when there is no such product.
    bool showProduct(qint64 productId);
    qint64 currentProduct() const { return m_productId; }
    // Pictures taken and not yet added (being prepared).
    int pending() const;

Q_SIGNALS:
    void photoAdded(qint64 productId, const QString &sha256);
    void photoRefused(qint64 productId, const comptoir::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    void lookUp();
    void capture();
    void onCaptured(const QImage &image);
    void onAdded(qint64 productId, const QString &sha256, bool tooSmall);
    void onRefused(qint64 productId, const Error &error);
    void showPhotos();
    void say(const QString &text);

    Database &m_db;
    ProductPhotos &m_photos;
    const PhotoStore &m_store;
    CameraSource &m_camera;
    CapturedPhotos *m_captured = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_strip = nullptr;
    qint64 m_productId = 0;
    QList<qint64> m_waitingForPicture; // the product of each capture asked of the camera, in order
};

} // namespace comptoir
