// TillPage: payments and committing the sale, parking, resuming and cancelling a ticket.
#include "ui/till/tillpage.h"

#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketcalculator.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/till/freepricedialog.h"
#include "ui/till/parkedticketsdialog.h"
#include "ui/till/paymentpanel.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace comptoir {

SaleDraft TillPage::currentDraft() const
{
    SaleDraft draft = m_cart->draft(m_session.isSignedIn() ? m_session.current()->id : 0);
    draft.payments = m_payments;
    draft.tenderedCents = m_cashTendered;
    return draft;
}

void TillPage::resetPayments()
{
    m_payments.clear();
    m_cashTendered = 0;
    m_paymentPanel->clearAmount();
    updateTotals();
}

void TillPage::takePayment(PaymentMethod method)
{
    if (!canSell())
        return;
    if (m_cart->isEmpty()) {
        showMessage(tr("The ticket is empty: scan or search an item first."), Tone::Warning);
        return;
    }
    if (!mayGoOnSelling([this, method] { takePayment(method); }))
        return;
    const qint64 remaining = TicketCalculator::remaining(m_cart->totalCents(), m_payments);
    const QString text = m_paymentPanel->amountText().trimmed();
    qint64 typed = remaining;
    if (!text.isEmpty()) {
        auto parsed = Money::parse(text);
        if (!parsed) {
            showError(parsed.error());
            return;
        }
        typed = *parsed;
    }
    Payment payment {method, typed, {}};
    if (method == PaymentMethod::Cash)
        payment.amountCents = qMin(typed, remaining); // the excess is change
    auto accepted = TicketCalculator::acceptPayment(remaining, payment);
    if (!accepted) {
        showError(accepted.error());
        return;
    }
    m_payments.append(payment);
    if (method == PaymentMethod::Cash)
        m_cashTendered += typed;
    m_paymentPanel->clearAmount();
    if (remaining - payment.amountCents == 0) {
        commit();
        return;
    }
    clearMessage();
    updateTotals();
}

void TillPage::commit()
{
    auto ticket = m_journal.commitSale(currentDraft());
    if (!ticket) {
        showError(ticket.error());
        resetPayments();
        return;
    }
    m_lastTicket = *ticket;
    m_cart->clear();
    resetPayments();
    showMessage(tr("Ticket n° %1 — change: %2").arg(ticket->number).arg(Money::format(ticket->changeCents)),
                Tone::Success);
    if (m_resultsView->isVisible())
        m_searchModel->refresh(); // stock on hand changed
    m_searchEdit->setFocus();
    Q_EMIT saleCommitted(*ticket);
}

void TillPage::openFreePriceDialog()
{
    if (!canSell())
        return;
    if (m_cart->isEmpty() && !mayGoOnSelling([this] { openFreePriceDialog(); }))
        return;
    auto *dialog = new FreePriceDialog(this);
    dialog->setObjectName(QStringLiteral("freePriceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_unknownCode.isEmpty())
        dialog->setLabel(tr("Item %1").arg(m_unknownCode));
    connect(dialog, &FreePriceDialog::lineAccepted, this,
            [this](const QString &label, qint64 price, int vatRateBp) {
                auto row = m_cart->addFreePriceLine(label, price, vatRateBp);
                if (!row) {
                    showError(row.error());
                    return;
                }
                setUnknownCode({});
                clearMessage();
                selectRow(*row);
            });
    dialog->open();
}

void TillPage::park()
{
    if (!canSell())
        return;
    if (m_cart->isEmpty()) {
        showMessage(tr("The ticket is empty: there is nothing to park."), Tone::Warning);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("parkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Park the ticket"));
    dialog->setLabelText(tr("A name to find it again (optional):"));
    connect(dialog, &QInputDialog::textValueSelected, this, &TillPage::doPark);
    dialog->open();
}

void TillPage::doPark(const QString &label)
{
    auto parked = m_drafts.park(currentDraft(), label.trimmed());
    if (!parked) {
        showError(parked.error());
        return;
    }
    m_cart->clear();
    resetPayments();
    showMessage(tr("Ticket parked. Resume it with F7."), Tone::Info);
    m_searchEdit->setFocus();
}

void TillPage::resumeParked()
{
    if (!canSell())
        return;
    if (!m_cart->isEmpty()) {
        showMessage(tr("Park or cancel the current ticket before resuming another one."), Tone::Warning);
        return;
    }
    auto tickets = m_drafts.parked();
    if (!tickets) {
        showError(tickets.error());
        return;
    }
    if (tickets->isEmpty()) {
        showMessage(tr("No ticket is parked."), Tone::Info);
        return;
    }
    auto *dialog = new ParkedTicketsDialog(*tickets, this);
    dialog->setObjectName(QStringLiteral("parkedTicketsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParkedTicketsDialog::resumeRequested, this, &TillPage::doResume);
    dialog->open();
}

void TillPage::doResume(qint64 parkedId)
{
    if (!m_cart->isEmpty()) {
        showMessage(tr("Park or cancel the current ticket before resuming another one."), Tone::Warning);
        return;
    }
    auto draft = m_drafts.resume(parkedId);
    if (!draft) {
        showError(draft.error());
        return;
    }
    auto status = m_cart->setDraft(*draft);
    if (!status) {
        showError(status.error());
        return;
    }
    m_payments = draft->payments;
    m_cashTendered = draft->tenderedCents;
    updateTotals();
    clearMessage();
    selectRow(m_cart->rowCount() - 1);
    m_searchEdit->setFocus();
}

void TillPage::cancelTicket()
{
    if (!canSell() || m_cart->isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the ticket"),
                                tr("Cancel this ticket of %1? The cancellation is recorded.")
                                    .arg(Money::format(m_cart->totalCents())),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            doCancel();
    });
    box->open();
}

void TillPage::doCancel()
{
    if (m_cart->isEmpty())
        return;
    auto status = m_drafts.cancel(currentDraft());
    if (!status) {
        showError(status.error());
        return;
    }
    m_cart->clear();
    resetPayments();
    showMessage(tr("Ticket cancelled."), Tone::Info);
    m_searchEdit->setFocus();
}

} // namespace comptoir
