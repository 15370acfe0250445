// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortext.h"

#include "ui/errortextparts.h"

#include <QCoreApplication>

namespace comptoir {

QString errorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::DatabaseOpenFailed:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The shop's data file %1 could not be opened. Check that the "
                                             "disk is connected and that you may write to it, then start "
                                             "Comptoir again."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The shop's data file could not be opened. Check that the disk "
                                             "is connected and that you may write to it, then start Comptoir "
                                             "again."));
    case ErrorCode::DatabaseQueryFailed:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "The shop's data could not be read or saved, so nothing was changed. Try "
                              "again; if it happens again, restart Comptoir."));
    case ErrorCode::SchemaTooNew:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This data was written by a newer version of Comptoir (schema "
                                             "%1); install the newer version to open it."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "This data was written by a newer version of Comptoir; install "
                                             "the newer version to open it."));
    case ErrorCode::MigrationFailed:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "The shop's data could not be brought up to this version of Comptoir. "
                              "Nothing was changed: keep the data file as it is and contact support."));
    case ErrorCode::DataDirectoryUnusable:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The folder %1 cannot hold the shop's data: check that it exists "
                              "and that you may write to it."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The data folder cannot hold the shop's data: check that it "
                              "exists and that you may write to it."));
    case ErrorCode::NotADemoShop:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "This data belongs to a real shop, not to the demo: Comptoir will not "
                              "replace it with demo data."));
    case ErrorCode::EmptyName:
        return translated(QT_TRANSLATE_NOOP("ErrorText", "Type a name: it cannot be left empty."));
    case ErrorCode::NegativePrice:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText", "The amount %1 is negative: type zero or more, like 12.50."),
            QT_TRANSLATE_NOOP("ErrorText", "An amount cannot be negative: type zero or more, like 12.50."));
    case ErrorCode::UnknownVatRate:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText", "The VAT rate %1 is not a French rate: pick one from the list."),
            QT_TRANSLATE_NOOP("ErrorText", "This VAT rate is not a French rate: pick one from the list."));
    case ErrorCode::InvalidBarcode:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText", "The barcode %1 is not valid: check the digits or scan it again."),
            QT_TRANSLATE_NOOP("ErrorText", "This barcode is not valid: check the digits or scan it again."));
    case ErrorCode::DuplicateBarcode:
        return withSubject(
            error, QT_TRANSLATE_NOOP("ErrorText", "The barcode %1 is already used by another product."),
            QT_TRANSLATE_NOOP("ErrorText", "This barcode is already used by another product."));
    case ErrorCode::DuplicateReference:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The reference %1 is already used by another product: type "
                              "another one, or leave it empty to have one made up."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This reference is already used by another product: type another "
                              "one, or leave it empty to have one made up."));
    case ErrorCode::DuplicateCategory:
        return withSubject(
            error, QT_TRANSLATE_NOOP("ErrorText", "The category %1 already exists: pick it from the list."),
            QT_TRANSLATE_NOOP("ErrorText", "This category already exists: pick it from the list."));
    case ErrorCode::UnknownCategory:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "This category no longer exists: pick another one from the list."));
    case ErrorCode::NotFound:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "This item no longer exists; it may have been removed in the meantime. Search "
                              "for it again."));
    case ErrorCode::Archived:
        return withSubject(
            error, QT_TRANSLATE_NOOP("ErrorText", "%1 is archived: restore it before changing it."),
            QT_TRANSLATE_NOOP("ErrorText", "This product is archived: restore it before changing it."));
    case ErrorCode::InvalidQuantity:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "“%1” is not a valid number: type a whole number of items, or an "
                              "amount like 12.50."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This number is not valid: type a whole number of items, or an "
                              "amount like 12.50."));
    case ErrorCode::ZeroDelta:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "The change is zero: type how many items came in (for example 5) or went "
                              "out (for example -2)."));
    case ErrorCode::InvalidReason:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "This kind of stock movement cannot be recorded here: choose a delivery or "
                              "an adjustment, or use Physical count."));
    case ErrorCode::EmptyTicket:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText", "The ticket is empty: scan or add at least one item first."));
    case ErrorCode::DiscountTooLarge:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "The discount is larger than the amount it applies to: type a smaller discount."));
    case ErrorCode::Overpayment:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "This payment is more than what remains to pay: only cash can "
                                            "be more, and the difference is given back as change."));
    case ErrorCode::NotFullyPaid:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "The ticket is not fully paid yet: add a payment for the amount that remains."));
    case ErrorCode::RefundExceedsSale:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "%1: you cannot give back more items than were sold, minus those already "
                              "refunded."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "You cannot give back more items than were sold, minus those already "
                              "refunded."));
    case ErrorCode::PaymentMethodNotAllowed:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "A refund is paid back the way the sale was paid, or as a "
                                            "credit note: choose one of those."));
    case ErrorCode::InvalidPin:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText", "A PIN is 4 to 8 digits: type digits only, for example 2580."));
    case ErrorCode::WrongPin:
        return translated(QT_TRANSLATE_NOOP("ErrorText", "This PIN is not right: type it again."));
    case ErrorCode::DuplicateOperator:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText", "There is already a cashier called %1: choose another name."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "There is already a cashier with this name: choose another name."));
    case ErrorCode::NotAManager:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "This PIN is not a manager's: ask a manager to type their own PIN."));
    case ErrorCode::OperatorInactive:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "%1 is deactivated and cannot use the till: a manager can activate them "
                              "again."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This cashier is deactivated and cannot use the till: a manager can "
                              "activate them again."));
    case ErrorCode::OperatorLocked:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "Too many wrong PINs for %1: wait a few minutes before trying "
                              "again, or have a manager set a new PIN."),
            QT_TRANSLATE_NOOP("ErrorText", "Too many wrong PINs: wait a few minutes before trying again."));
    case ErrorCode::LastManager:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "This is the last active manager: add or activate another manager first."));
    case ErrorCode::PrinterUnreachable:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The receipt printer %1 does not answer: check that it is switched on, "
                              "plugged in and has paper, then print the receipt again."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The receipt printer does not answer: check that it is switched on, "
                              "plugged in and has paper, then print the receipt again."));
    case ErrorCode::PrinterFailed:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText",
                              "The receipt printer stopped before the end: check its paper and cable, "
                              "then print the receipt again."));
    case ErrorCode::FileNotWritten:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The file %1 could not be written: choose another folder where you may "
                              "save files."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The file could not be written: choose another folder where you may "
                              "save files."));
    case ErrorCode::DayAlreadyClosed:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText", "The day of %1 is already closed: its Z report can be reprinted."),
            QT_TRANSLATE_NOOP("ErrorText", "This day is already closed: its Z report can be reprinted."));
    case ErrorCode::EarlierDayOpen:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText", "The day of %1 is still open: close it before any later day."),
            QT_TRANSLATE_NOOP("ErrorText", "An earlier day is still open: close it before any later day."));
    case ErrorCode::DayNotClosable:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The day of %1 cannot be closed: only the day in progress or an earlier day "
                              "with sales can be."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This day cannot be closed: only the day in progress or an earlier day with "
                              "sales can be."));
    case ErrorCode::InvalidSiret:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "A SIRET number is 14 digits, as printed on the Kbis or the INSEE notice: check it."));
    case ErrorCode::InvalidVatNumber:
        return translated(QT_TRANSLATE_NOOP("ErrorText",
                                            "A French VAT number is FR followed by 11 letters or digits, for "
                                            "example FR40123456789: check it."));
    case ErrorCode::UnknownTimeZone:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "%1 is not a time zone this computer knows: choose one from the list."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This is not a time zone this computer knows: choose one from the list."));
    case ErrorCode::InvalidPrinterSettings:
        return withSubject(
            error, QT_TRANSLATE_NOOP("ErrorText", "The printer settings are incomplete: %1."),
            QT_TRANSLATE_NOOP("ErrorText", "The printer settings are incomplete: check each field."));
    case ErrorCode::TicketNotFound:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "No ticket of this till matches %1: check the number on the receipt, or "
                              "search by day."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "No ticket of this till matches: check the number on the receipt, or search "
                              "by day."));
    case ErrorCode::NoPrinter:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "No receipt printer is set up: a manager can choose one in Settings."));
    case ErrorCode::KeychainUnavailable:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "No keychain is available to keep this till's secrets. Install and start %1, "
                              "then open Comptoir again."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "No keychain is available to keep this till's secrets. Install and start a "
                              "secret service (gnome-keyring or KWallet), then open Comptoir again."));
    case ErrorCode::KeychainFailed:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "The keychain refused to keep or give back a secret: unlock it, then try again."));
    case ErrorCode::SigningKeyMissing:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "This till's signing key is missing from the keychain: sales cannot be signed. Call the "
            "association's support before selling."));
    case ErrorCode::SigningKeyPending:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The keychain has not given this till's signing key yet (it may be locked: unlock it). "
            "Nothing was recorded; try again in a moment."));
    case ErrorCode::CryptoFailed:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "A record could not be signed, so nothing was stored. Try again; if it goes on, "
            "call the association's support."));
    case ErrorCode::JournalBroken:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The sales journal has been altered at %1: call the association's support "
                              "and keep the till's data folder as it is."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The sales journal has been altered: call the association's support and keep "
                              "the till's data folder as it is."));
    case ErrorCode::NotASale:
        return translated(
            QT_TRANSLATE_NOOP("ErrorText", "This ticket is itself a refund: only a sale can be refunded."));
    case ErrorCode::MarketplaceUrlInvalid:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "%1 is not a marketplace address: it starts with https:// followed by the "
                              "marketplace's name, as written on the association's letter."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "This is not a marketplace address: it starts with https:// followed by the "
                              "marketplace's name, as written on the association's letter."));
    case ErrorCode::MarketplaceInsecure:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The marketplace at %1 must be reached with https://, never http://: correct "
                              "the address."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The marketplace must be reached with https://, never http://: correct the "
                              "address."));
    case ErrorCode::MarketplaceTlsFailed:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The identity of %1 could not be verified, so nothing was sent. Check the "
                              "computer's date and time; if it goes on, call the association's support."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The marketplace's identity could not be verified, so nothing was sent. Check "
                              "the computer's date and time; if it goes on, call the association's "
                              "support."));
    case ErrorCode::MarketplaceUnreachable:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace cannot be reached: sales go on and will be sent when the connection is back."));
    case ErrorCode::MarketplaceUnavailable:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace is not answering properly for now: sales go on and will be sent later."));
    case ErrorCode::MarketplaceUnauthorized:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace no longer recognises this till: enrol it again with a new code from the "
            "association."));
    case ErrorCode::MarketplaceResponseInvalid:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace sent an answer this till cannot read, so nothing was changed. If it goes on, "
            "call the association's support."));
    case ErrorCode::MarketplaceResponseTooLarge:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace sent an answer far too large to be right, so it was refused and nothing was "
            "changed."));
    case ErrorCode::MarketplaceWrongShop:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace answered about another shop, so the answer was refused and nothing was "
            "changed. Call the association's support."));
    case ErrorCode::MarketplaceSeqGap:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace is missing some of this till's earlier changes: they will be sent again."));
    case ErrorCode::MarketplaceEpochChanged:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace was restored from a backup: this till will download the shop's data again."));
    case ErrorCode::MarketplaceRequestTooLarge:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "The marketplace refused a change as too large: it will be sent in smaller parts."));
    case ErrorCode::MarketplaceRefused:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace refused the request. If it goes on, call the association's support."));
    case ErrorCode::EnrollmentCodeUnknown:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "The marketplace does not know this enrolment code: check each character and type it again."));
    case ErrorCode::EnrollmentCodeUsed:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "This enrolment code has already been used: ask the association for a new one."));
    case ErrorCode::EnrollmentCodeExpired:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "This enrolment code has expired: ask the association for a new one."));
    case ErrorCode::ProvisioningFileInvalid:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The provisioning file cannot be used (%1 is missing or wrong), so nothing "
                              "was changed: ask the association for a new file, or type the code."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The provisioning file cannot be used, so nothing was changed: ask the "
                              "association for a new file, or type the code."));
    case ErrorCode::NotEnrolled:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "This till is not yet linked to the marketplace: enrol it with the code from the association."));
    case ErrorCode::IllegalOrderTransition:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText",
            "This order cannot be moved to that step from where it is now (it may have been cancelled "
            "online): nothing was sent. Look at its status in the list."));
    case ErrorCode::ReasonTooLong:
        return withSubject(
            error, QT_TRANSLATE_NOOP("ErrorText", "The reason is too long: keep it under %1 characters."),
            QT_TRANSLATE_NOOP("ErrorText", "The reason is too long: shorten it."));
    case ErrorCode::DataFolderInUse:
        return withSubject(error,
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The shop's data is already open in another Comptoir (process "
                                             "%1): use that one, or close it and try again."),
                           QT_TRANSLATE_NOOP("ErrorText",
                                             "The shop's data is already open in another Comptoir: use that "
                                             "one, or close it and try again."));
    case ErrorCode::WalUnavailable:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "The shop's data file %1 cannot be kept safely where it is (its "
                              "write-ahead log cannot be switched on): keep the data folder on "
                              "this computer's own disk, not on a network share."),
            QT_TRANSLATE_NOOP("ErrorText",
                              "The shop's data file cannot be kept safely where it is (its "
                              "write-ahead log cannot be switched on): keep the data folder on "
                              "this computer's own disk, not on a network share."));
    case ErrorCode::AmountTooLarge:
        return withSubject(
            error,
            QT_TRANSLATE_NOOP("ErrorText",
                              "Amount too large: at most %1. Check what was typed or "
                              "scanned."),
            QT_TRANSLATE_NOOP("ErrorText", "Amount too large for the till: type a smaller amount."));
    case ErrorCode::QuantityTooLarge:
        return withSubject(
            error, QT_TRANSLATE_NOOP("ErrorText", "Quantity too large: at most %1 items on one line."),
            QT_TRANSLATE_NOOP("ErrorText", "Quantity too large: type a smaller quantity."));
    // issue 18, the ticket session (ui/errortexttill.cpp)
    case ErrorCode::DayOverdue:
    case ErrorCode::SaleCheckFailed:
    case ErrorCode::PaymentsTaken:
    case ErrorCode::NotSignedIn:
    case ErrorCode::TicketInProgress:
        return tillErrorText(error);
    // issue 13, part firstrun (ui/errortextsetup.cpp)
    case ErrorCode::ProvisioningFileDamaged:
    case ErrorCode::ProvisioningFileForeign:
    case ErrorCode::ProvisioningFileExpired:
        return provisioningErrorText(error);
    // issue 13, part backup (ui/errortextbackup.cpp)
    case ErrorCode::BackupFolderMissing:
    case ErrorCode::BackupCopyFailed:
    case ErrorCode::NotABackup:
    case ErrorCode::BackupDamaged:
    case ErrorCode::BackupJournalBroken:
    case ErrorCode::BackupForeign:
        return backupErrorText(error);
    case ErrorCode::PinsDiffer:
        return translated(QT_TRANSLATE_NOOP(
            "ErrorText", "The two PINs typed are not the same: type the new PIN twice again."));
    // issue 14, import, barcodes and labels (ui/errortextcatalogue.cpp)
    case ErrorCode::SpreadsheetUnreadable:
    case ErrorCode::SpreadsheetFormatUnknown:
    case ErrorCode::SpreadsheetDamaged:
    case ErrorCode::SpreadsheetEncrypted:
    case ErrorCode::SpreadsheetEncodingWrong:
    case ErrorCode::ImportColumnMissing:
    case ErrorCode::ImportMappingUnknown:
    case ErrorCode::ImportValueUnreadable:
    case ErrorCode::ImportVariantsDisagree:
    case ErrorCode::ImportRowsRefused:
    case ErrorCode::ImportCancelled:
    case ErrorCode::InStoreBarcodesExhausted:
    case ErrorCode::ScaleLayoutInvalid:
    case ErrorCode::ScaleItemUnknown:
    case ErrorCode::InvalidNetQuantity:
    case ErrorCode::LabelLayoutInvalid:
    case ErrorCode::NothingToLabel:
        return catalogueToolsErrorText(error);
    // issue 15, photos and the online listing (ui/errortextlisting.cpp)
    case ErrorCode::PhotoUnreadable:
    case ErrorCode::PhotoDamaged:
    case ErrorCode::PhotoTooLarge:
    case ErrorCode::PhotoHeicUnreadable:
    case ErrorCode::PhotoStoreFailed:
    case ErrorCode::PhotoLimitReached:
    case ErrorCode::PhotoUnknown:
    case ErrorCode::CameraUnavailable:
    case ErrorCode::MarketplaceCategoryUnknown:
    case ErrorCode::OnlineTextTooLong:
        return listingErrorText(error);
    case ErrorCode::MarketplaceStalled:
    case ErrorCode::MarketplaceBusy:
    case ErrorCode::OpeningHoursInvalid:
    case ErrorCode::AlertSoundUnreadable:
    case ErrorCode::OrderNotPickable:
    case ErrorCode::OrderLineNotRefusable:
        return ordersErrorText(error);
    }
    return translated(
        QT_TRANSLATE_NOOP("ErrorText", "Something went wrong and nothing was changed. Try again."));
}

} // namespace comptoir
