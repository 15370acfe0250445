// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ShopSettings: identity (SIRET, VAT number), printer, till rules and favourites in the meta table.
#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "models/vatrate.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)
Q_DECLARE_METATYPE(comptoir::PrinterSettings)
Q_DECLARE_METATYPE(comptoir::TillSettings)
Q_DECLARE_METATYPE(comptoir::ShopIdentity)

class TestShopSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void identityRoundTrip();
    void identityErrorsWriteNothing_data();
    void identityErrorsWriteNothing();
    void siret_data();
    void siret();
    void vatNumber_data();
    void vatNumber();
    void printerDefaults();
    void printer_data();
    void printer();
    void till_data();
    void till();
    void favourites_data();
    void favourites();
    void tillName();
    void defaultVatRate_data();
    void defaultVatRate();

private:
    // Every key and value of the meta table, to see that a refused setter wrote nothing.
    QStringList meta() const;

    std::unique_ptr<TempDatabase> m_temp;
};

void TestShopSettings::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
}

void TestShopSettings::cleanup()
{
    m_temp.reset();
}

QStringList TestShopSettings::meta() const
{
    QStringList rows;
    auto q = m_temp->db().query(QStringLiteral("SELECT key || '=' || value FROM meta ORDER BY key"));
    while (q && q.value().next())
        rows << q.value().value(0).toString();
    return rows;
}

void TestShopSettings::identityRoundTrip()
{
    ShopSettings settings(m_temp->db());
    auto empty = settings.identity();
    QVERIFY(empty.ok());
    QVERIFY(empty->name.isEmpty());

    ShopIdentity identity;
    identity.name = QStringLiteral("  La Boutique d'Orléans ");
    identity.address = QStringLiteral("12 rue de Bourgogne\n45000 Orléans");
    identity.siret = QStringLiteral("732 829 320 00074");
    identity.vatNumber = QStringLiteral("fr 44 732829320");
    QVERIFY(settings.setIdentity(identity).ok());

    QVERIFY(m_temp->reopen());
    ShopSettings reread(m_temp->db());
    auto stored = reread.identity();
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, QStringLiteral("La Boutique d'Orléans"));
    QCOMPARE(stored->address, QStringLiteral("12 rue de Bourgogne\n45000 Orléans"));
    QCOMPARE(stored->siret, QStringLiteral("73282932000074"));
    QCOMPARE(stored->vatNumber, QStringLiteral("FR44732829320"));

    // SIRET and VAT number are optional.
    identity.siret.clear();
    identity.vatNumber.clear();
    QVERIFY(reread.setIdentity(identity).ok());
    QVERIFY(reread.identity()->siret.isEmpty());
    QVERIFY(reread.identity()->vatNumber.isEmpty());
}

void TestShopSettings::identityErrorsWriteNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("siret");
    QTest::addColumn<QString>("vatNumber");
    QTest::addColumn<ErrorCode>("error");

    const QString name = QStringLiteral("Boutique");
    const QString siret = QStringLiteral("73282932000074");
    const QString vat = QStringLiteral("FR44732829320");
    QTest::newRow("empty name") << QStringLiteral("   ") << siret << vat << ErrorCode::EmptyName;
    QTest::newRow("wrong SIRET check digit")
        << name << QStringLiteral("73282932000075") << vat << ErrorCode::InvalidSiret;
    QTest::newRow("short SIRET") << name << QStringLiteral("7328293200007") << vat << ErrorCode::InvalidSiret;
    QTest::newRow("wrong VAT key") << name << siret << QStringLiteral("FR45732829320")
                                   << ErrorCode::InvalidVatNumber;
    QTest::newRow("VAT number of another country")
        << name << siret << QStringLiteral("DE44732829320") << ErrorCode::InvalidVatNumber;
}

void TestShopSettings::identityErrorsWriteNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, siret);
    QFETCH(QString, vatNumber);
    QFETCH(ErrorCode, error);

    ShopSettings settings(m_temp->db());
    QVERIFY(
        settings
            .setIdentity(ShopIdentity {QStringLiteral("Avant"), QStringLiteral("1 place du Martroi"), {}, {}})
            .ok());
    const QStringList before = meta();
    const Status s = settings.setIdentity(ShopIdentity {name, QStringLiteral("ailleurs"), siret, vatNumber});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, error);
    QCOMPARE(meta(), before);
    QCOMPARE(settings.identity()->name, QStringLiteral("Avant"));
}

