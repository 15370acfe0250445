// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace comptoir {

// What went wrong, as a value. Storage and domain code return it; only ui/ turns it
// into words for a person (ui/errortext.h). `subject` is the offending input (a barcode,
// a name) that the message may quote; `detail` is technical text for the logs only.
enum class ErrorCode {
    None,
    // storage
    DatabaseOpenFailed,
    DatabaseQueryFailed,
    SchemaTooNew,
    MigrationFailed,
    DataDirectoryUnusable,
    NotADemoShop,
    // catalogue input
    EmptyName,
    NegativePrice,
    UnknownVatRate,
    InvalidBarcode,
    DuplicateBarcode,
    DuplicateReference,
    DuplicateCategory,
    UnknownCategory,
    NotFound,
    Archived,
    // stock
    InvalidQuantity,
    ZeroDelta,
    InvalidReason,
    // operators (cashiers)
    InvalidPin,
    WrongPin,
    DuplicateOperator,
    NotAManager,
    OperatorInactive,
    LastManager,
    // till: tickets and payments
    EmptyTicket,
    DiscountTooLarge,
    Overpayment,
    NotFullyPaid,
    RefundExceedsSale,
    PaymentMethodNotAllowed,
    // receipts and printers
    PrinterUnreachable,
    PrinterFailed,
    FileNotWritten,
    // operators (cashiers), continued
    OperatorLocked,
    // the day's closing (Z)
    DayAlreadyClosed, // subject: the day (YYYY-MM-DD)
    EarlierDayOpen, // subject: the earlier day still to close
    DayNotClosable, // subject: the day (in the future, or nothing to close)
    // shop settings
    InvalidSiret,
    InvalidVatNumber,
    InvalidPrinterSettings, // subject: what is missing or wrong (host, port, device…)
    // returns
    TicketNotFound, // subject: the code or number looked for
    NotASale, // a refund cannot itself be refunded
    // receipts, continued
    NoPrinter, // no receipt printer is set up
    // secrets and fiscal records (issue 4)
    KeychainUnavailable, // no secret service; subject: what to install
    KeychainFailed, // detail: the keychain's own message
    SigningKeyMissing, // the register's private key is not in the keychain any more
    CryptoFailed, // detail: OpenSSL's message
    JournalBroken, // subject: the first broken record; detail: what is wrong
    // the marketplace (issue 5: sync/)
    MarketplaceUrlInvalid, // subject: the address as given (without any password)
    MarketplaceInsecure, // http to a host that is not loopback; subject: the host
    MarketplaceTlsFailed, // certificate refused (never ignored); subject: the host; detail: TLS errors
    MarketplaceUnreachable, // network error, reset or timeout (transient); detail: Qt's message
    MarketplaceUnavailable, // HTTP 5xx (transient); subject: the status
    MarketplaceUnauthorized, // HTTP 401: the device token is unknown or revoked: enrol again
    MarketplaceResponseInvalid, // subject: the offending field (JSON path); detail: what is wrong
    MarketplaceResponseTooLarge, // subject: the cap in bytes
    MarketplaceWrongShop, // a response about another shop; subject: the shop_id received
    MarketplaceSeqGap, // HTTP 409 seq_gap; subject: the server's expected_seq
    MarketplaceEpochChanged, // HTTP 410 epoch_changed; subject: the server's epoch
    MarketplaceRequestTooLarge, // HTTP 413
    MarketplaceRefused, // another 4xx; subject: the server's error code; detail: its message
    EnrollmentCodeUnknown, // HTTP 404 enrollment_code_unknown
    EnrollmentCodeUsed, // HTTP 409 enrollment_code_used
    EnrollmentCodeExpired, // HTTP 410 enrollment_code_expired
    ProvisioningFileInvalid, // subject: the field at fault, or the file; detail: what is wrong
    NotEnrolled, // this till has no marketplace token
    // online orders and sync exceptions (issue 5: the window side)
    IllegalOrderTransition, // not a move the shop may make from the order's status; subject: that status
    ReasonTooLong, // subject: the longest allowed, in characters
    // issue 18: one process per data folder, the WAL switch checked
    DataFolderInUse, // another Comptoir holds the folder; subject: its pid (pid@host elsewhere); detail: host
    WalUnavailable, // the database could not be put in WAL mode; subject: the file; detail: the mode it kept
    // issue 18: business days
    UnknownTimeZone, // not an IANA time zone this system knows; subject: the id given
    // issue 18: money with domain bounds (models/moneylimits.h)
    AmountTooLarge, // an amount past its bound, or a sum or product that would overflow; subject: the bound,
                    // formatted
    QuantityTooLarge, // a quantity past its bound; subject: the bound, formatted
    // issue 18: the secret store asynchronous
    SigningKeyPending, // the keychain has not answered yet: nothing can be signed for now
    // issue 18: ticket session
    DayOverdue, // a day must be closed (Z) before the next sale; subject: that day (YYYY-MM-DD)
    SaleCheckFailed, // a rule of the sale could not be checked, so the sale waits; subject: which
                     // ("overdue-day", "operator", "manager"); detail: the cause
    PaymentsTaken, // the ticket's amounts may not change once a payment is taken
    NotSignedIn, // nobody is signed in at the till
    TicketInProgress, // another ticket is in the cart: park or cancel it first
    // issue 13, part firstrun: provisioning files v2 (sync/enrolment/provisioningfile.h)
    ProvisioningFileDamaged, // truncated, empty or not JSON; detail: what the parser said
    ProvisioningFileForeign, // subject: "format" (not a provisioning file, or another format) or "shop"
                             // (for another shop than this till's); detail: what was found
    ProvisioningFileExpired, // its one-time code expired (checked against the clock); subject: when (UTC)
    // issue 13, part backup: backups and restore (models/backup)
    BackupFolderMissing, // no backup folder chosen (subject empty), or it cannot be reached; subject: the
                         // folder
    BackupCopyFailed, // the backup could not be written; subject: the path; detail: SQLite's or the file's
                      // message
    NotABackup, // not a Comptoir backup (no database in it, or not a database); subject: the path
    BackupDamaged, // the copy fails SQLite's integrity check; subject: the backup; detail: the first problem
    BackupJournalBroken, // the copy's fiscal journal does not verify; subject: the first broken record;
                         // detail
    BackupForeign, // the backup is of another till than the shop's; subject: the backup's register (device
                   // id)
    // issue 13, staffdoc: staff in Settings
    PinsDiffer, // the PIN and its repetition differ
    // issue 14: spreadsheets (models/spreadsheet) and the catalogue's import (models/import)
    SpreadsheetUnreadable, // the file cannot be opened or read; subject: the file; detail: the system's
                           // message
    SpreadsheetFormatUnknown, // not a CSV, XLSX or ODS file; subject: the file
    SpreadsheetDamaged, // a truncated or broken XLSX/ODS; subject: the file; detail: what is wrong
    SpreadsheetEncrypted, // a password-protected spreadsheet; subject: the file
    SpreadsheetEncodingWrong, // text read in the wrong encoding ("Ã©" for "é"); subject: the text seen
    ImportColumnMissing, // a column the import needs is not mapped; subject: the column's name
    ImportMappingUnknown, // no saved mapping by that name, or a mapping file that cannot be read; subject: it
    ImportValueUnreadable, // a cell that is not the number, price or rate its column needs; subject: the text
    ImportVariantsDisagree, // rows of one product disagree on a product's field; subject: the field
    ImportRowsRefused, // some rows are wrong, so nothing was written; subject: how many rows
    ImportCancelled, // the import was cancelled before it wrote anything
    // issue 14: in-store and scale barcodes, net quantities (models/catalogue)
    InStoreBarcodesExhausted, // no free in-store EAN-13 is left in the shop's range
    ScaleLayoutInvalid, // a scale barcode layout that cannot be used; subject: the field at fault
    ScaleItemUnknown, // a scale barcode whose item code is in no variant; subject: the item code
    InvalidNetQuantity, // a net quantity or unit that cannot be used; subject: the value given
    // issue 14: labels (models/labels)
    LabelLayoutInvalid, // a label sheet that cannot be used; subject: the field at fault; detail: why
    NothingToLabel, // no label to print (nothing selected, or no price changed)
    // issue 15: photos (models/photos) and the online listing (models/listing)
    PhotoUnreadable, // not an image, or a file that cannot be read; subject: the file's name; detail: why
    PhotoDamaged, // a truncated or corrupt image; subject: the file's name
    PhotoTooLarge, // a decompression bomb: more pixels declared than allowed; subject: "W × H"
    PhotoHeicUnreadable, // a HEIC/HEIF photo that libheif cannot decode; subject: the file's name
    PhotoStoreFailed, // the photo cannot be written to the data folder (disk full, read-only);
                      // subject: the path; detail: the system's message
    PhotoLimitReached, // a product already has the most photos the marketplace takes (20)
    PhotoUnknown, // no such photo in the shop's photo store, or not one of this product's; subject: sha256
    CameraUnavailable, // no camera, or the chosen camera failed; subject: the camera's name; detail: why
    MarketplaceCategoryUnknown, // a category not in the marketplace's taxonomy; subject: its id
    OnlineTextTooLong, // an online title (200) or description (10 000) too long; subject: the field
    // issue 16: online orders (sync/client limits, sync/orders, models/settings opening hours)
    MarketplaceStalled, // a whole exchange passed its deadline (bytes trickling or none); subject: the
                        // exchange ("changes", "push", "snapshot", "photo"…); detail: the deadline in seconds
    MarketplaceBusy, // the marketplace asked to wait (Retry-After) longer than a one-shot run waits;
                     // subject: the seconds asked
    OpeningHoursInvalid, // subject: the day (1 = Monday … 7) or "exception"; detail: what is wrong
    AlertSoundUnreadable, // the chosen order alert sound cannot be played; subject: the file's name
    OrderNotPickable, // the order cannot be prepared in its current status; subject: that status key
    OrderLineNotRefusable, // the line is already refused, or the order is final; subject: the line number
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString subject;
    QString detail;
};

inline Error makeError(ErrorCode code, const QString &subject = {}, const QString &detail = {})
{
    return Error {code, subject, detail};
}

} // namespace comptoir
