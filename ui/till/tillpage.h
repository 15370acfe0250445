// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"
#include "models/sales/ticket.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTableView;

namespace comptoir {

class CartModel;
class Catalogue;
class CatalogueModel;
class Database;
class FavouritesBar;
class ManagerApproval;
class OrderCollection;
class Operators;
class OperatorSession;
class OverdueClosureDialog;
class OverdueDayGate;
class PaymentPanel;
class ReservedStock;
class ProductPhotos;
class ScanCatcher;
class ShopSettings;
class StockLedger;
class ThumbnailLoader;
class TicketSession;
class TillCart;
class TillCollection;
class TillDiscounts;
class TillFavourites;
class TillMessageLine;
class TillParking;
class TillPayment;
struct Error;

// The till ("Caisse"): the cart built by scanning (anywhere on the page, the code never lands
// in a field), by search-as-you-type or by a free-price line; quantities (+ / −), removal
// (Delete); payments (cash with change, card, cheque, voucher, mixed) — the sale is committed
// as soon as it is fully paid; park (F6), resume (F7) and cancel (F8) a ticket in progress.
// Discounts on the selected line (F4) or the ticket (Shift+F4), as a percentage or an amount:
// above TillSettings::discountThresholdBp of the amount discounted, a cashier needs a manager's
// PIN. A price override of the selected line (F3) always needs a manager (their PIN, unless the
// operator is one). Favourite products as buttons (Alt+1…Alt+9); a manager adds the selected
// line's product (or removes one, from its context menu). An unknown code can be sold at a free
// price or, by a manager, created as a product (F2) and added.
// A trading day left unclosed for more than 24 hours (overdueBusinessDay) must be closed before
// the next sale: the first line put into an empty cart (scan, search, favourite, free price) and
// every payment first open an OverdueClosureDialog ("Close 25/11 now", Enter; a cashier needs a
// manager's PIN); once the day is closed the action goes on, Cancel leaves everything as it was.
// While a day is overdue a banner ("overdueBanner") says so, with a "Close now" button.
// Selling needs an operator signed in (OperatorSession). Dialogs are opened with open(), never
// exec(): they are children of the page. The page keeps statements prepared on db's connection
// (its search model), so it must not outlive db.
//
// The rules (the overdue day, the discount threshold, who authorises, the payments in progress)
// are the ticket session's (TicketSession, models/sales), which holds the cart and is the only way
// to a committed sale; the page shows it and drives it. The page builds the layout and owns its
// collaborators, each with one responsibility: TillCart (editing the cart), TillPayment
// (payments), TillParking (park, resume, cancel), TillDiscounts (discounts and price overrides),
// TillFavourites (favourites, products created from an unknown code), OverdueDayGate (the
// overdue day's closing), ManagerApproval (a manager's PIN) and TillMessageLine (the message
// line).
class TillPage : public QWidget
{
    Q_OBJECT

public:
    // ledger: the initial stock of a product created from the till. ticket: the ticket in
    // progress and its rules (it must outlive the page). closing: the overdue day's closure.
    TillPage(Database &db, Catalogue &catalogue, StockLedger &ledger, TicketSession &ticket,
             DayClosing &closing, Operators &operators, OperatorSession &session, ShopSettings &settings,
             QWidget *parent = nullptr);
    ~TillPage() override;

    // The ticket's cart, to read (it changes through the ticket session).
    const CartModel *cart() const;
    TicketSession &ticket() const { return m_ticket; }
    ScanCatcher *scanCatcher() const { return m_scanCatcher; }
    // The line shown above the cart: the last sale and its change, an unknown code, an error…
    QString message() const;
    const QList<Payment> &payments() const;
    const std::optional<Ticket> &lastTicket() const;
    bool canSell() const;

    // What a scan does: adds the variant with this barcode or reference, or says it is unknown.
    void handleCode(const QString &code);
    // Records a payment with the amount typed (empty: what remains; for cash, the money handed
    // over, any excess being change). Commits the sale when nothing remains.
    void takePayment(PaymentMethod method);
    void openFreePriceDialog();
    void park();
    void resumeParked();
    void cancelTicket();

