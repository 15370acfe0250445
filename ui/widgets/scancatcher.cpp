// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/scancatcher.h"

#include "ui/logging.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace comptoir {

namespace {

bool isPrintable(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = event->text();
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

ScanCatcher::ScanCatcher(QWidget *scope, QObject *parent)
    : QObject(parent ? parent : scope), m_scope(scope), m_flushTimer(new QTimer(this))
{
    m_elapsed.start();
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(m_maxIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ScanCatcher::flush);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

ScanCatcher::~ScanCatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void ScanCatcher::setTimeSource(TimeSource source)
{
    m_timeSource = std::move(source);
}

void ScanCatcher::setMaxInterval(int ms)
{
    m_maxIntervalMs = qMax(1, ms);
    m_flushTimer->setInterval(m_maxIntervalMs);
}

void ScanCatcher::setMinLength(int length)
{
    m_minLength = qBound(1, length, MaxLength);
}

void ScanCatcher::setEnabled(bool enabled)
{
    if (!enabled)
        flush();
    m_enabled = enabled;
}

qint64 ScanCatcher::now() const
{
    return m_timeSource ? m_timeSource() : m_elapsed.elapsed();
}

bool ScanCatcher::inScope(QObject *receiver) const
{
    if (!m_scope || !receiver || !receiver->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(receiver);
    return widget == m_scope || m_scope->isAncestorOf(widget);
}

void ScanCatcher::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    const QList<PendingKey> keys = std::exchange(m_pending, {});
    QWidget *target = m_target ? m_target.data() : QApplication::focusWidget();
    m_target.clear();
    if (!target || !inScope(target))
        return; // the field went away meanwhile: nowhere sensible to type into
    m_replaying = true;
    for (const PendingKey &pending : keys) {
        QKeyEvent press(QEvent::KeyPress, pending.key, pending.modifiers, pending.nativeScanCode,
                        pending.nativeVirtualKey, pending.nativeModifiers, pending.text);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, pending.key, pending.modifiers, pending.nativeScanCode,
                          pending.nativeVirtualKey, pending.nativeModifiers, pending.text);
        QCoreApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

bool ScanCatcher::handleKeyPress(QWidget *receiver, QKeyEvent *event)
{
    const qint64 at = now();
    const bool fast = !m_pending.isEmpty() && at - m_lastKeyAt <= m_maxIntervalMs;

    if (isEnter(event) && !event->isAutoRepeat()) {
        if (fast && m_pending.size() >= m_minLength) {
            QString code;
            for (const PendingKey &pending : std::as_const(m_pending))
                code += pending.text;
            m_pending.clear();
            m_target.clear();
            m_flushTimer->stop();
            qCDebug(lcUi) << "scan recognised," << code.size() << "characters";
            Q_EMIT scanned(code);
            return true;
        }
        flush();
        return false;
    }

    if (!isPrintable(event) || event->isAutoRepeat()) {
        flush();
        return false;
    }

    // A printable key: it joins the run when fast enough, otherwise it starts a new one.
    if (!fast || receiver != m_target || m_pending.size() >= MaxLength)
        flush();
    m_pending.append(PendingKey {event->key(), event->modifiers(), event->text(), event->nativeScanCode(),
                                 event->nativeVirtualKey(), event->nativeModifiers()});
    m_target = receiver;
    m_lastKeyAt = at;
    m_flushTimer->start();
    return true;
}

bool ScanCatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || !m_enabled)
        return QObject::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return QObject::eventFilter(watched, event);
    if (!inScope(watched))
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    auto *keyEvent = static_cast<QKeyEvent *>(event);
    if (type == QEvent::KeyRelease) {
        // The releases of held-back keys would reach the field before their presses.
        return !m_pending.isEmpty() && widget == m_target && isPrintable(keyEvent);
    }
    return handleKeyPress(widget, keyEvent);
}

} // namespace comptoir
