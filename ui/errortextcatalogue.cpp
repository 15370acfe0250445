// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortextparts.h"

namespace comptoir {

// The words of the catalogue's tools (issue 14): spreadsheets and the import, in-store and scale
// barcodes, net quantities, labels.
QString catalogueToolsErrorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::SpreadsheetUnreadable:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The file %1 could not be read. Check that it is still there "
                                             "and not open in another program, then try again."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The file could not be read. Check that it is still there and "
                                             "not open in another program, then try again."));
    case ErrorCode::SpreadsheetFormatUnknown:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "%1 is not a spreadsheet Comptoir can read: save it as CSV, "
                                             "Excel (.xlsx) or OpenDocument (.ods) and try again."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This is not a spreadsheet Comptoir can read: save it as CSV, "
                                             "Excel (.xlsx) or OpenDocument (.ods) and try again."));
    case ErrorCode::SpreadsheetDamaged:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The spreadsheet %1 is damaged or incomplete (was it fully "
                              "copied?): open it in your spreadsheet program, save it again "
                              "and retry. Nothing was changed."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The spreadsheet is damaged or incomplete (was it fully copied?): "
                              "open it in your spreadsheet program, save it again and retry. "
                              "Nothing was changed."));
    case ErrorCode::SpreadsheetEncrypted:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "This spreadsheet is protected by a password: open it in your "
                                            "spreadsheet program, save a copy without the password and "
                                            "import that copy. Nothing was changed."));
    case ErrorCode::SpreadsheetEncodingWrong:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The accents of this file are garbled (\"%1\"): it was saved "
                                             "in another character set. Save it again as \"CSV UTF-8\" and "
                                             "import it again. Nothing was changed."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The accents of this file are garbled: it was saved in another "
                                             "character set. Save it again as \"CSV UTF-8\" and import it "
                                             "again. Nothing was changed."));
    case ErrorCode::ImportColumnMissing:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "No column of the file is chosen for \"%1\", which the import "
                                             "needs: choose it in the columns step."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "A column the import needs is not chosen: choose it in the "
                                             "columns step."));
    case ErrorCode::ImportMappingUnknown:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "There is no saved column choice \"%1\" (or it cannot be read): "
                                             "check its name, or choose the columns again."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This saved column choice cannot be found or read: choose the "
                                             "columns again."));
    case ErrorCode::ImportValueUnreadable:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText", "\"%1\" is not a number this column can hold."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "An empty or unreadable value where a number is "
                                             "needed."));
    case ErrorCode::ImportVariantsDisagree:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The rows of this product disagree on its %1: give every row of "
                              "the product the same value."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The rows of this product disagree: give every row of the product "
                              "the same name, brand, category and VAT rate."));
    case ErrorCode::ImportRowsRefused:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "%1 rows of the file are wrong, so nothing was imported. Correct "
                              "them (the report names each one), or import only the good rows."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "Rows of the file are wrong, so nothing was imported. Correct "
                              "them (the report names each one), or import only the good rows."));
    case ErrorCode::ImportCancelled:
        return translated(QT_TRANSLATE_NOOP("ErrorText", "The import was cancelled: nothing was changed."));
    case ErrorCode::InStoreBarcodesExhausted:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "The shop has used every in-store barcode of its range: call the "
                                            "association's support."));
    case ErrorCode::ScaleLayoutInvalid:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This scale barcode layout cannot be used (%1 is wrong): choose "
                                             "one of the layouts offered, or check the one typed."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This scale barcode layout cannot be used: choose one of the "
                                             "layouts offered."));
    case ErrorCode::ScaleItemUnknown:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The scale's item code %1 is not in the catalogue: give that "
                              "code to the product as its reference, or sell at a free price."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The scale's item code is not in the catalogue: give it to the "
                              "product as its reference, or sell at a free price."));
    case ErrorCode::InvalidNetQuantity:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "\"%1\" is not a net quantity Comptoir can use: write a number "
                                             "and a unit among g, kg, ml, cl, l or piece (\"250 g\", "
                                             "\"1,5 l\")."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This net quantity cannot be used: write a number and a unit "
                                             "among g, kg, ml, cl, l or piece."));
    case ErrorCode::LabelLayoutInvalid:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "These labels do not fit the sheet (%1 is wrong): check the "
                                             "sizes, margins and gaps."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "These labels do not fit the sheet: check the sizes, margins "
                                             "and gaps."));
    case ErrorCode::NothingToLabel:
        return translated(QT_TRANSLATE_NOOP("ErrorText", "There is no label to print."));
    default:
        break;
    }
    return translated(
        QT_TRANSLATE_NOOP("ErrorText", "Something went wrong and nothing was changed. Try again."));
}

} // namespace comptoir
