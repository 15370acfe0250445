// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every bad input of issue 14, a data row each, with the file's row, the column's header as the file
// writes it, and the error (its words are ui/errortextcatalogue.cpp's): by default nothing written.
#include "importsheets.h"
#include "shopfixture.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

class TestImportBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void badInput_data();
    void badInput();

private:
    std::unique_ptr<Shop> m_shop;
    qint64 m_category = 0;
    CreatedProduct m_existing; // "Crayon" 3017620422003 REF-1
};

void TestImportBadInput::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    QVERIFY(seedCatalogue(*m_shop, m_category, m_existing));
}

void TestImportBadInput::cleanup()
{
    m_shop.reset();
}

void TestImportBadInput::badInput_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("row"); // the file's row number (headers are row 1)
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subject");

    const QString price = QStringLiteral("12,50");
    auto one = [&](QStringList r) {
        return QList<QStringList> {r};
    };
    QStringList good
        = row(QStringLiteral("Tee-shirt"), QStringLiteral("M"), ean(2), QStringLiteral("TS-M"), price);
    auto with = [&](int column, const QString &value) {
        QStringList r = good;
        r[column] = value;
        return r;
    };
    QTest::newRow("empty name") << one(with(0, QStringLiteral("  "))) << 2 << QStringLiteral("Désignation")
                                << int(ErrorCode::EmptyName) << QString();
    QTest::newRow("bad check digit") << one(with(3, QStringLiteral("3017620422004"))) << 2
                                     << QStringLiteral("Code-barres") << int(ErrorCode::InvalidBarcode)
                                     << QStringLiteral("3017620422004");
    QTest::newRow("duplicate barcode in the file")
        << QList<QStringList> {good, with(4, QStringLiteral("TS-L"))} << 3 << QStringLiteral("Code-barres")
        << int(ErrorCode::DuplicateBarcode) << ean(2);
    QTest::newRow("duplicate reference in the file")
        << QList<QStringList> {good, with(3, ean(9))} << 3 << QStringLiteral("Référence")
        << int(ErrorCode::DuplicateReference) << QStringLiteral("TS-M");
    // REF-1 is the Crayon; 3017620422003 its barcode, given here to the Stylo's reference.
    QTest::newRow("duplicate barcode against the catalogue")
        << one(with(3, ean(8) + QStringLiteral(";3017620422003"))) << 2 << QStringLiteral("Code-barres")
        << int(ErrorCode::DuplicateBarcode) << QStringLiteral("3017620422003");
    QTest::newRow("negative price") << one(with(5, QStringLiteral("-3,00"))) << 2
                                    << QStringLiteral("Prix TTC") << int(ErrorCode::NegativePrice)
                                    << QStringLiteral("-3,00");
    QTest::newRow("absurd price") << one(with(5, QStringLiteral("1 000 000,00 €"))) << 2
                                  << QStringLiteral("Prix TTC") << int(ErrorCode::AmountTooLarge)
                                  << QStringLiteral("*");
    QTest::newRow("unreadable price")
        << one(with(5, QStringLiteral("douze"))) << 2 << QStringLiteral("Prix TTC")
        << int(ErrorCode::ImportValueUnreadable) << QStringLiteral("douze");
    QTest::newRow("no price for a new item") << one(with(5, QString())) << 2 << QStringLiteral("Prix TTC")
                                             << int(ErrorCode::ImportValueUnreadable) << QString();
    QTest::newRow("negative cost") << one(with(10, QStringLiteral("-1"))) << 2
                                   << QStringLiteral("Prix d'achat HT") << int(ErrorCode::NegativePrice)
                                   << QStringLiteral("-1");
    QTest::newRow("unknown VAT 7") << one(with(6, QStringLiteral("7"))) << 2 << QStringLiteral("TVA")
                                   << int(ErrorCode::UnknownVatRate) << QStringLiteral("7");
    QTest::newRow("unknown VAT 19,6 %")
        << one(with(6, QStringLiteral("19,6 %"))) << 2 << QStringLiteral("TVA")
        << int(ErrorCode::UnknownVatRate) << QStringLiteral("19,6 %");
    QTest::newRow("unreadable VAT") << one(with(6, QStringLiteral("normale"))) << 2 << QStringLiteral("TVA")
                                    << int(ErrorCode::ImportValueUnreadable) << QStringLiteral("normale");
    QTest::newRow("unreadable stock")
        << one(with(9, QStringLiteral("beaucoup"))) << 2 << QStringLiteral("Stock")
        << int(ErrorCode::ImportValueUnreadable) << QStringLiteral("beaucoup");
    QTest::newRow("negative stock") << one(with(9, QStringLiteral("-2"))) << 2 << QStringLiteral("Stock")
                                    << int(ErrorCode::InvalidQuantity) << QStringLiteral("-2");
    QTest::newRow("fractional stock") << one(with(9, QStringLiteral("2,5"))) << 2 << QStringLiteral("Stock")
                                      << int(ErrorCode::InvalidQuantity) << QStringLiteral("2,5");
    QTest::newRow("absurd stock") << one(with(9, QStringLiteral("99999999999"))) << 2
                                  << QStringLiteral("Stock") << int(ErrorCode::QuantityTooLarge)
                                  << QStringLiteral("*");
    QTest::newRow("net quantity") << one(with(11, QStringLiteral("3 boîtes"))) << 2
                                  << QStringLiteral("Contenance") << int(ErrorCode::InvalidNetQuantity)
                                  << QStringLiteral("3 boîtes");
    QTest::newRow("rows of one product disagree")
        << QList<QStringList> {good,
                               row(QStringLiteral("Tee-shirt"), QStringLiteral("L"), ean(9),
                                   QStringLiteral("TS-L"), price, QStringLiteral("5,5"))}
        << 3 << QStringLiteral("TVA") << int(ErrorCode::ImportVariantsDisagree) << QStringLiteral("TVA");
    QTest::newRow("mojibake é") << one(with(0, QStringLiteral("CafÃ© moulu"))) << 2
                                << QStringLiteral("Désignation") << int(ErrorCode::SpreadsheetEncodingWrong)
                                << QStringLiteral("CafÃ© moulu");
    QTest::newRow("mojibake è") << one(with(7, QStringLiteral("BibliothÃ¨que"))) << 2
                                << QStringLiteral("Rayon") << int(ErrorCode::SpreadsheetEncodingWrong)
                                << QStringLiteral("BibliothÃ¨que");
    QTest::newRow("mojibake à") << one(with(0, QStringLiteral("Pâte Ã  tartiner"))) << 2
                                << QStringLiteral("Désignation") << int(ErrorCode::SpreadsheetEncodingWrong)
                                << QStringLiteral("Pâte Ã  tartiner");
}

