// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguemodelfixture.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/cataloguemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace comptoir;
using namespace comptoir::CatalogueModelFixture;

// CatalogueModel full-text search: the FTS5 query built from what is typed, what it finds in a
// small shop, and its order and paging in a big one.
class TestCatalogueSearchModel : public QObject, protected Shops
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { makeBigShop(); }
    void init() { failOnWarnings(); }

    void ftsQuery_data();
    void ftsQuery();
    void search_data();
    void search();
    void searchOrderedBySortKeyWhenFew();
    void searchPagedByRowidWhenMany();

private:
    std::unique_ptr<TestShop> m_searchShop; // the small shop, unchanged, for search()
};

void TestCatalogueSearchModel::ftsQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only symbols") << QStringLiteral("\" * ( - : ^ ") << QString();
    QTest::newRow("one word") << QStringLiteral("miel") << QStringLiteral("\"miel\"*");
    QTest::newRow("words") << QStringLiteral("  miel  de sologne ")
                           << QStringLiteral("\"miel\"* \"de\"* \"sologne\"*");
    QTest::newRow("apostrophe") << QStringLiteral("l'huile") << QStringLiteral("\"l\"* \"huile\"*");
    QTest::newRow("operators") << QStringLiteral("miel OR NOT savon")
                               << QStringLiteral("\"miel\"* \"OR\"* \"NOT\"* \"savon\"*");
    QTest::newRow("quotes and columns")
        << QStringLiteral("name:\"the*(bio)-x") << QStringLiteral("\"name\"* \"the\"* \"bio\"* \"x\"*");
    QTest::newRow("accents kept") << QStringLiteral("Épicerie") << QStringLiteral("\"Épicerie\"*");
    // A decomposed é (e + combining acute) is composed first, so it stays one word.
    QTest::newRow("decomposed") << QStringLiteral("e\u0301pice") << QStringLiteral("\"\u00e9pice\"*");
    QTest::newRow("digits") << QStringLiteral("3760000001234") << QStringLiteral("\"3760000001234\"*");
}

void TestCatalogueSearchModel::ftsQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CatalogueModel::ftsQuery(text), expected);
}

void TestCatalogueSearchModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("references"); // in catalogue order

    const QStringList jams = {QStringLiteral("CONF-250"), QStringLiteral("CONF-500")};
    QTest::newRow("name prefix") << QStringLiteral("conf") << jams;
    QTest::newRow("name prefix upper case") << QStringLiteral("CONFIT") << jams;
    QTest::newRow("brand") << QStringLiteral("martin") << (jams + QStringList {QStringLiteral("THE-1")});
    QTest::newRow("brand two words") << QStringLiteral("maison mart")
                                     << (jams + QStringList {QStringLiteral("THE-1")});
    QTest::newRow("category without accent")
        << QStringLiteral("epice") << (jams + QStringList {QStringLiteral("MIEL-1")});
    QTest::newRow("category with accent")
        << QStringLiteral("Épicerie") << (jams + QStringList {QStringLiteral("MIEL-1")});
    QTest::newRow("accent in the name") << QStringLiteral("anesse") << QStringList {QStringLiteral("SAV-1")};
    QTest::newRow("accent in the query") << QStringLiteral("thé") << QStringList {QStringLiteral("THE-1")};
    QTest::newRow("barcode exact") << Barcode::complete(QStringLiteral("376000000123"))
                                   << QStringList {QStringLiteral("CONF-500")};
    QTest::newRow("barcode prefix") << QStringLiteral("37600") << QStringList {QStringLiteral("CONF-500")};
    QTest::newRow("reference") << QStringLiteral("sav-1") << QStringList {QStringLiteral("SAV-1")};
    QTest::newRow("variant label") << QStringLiteral("500 g") << QStringList {QStringLiteral("CONF-500")};
    QTest::newRow("words AND") << QStringLiteral("miel sologne") << QStringList {QStringLiteral("MIEL-1")};
    QTest::newRow("words AND, no match") << QStringLiteral("miel martin") << QStringList();
    QTest::newRow("across columns") << QStringLiteral("confiture 500")
                                    << QStringList {QStringLiteral("CONF-500")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
    QTest::newRow("double quote") << QStringLiteral("the \"sencha") << QStringList {QStringLiteral("THE-1")};
    QTest::newRow("lone double quote")
        << QStringLiteral("\"") << QStringList(); // no words: no search, see below
    QTest::newRow("star") << QStringLiteral("sencha*") << QStringList {QStringLiteral("THE-1")};
    QTest::newRow("parenthesis") << QStringLiteral("(bio") << QStringList {QStringLiteral("THE-1")};
    QTest::newRow("minus") << QStringLiteral("-vert") << QStringList {QStringLiteral("THE-1")};
    QTest::newRow("column syntax") << QStringLiteral("codes:conf") << QStringList();
    QTest::newRow("NOT") << QStringLiteral("miel NOT sologne") << QStringList();
    QTest::newRow("OR") << QStringLiteral("miel OR savon") << QStringList();
    QTest::newRow("NEAR") << QStringLiteral("NEAR(miel sologne)") << QStringList();
    QTest::newRow("caret") << QStringLiteral("^miel") << QStringList {QStringLiteral("MIEL-1")};
}

void TestCatalogueSearchModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, references);
    if (!m_searchShop) {
        makeSmallShop();
        m_searchShop = std::move(m_small);
    }
    QVERIFY(m_searchShop);
    CatalogueModel model(m_searchShop->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);

    model.setFilter(textFilter(text));
    QCOMPARE(model.filter().text, text);
    if (CatalogueModel::ftsQuery(text).isEmpty()) {
        QCOMPARE(model.rowCount(), 6); // no words: the whole catalogue
        return;
    }
    QVERIFY(!model.canFetchMore());
    QCOMPARE(modelReferences(model), references);
}

void TestCatalogueSearchModel::searchOrderedBySortKeyWhenFew()
{
    // About ten variants per noun + qualifier pair in the fixture.
    const QString text = QStringLiteral("nougat gatinais");
    const QString fts = CatalogueModel::ftsQuery(text);
    const QList<qint64> expected = sqlIds(
        m_big->db(),
        QStringLiteral("SELECT id FROM variants WHERE id IN (SELECT rowid FROM catalogue_search WHERE "
                       "catalogue_search MATCH ?) ORDER BY sort_key, id"),
        {fts});
    QVERIFY(expected.size() > 1);
    QVERIFY(expected.size() <= CatalogueModel::SearchSortLimit);

    CatalogueModel model(m_big->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(textFilter(text));
    QVERIFY(!model.canFetchMore());
    QCOMPARE(modelIds(model), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, CatalogueModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Nougat")));
}

void TestCatalogueSearchModel::searchPagedByRowidWhenMany()
{
    const QString text = QStringLiteral("Épicerie");
    const QList<qint64> expected = sqlIds(m_big->db(),
                                          QStringLiteral("SELECT rowid FROM catalogue_search WHERE "
                                                         "catalogue_search MATCH ? ORDER BY rowid"),
                                          {CatalogueModel::ftsQuery(text)});
    QVERIFY(expected.size() > CatalogueModel::SearchSortLimit + CatalogueModel::PageSize);

    CatalogueModel model(m_big->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(textFilter(text));
    QCOMPARE(model.rowCount(), int(CatalogueModel::PageSize));
    QVERIFY(model.canFetchMore());
    QVERIFY(fetchAll(model) > 0);
    QCOMPARE(modelIds(model), expected); // rowid order, each once
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, CatalogueModel::CategoryColumn).data().toString(), text);

    // Every variant has a barcode "200…": all 5 000 come, in pages.
    model.setFilter(textFilter(QStringLiteral("2000")));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5000);
}

QTEST_GUILESS_MAIN(TestCatalogueSearchModel)
#include "tst_cataloguesearchmodel.moc"
