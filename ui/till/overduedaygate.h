// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"
#include "models/error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace comptoir {

class Operators;
class OperatorSession;
class OverdueClosureDialog;
class ShopSettings;
class TicketSession;
class TillMessageLine;

// The till's side of the overdue day: the ticket session refuses the first line put into an
// empty cart and every payment while a trading day is left unclosed for more than 24 hours
// (DayOverdue); handleRefusal() then opens an OverdueClosureDialog ("Close 25/11 now"; a cashier
// needs a manager's PIN) and runs the held-up action once the day is closed; Cancel leaves
// everything as it was. When the check cannot be made, the sale waits with a message (the
// session's policy fails closed). While a day is overdue the page's banner (given here with its
// label) says so.
class OverdueDayGate : public QObject
{
    Q_OBJECT

public:
    // banner and bannerLabel: the page's "overdueBanner" and the label in it. The dialog opens on
    // page.
    OverdueDayGate(TicketSession &ticket, DayClosing &closing, Operators &operators, OperatorSession &session,
                   ShopSettings &settings, TillMessageLine &messages, QWidget *banner, QLabel *bannerLabel,
                   QWidget *page);

    // The oldest trading day overdue for its closure, as last checked (empty: none).
    QString overdueDay() const { return m_overdueDay; }
    // Checks again for an overdue day and shows or hides the banner (a check that cannot be made
    // is said on the message line).
    void checkOverdueDay();
    // Opens the overdue day's closing dialog; no-op when nobody is signed in or no day is overdue.
    void openOverdueClosure();
    // The overdue day's closing dialog, while it is open.
    OverdueClosureDialog *overdueClosureDialog() const;
    // Whether selling may go on now: true when no day is overdue; else handleRefusal() and false.
    bool mayGoOnSelling(std::function<void()> retry);
    // What a refusal of the ticket session means on the page: a day overdue opens its closing
    // dialog, which runs retry once the day is closed; anything else is shown on the message line.
    void handleRefusal(const Error &error, std::function<void()> retry);

Q_SIGNALS:
    // An overdue day was closed from the till (after the held-up action ran).
    void dayClosed(const comptoir::Closure &closure);
    // The closing dialog was cancelled: nothing changed.
    void closingCancelled();

private:
    // The banner for the day overdue (empty: none).
    void showOverdueDay(const QString &day);
    void openOverdueDialog(const QString &day, std::function<void()> retry);
    void onOverdueDayClosed(const Closure &closure, const std::function<void()> &retry);

    TicketSession &m_ticket;
    DayClosing &m_closing;
    Operators &m_operators;
    OperatorSession &m_session;
    ShopSettings &m_settings;
    TillMessageLine &m_messages;
    QWidget *m_banner;
    QLabel *m_bannerLabel;
    QWidget *m_page;
    QPointer<OverdueClosureDialog> m_dialog;
    QString m_overdueDay;
};

} // namespace comptoir
