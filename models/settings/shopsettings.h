// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/scalebarcode.h"
#include "models/receipts/receipt.h"
#include "models/result.h"
#include "models/settings/openinghours.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace comptoir {

class Database;
class EventJournal;

// Where receipts go.
struct PrinterSettings
{
    enum class Kind {
        None, // no printer: receipts can still be saved as PDF on request
        EscPosNetwork, // a thermal printer on the network, raw TCP (port 9100)
        EscPosDevice, // a thermal printer as a device file (/dev/usb/lp0, COM3…)
        System, // a printer of the operating system (CUPS / Windows queue), through QPrinter
        PdfFolder, // each receipt written as a PDF file in a folder
    };

    Kind kind = Kind::None;
    QString host; // EscPosNetwork
    quint16 port = 9100; // EscPosNetwork
    QString device; // EscPosDevice
    QString systemPrinter; // System: the queue's name; empty = the default printer
    QString pdfFolder; // PdfFolder
    int columns = 48; // 48 for 80 mm paper, 32 for 58 mm
    bool openDrawerOnCash = true; // EscPos*: kick the drawer on a sale paid (partly) in cash

    bool operator==(const PrinterSettings &) const = default;
};

QString printerKindKey(PrinterSettings::Kind kind); // "none", "escpos_network", …
std::optional<PrinterSettings::Kind> printerKindFromKey(const QString &key);

// The online listing and the photos (issue 15).
struct ListingSettings
{
    // A product created here (typed, imported) is visible online at once. On by default: once the
    // shop is enrolled, what it sells is what the marketplace shows.
    bool newProductsVisibleOnline = true;
    // The camera the photo tools use (QCameraDevice::id(), as text); empty: the system's default.
    QString cameraId;
    // A folder a phone syncs its photos to, watched while the window is open; empty: none.
    QString watchedFolder;
    bool operator==(const ListingSettings &) const = default;
};

// How a new online order is announced (issue 16): the built-in bell, a WAV file of the shop's, or
// no sound; rung again every repeatSeconds until someone looks at the Commandes page.
struct OrderAlertSettings
{
    enum class Sound { Bell, File, Off };
    static constexpr int MinRepeatSeconds = 10;
    static constexpr int MaxRepeatSeconds = 600;

    Sound sound = Sound::Bell;
    QString soundFile; // Sound::File: an absolute path to a WAV file
    int repeatSeconds = 30;
    bool operator==(const OrderAlertSettings &) const = default;
};

// Till rules a manager sets.
struct TillSettings
{
    // A discount above this share of the line (or ticket) amount needs a manager PIN, when the
    // cashier is not a manager. Basis points: 1000 = 10 %. 0 = every discount needs one.
    int discountThresholdBp = 1000;
    qint64 cashFloatCents = 0; // the float left in the drawer, counted in the Z report's cash
    bool operator==(const TillSettings &) const = default;
};

// The shop's settings, kept in the database's meta table (never secrets: those live in the
// keychain). Setters validate their input whole and write nothing on error.
class ShopSettings
{
public:
    static constexpr int MaxFavourites = 12;

    explicit ShopSettings(Database &db);
    // The same, and every change is recorded in events (EventKind::SettingsChanged, with the
    // keys whose value changed, never the values) in the same transaction as the change.
    ShopSettings(Database &db, EventJournal &events);

    // tillName is defaultTillName() until the shop names its till (an empty name stored).
    Result<ShopIdentity> identity() const;
    // Errors: EmptyName (the shop's name), InvalidSiret (not 14 digits or a wrong check digit),
    // InvalidVatNumber (not FR + 2 check characters + the 9-digit SIREN).
    Status setIdentity(const ShopIdentity &identity);
    static QString defaultTillName(); // "Till 1", translated

    // The VAT rate a new product starts with (basis points, one of VatRate::all()); 20 % unless
    // set. Errors: UnknownVatRate.
    Result<int> defaultVatRate() const;
    Status setDefaultVatRate(int vatRateBp);

    Result<PrinterSettings> printer() const;
    // Errors: InvalidPrinterSettings (subject: "host", "port", "device", "folder", "columns").
    Status setPrinter(const PrinterSettings &printer);

    Result<TillSettings> till() const;
    // Errors: DiscountTooLarge (threshold above 100 %), InvalidQuantity (negative float).
    Status setTill(const TillSettings &till);

    // The shop's time zone (IANA id), that of every day and month boundary (businessday.h).
    Result<QTimeZone> timeZone() const;
    // Errors: UnknownTimeZone (not an IANA id this system knows).
    Status setTimeZone(const QByteArray &ianaId);
    // At first start: stores the system's zone when the shop has none yet (not journalled: a
    // default, not a change); else nothing.
    Status adoptSystemTimeZone();

    // The variants shown as buttons on the till, in order (at most MaxFavourites).
    Result<QList<qint64>> favourites() const;
    Status setFavourites(const QList<qint64> &variantIds);

    // The scale barcode layouts the till reads (issue 14), in order (the first matching wins);
    // none by default. Stored as their text forms ("28-I5-P5 29-I5-W5"); one that cannot be read
    // any more is left out (and logged). Errors: ScaleLayoutInvalid (setScaleLayouts).
    Result<QList<ScaleLayout>> scaleLayouts() const;
    Status setScaleLayouts(const QList<ScaleLayout> &layouts);

    // The online listing and photo settings (issue 15). The watched folder is stored as given
    // (absolute path); it is not required to exist (a phone's sync folder may be unmounted).
    Result<ListingSettings> listing() const;
    Status setListing(const ListingSettings &listing);

    // The opening hours (issue 16), in the shop's time zone; always open until set.
    Result<OpeningHours> openingHours() const;
    // Errors: OpeningHoursInvalid.
    Status setOpeningHours(const OpeningHours &hours);

    // The online orders' alert (issue 16). Errors (set): AlertSoundUnreadable (Sound::File with a
    // file that cannot be read; subject: its name), InvalidQuantity (repeat out of bounds).
    Result<OrderAlertSettings> orderAlerts() const;
    Status setOrderAlerts(const OrderAlertSettings &alerts);

    // Luhn check of a 14-digit SIRET (spaces allowed).
    static bool isValidSiret(const QString &siret);
    // FR + 2 characters + 9 digits (spaces allowed); the key is checked when numeric.
    static bool isValidVatNumber(const QString &vatNumber);

private:
    Database &m_db;
    EventJournal *m_events = nullptr; // none: changes are not journalled (tests, tools)
};

} // namespace comptoir
