// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// models/listing/marketplacecategories.h: the taxonomy read in its order (parents first, by
// position), the picker's search by words, accent- and case-insensitive ("carn" → "Papeterie >
// Carnets"), a name starting with the word first, and the model checked by QAbstractItemModelTester.
#include "models/listing/marketplacecategories.h"
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace comptoir;

namespace {

struct Node
{
    const char *id;
    const char *parent;
    const char *name;
    int position;
};

// A piece of a French retail taxonomy, in a shuffled order.
const Node Nodes[] = {
    {"papeterie/carnets", "papeterie", "Carnets", 1},
    {"epicerie-fine", "", "Épicerie fine", 0},
    {"papeterie", "", "Papeterie", 1},
    {"papeterie/stylos", "papeterie", "Stylos et feutres", 0},
    {"epicerie-fine/confitures", "epicerie-fine", "Confitures et pâtes à tartiner", 0},
    {"papeterie/carnets/carnets-de-croquis", "papeterie/carnets", "Carnets de croquis", 0},
    {"maison/art-de-la-table", "maison", "Art de la table", 0},
    {"maison", "", "Maison", 2},
    {"librairie/bd", "librairie", "Bandes dessinées", 0},
    {"librairie", "", "Librairie", 3},
    {"maison/decoration/cartes", "maison/decoration", "Cartes et affiches", 0},
    {"maison/decoration", "maison", "Décoration", 1},
};

QString pathFor(const QString &id)
{
    for (const Node &node : Nodes) {
        if (QString::fromUtf8(node.id) == id) {
            const QString parent = QString::fromUtf8(node.parent);
            const QString name = QString::fromUtf8(node.name);
            return parent.isEmpty() ? name : pathFor(parent) + QStringLiteral(" > ") + name;
        }
    }
    return {};
}

void seed(Database &db)
{
    for (const Node &node : Nodes) {
        const QString id = QString::fromUtf8(node.id);
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO marketplace_categories (id, parent_id, name, path, position) "
                                   "VALUES (?, nullif(?, ''), ?, ?, ?)"),
                    {id, QString::fromUtf8(node.parent), QString::fromUtf8(node.name), pathFor(id),
                     node.position})
                .ok());
    }
}

QStringList shown(const MarketplaceCategories &model)
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(); ++row)
        paths.append(model.index(row).data().toString());
    return paths;
}

} // namespace

class TestMarketplaceCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taxonomyOrder();
    void searchByWords();
    void emptyTaxonomy();
};

void TestMarketplaceCategories::taxonomyOrder()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    seed(temp.db());
    MarketplaceCategories model(temp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(shown(model).mid(0, 6),
             (QStringList {QStringLiteral("Épicerie fine"),
                           QStringLiteral("Épicerie fine > Confitures et pâtes à tartiner"),
                           QStringLiteral("Papeterie"), QStringLiteral("Papeterie > Stylos et feutres"),
                           QStringLiteral("Papeterie > Carnets"),
                           QStringLiteral("Papeterie > Carnets > Carnets de croquis")}));
    QCOMPARE(model.all().at(5).depth, 2);
    QCOMPARE(model.index(4).data(MarketplaceCategories::IdRole).toString(),
             QStringLiteral("papeterie/carnets"));
    QCOMPARE(model.index(4).data(MarketplaceCategories::NameRole).toString(), QStringLiteral("Carnets"));
    QCOMPARE(model.pathOf(QStringLiteral("maison/decoration/cartes")),
             QStringLiteral("Maison > Décoration > Cartes et affiches"));
    QVERIFY(model.pathOf(QStringLiteral("nulle/part")).isEmpty());
}

void TestMarketplaceCategories::searchByWords()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    seed(temp.db());
    MarketplaceCategories model(temp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setSearch(QStringLiteral("carn"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(shown(model),
             (QStringList {QStringLiteral("Papeterie > Carnets"),
                           QStringLiteral("Papeterie > Carnets > Carnets de croquis")}));
    // Accents and case ignored, both ways.
    model.setSearch(QStringLiteral("EPICERIE"));
    QCOMPARE(shown(model).size(), 2);
    model.setSearch(QStringLiteral("décor"));
    QCOMPARE(shown(model).constFirst(), QStringLiteral("Maison > Décoration"));
    model.setSearch(QStringLiteral("pates"));
    QCOMPARE(shown(model), QStringList {QStringLiteral("Épicerie fine > Confitures et pâtes à tartiner")});
    // Every word must be found, in any order; the one whose name starts with the first word first.
    model.setSearch(QStringLiteral("croquis papet"));
    QCOMPARE(shown(model), QStringList {QStringLiteral("Papeterie > Carnets > Carnets de croquis")});
    model.setSearch(QStringLiteral("cartes"));
    QCOMPARE(shown(model), QStringList {QStringLiteral("Maison > Décoration > Cartes et affiches")});
    model.setSearch(QStringLiteral("papeterie"));
    QCOMPARE(shown(model).constFirst(), QStringLiteral("Papeterie"));
    QCOMPARE(shown(model).size(), 4);
    model.setSearch(QStringLiteral("xyz"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QStringLiteral("  "));
    QCOMPARE(model.rowCount(), 12);

    // A reload (after a sync) keeps the search.
    model.setSearch(QStringLiteral("bd"));
    QVERIFY(temp.db()
                .exec(QStringLiteral("INSERT INTO marketplace_categories (id, parent_id, name, path) VALUES "
                                     "('librairie/bd/manga', 'librairie/bd', 'Mangas', 'Librairie > Bandes "
                                     "dessinées > Mangas')"))
                .ok());
    model.setSearch(QStringLiteral("dessin"));
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);
}

void TestMarketplaceCategories::emptyTaxonomy()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    MarketplaceCategories model(temp.db());
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QStringLiteral("carn"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMarketplaceCategories)
#include "tst_marketplacecategories.moc"
