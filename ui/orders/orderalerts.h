// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/settings/shopsettings.h"
#include "sync/orders/orderdeadlines.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

class QSoundEffect;
class QSystemTrayIcon;
class QWidget;

namespace comptoir {

class Clock;
class OnlineOrders;
class OrderAcknowledgements;

// The online orders' alert (issue 16): a new order rings (the shop's sound: the built-in bell, a
// WAV file, or none) and rings again every repeatSeconds until a person has looked at it (the
// Commandes page listed it while the window was in front: OrderAcknowledgements); the count of
// orders nobody has seen yet is the Commandes entry's badge and a status-bar text; when Comptoir
// is not in front, a desktop notification (the system tray's, when there is one). An order whose
// step is about to miss its deadline (DeadlineLevel::Red or Missed) rings once more for that step.
// It never raises the window, activates it or moves the focus: the till keeps its scans.
class OrderAlerts : public QObject
{
    Q_OBJECT

public:
    OrderAlerts(OnlineOrders &orders, OrderAcknowledgements &acknowledgements, const Clock &clock,
                QObject *parent = nullptr);
    ~OrderAlerts() override;

    void setSettings(const OrderAlertSettings &settings);
    const OrderAlertSettings &settings() const { return m_settings; }
    void setDeadlines(const OrderDeadlines &deadlines);
    // The window whose being in front decides the desktop notification (never activated here).
    void setWindow(QWidget *window);

    // Reads the orders again: new unseen ones ring, deadlines near ring once per step.
    void check();
    void onChangesApplied(const comptoir::SyncChanges &changes);
    // A person saw these orders (the Commandes page listed them, the window in front).
    void acknowledge(const QStringList &orderUuids);

    int count() const { return int(m_unseen.size()); } // placed orders nobody has seen yet
    QString statusText() const; // "2 new online orders", empty when none
    static QString badgeText(const QString &pageName, int count); // "Orders (2)"
    int rings() const { return m_rings; }
    // Tests: ring again sooner than the settings' repeatSeconds.
    void setRepeatInterval(std::chrono::milliseconds interval) { m_repeat.setInterval(interval); }
    bool repeating() const { return m_repeat.isActive(); }

Q_SIGNALS:
    void countChanged(int count);
    void statusTextChanged(const QString &text);
    // A sound is asked for (new order, repeat, deadline): emitted whether or not the platform
    // plays it (offscreen, no audio device), never when the sound is off.
    void ringRequested();
    // The badge and the sound went out for newly arrived orders (the benchmark's end point).
    void newOrdersAlerted(const QStringList &orderUuids);
    void deadlineAlerted(const QString &orderUuid, comptoir::DeadlineLevel level);
    // A desktop notification went out (Comptoir not in front).
    void notified(const QString &title, const QString &text);

private:
    void ring();
    void notify(const QString &title, const QString &text);
    void checkDeadlines();
    void updateRepeat();
    void setUnseen(const QSet<QString> &unseen);

    OnlineOrders &m_orders;
    OrderAcknowledgements &m_acknowledgements;
    const Clock &m_clock;
    OrderAlertSettings m_settings;
    OrderDeadlines m_deadlines {ServiceLevels {}, OpeningHours {}};
    QPointer<QWidget> m_window;
    QSet<QString> m_unseen;
    QString m_statusText;
    QTimer m_repeat;
    QTimer m_deadlineTimer;
    QSoundEffect *m_effect = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_rings = 0;
};

} // namespace comptoir
