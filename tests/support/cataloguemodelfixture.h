// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixtures.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/cataloguemodel.h"

#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <memory>

namespace comptoir {

// What the catalogue model tests share: a big generated shop, a small hand-made one, and
// helpers to read a model's rows.
namespace CatalogueModelFixture {

using Filter = CatalogueModel::Filter;

inline Filter textFilter(const QString &text)
{
    Filter filter;
    filter.text = text;
    return filter;
}

// Fetches every page, checking that each fetch adds at most one page.
inline int fetchAll(CatalogueModel &model)
{
    int fetches = 0;
    while (model.canFetchMore()) {
        const int before = model.rowCount();
        model.fetchMore();
        const int added = model.rowCount() - before;
        if (added > CatalogueModel::PageSize)
            return -1;
        ++fetches;
    }
    return fetches;
}

inline QList<qint64> modelIds(const CatalogueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CatalogueModel::VariantIdRole).toLongLong();
    return ids;
}

inline QStringList modelReferences(const CatalogueModel &model)
{
    QStringList references;
    for (int row = 0; row < model.rowCount(); ++row)
        references << model.index(row, CatalogueModel::ReferenceColumn).data().toString();
    return references;
}

inline QList<qint64> sqlIds(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QList<qint64> ids;
    auto q = db.query(sql, bindings);
    if (!q)
        return ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

inline VariantFields variantFields(const QString &label, const QString &reference, qint64 priceCents,
                                   const QStringList &barcodes = {})
{
    VariantFields fields;
    fields.label = label;
    fields.reference = reference;
    fields.priceCents = priceCents;
    fields.barcodes = barcodes;
    return fields;
}

// The shops. The test class calls makeBigShop() from initTestCase() and failOnWarnings() from
// init().
class Shops
{
protected:
    void makeBigShop()
    {
        // Thousands of "added product" lines would cost more than making the products.
        QLoggingCategory::setFilterRules(QStringLiteral("comptoir.models.catalogue.info=false\n"
                                                        "comptoir.models.stock.info=false"));
        QElapsedTimer timer;
        timer.start();
        m_big = std::make_unique<TestShop>();
        QVERIFY(m_big->temp.isValid());
        const Status populated = m_big->populate(5000);
        QVERIFY2(populated.ok(), qPrintable(populated.error().detail));
        qInfo("5000 variants made in %lld ms", static_cast<long long>(timer.elapsed()));
    }

    static void failOnWarnings()
    {
        // A warning means a query failed (the model logs it): every test fails on one.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    // A small shop with known products, in m_small (rebuilt by each test that changes it).
    void makeSmallShop()
    {
        m_small = std::make_unique<TestShop>();
        QVERIFY(m_small->temp.isValid());
        Catalogue &c = m_small->catalogue;
        auto grocery = c.addCategory(QStringLiteral("Épicerie"));
        auto hygiene = c.addCategory(QStringLiteral("Hygiène"));
        auto drinks = c.addCategory(QStringLiteral("Boissons"));
        QVERIFY(grocery && hygiene && drinks);

        m_jamBarcode = Barcode::complete(QStringLiteral("376000000123"));
        ProductFields jam {
            QStringLiteral("Confiture de fraises"), QStringLiteral("Maison Martin"), *grocery, 550, {}};
        auto jamCreated
            = c.createProduct(jam, variantFields(QStringLiteral("250 g"), QStringLiteral("CONF-250"), 450));
        QVERIFY(jamCreated);
        QVERIFY(c.addVariant(
            jamCreated->productId,
            variantFields(QStringLiteral("500 g"), QStringLiteral("CONF-500"), 790, {m_jamBarcode})));

        ProductFields honey {
            QStringLiteral("Miel de Sologne"), QStringLiteral("Les Ruchers"), *grocery, 550, {}};
        QVERIFY(c.createProduct(honey, variantFields({}, QStringLiteral("MIEL-1"), 1290)));

        ProductFields soap {
            QStringLiteral("Savon au lait d'ânesse"), QStringLiteral("Bulles & Cie"), *hygiene, 2000, {}};
        QVERIFY(c.createProduct(soap, variantFields({}, QStringLiteral("SAV-1"), 650)));

        ProductFields tea {
            QStringLiteral("Thé vert \"Sencha\" (bio)"), QStringLiteral("Maison Martin"), *drinks, 550, {}};
        QVERIFY(c.createProduct(tea, variantFields(QStringLiteral("100 g"), QStringLiteral("THE-1"), 890)));

        ProductFields notebook {QStringLiteral("Carnet ligné"), {}, std::nullopt, 2000, {}};
        QVERIFY(
            c.createProduct(notebook, variantFields(QStringLiteral("A5"), QStringLiteral("CARN-A5"), 350)));
    }

    std::unique_ptr<TestShop> m_big; // 5 000 variants, read-only for the tests
    std::unique_ptr<TestShop> m_small;
    QString m_jamBarcode;
};

} // namespace CatalogueModelFixture

} // namespace comptoir
