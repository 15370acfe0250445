// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace comptoir {

class Catalogue;
class Database;
class Operators;
class StockLedger;

// The demo shop: "Épicerie fine du Martroi", an Orléans delicatessen with about 300
// products, for trying Comptoir without touching a real shop. Its data is embedded
// (:/demo/catalogue.json) and the seeding is deterministic: two seeded databases hold the
// same products, prices, barcodes and stock (ids and timestamps differ).
class DemoShop
{
public:
    // Meta keys and the shop_kind value that marks a demo database.
    static QString shopKindKey() { return QStringLiteral("shop_kind"); }
    static QString shopNameKey() { return QStringLiteral("shop_name"); }
    static QString shopAddressKey() { return QStringLiteral("shop_address"); }
    static QString demoKind() { return QStringLiteral("demo"); }

    static constexpr quint32 StockSeed = 20261127;

    struct Counts
    {
        qint64 categories = 0;
        qint64 products = 0;
        qint64 variants = 0;
        qint64 barcodes = 0;
        qint64 movements = 0;
    };

    // The demo's operators: a manager and a cashier, with PINs everyone may know.
    struct DemoOperator
    {
        QString name;
        bool manager = false;
        QString pin;
    };
    static QList<DemoOperator> demoOperators();

    // Fills the demo shop in one transaction: categories, products and their variants with
    // EAN-13 barcodes, stock received (a few variants left below their low-stock threshold,
    // a few products archived), the demoOperators() (through operators, inside the same
    // transaction), and meta shop_kind=demo, shop_name, shop_address.
    // An already seeded demo is left as it is (success), except that a demo seeded before
    // operators existed (none at all) receives the demo operators. A database that holds products
    // and is not a demo (or is marked as another kind of shop) is refused with
    // ErrorCode::NotADemoShop and nothing is written.
    static Status seed(Database &db, Catalogue &catalogue, StockLedger &ledger, Operators &operators);

    // True when the database is marked as a demo shop.
    static Result<bool> isDemo(const Database &db);

    // For the benchmark: adds variantCount variants (1 to 3 per product) with names made
    // from word lists (:/demo/words.json), unique EAN-13 barcodes and stock received, in
    // one transaction, through the Catalogue and StockLedger API. Deterministic for a seed.
    static Status generateCatalogue(Database &db, Catalogue &catalogue, StockLedger &ledger, int variantCount,
                                    quint32 seed);

    // What a database holds (all rows, archived included).
    static Result<Counts> counts(const Database &db);
};

} // namespace comptoir
