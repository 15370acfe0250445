// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortextparts.h"

namespace comptoir {

// Photos and the online listing (issue 15): what the merchant can do about each refusal.
QString listingErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::PhotoUnreadable:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "%1 is not a photo Comptoir can read: choose a JPEG, PNG, WebP "
                                             "or HEIC picture. The product is unchanged."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This file is not a photo Comptoir can read: choose a JPEG, "
                                             "PNG, WebP or HEIC picture. The product is unchanged."));
    case ErrorCode::PhotoDamaged:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The photo %1 is damaged or incomplete (was it still being "
                                             "copied?): copy it again or take it again. The product is "
                                             "unchanged."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This photo is damaged or incomplete: copy it again or take it "
                                             "again. The product is unchanged."));
    case ErrorCode::PhotoTooLarge:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This image declares %1 pixels, far more than any camera "
                                             "takes: it was refused. Use a photo straight from a camera or "
                                             "a phone."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This image is far larger than any camera takes: it was "
                                             "refused. Use a photo straight from a camera or a phone."));
    case ErrorCode::PhotoHeicUnreadable:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The HEIC photo %1 cannot be read. On the iPhone, choose "
                                             "Settings > Camera > Formats > Most Compatible to take JPEG "
                                             "photos, or send it as JPEG (share it by e-mail at its actual "
                                             "size)."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This HEIC photo cannot be read. On the iPhone, choose Settings "
                                             "> Camera > Formats > Most Compatible to take JPEG photos."));
    case ErrorCode::PhotoStoreFailed:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The photo could not be saved in %1 (is the disk full or "
                                             "read-only?): free some space, then add it again. Nothing was "
                                             "changed."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The photo could not be saved (is the disk full or read-only?): "
                                             "free some space, then add it again. Nothing was changed."));
    case ErrorCode::PhotoLimitReached:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "This product already has 20 photos, the most the marketplace "
                                            "shows: remove one before adding another."));
    case ErrorCode::PhotoUnknown:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText", "This photo is no longer in the shop's photos: add it again."));
    case ErrorCode::CameraUnavailable:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The camera %1 is not available (unplugged, or used by another "
                                             "program): plug it in or close the other program, or choose "
                                             "another camera in Settings."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "No camera is available: plug one in, or add photos from "
                                             "files."));
    case ErrorCode::MarketplaceCategoryUnknown:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The category %1 is not in the marketplace's list: choose one "
                                             "from the list (it is updated at each synchronisation)."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This category is not in the marketplace's list: choose one "
                                             "from the list."));
    case ErrorCode::OnlineTextTooLong:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "This online text is too long: the title takes at most 200 "
                                            "characters and the description 10 000. Shorten it."));
    default:
        break;
    }
    return translated(
        QT_TRANSLATE_NOOP("ErrorText", "Something went wrong and nothing was changed. Try again."));
}

} // namespace comptoir
