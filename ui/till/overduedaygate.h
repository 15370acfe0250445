#pragma once

#include "models/closing/dayclosing.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace comptoir {

class Clock;
class Database;
class Operators;
class OperatorSession;
class OverdueClosureDialog;
class ShopSettings;
class TillMessageLine;

// The till's gate before selling: a trading day left unclosed for more than 24 hours
// (overdueBusinessDay) must be closed before the next sale. The first line put into an empty
// cart and every payment first ask mayGoOnSelling(), which opens an OverdueClosureDialog ("Close
// 25/11 now"; a cashier needs a manager's PIN) and runs the held-up action once the day is
// closed; Cancel leaves everything as it was. While a day is overdue the page's banner (given
// here with its label) says so.
class OverdueDayGate : public QObject
{
    Q_OBJECT

public:
    // banner and bannerLabel: the page's "overdueBanner" and the label in it. The dialog opens on
    // page.
    OverdueDayGate(Database &db, const Clock &clock, DayClosing &closing, Operators &operators,
                   OperatorSession &session, ShopSettings &settings, TillMessageLine &messages,
                   QWidget *banner, QLabel *bannerLabel, QWidget *page);

    // The oldest trading day overdue for its closure, as last checked (empty: none).
    QString overdueDay() const { return m_overdueDay; }
    // Checks again for an overdue day and shows or hides the banner.
    void checkOverdueDay();
    // Opens the overdue day's closing dialog; no-op when nobody is signed in or no day is overdue.
    void openOverdueClosure();
    // The overdue day's closing dialog, while it is open.
    OverdueClosureDialog *overdueClosureDialog() const;
    // Whether selling may go on now: true when no day is overdue (or it cannot be told); else
    // opens the overdue day's closing dialog, which runs retry once the day is closed, and false.
    bool mayGoOnSelling(std::function<void()> retry);

Q_SIGNALS:
    // An overdue day was closed from the till (after the held-up action ran).
    void dayClosed(const comptoir::Closure &closure);
    // The closing dialog was cancelled: nothing changed.
    void closingCancelled();

private:
    void openOverdueDialog(const QString &day, std::function<void()> retry);
    void onOverdueDayClosed(const Closure &closure, const std::function<void()> &retry);

    Database &m_db;
    const Clock &m_clock;
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
