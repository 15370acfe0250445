// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace comptoir {

class CartModel;
class Catalogue;
class Database;
class FavouritesBar;
class ManagerApproval;
class OperatorSession;
class ShopSettings;
class StockLedger;
class TillMessageLine;

// The till's catalogue shortcuts: favourite products as buttons (the page's FavouritesBar,
// Alt+1…Alt+9) that add their variant; a manager adds a line's product or removes one (from its
// context menu). And an unknown code created as a product (F2, a manager), then added. Its
// dialogs open on the page.
class TillFavourites : public QObject
{
    Q_OBJECT

public:
    // bar: the page's favourites bar, which this drives. ledger: the initial stock of a product
    // created from the till.
    TillFavourites(Database &db, Catalogue &catalogue, StockLedger &ledger, const CartModel &cart,
                   ManagerApproval &approval, OperatorSession &session, TillMessageLine &messages,
                   FavouritesBar *bar, QWidget *page);

    // Reads the favourites again (a failure is logged).
    void reload();
    // The product of the cart's line row (none when negative) as a favourite (a manager's PIN
    // asked for when the operator is not one).
    void addToFavourites(int row);
    void removeFavourite(qint64 variantId);
    // The unknown code as a new product (a manager's PIN asked for when the operator is not one);
    // once saved, productCreated().
    void openCreateProductDialog(const QString &code);

Q_SIGNALS:
    // A favourite was chosen (by someone signed in): its variant goes into the cart.
    void variantChosen(qint64 variantId);
    // A product was created from an unknown code: its variant goes into the cart.
    void productCreated(qint64 variantId);

private:
    void showCreateProductDialog(const QString &code);

    Database &m_db;
    Catalogue &m_catalogue;
    StockLedger &m_ledger;
    const CartModel &m_cart;
    ManagerApproval &m_approval;
    OperatorSession &m_session;
    TillMessageLine &m_messages;
    FavouritesBar *m_bar;
    QWidget *m_page;
};

} // namespace comptoir
