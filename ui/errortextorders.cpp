// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortextparts.h"

namespace comptoir {

// Online orders (issue 16): the marketplace's limits, opening hours, alerts and preparation.
QString ordersErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::MarketplaceStalled:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The marketplace stopped answering in the middle of an exchange "
                                             "(%1): it was cut off and will be tried again. Sales and "
                                             "orders already here are safe."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The marketplace stopped answering in the middle of an "
                                             "exchange: it was cut off and will be tried again. Sales and "
                                             "orders already here are safe."));
    case ErrorCode::MarketplaceBusy:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The marketplace asked to wait %1 seconds before the next "
                                             "exchange: Comptoir will try again by itself. Nothing is lost."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The marketplace asked to wait before the next exchange: "
                                             "Comptoir will try again by itself. Nothing is lost."));
    case ErrorCode::OpeningHoursInvalid:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "These opening hours cannot be used: each period must end after "
                                            "it starts and must not overlap another one of the same day. "
                                            "Nothing was changed."));
    case ErrorCode::AlertSoundUnreadable:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The sound %1 cannot be played: choose a WAV file, or keep the "
                                             "built-in bell."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This sound cannot be played: choose a WAV file, or keep the "
                                             "built-in bell."));
    case ErrorCode::OrderNotPickable:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "This order cannot be prepared now: it is no longer waiting to be "
                              "prepared (it may have been cancelled online or handled on "
                              "another till). Its status is shown in the list."));
    case ErrorCode::OrderLineNotRefusable:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "This line can no longer be refused: it is already refused, or the "
                              "order is finished."));
    default:
        break;
    }
    return translated(
        QT_TRANSLATE_NOOP("ErrorText", "Something went wrong and nothing was changed. Try again."));
}

} // namespace comptoir
