// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortextparts.h"

namespace comptoir {

namespace {

// A rule of the sale that could not be checked (the sale waits): which one, in words.
QString saleCheckText(const QString &check)
{
    if (check == QLatin1String("overdue-day"))
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "The till could not check whether an earlier day must be "
                                            "closed first, so the sale waits. Try again; if it happens "
                                            "again, restart Comptoir."));
    if (check == QLatin1String("manager"))
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "The till could not check the manager's authorisation, so "
                                            "nothing was changed. Try again; if it happens again, restart "
                                            "Comptoir."));
    if (check == QLatin1String("operator"))
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "The till could not check who is selling, so the sale waits. "
                                            "Try again; if it happens again, restart Comptoir."));
    return translated(QT_TRANSLATE_NOOP("ErrorText",
                                        "The till could not check a rule of the sale, so the sale waits. "
                                        "Try again; if it happens again, restart Comptoir."));
}

} // namespace

QString tillErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::DayOverdue:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The day of %1 has not been closed: close it (Z) before the "
                                             "next sale."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "An earlier day has not been closed: close it (Z) before the "
                                             "next sale."));
    case ErrorCode::SaleCheckFailed:
        return saleCheckText(error.subject);
    case ErrorCode::PaymentsTaken:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText", "Payments have been taken: finish the ticket or cancel it."));
    case ErrorCode::NotSignedIn:
        return translated(QT_TRANSLATE_NOOP("ErrorText", "Nobody is signed in: sign in to sell."));
    case ErrorCode::TicketInProgress:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText", "Park or cancel the current ticket before resuming another one."));
    default:
        break;
    }
    return translated(
        QT_TRANSLATE_NOOP("ErrorText", "Something went wrong and nothing was changed. Try again."));
}

} // namespace comptoir
