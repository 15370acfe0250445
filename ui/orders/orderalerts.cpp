// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderalerts.h"

#include "models/clock.h"
#include "sync/orders/onlineorders.h"
#include "sync/orders/orderacknowledgements.h"
#include "ui/logging.h"

#include <QApplication>
#include <QSoundEffect>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>

namespace comptoir {

namespace {

constexpr int DeadlineCheckMs = 30'000;
const QString BellUrl = QStringLiteral("qrc:/sounds/bell.wav");

} // namespace

OrderAlerts::OrderAlerts(OnlineOrders &orders, OrderAcknowledgements &acknowledgements, const Clock &clock,
                         QObject *parent)
    : QObject(parent), m_orders(orders), m_acknowledgements(acknowledgements), m_clock(clock)
{
    m_repeat.setInterval(m_settings.repeatSeconds * 1000);
    connect(&m_repeat, &QTimer::timeout, this, &OrderAlerts::ring);
    m_deadlineTimer.setInterval(DeadlineCheckMs);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &OrderAlerts::checkDeadlines);
    m_deadlineTimer.start();
}

OrderAlerts::~OrderAlerts() = default;

void OrderAlerts::setSettings(const OrderAlertSettings &settings)
{
    m_settings = settings;
    m_repeat.setInterval(settings.repeatSeconds * 1000);
    if (m_effect) {
        delete m_effect;
        m_effect = nullptr;
    }
    updateRepeat();
}

void OrderAlerts::setDeadlines(const OrderDeadlines &deadlines)
{
    m_deadlines = deadlines;
}

void OrderAlerts::setWindow(QWidget *window)
{
    m_window = window;
}

QString OrderAlerts::badgeText(const QString &pageName, int count)
{
    if (count <= 0)
        return pageName;
    return tr("%1 (%2)").arg(pageName).arg(count);
}

QString OrderAlerts::statusText() const
{
    return m_statusText;
}

void OrderAlerts::onChangesApplied(const SyncChanges &changes)
{
    if (changes.orders || changes.serviceLevels)
        check();
}

void OrderAlerts::acknowledge(const QStringList &orderUuids)
{
    QStringList unseen;
    for (const QString &uuid : orderUuids) {
        if (m_unseen.contains(uuid))
            unseen << uuid;
    }
    if (unseen.isEmpty())
        return;
    if (auto changed = m_acknowledgements.acknowledge(unseen); !changed) {
        qCWarning(lcUi) << "cannot record the orders as seen: error" << int(changed.error().code);
        return;
    }
    QSet<QString> now = m_unseen;
    for (const QString &uuid : std::as_const(unseen))
        now.remove(uuid);
    setUnseen(now);
}

void OrderAlerts::setUnseen(const QSet<QString> &unseen)
{
    if (unseen == m_unseen)
        return;
    m_unseen = unseen;
    const int n = count();
    m_statusText = n == 0 ? QString() : tr("%n new online order(s) to look at", nullptr, n);
    updateRepeat();
    Q_EMIT statusTextChanged(m_statusText);
    Q_EMIT countChanged(n);
}

void OrderAlerts::check()
{
    auto unseen = m_acknowledgements.unacknowledged();
    if (!unseen) {
        qCWarning(lcUi) << "cannot read the unseen orders: error" << int(unseen.error().code);
        return;
    }
    QStringList arrived;
    QSet<QString> now;
    for (const QString &uuid : unseen.value()) {
        now.insert(uuid);
        if (!m_unseen.contains(uuid))
            arrived << uuid;
    }
    if (!arrived.isEmpty()) {
        ring();
        notify(tr("New online order"),
               tr("%n online order(s) waiting in Comptoir's Orders page.", nullptr, int(now.size())));
    }
    setUnseen(now);
    if (!arrived.isEmpty())
        Q_EMIT newOrdersAlerted(arrived);
    checkDeadlines();
}

void OrderAlerts::checkDeadlines()
{
    auto open = m_orders.openOrders();
    if (!open) {
        qCWarning(lcUi) << "cannot read the online orders: error" << int(open.error().code);
        return;
    }
    const QDateTime now = m_clock.now();
    for (const OnlineOrder &order : open.value()) {
        const OrderDeadline deadline = m_deadlines.deadlineOf(order, now);
        if (deadline.level != DeadlineLevel::Red && deadline.level != DeadlineLevel::Missed)
            continue;
        auto first
            = m_acknowledgements.markDeadlineAlerted(order.uuid, orderStatusKey(order.currentStatus()));
        if (!first) {
            qCWarning(lcUi) << "cannot record a deadline alert: error" << int(first.error().code);
            continue;
        }
        if (!first.value())
            continue;
        ring();
        Q_EMIT deadlineAlerted(order.uuid, deadline.level);
        notify(tr("Online order %1").arg(order.number),
               deadline.level == DeadlineLevel::Missed
                   ? tr("Order %1 is late.").arg(order.number)
                   : tr("Order %1 is about to miss its deadline.").arg(order.number));
    }
}

void OrderAlerts::updateRepeat()
{
    const bool wanted = count() > 0 && m_settings.sound != OrderAlertSettings::Sound::Off;
    if (wanted && !m_repeat.isActive())
        m_repeat.start();
    else if (!wanted)
        m_repeat.stop();
}

void OrderAlerts::ring()
{
    if (m_settings.sound == OrderAlertSettings::Sound::Off)
        return;
    ++m_rings;
    Q_EMIT ringRequested();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())
        || QGuiApplication::platformName() == QLatin1String("offscreen"))
        return; // no sound without a screen (tests, the benchmark): the request is what counts
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        m_effect->setSource(m_settings.sound == OrderAlertSettings::Sound::File
                                ? QUrl::fromLocalFile(m_settings.soundFile)
                                : QUrl(BellUrl));
    }
    m_effect->play(); // never touches the focus
}

void OrderAlerts::notify(const QString &title, const QString &text)
{
    if (m_window && m_window->isActiveWindow())
        return; // in front: the badge and the sound say it
    Q_EMIT notified(title, text);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())
        || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Comptoir"));
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10'000);
}

} // namespace comptoir
