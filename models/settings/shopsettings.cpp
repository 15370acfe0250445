// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/settings/shopsettings.h"

#include "models/error.h"
#include "models/fiscal/eventjournal.h"
#include "models/logging.h"
#include "models/sales/businessday.h"
#include "models/storage/database.h"
#include "models/vatrate.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace comptoir {

namespace {

// Keys of the meta table. shop_name and shop_address are also written by the demo shop.
const QString NameKey = QStringLiteral("shop_name");
const QString AddressKey = QStringLiteral("shop_address");
const QString SiretKey = QStringLiteral("shop_siret");
const QString VatNumberKey = QStringLiteral("shop_vat_number");
const QString TillNameKey = QStringLiteral("till_name");
const QString DefaultVatRateKey = QStringLiteral("catalogue_default_vat_rate_bp");
const QString PrinterKindKey = QStringLiteral("printer_kind");
const QString PrinterHostKey = QStringLiteral("printer_host");
const QString PrinterPortKey = QStringLiteral("printer_port");
const QString PrinterDeviceKey = QStringLiteral("printer_device");
const QString PrinterSystemKey = QStringLiteral("printer_system_name");
const QString PrinterPdfFolderKey = QStringLiteral("printer_pdf_folder");
const QString PrinterColumnsKey = QStringLiteral("printer_columns");
const QString PrinterDrawerKey = QStringLiteral("printer_open_drawer_on_cash");
const QString DiscountThresholdKey = QStringLiteral("till_discount_threshold_bp");
const QString CashFloatKey = QStringLiteral("till_cash_float_cents");
const QString FavouritesKey = QStringLiteral("till_favourites");
const QString ScaleLayoutsKey = QStringLiteral("till_scale_layouts");
const QString NewProductsVisibleKey = QStringLiteral("listing_new_products_visible");
const QString CameraIdKey = QStringLiteral("photo_camera_id");
const QString WatchedFolderKey = QStringLiteral("photo_watched_folder");
const QString OpeningHoursKey = QStringLiteral("shop_opening_hours");
const QString AlertSoundKey = QStringLiteral("orders_alert_sound"); // "bell", "file", "off"
const QString AlertSoundFileKey = QStringLiteral("orders_alert_sound_file");
const QString AlertRepeatKey = QStringLiteral("orders_alert_repeat_s");

QString digitsOnly(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

// Writes the values in one transaction. When events is given and some value really changes,
// a SettingsChanged event lists the changed keys (never their values) in the same transaction.
Status writeAll(Database &db, EventJournal *events, const QList<std::pair<QString, QString>> &values)
{
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    QJsonArray changed;
    for (const auto &[key, value] : values) {
        // A null QString binds as SQL NULL, which meta.value refuses: store an empty text instead.
        const QString text = value.isNull() ? QStringLiteral("") : value;
        if (events) {
            auto before = db.meta(key);
            if (!before)
                return before.error();
            if (before.value() != text)
                changed.append(key);
        }
        if (Status s = db.setMeta(key, text); !s)
            return s;
    }
    if (events && !changed.isEmpty()) {
        QJsonObject detail;
        detail.insert(QStringLiteral("keys"), changed);
        if (auto event = events->record(EventKind::SettingsChanged, std::nullopt, detail); !event)
            return event.error();
    }
    return transaction.commit();
}

// A stored integer, or the default when absent or unreadable.
Result<qint64> readInteger(const Database &db, const QString &key, qint64 defaultValue)
{
    auto text = db.meta(key);
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 value = text.value().toLongLong(&ok);
    return ok ? value : defaultValue;
}

} // namespace

QString printerKindKey(PrinterSettings::Kind kind)
{
    switch (kind) {
    case PrinterSettings::Kind::None:
        return QStringLiteral("none");
    case PrinterSettings::Kind::EscPosNetwork:
        return QStringLiteral("escpos_network");
    case PrinterSettings::Kind::EscPosDevice:
        return QStringLiteral("escpos_device");
    case PrinterSettings::Kind::System:
        return QStringLiteral("system");
    case PrinterSettings::Kind::PdfFolder:
        return QStringLiteral("pdf_folder");
    }
    return QStringLiteral("none");
}

std::optional<PrinterSettings::Kind> printerKindFromKey(const QString &key)
{
    using Kind = PrinterSettings::Kind;
    for (const Kind kind :
         {Kind::None, Kind::EscPosNetwork, Kind::EscPosDevice, Kind::System, Kind::PdfFolder}) {
        if (printerKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

ShopSettings::ShopSettings(Database &db) : m_db(db) { }

ShopSettings::ShopSettings(Database &db, EventJournal &events) : m_db(db), m_events(&events) { }

bool ShopSettings::isValidSiret(const QString &siret)
{
    const QString digits = digitsOnly(siret);
    if (digits.size() != 14)
        return false;
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        if (!digits.at(i).isDigit() || digits.at(i).unicode() > '9')
            return false;
        int d = digits.at(i).unicode() - '0';
        if (i % 2 == 0) { // from the left, even positions are doubled (14 digits: Luhn from the right)
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

bool ShopSettings::isValidVatNumber(const QString &vatNumber)
{
    const QString text = digitsOnly(vatNumber).toUpper();
    if (text.size() != 13 || !text.startsWith(QLatin1String("FR")))
        return false;
    const QString key = text.mid(2, 2);
    const QString siren = text.mid(4);
    for (const QChar c : siren) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    for (const QChar c : key) {
        const bool alnum
            = (c.unicode() >= '0' && c.unicode() <= '9') || (c.unicode() >= 'A' && c.unicode() <= 'Z');
        if (!alnum)
            return false;
    }
    bool numericKey = false;
    const int keyValue = key.toInt(&numericKey);
    if (!numericKey)
        return true; // the newer alphanumeric keys have no public formula
    const qint64 sirenValue = siren.toLongLong();
    return keyValue == (12 + 3 * (sirenValue % 97)) % 97;
}

Result<ShopIdentity> ShopSettings::identity() const
{
    ShopIdentity identity;
    const std::pair<const QString *, QString *> fields[] = {
        {&NameKey, &identity.name},         {&AddressKey, &identity.address},
        {&SiretKey, &identity.siret},       {&VatNumberKey, &identity.vatNumber},
        {&TillNameKey, &identity.tillName},
    };
    for (const auto &[key, field] : fields) {
        auto value = m_db.meta(*key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    if (identity.tillName.trimmed().isEmpty())
        identity.tillName = defaultTillName();
    return identity;
}

QString ShopSettings::defaultTillName()
{
    return QCoreApplication::translate("ShopSettings", "Till 1");
}

Status ShopSettings::setIdentity(const ShopIdentity &identity)
{
    if (identity.name.trimmed().isEmpty())
        return makeError(ErrorCode::EmptyName);
    if (!identity.siret.trimmed().isEmpty() && !isValidSiret(identity.siret))
        return makeError(ErrorCode::InvalidSiret, identity.siret);
    if (!identity.vatNumber.trimmed().isEmpty() && !isValidVatNumber(identity.vatNumber))
        return makeError(ErrorCode::InvalidVatNumber, identity.vatNumber);
    return writeAll(m_db, m_events,
                    {{NameKey, identity.name.trimmed()},
                     {AddressKey, identity.address.trimmed()},
                     {SiretKey, digitsOnly(identity.siret)},
                     {VatNumberKey, digitsOnly(identity.vatNumber).toUpper()},
                     {TillNameKey, identity.tillName.simplified()}});
}

Result<int> ShopSettings::defaultVatRate() const
{
    auto rate = readInteger(m_db, DefaultVatRateKey, VatRate::Standard);
    if (!rate)
        return rate.error();
    const bool known = rate.value() > 0 && rate.value() <= 10000 && VatRate::isKnown(int(rate.value()));
    return known ? int(rate.value()) : VatRate::Standard;
}

Status ShopSettings::setDefaultVatRate(int vatRateBp)
{
    if (!VatRate::isKnown(vatRateBp))
        return makeError(ErrorCode::UnknownVatRate, QString::number(vatRateBp));
    return writeAll(m_db, m_events, {{DefaultVatRateKey, QString::number(vatRateBp)}});
}

Result<PrinterSettings> ShopSettings::printer() const
{
    PrinterSettings printer;
    auto kind = m_db.meta(PrinterKindKey);
    if (!kind)
        return kind.error();
    printer.kind = printerKindFromKey(kind.value()).value_or(PrinterSettings::Kind::None);
    const std::pair<const QString *, QString *> texts[] = {
        {&PrinterHostKey, &printer.host},
        {&PrinterDeviceKey, &printer.device},
        {&PrinterSystemKey, &printer.systemPrinter},
        {&PrinterPdfFolderKey, &printer.pdfFolder},
    };
    for (const auto &[key, field] : texts) {
        auto value = m_db.meta(*key);
        if (!value)
            return value.error();
        *field = value.value();
    }
    auto port = readInteger(m_db, PrinterPortKey, 9100);
    auto columns = readInteger(m_db, PrinterColumnsKey, 48);
    auto drawer = readInteger(m_db, PrinterDrawerKey, 1);
    for (const auto *r : {&port, &columns, &drawer}) {
        if (!*r)
            return r->error();
    }
    printer.port = port.value() > 0 && port.value() <= 65535 ? quint16(port.value()) : quint16(9100);
    printer.columns = columns.value() == 32 ? 32 : 48;
    printer.openDrawerOnCash = drawer.value() != 0;
    return printer;
}

Status ShopSettings::setPrinter(const PrinterSettings &printer)
{
    using Kind = PrinterSettings::Kind;
    if (printer.kind == Kind::EscPosNetwork && printer.host.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidPrinterSettings, QStringLiteral("host"));
    if (printer.kind == Kind::EscPosNetwork && printer.port == 0)
        return makeError(ErrorCode::InvalidPrinterSettings, QStringLiteral("port"));
    if (printer.kind == Kind::EscPosDevice && printer.device.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidPrinterSettings, QStringLiteral("device"));
    if (printer.kind == Kind::PdfFolder && printer.pdfFolder.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidPrinterSettings, QStringLiteral("folder"));
    if (printer.columns != 32 && printer.columns != 48)
        return makeError(ErrorCode::InvalidPrinterSettings, QStringLiteral("columns"));
    return writeAll(
        m_db, m_events,
        {{PrinterKindKey, printerKindKey(printer.kind)},
         {PrinterHostKey, printer.host.trimmed()},
         {PrinterPortKey, QString::number(printer.port)},
         {PrinterDeviceKey, printer.device.trimmed()},
         {PrinterSystemKey, printer.systemPrinter},
         {PrinterPdfFolderKey, printer.pdfFolder.trimmed()},
         {PrinterColumnsKey, QString::number(printer.columns)},
         {PrinterDrawerKey, printer.openDrawerOnCash ? QStringLiteral("1") : QStringLiteral("0")}});
}

Result<TillSettings> ShopSettings::till() const
{
    TillSettings till;
    auto threshold = readInteger(m_db, DiscountThresholdKey, till.discountThresholdBp);
    if (!threshold)
        return threshold.error();
    auto cashFloat = readInteger(m_db, CashFloatKey, 0);
    if (!cashFloat)
        return cashFloat.error();
    till.discountThresholdBp = int(std::clamp<qint64>(threshold.value(), 0, 10000));
    till.cashFloatCents = std::max<qint64>(0, cashFloat.value());
    return till;
}

Status ShopSettings::setTill(const TillSettings &till)
{
    if (till.discountThresholdBp < 0 || till.discountThresholdBp > 10000)
        return makeError(ErrorCode::DiscountTooLarge);
    if (till.cashFloatCents < 0)
        return makeError(ErrorCode::InvalidQuantity);
    return writeAll(m_db, m_events,
                    {{DiscountThresholdKey, QString::number(till.discountThresholdBp)},
                     {CashFloatKey, QString::number(till.cashFloatCents)}});
}

Result<QTimeZone> ShopSettings::timeZone() const
{
    return shopTimeZone(m_db);
}

Status ShopSettings::setTimeZone(const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(ianaId))
        return makeError(ErrorCode::UnknownTimeZone, QString::fromUtf8(ianaId));
    return writeAll(m_db, m_events, {{shopTimeZoneKey(), QString::fromUtf8(ianaId)}});
}

Status ShopSettings::adoptSystemTimeZone()
{
    auto stored = m_db.meta(shopTimeZoneKey());
    if (!stored)
        return stored.error();
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!stored.value().isEmpty() || !QTimeZone::isTimeZoneIdAvailable(system))
        return {}; // already chosen, or no IANA id to keep: the system's zone is used as it is
    // A default, not a change: not journalled (a manager's later change is).
    return writeAll(m_db, nullptr, {{shopTimeZoneKey(), QString::fromUtf8(system)}});
}

Result<QList<qint64>> ShopSettings::favourites() const
{
    auto text = m_db.meta(FavouritesKey);
    if (!text)
        return text.error();
    QList<qint64> ids;
    const QStringList parts = text.value().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id) && ids.size() < MaxFavourites)
            ids << id;
    }
    return ids;
}

Status ShopSettings::setFavourites(const QList<qint64> &variantIds)
{
    QStringList parts;
    for (const qint64 id : variantIds) {
        if (id <= 0)
            return makeError(ErrorCode::NotFound, QString::number(id));
        if (!parts.contains(QString::number(id)))
            parts << QString::number(id);
    }
    if (parts.size() > MaxFavourites)
        return makeError(ErrorCode::InvalidQuantity, QString::number(parts.size()));
    return writeAll(m_db, m_events, {{FavouritesKey, parts.join(QLatin1Char(','))}});
}

Result<QList<ScaleLayout>> ShopSettings::scaleLayouts() const
{
    auto text = m_db.meta(ScaleLayoutsKey);
    if (!text)
        return text.error();
    QList<ScaleLayout> layouts;
    const QStringList parts = text.value().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        auto layout = ScaleBarcodes::fromText(part);
        if (layout)
            layouts << *layout;
        else
            qCWarning(lcModels) << "a stored scale layout cannot be read:" << part;
    }
    return layouts;
}

Status ShopSettings::setScaleLayouts(const QList<ScaleLayout> &layouts)
{
    QStringList parts;
    for (const ScaleLayout &layout : layouts) {
        if (Status s = ScaleBarcodes::validate(layout); !s)
            return s;
        parts << ScaleBarcodes::toText(layout);
    }
    return writeAll(m_db, m_events, {{ScaleLayoutsKey, parts.join(QLatin1Char(' '))}});
}

Result<ListingSettings> ShopSettings::listing() const
{
    ListingSettings listing;
    auto visible = readInteger(m_db, NewProductsVisibleKey, 1);
    if (!visible)
        return visible.error();
    listing.newProductsVisibleOnline = visible.value() != 0;
    auto camera = m_db.meta(CameraIdKey);
    if (!camera)
        return camera.error();
    listing.cameraId = camera.value();
    auto folder = m_db.meta(WatchedFolderKey);
    if (!folder)
        return folder.error();
    listing.watchedFolder = folder.value();
    return listing;
}

Status ShopSettings::setListing(const ListingSettings &listing)
{
    return writeAll(m_db, m_events,
                    {{NewProductsVisibleKey,
                      listing.newProductsVisibleOnline ? QStringLiteral("1") : QStringLiteral("0")},
                     {CameraIdKey, listing.cameraId.trimmed()},
                     {WatchedFolderKey, listing.watchedFolder.trimmed()}});
}

Result<OpeningHours> ShopSettings::openingHours() const
{
    auto text = m_db.meta(OpeningHoursKey);
    if (!text)
        return text.error();
    auto hours = OpeningHours::fromText(text.value());
    if (!hours) {
        qCWarning(lcModels) << "stored opening hours unreadable: counted as always open";
        hours = OpeningHours {};
    }
    OpeningHours result = hours.value();
    if (auto zone = timeZone())
        result.zone = zone.value();
    return result;
}

Status ShopSettings::setOpeningHours(const OpeningHours &hours)
{
    if (Status s = hours.validate(); !s)
        return s;
    return writeAll(m_db, m_events, {{OpeningHoursKey, hours.toText()}});
}

Result<OrderAlertSettings> ShopSettings::orderAlerts() const
{
    OrderAlertSettings alerts;
    auto sound = m_db.meta(AlertSoundKey);
    if (!sound)
        return sound.error();
    if (sound.value() == QLatin1String("off"))
        alerts.sound = OrderAlertSettings::Sound::Off;
    else if (sound.value() == QLatin1String("file"))
        alerts.sound = OrderAlertSettings::Sound::File;
    auto file = m_db.meta(AlertSoundFileKey);
    if (!file)
        return file.error();
    alerts.soundFile = file.value();
    auto repeat = readInteger(m_db, AlertRepeatKey, alerts.repeatSeconds);
    if (!repeat)
        return repeat.error();
    alerts.repeatSeconds = int(std::clamp<qint64>(repeat.value(), OrderAlertSettings::MinRepeatSeconds,
                                                  OrderAlertSettings::MaxRepeatSeconds));
    return alerts;
}

Status ShopSettings::setOrderAlerts(const OrderAlertSettings &alerts)
{
    using Sound = OrderAlertSettings::Sound;
    if (alerts.repeatSeconds < OrderAlertSettings::MinRepeatSeconds
        || alerts.repeatSeconds > OrderAlertSettings::MaxRepeatSeconds)
        return makeError(ErrorCode::InvalidQuantity, QString::number(alerts.repeatSeconds));
    const QFileInfo file(alerts.soundFile);
    if (alerts.sound == Sound::File && (!file.isFile() || !file.isReadable()))
        return makeError(ErrorCode::AlertSoundUnreadable, file.fileName());
    const QString key = alerts.sound == Sound::Off ? QStringLiteral("off")
        : alerts.sound == Sound::File              ? QStringLiteral("file")
                                                   : QStringLiteral("bell");
    return writeAll(m_db, m_events,
                    {{AlertSoundKey, key},
                     {AlertSoundFileKey, alerts.soundFile.trimmed()},
                     {AlertRepeatKey, QString::number(alerts.repeatSeconds)}});
}

} // namespace comptoir
