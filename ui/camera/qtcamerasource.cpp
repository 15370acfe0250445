// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/camera/qtcamerasource.h"

#include "ui/logging.h"

#include <QCamera>
#include <QImageCapture>
#include <QMediaDevices>
#include <QVideoWidget>

namespace comptoir {

QtCameraSource::QtCameraSource(const QString &cameraId, QObject *parent)
    : CameraSource(parent), m_cameraId(cameraId), m_imageCapture(new QImageCapture(this))
{
    m_session.setImageCapture(m_imageCapture);
    connect(m_imageCapture, &QImageCapture::imageCaptured, this,
            [this](int, const QImage &image) { Q_EMIT captured(image); });
    connect(m_imageCapture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &why) { fail(why); });
}

QtCameraSource::~QtCameraSource()
{
    if (m_camera)
        m_camera->stop();
}

QList<QPair<QString, QString>> QtCameraSource::cameras()
{
    QList<QPair<QString, QString>> list;
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices)
        list.append({QString::fromUtf8(device.id()), device.description()});
    return list;
}

QCameraDevice QtCameraSource::device() const
{
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices) {
        if (QString::fromUtf8(device.id()) == m_cameraId)
            return device;
    }
    return QMediaDevices::defaultVideoInput();
}

QString QtCameraSource::name() const
{
    if (m_camera)
        return m_camera->cameraDevice().description();
    return device().description();
}

QWidget *QtCameraSource::createView(QWidget *parent)
{
    auto *view = new QVideoWidget(parent);
    view->setMinimumSize(320, 240);
    m_session.setVideoOutput(view);
    return view;
}

void QtCameraSource::fail(const QString &why)
{
    qCWarning(lcUi) << "camera unavailable:" << why;
    Q_EMIT failed(makeError(ErrorCode::CameraUnavailable, name(), why));
}

void QtCameraSource::start()
{
    if (m_camera && m_camera->isActive())
        return;
    const QCameraDevice chosen = device();
    if (chosen.isNull()) {
        Q_EMIT failed(makeError(ErrorCode::CameraUnavailable, QString(), QStringLiteral("no video input")));
        return;
    }
    if (!m_camera) {
        m_camera = new QCamera(chosen, this);
        m_session.setCamera(m_camera);
        connect(m_camera, &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &why) { fail(why); });
        connect(m_camera, &QCamera::activeChanged, this, &CameraSource::activeChanged);
    }
    m_camera->start();
}

void QtCameraSource::stop()
{
    if (m_camera)
        m_camera->stop();
}

bool QtCameraSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

void QtCameraSource::capture()
{
    if (!isActive() || !m_imageCapture->isReadyForCapture()) {
        fail(QStringLiteral("not ready for capture"));
        return;
    }
    m_imageCapture->capture();
}

} // namespace comptoir
