// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importcolumns.h"

#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ImportColumn)

// Issue 14: the headers other tills and spreadsheets write, read as the import's columns; the
// export's own headers read back as their columns.
class TestImportColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHeader_data();
    void fromHeader();
    void notAColumn_data();
    void notAColumn();
    void exportHeadersReadBack();
    void keysRoundTrip();
};

void TestImportColumns::fromHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportColumn>("column");
    const auto row = [](const char *header, ImportColumn column) {
        QTest::newRow(header) << QString::fromUtf8(header) << column;
    };
    row("Désignation", ImportColumn::Name);
    row("LIBELLÉ", ImportColumn::Name);
    row("Product name", ImportColumn::Name);
    row("Taille", ImportColumn::Size);
    row("Coloris", ImportColumn::Colour);
    row("Code barre", ImportColumn::Barcode);
    row("Code-barres", ImportColumn::Barcode);
    row("EAN13", ImportColumn::Barcode);
    row("GTIN", ImportColumn::Barcode);
    row("Réf.", ImportColumn::Reference);
    row("Code article", ImportColumn::Reference);
    row("Prix TTC (€)", ImportColumn::Price);
    row("PV TTC", ImportColumn::Price);
    row("Prix de vente", ImportColumn::Price);
    row("Taux TVA", ImportColumn::Vat);
    row("TVA %", ImportColumn::Vat);
    row("VAT rate", ImportColumn::Vat);
    row("Rayon", ImportColumn::Category);
    row("Famille", ImportColumn::Category);
    row("Marque", ImportColumn::Brand);
    row("Stock", ImportColumn::Stock);
    row("Qté", ImportColumn::Stock);
    row("Qté stock", ImportColumn::Stock);
    row("Quantité en stock", ImportColumn::Stock);
    row("Stock (unités)", ImportColumn::Stock);
    row("Prix d'achat H.T.", ImportColumn::Cost);
    row("Prix achat HT", ImportColumn::Cost);
    row("PA HT", ImportColumn::Cost);
    row("Contenance", ImportColumn::NetQuantity);
    row("Poids net", ImportColumn::NetQuantity);
    row("Seuil d'alerte", ImportColumn::LowStock);
    row("Descriptif", ImportColumn::Description);
}

void TestImportColumns::fromHeader()
{
    QFETCH(QString, header);
    QFETCH(ImportColumn, column);
    QCOMPARE(ImportColumns::fromHeader(header), std::optional<ImportColumn>(column));
}

void TestImportColumns::notAColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("empty") << QString();
    QTest::newRow("punctuation") << QStringLiteral("—");
    QTest::newRow("date") << QStringLiteral("Date de création");
    QTest::newRow("supplier") << QStringLiteral("Fournisseur");
}

void TestImportColumns::notAColumn()
{
    QFETCH(QString, header);
    QVERIFY(!ImportColumns::fromHeader(header).has_value());
}

void TestImportColumns::exportHeadersReadBack()
{
    for (ImportColumn column : ImportColumns::all())
        QCOMPARE(ImportColumns::fromHeader(ImportColumns::exportHeader(column)),
                 std::optional<ImportColumn>(column));
}

void TestImportColumns::keysRoundTrip()
{
    for (ImportColumn column : ImportColumns::all())
        QCOMPARE(ImportColumns::fromKey(ImportColumns::key(column)), std::optional<ImportColumn>(column));
    QVERIFY(!ImportColumns::fromKey(QStringLiteral("nom")).has_value());
}

QTEST_GUILESS_MAIN(TestImportColumns)
#include "tst_importcolumns.moc"