void TestShopSettings::siret_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid") << QStringLiteral("73282932000074") << true;
    QTest::newRow("valid with spaces") << QStringLiteral("732 829 320 00074") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("73282932000075") << false;
    QTest::newRow("two digits swapped") << QStringLiteral("73282932000047") << false;
    QTest::newRow("13 digits") << QStringLiteral("7328293200007") << false;
    QTest::newRow("15 digits") << QStringLiteral("732829320000740") << false;
    QTest::newRow("a letter") << QStringLiteral("7328293200007A") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("all zeros (Luhn-valid)") << QStringLiteral("00000000000000") << true;
    QTest::newRow("another valid one") << QStringLiteral("40483304800022") << true;
}

void TestShopSettings::siret()
{
    QFETCH(QString, siret);
    QFETCH(bool, valid);
    QCOMPARE(ShopSettings::isValidSiret(siret), valid);
}

void TestShopSettings::vatNumber_data()
{
    QTest::addColumn<QString>("vatNumber");
    QTest::addColumn<bool>("valid");

    // Key = (12 + 3 × (SIREN mod 97)) mod 97: 732829320 mod 97 = 73, (12 + 219) mod 97 = 44.
    QTest::newRow("valid") << QStringLiteral("FR44732829320") << true;
    QTest::newRow("valid, lower case and spaces") << QStringLiteral("fr 44 732 829 320") << true;
    QTest::newRow("wrong key") << QStringLiteral("FR45732829320") << false;
    QTest::newRow("wrong SIREN for the key") << QStringLiteral("FR44732829321") << false;
    QTest::newRow("alphanumeric key (no public formula)") << QStringLiteral("FRA1732829320") << true;
    QTest::newRow("key with a symbol") << QStringLiteral("FR4-732829320") << false;
    QTest::newRow("too short") << QStringLiteral("FR4473282932") << false;
    QTest::newRow("too long") << QStringLiteral("FR447328293200") << false;
    QTest::newRow("letter in the SIREN") << QStringLiteral("FR4473282932A") << false;
    QTest::newRow("no country prefix") << QStringLiteral("4473282932000") << false;
    QTest::newRow("another country") << QStringLiteral("BE44732829320") << false;
}

void TestShopSettings::vatNumber()
{
    QFETCH(QString, vatNumber);
    QFETCH(bool, valid);
    QCOMPARE(ShopSettings::isValidVatNumber(vatNumber), valid);
}

void TestShopSettings::printerDefaults()
{
    ShopSettings settings(m_temp->db());
    auto printer = settings.printer();
    QVERIFY(printer.ok());
    QCOMPARE(*printer, PrinterSettings());
    QCOMPARE(printer->kind, PrinterSettings::Kind::None);
    QCOMPARE(printer->port, quint16(9100));
    QCOMPARE(printer->columns, 48);
    QVERIFY(printer->openDrawerOnCash);
}

void TestShopSettings::printer_data()
{
    QTest::addColumn<PrinterSettings>("printer");
    QTest::addColumn<QString>("error"); // the subject of InvalidPrinterSettings; empty when accepted

    using Kind = PrinterSettings::Kind;
    PrinterSettings none;
    QTest::newRow("none") << none << QString();

    PrinterSettings network;
    network.kind = Kind::EscPosNetwork;
    network.host = QStringLiteral("192.168.1.50");
    network.port = 9101;
    network.columns = 32;
    network.openDrawerOnCash = false;
    QTest::newRow("network") << network << QString();
    PrinterSettings noHost = network;
    noHost.host = QStringLiteral("  ");
    QTest::newRow("network without host") << noHost << QStringLiteral("host");
    PrinterSettings noPort = network;
    noPort.port = 0;
    QTest::newRow("network without port") << noPort << QStringLiteral("port");

    PrinterSettings device;
    device.kind = Kind::EscPosDevice;
    device.device = QStringLiteral("/dev/usb/lp0");
    QTest::newRow("device") << device << QString();
    PrinterSettings noDevice = device;
    noDevice.device.clear();
    QTest::newRow("device without a path") << noDevice << QStringLiteral("device");

    PrinterSettings system;
    system.kind = Kind::System;
    QTest::newRow("system, default queue") << system << QString();
    system.systemPrinter = QStringLiteral("Brother_QL");
    QTest::newRow("system, named queue") << system << QString();

    PrinterSettings pdf;
    pdf.kind = Kind::PdfFolder;
    pdf.pdfFolder = QStringLiteral("/home/boutique/tickets");
    QTest::newRow("pdf folder") << pdf << QString();
    PrinterSettings noFolder = pdf;
    noFolder.pdfFolder.clear();
    QTest::newRow("pdf without folder") << noFolder << QStringLiteral("folder");

    PrinterSettings columns = device;
    columns.columns = 40;
    QTest::newRow("40 columns") << columns << QStringLiteral("columns");
}

