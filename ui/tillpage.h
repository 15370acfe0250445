#pragma once

#include "salejournal.h"
#include "ticket.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace comptoir {

class CartModel;
class Catalogue;
class CatalogueModel;
class Database;
class OperatorSession;
class PaymentPanel;
class ScanCatcher;
struct Error;

// The till ("Caisse"): the cart built by scanning (anywhere on the page, the code never lands
// in a field), by search-as-you-type or by a free-price line; quantities (+ / −), removal
// (Delete); payments (cash with change, card, cheque, voucher, mixed) — the sale is committed
// as soon as it is fully paid; park (F6), resume (F7) and cancel (F8) a ticket in progress.
// Selling needs an operator signed in (OperatorSession). Dialogs are opened with open(), never
// exec(): they are children of the page. The page keeps statements prepared on db's connection
// (its search model), so it must not outlive db.
class TillPage : public QWidget
{
    Q_OBJECT

public:
    TillPage(Database &db, Catalogue &catalogue, SaleJournal &journal, OperatorSession &session,
             QWidget *parent = nullptr);
    ~TillPage() override;

    CartModel *cart() const { return m_cart; }
    ScanCatcher *scanCatcher() const { return m_scanCatcher; }
    // The line shown above the cart: the last sale and its change, an unknown code, an error…
    QString message() const;
    const QList<Payment> &payments() const { return m_payments; }
    const std::optional<Ticket> &lastTicket() const { return m_lastTicket; }
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

Q_SIGNALS:
    // A sale is stored (the receipt may be printed from it).
    void saleCommitted(const comptoir::Ticket &ticket);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Tone { Info, Success, Warning, Error };

    void buildUi();
    QWidget *buildCartButtons();
    QWidget *buildTicketButtons();
    void updateState();
    void updateTotals();
    void showMessage(const QString &text, Tone tone);
    void showError(const Error &error);
    void clearMessage();

    void addVariant(qint64 variantId);
    void addFromSearch();
    void onSearchTextChanged(const QString &text);
    void changeQuantity(int delta);
    void removeSelectedLine();
    int selectedRow() const;
    void selectRow(int row);

    void commit();
    void resetPayments();
    void doPark(const QString &label);
    void doResume(qint64 parkedId);
    void doCancel();
    SaleDraft currentDraft() const;

    Database &m_db;
    Catalogue &m_catalogue;
    SaleJournal &m_journal;
    OperatorSession &m_session;

    CartModel *m_cart = nullptr;
    CatalogueModel *m_searchModel = nullptr;
    ScanCatcher *m_scanCatcher = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_resultsView = nullptr;
    QTableView *m_cartView = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    PaymentPanel *m_paymentPanel = nullptr;
    QList<QWidget *> m_sellingWidgets; // disabled while nobody is signed in

    QList<Payment> m_payments; // taken for the ticket in progress
    qint64 m_cashTendered = 0; // the cash handed over for it
    QString m_unknownCode; // the last code not found, offered as a free-price line
    std::optional<Ticket> m_lastTicket;
};

} // namespace comptoir
