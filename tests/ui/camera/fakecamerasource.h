// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/camera/camerasource.h"

#include <QLabel>
#include <QPixmap>
#include <QTimer>

namespace comptoir::test {

// A camera for tests: its live view shows the frame it was given, and a capture "takes" that
// frame (a little later, as a real camera does). unplug() makes it fail as an unplugged one.
class FakeCameraSource : public CameraSource
{
    Q_OBJECT

public:
    explicit FakeCameraSource(QImage frame, QObject *parent = nullptr)
        : CameraSource(parent), m_frame(std::move(frame))
    { }

    void setFrame(const QImage &frame) { m_frame = frame; }
    void unplug() { m_unplugged = true; }
    int captures() const { return m_captures; }

    QString name() const override { return QStringLiteral("Fake camera"); }
    QWidget *createView(QWidget *parent) override
    {
        auto *view = new QLabel(parent);
        view->setPixmap(QPixmap::fromImage(m_frame.scaled(320, 240, Qt::KeepAspectRatio)));
        return view;
    }
    void start() override
    {
        if (m_unplugged) {
            Q_EMIT failed(makeError(ErrorCode::CameraUnavailable, name(), QStringLiteral("unplugged")));
            return;
        }
        m_active = true;
        Q_EMIT activeChanged(true);
    }
    void stop() override
    {
        if (m_active) {
            m_active = false;
            Q_EMIT activeChanged(false);
        }
    }
    bool isActive() const override { return m_active; }
    void capture() override
    {
        ++m_captures;
        const QImage frame = m_frame;
        QTimer::singleShot(10, this, [this, frame] {
            if (m_unplugged || !m_active)
                Q_EMIT failed(makeError(ErrorCode::CameraUnavailable, name(), QStringLiteral("unplugged")));
            else
                Q_EMIT captured(frame);
        });
    }

private:
    QImage m_frame;
    bool m_active = false;
    bool m_unplugged = false;
    int m_captures = 0;
};

} // namespace comptoir::test