void TestShopSettings::printer()
{
    QFETCH(PrinterSettings, printer);
    QFETCH(QString, error);

    ShopSettings settings(m_temp->db());
    PrinterSettings previous;
    previous.kind = PrinterSettings::Kind::EscPosDevice;
    previous.device = QStringLiteral("/dev/usb/lp1");
    previous.columns = 32;
    QVERIFY(settings.setPrinter(previous).ok());
    const QStringList before = meta();

    const Status s = settings.setPrinter(printer);
    if (error.isEmpty()) {
        QVERIFY(s.ok());
        QVERIFY(m_temp->reopen());
        ShopSettings reread(m_temp->db());
        QCOMPARE(reread.printer().value(), printer);
        QCOMPARE(printerKindFromKey(printerKindKey(printer.kind)), std::optional(printer.kind));
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidPrinterSettings);
        QCOMPARE(s.error().subject, error);
        QCOMPARE(meta(), before);
        QCOMPARE(settings.printer().value(), previous);
    }
}

void TestShopSettings::till_data()
{
    QTest::addColumn<int>("thresholdBp");
    QTest::addColumn<qint64>("cashFloat");
    QTest::addColumn<ErrorCode>("error");

    QTest::newRow("defaults") << 1000 << qint64(0) << ErrorCode::None;
    QTest::newRow("every discount needs a PIN") << 0 << qint64(15000) << ErrorCode::None;
    QTest::newRow("100 %") << 10000 << qint64(20000) << ErrorCode::None;
    QTest::newRow("above 100 %") << 10001 << qint64(0) << ErrorCode::DiscountTooLarge;
    QTest::newRow("negative threshold") << -1 << qint64(0) << ErrorCode::DiscountTooLarge;
    QTest::newRow("negative float") << 1000 << qint64(-1) << ErrorCode::InvalidQuantity;
}

void TestShopSettings::till()
{
    QFETCH(int, thresholdBp);
    QFETCH(qint64, cashFloat);
    QFETCH(ErrorCode, error);

    ShopSettings settings(m_temp->db());
    QCOMPARE(settings.till().value(), TillSettings());
    const TillSettings previous {2500, 10000};
    QVERIFY(settings.setTill(previous).ok());
    const QStringList before = meta();

    const TillSettings wanted {thresholdBp, cashFloat};
    const Status s = settings.setTill(wanted);
    if (error == ErrorCode::None) {
        QVERIFY(s.ok());
        QVERIFY(m_temp->reopen());
        QCOMPARE(ShopSettings(m_temp->db()).till().value(), wanted);
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, error);
        QCOMPARE(meta(), before);
        QCOMPARE(settings.till().value(), previous);
    }
}