    // Discounts and overrides (a manager's PIN asked for when the rules say so).
    void openLineDiscountDialog();
    void openTicketDiscountDialog();
    void openPriceOverrideDialog();
    // Favourites (a manager's PIN asked for when the operator is not one).
    FavouritesBar *favouritesBar() const { return m_favouritesBar; }
    void addSelectedToFavourites();
    void removeFavourite(qint64 variantId);
    // The last unknown code as a new product (a manager's PIN asked for when the operator is
    // not one); once saved, it is added to the ticket.
    void openCreateProductDialog();

    // Messages from outside the page (printing, returns). A notice replaces the message line; a
    // problem is added under it, so that after a sale the change stays in view.
    void showNotice(const QString &text);
    void showProblem(const Error &error);

    // The oldest trading day overdue for its closure, as last checked (empty: none).
    QString overdueDay() const;
    // Checks again for an overdue day and shows or hides the banner (on showing the page, after
    // a closure made elsewhere).
    void checkOverdueDay();
    // Opens the overdue day's closing dialog (the banner's button, Ctrl+Shift+Z); no-op when no
    // day is overdue.
    void openOverdueClosure();
    // The overdue day's closing dialog, while it is open.
    OverdueClosureDialog *overdueClosureDialog() const;

    // Reads the search's results again when some are shown (the catalogue changed elsewhere).
    void refreshSearch();

    // Adds a large button to the ticket's row (park, resume, cancel, discount…), disabled while
    // nobody is signed in.
    void addTicketButton(QPushButton *button);

    // The products' main photos beside the search's results and the cart's lines (issue 15),
    // from the loader's cache: a scan never waits on a photo's file. Called once, from app/.
    void showThumbnails(ThumbnailLoader &thumbnails, ProductPhotos &photos);
    // Online orders at the till (issue 16, TillCollection): an order's code scanned collects it,
    // a "Collect an order" button ("collectOrderButton") searches by number, name or phone, and
    // a variant put into the ticket shows what online orders reserve of it. Called once, from
    // app/; both must outlive the page.
    void enableOrders(OrderCollection &collection, ReservedStock &stock);
    TillCollection *collection() const { return m_collection; }

Q_SIGNALS:
    // A sale is stored (the receipt may be printed from it).
    void saleCommitted(const comptoir::Ticket &ticket);
    // An overdue day was closed from the till (its Z report may be printed from it).
    void dayClosed(const comptoir::Closure &closure);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildOverdueBanner();
    QWidget *buildMessageRow();
    QWidget *buildCartButtons();
    QWidget *buildTicketButtons();
    void connectCollaborators();
    void updateState();
    void updateTotal();
    void onSaleCommitted(const Ticket &ticket);
    void onDayClosed(const Closure &closure);

    OperatorSession &m_session;
    TicketSession &m_ticket;

    CatalogueModel *m_searchModel = nullptr;
    ScanCatcher *m_scanCatcher = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_resultsView = nullptr;
    QTableView *m_cartView = nullptr;
    QLabel *m_totalLabel = nullptr;
    TillMessageLine *m_messages = nullptr;
    QLabel *m_operatorLabel = nullptr;
    PaymentPanel *m_paymentPanel = nullptr;
    FavouritesBar *m_favouritesBar = nullptr;
    QPushButton *m_createProductButton = nullptr;
    QGridLayout *m_ticketButtons = nullptr;
    QWidget *m_overdueBanner = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QList<QWidget *> m_sellingWidgets; // disabled while nobody is signed in

    ManagerApproval *m_approval = nullptr;
    OverdueDayGate *m_overdueGate = nullptr;
    TillPayment *m_payment = nullptr;
    TillDiscounts *m_discounts = nullptr;
    TillCart *m_tillCart = nullptr;
    TillParking *m_parking = nullptr;
    TillFavourites *m_favourites = nullptr;
    TillCollection *m_collection = nullptr; // none until enableOrders()
};

} // namespace comptoir
