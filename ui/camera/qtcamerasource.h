// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/camera/camerasource.h"

#include <QCameraDevice>
#include <QList>
#include <QMediaCaptureSession>
#include <QPair>

class QCamera;
class QImageCapture;

namespace comptoir {

// The real camera, through Qt Multimedia: QCamera (the device whose id the shop chose in Settings,
// ListingSettings::cameraId; the system's default when none or when it is gone), a capture session,
// QImageCapture for the pictures and a QVideoWidget for the live view.
class QtCameraSource : public CameraSource
{
    Q_OBJECT

public:
    explicit QtCameraSource(const QString &cameraId, QObject *parent = nullptr);
    ~QtCameraSource() override;

    // The cameras this computer has, as (id, description) for the Settings' choice.
    static QList<QPair<QString, QString>> cameras();

    QString name() const override;
    QWidget *createView(QWidget *parent) override;
    void start() override;
    void stop() override;
    bool isActive() const override;
    void capture() override;

private:
    QCameraDevice device() const;
    void fail(const QString &why);

    QString m_cameraId;
    QMediaCaptureSession m_session;
    QCamera *m_camera = nullptr;
    QImageCapture *m_imageCapture = nullptr;
};

} // namespace comptoir
