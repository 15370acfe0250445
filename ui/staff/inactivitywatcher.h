// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;
class QWidget;

namespace comptoir {

// Emits idle() once nobody has touched the keyboard, mouse or screen for delay() (5 minutes by
// default): the till locks then. It filters the application's events (installed on qApp) and
// counts only input whose receiver is the scope widget or one of its descendants in the same
// window (every widget of the application when scope is null). Watching starts with start();
// after idle() it stays stopped until start() is called again (after the next unlock).
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultDelay = std::chrono::minutes(5);

    explicit InactivityWatcher(QWidget *scope, QObject *parent = nullptr);
    ~InactivityWatcher() override;

    void setDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds delay() const;

    void start();
    void stop();
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inScope(QObject *receiver) const;

    QPointer<QWidget> m_scope;
    bool m_hasScope = false;
    QTimer *m_timer = nullptr;
    bool m_watching = false;
};

} // namespace comptoir
