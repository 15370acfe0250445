// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/inactivitywatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace comptoir {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}
} // namespace

InactivityWatcher::InactivityWatcher(QWidget *scope, QObject *parent)
    : QObject(parent), m_scope(scope), m_hasScope(scope != nullptr), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelay);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_watching = false;
        Q_EMIT idle();
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void InactivityWatcher::setDelay(std::chrono::milliseconds delay)
{
    m_timer->setInterval(delay);
    if (m_watching)
        m_timer->start();
}

std::chrono::milliseconds InactivityWatcher::delay() const
{
    return m_timer->intervalAsDuration();
}

void InactivityWatcher::start()
{
    m_watching = true;
    m_timer->start();
}

void InactivityWatcher::stop()
{
    m_watching = false;
    m_timer->stop();
}

bool InactivityWatcher::inScope(QObject *receiver) const
{
    if (!m_hasScope)
        return true;
    if (!m_scope || !receiver || !receiver->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(receiver);
    return widget == m_scope || m_scope->isAncestorOf(widget);
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watching && isInput(event->type()) && inScope(watched))
        m_timer->start();
    return QObject::eventFilter(watched, event);
}

} // namespace comptoir