void TestImportBadInput::badInput()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(int, code);
    QFETCH(QString, subject);

    // A second product, "Stylo" (REF-2), for the barcode taken by another variant.
    ProductFields stylo;
    stylo.name = QStringLiteral("Stylo");
    VariantFields ref2;
    ref2.reference = QStringLiteral("REF-2");
    ref2.priceCents = 150;
    QVERIFY(m_shop->catalogue.createProduct(stylo, ref2).ok());
    for (QStringList &r : rows) {
        if (r.at(3).endsWith(QStringLiteral(";3017620422003")))
            r[4] = QStringLiteral("REF-2");
    }
    Database &db = m_shop->db();
    const QStringList before = snapshot(db);
    const int outbox = count(db, QStringLiteral("sync_outbox"));

    const Sheet sheet = sheetOf(rows);
    CatalogueImport import(db, m_shop->clock, m_shop->uuids, m_shop->events);
    auto summary = import.run(sheet, mappingOf(sheet), {});
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QVERIFY(!summary->written);
    QVERIFY(!summary->problems.isEmpty());
    const ImportProblem &p = summary->problems.constFirst();
    QCOMPARE(p.row, row);
    QCOMPARE(p.column, column);
    QCOMPARE(int(p.error.code), code);
    if (subject != QLatin1String("*")) // "*": the bound, formatted in the test's locale
        QCOMPARE(p.error.subject, subject);
    QCOMPARE(snapshot(db), before); // nothing written
    QCOMPARE(count(db, QStringLiteral("sync_outbox")), outbox);
}

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