void TestShopSettings::favourites_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("order kept") << QList<qint64> {7, 3, 12} << ErrorCode::None << QList<qint64> {7, 3, 12};
    QTest::newRow("duplicates dropped, first place kept")
        << QList<qint64> {5, 2, 5, 9, 2} << ErrorCode::None << QList<qint64> {5, 2, 9};
    QTest::newRow("none") << QList<qint64>() << ErrorCode::None << QList<qint64>();
    QList<qint64> twelve;
    for (qint64 i = 1; i <= ShopSettings::MaxFavourites; ++i)
        twelve << i * 10;
    QTest::newRow("the maximum") << twelve << ErrorCode::None << twelve;
    QList<qint64> twelveAndADuplicate = twelve;
    twelveAndADuplicate << 10;
    QTest::newRow("the maximum once duplicates are dropped")
        << twelveAndADuplicate << ErrorCode::None << twelve;
    QList<qint64> thirteen = twelve;
    thirteen << 999;
    QTest::newRow("one too many") << thirteen << ErrorCode::InvalidQuantity << QList<qint64>();
    QTest::newRow("not an id") << QList<qint64> {4, 0} << ErrorCode::NotFound << QList<qint64>();
    QTest::newRow("negative id") << QList<qint64> {-4} << ErrorCode::NotFound << QList<qint64>();
}

void TestShopSettings::favourites()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(ErrorCode, error);
    QFETCH(QList<qint64>, expected);

    ShopSettings settings(m_temp->db());
    QVERIFY(settings.favourites()->isEmpty());
    const QList<qint64> previous {1, 2};
    QVERIFY(settings.setFavourites(previous).ok());
    const QStringList before = meta();

    const Status s = settings.setFavourites(ids);
    if (error == ErrorCode::None) {
        QVERIFY(s.ok());
        QVERIFY(m_temp->reopen());
        QCOMPARE(ShopSettings(m_temp->db()).favourites().value(), expected);
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, error);
        QCOMPARE(meta(), before);
        QCOMPARE(settings.favourites().value(), previous);
    }
}

void TestShopSettings::tillName()
{
    ShopSettings settings(m_temp->db());
    QCOMPARE(settings.identity()->tillName, ShopSettings::defaultTillName()); // "Till 1" at first
    QCOMPARE(ShopSettings::defaultTillName(), QStringLiteral("Till 1"));

    ShopIdentity identity;
    identity.name = QStringLiteral("Librairie Les Temps Modernes");
    identity.tillName = QStringLiteral("  Caisse   de l’étage ");
    QVERIFY(settings.setIdentity(identity).ok());
    QVERIFY(m_temp->reopen());
    QCOMPARE(ShopSettings(m_temp->db()).identity()->tillName, QStringLiteral("Caisse de l’étage"));

    identity.tillName = QStringLiteral("   "); // no name: back to the default
    QVERIFY(ShopSettings(m_temp->db()).setIdentity(identity).ok());
    QCOMPARE(ShopSettings(m_temp->db()).identity()->tillName, ShopSettings::defaultTillName());
}

void TestShopSettings::defaultVatRate_data()
{
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("books, 5,5 %") << int(VatRate::Reduced) << ErrorCode::None;
    QTest::newRow("restaurant, 10 %") << int(VatRate::Intermediate) << ErrorCode::None;
    QTest::newRow("press, 2,1 %") << int(VatRate::SuperReduced) << ErrorCode::None;
    QTest::newRow("20 %") << int(VatRate::Standard) << ErrorCode::None;
    QTest::newRow("not a French rate") << 1900 << ErrorCode::UnknownVatRate;
    QTest::newRow("zero") << 0 << ErrorCode::UnknownVatRate;
    QTest::newRow("negative") << -550 << ErrorCode::UnknownVatRate;
}

void TestShopSettings::defaultVatRate()
{
    QFETCH(int, rateBp);
    QFETCH(ErrorCode, error);
    ShopSettings settings(m_temp->db());
    QCOMPARE(settings.defaultVatRate().value(), int(VatRate::Standard)); // until the shop chooses
    const QStringList before = meta();
    const Status s = settings.setDefaultVatRate(rateBp);
    if (error == ErrorCode::None) {
        QVERIFY(s.ok());
        QVERIFY(m_temp->reopen());
        QCOMPARE(ShopSettings(m_temp->db()).defaultVatRate().value(), rateBp);
    } else {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, error);
        QCOMPARE(meta(), before);
        QCOMPARE(settings.defaultVatRate().value(), int(VatRate::Standard));
    }
}

QTEST_GUILESS_MAIN(TestShopSettings)

#include "tst_shopsettings.moc"
