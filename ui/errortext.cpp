#include "errortext.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ErrorText", text);
}

// The sentence quoting the subject when there is one, the general one otherwise.
QString withSubject(const Error &error, const char *quoting, const char *general)
{
    if (error.subject.trimmed().isEmpty())
        return QCoreApplication::translate("ErrorText", general);
    return QCoreApplication::translate("ErrorText", quoting).arg(error.subject);
}

} // namespace

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
    }
    return translated(
        QT_TRANSLATE_NOOP("ErrorText", "Something went wrong and nothing was changed. Try again."));
}

} // namespace comptoir
