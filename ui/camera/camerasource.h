// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"

#include <QImage>
#include <QObject>
#include <QString>

class QWidget;

namespace comptoir {

// A camera the photo tools take pictures with: a live view to frame the product, and a capture
// that comes back as a picture (captured) or as CameraUnavailable (failed: unplugged, busy, no
// camera at all). QtCameraSource is the real one (Qt Multimedia); the tests use a fake that
// "captures" a picture it was given.
class CameraSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0; // the camera's description, for messages
    // The live view, in the caller's layout (parented to parent); one at a time.
    virtual QWidget *createView(QWidget *parent) = 0;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Takes a picture: captured() follows, or failed().
    virtual void capture() = 0;

Q_SIGNALS:
    void captured(const QImage &image);
    void failed(const comptoir::Error &error);
    void activeChanged(bool active);
};

} // namespace comptoir
