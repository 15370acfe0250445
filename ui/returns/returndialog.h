// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace comptoir {

class Operators;
class OperatorSession;
class ReturnLinesModel;
class SaleJournal;
class TicketFinder;
class TicketReader;

// Returns and refunds: find the sale by scanning its receipt's return code, typing its number
// or searching (day, amount, article); choose the lines and quantities given back (never more
// than sold minus already refunded); refund by one of the sale's payment methods or as a
// credit note (voucher). A cashier needs a manager's PIN to refund. On success it emits
// refunded() with the stored refund ticket and closes. Open it with open().
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    // journal: the refund; tickets and finder: the sale looked up and what of it can be refunded.
    ReturnDialog(SaleJournal &journal, const TicketReader &tickets, const TicketFinder &finder,
                 Operators &operators, OperatorSession &session, QWidget *parent = nullptr);
    ~ReturnDialog() override;

    // Loads the sale with this return code or number (what a scan or the field does).
    void lookUp(const QString &codeOrNumber);

Q_SIGNALS:
    void refunded(const comptoir::Ticket &refund);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFinder();
    QWidget *buildSale();
    QPushButton *bigButton(const QString &text, const QString &name);
    void search();
    void loadSale(qint64 ticketId);
    void clearSale();
    void setMethods(const QList<Payment> &salePayments);
    static QString methodText(PaymentMethod method); // with its mnemonic (&)
    std::optional<PaymentMethod> chosenMethod() const;
    void updateRefund();
    void requestRefund();
    void commitRefund();
    void showError(const QString &text);
    void clearError();

    SaleJournal &m_journal;
    const TicketReader &m_tickets;
    const TicketFinder &m_finder;
    Operators &m_operators;
    OperatorSession &m_session;
    ReturnLinesModel *m_lines = nullptr;
    std::optional<Ticket> m_sale;

    QLineEdit *m_codeEdit = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QTableWidget *m_resultsView = nullptr;
    QLabel *m_saleLabel = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_refundTotalLabel = nullptr;
    QWidget *m_methodBox = nullptr;
    QButtonGroup *m_methodGroup = nullptr;
    QPushButton *m_refundButton = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace comptoir
