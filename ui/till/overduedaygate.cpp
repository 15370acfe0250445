// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/overduedaygate.h"

#include "models/closing/dayclosing.h"
#include "models/sales/ticketsession.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/closing/overdueclosuredialog.h"
#include "ui/logging.h"
#include "ui/till/tillmessageline.h"

#include <QDate>
#include <QLabel>
#include <QLocale>

namespace comptoir {

namespace {

QString longDay(const QString &businessDay)
{
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM")) : businessDay;
}

} // namespace

OverdueDayGate::OverdueDayGate(TicketSession &ticket, DayClosing &closing, Operators &operators,
                               OperatorSession &session, ShopSettings &settings, TillMessageLine &messages,
                               QWidget *banner, QLabel *bannerLabel, QWidget *page)
    : QObject(page),
      m_ticket(ticket),
      m_closing(closing),
      m_operators(operators),
      m_session(session),
      m_settings(settings),
      m_messages(messages),
      m_banner(banner),
      m_bannerLabel(bannerLabel),
      m_page(page)
{ }

void OverdueDayGate::checkOverdueDay()
{
    auto overdue = m_ticket.policy().overdueDay();
    if (!overdue) {
        showOverdueDay({});
        m_messages.showProblem(overdue.error()); // the next sale will wait until it can be told
        return;
    }
    showOverdueDay(overdue->value_or(QString()));
}

void OverdueDayGate::showOverdueDay(const QString &day)
{
    m_overdueDay = day;
    m_banner->setVisible(!m_overdueDay.isEmpty());
    if (!m_overdueDay.isEmpty())
        m_bannerLabel->setText(
            tr("The day of %1 has not been closed: it must be closed before the next sale.")
                .arg(longDay(m_overdueDay)));
}

void OverdueDayGate::openOverdueClosure()
{
    if (!m_session.isSignedIn())
        return;
    checkOverdueDay();
    if (!m_overdueDay.isEmpty())
        openOverdueDialog(m_overdueDay, {});
}

OverdueClosureDialog *OverdueDayGate::overdueClosureDialog() const
{
    return m_dialog && m_dialog->isVisible() ? m_dialog.data() : nullptr;
}

bool OverdueDayGate::mayGoOnSelling(std::function<void()> retry)
{
    const Status status = m_ticket.policy().checkNoDayOverdue();
    if (status) {
        showOverdueDay({});
        return true;
    }
    handleRefusal(status.error(), std::move(retry));
    return false;
}

void OverdueDayGate::handleRefusal(const Error &error, std::function<void()> retry)
{
    if (error.code != ErrorCode::DayOverdue) {
        m_messages.showError(error); // a check that could not be made: the sale waits
        return;
    }
    showOverdueDay(error.subject);
    openOverdueDialog(error.subject, std::move(retry));
}

void OverdueDayGate::openOverdueDialog(const QString &day, std::function<void()> retry)
{
    if (overdueClosureDialog())
        return; // already asked
    qint64 cashFloat = 0;
    if (auto till = m_settings.till())
        cashFloat = till->cashFloatCents;
    else
        qCWarning(lcUi) << "till settings could not be read, code" << int(till.error().code);
    auto totals = m_closing.totals(day, cashFloat);
    if (!totals) {
        m_messages.showError(totals.error());
        return;
    }
    qCInfo(lcUi) << "till: a day is overdue for its closure, asking for it";
    auto *dialog = new OverdueClosureDialog(m_closing, m_operators, m_session, *totals, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OverdueClosureDialog::closed, this,
            [this, retry = std::move(retry)](const Closure &closure) { onOverdueDayClosed(closure, retry); });
    connect(dialog, &QDialog::rejected, this, &OverdueDayGate::closingCancelled);
    m_dialog = dialog;
    dialog->open();
}

void OverdueDayGate::onOverdueDayClosed(const Closure &closure, const std::function<void()> &retry)
{
    m_dialog.clear(); // closing: the retry may ask for the next overdue day
    checkOverdueDay();
    if (retry)
        retry(); // the scan, search, favourite or payment that was held up
    m_messages.addMessage(tr("The day of %1 is closed: Z report %2 is stored.")
                              .arg(longDay(closure.totals.businessDay))
                              .arg(closure.number),
                          TillMessageLine::Tone::Success);
    Q_EMIT dayClosed(closure); // after the message: a printer's problem is added under it
}

} // namespace comptoir
