// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillcart.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operatorsession.h"
#include "ui/till/freepricedialog.h"
#include "ui/till/overduedaygate.h"
#include "ui/till/tilldiscounts.h"
#include "ui/till/tillmessageline.h"
#include "ui/till/tillpayment.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

namespace comptoir {

TillCart::TillCart(TicketSession &ticket, Catalogue &catalogue, OperatorSession &session,
                   OverdueDayGate &gate, TillPayment &payment, TillDiscounts &discounts,
                   TillMessageLine &messages, QLineEdit *searchEdit, QTableView *resultsView,
                   CatalogueModel *searchModel, QTableView *cartView, QWidget *page)
    : QObject(page),
      m_ticket(ticket),
      m_catalogue(catalogue),
      m_session(session),
      m_gate(gate),
      m_payment(payment),
      m_discounts(discounts),
      m_messages(messages),
      m_searchEdit(searchEdit),
      m_resultsView(resultsView),
      m_searchModel(searchModel),
      m_cartView(cartView),
      m_page(page)
{
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &TillCart::onSearchTextChanged);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &TillCart::addFromSearch);
    connect(m_resultsView, &QTableView::activated, this, &TillCart::addFromSearch);
}

void TillCart::handleCode(const QString &code)
{
    auto found = m_catalogue.findVariantByCode(code.trimmed());
    if (!found) {
        m_messages.showError(found.error());
        return;
    }
    if (!found->has_value()) {
        if (const auto reading = m_ticket.policy().readScaleBarcode(code)) {
            addScaleItem(*reading);
            return;
        }
        setUnknownCode(code.trimmed());
        m_messages.showMessage(
            tr("Unknown code %1: this item is not in the catalogue. Press \"Free price\" to sell it "
               "at a price you type, or \"Create the product\" (F2).")
                .arg(m_unknownCode),
            TillMessageLine::Tone::Warning);
        return;
    }
    addVariant(**found);
}

void TillCart::addVariant(qint64 variantId)
{
    auto row = m_ticket.addVariant(variantId);
    if (!row) {
        m_gate.handleRefusal(row.error(), [this, variantId] { addVariant(variantId); });
        return;
    }
    setUnknownCode({});
    m_messages.clearMessage();
    selectRow(*row);
    Q_EMIT variantAdded(variantId);
}

void TillCart::addScaleItem(const ScaleReading &reading)
{
    auto row = m_ticket.addScaleItem(reading);
    if (!row) {
        m_gate.handleRefusal(row.error(), [this, reading] { addScaleItem(reading); });
        return;
    }
    setUnknownCode({});
    m_messages.clearMessage();
    selectRow(*row);
}

void TillCart::addCreatedProduct(qint64 variantId)
{
    refreshSearch();
    addVariant(variantId);
    focusSearch();
}

void TillCart::setUnknownCode(const QString &code)
{
    m_unknownCode = code;
    Q_EMIT unknownCodeChanged(code);
}

void TillCart::onSearchTextChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_resultsView->hide();
        return;
    }
    CatalogueModel::Filter filter;
    filter.text = text;
    m_searchModel->setFilter(filter);
    m_resultsView->show();
    if (m_searchModel->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_searchModel->index(0, CatalogueModel::NameColumn));
}

void TillCart::addFromSearch()
{
    if (!m_session.isSignedIn() || m_searchEdit->text().trimmed().isEmpty())
        return;
    if (m_enteredCode && m_enteredCode(m_searchEdit->text().trimmed())) {
        m_searchEdit->clear();
        m_searchEdit->setFocus();
        return;
    }
    QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid() && m_searchModel->rowCount() > 0)
        current = m_searchModel->index(0, 0);
    if (!current.isValid()) {
        m_messages.showMessage(tr("No product matches \"%1\".").arg(m_searchEdit->text().trimmed()),
                               TillMessageLine::Tone::Warning);
        return;
    }
    const qint64 variantId = current.data(CatalogueModel::VariantIdRole).toLongLong();
    m_searchEdit->clear();
    addVariant(variantId);
    m_searchEdit->setFocus();
}

bool TillCart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_resultsView->isVisible() && m_searchModel->rowCount() > 0) {
            m_resultsView->setFocus();
            if (!m_resultsView->currentIndex().isValid())
                m_resultsView->setCurrentIndex(m_searchModel->index(0, CatalogueModel::NameColumn));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void TillCart::openFreePriceDialog()
{
    if (!m_session.isSignedIn())
        return;
    if (m_ticket.cart().isEmpty() && !m_gate.mayGoOnSelling([this] { openFreePriceDialog(); }))
        return;
    auto *dialog = new FreePriceDialog(m_page);
    dialog->setObjectName(QStringLiteral("freePriceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_unknownCode.isEmpty())
        dialog->setLabel(tr("Item %1").arg(m_unknownCode));
    connect(dialog, &FreePriceDialog::lineAccepted, this,
            [this](const QString &label, qint64 price, int vatRateBp) {
                auto row = m_ticket.addFreePriceLine(label, price, vatRateBp);
                if (!row) {
                    m_gate.handleRefusal(row.error(), {});
                    return;
                }
                setUnknownCode({});
                m_messages.clearMessage();
                selectRow(*row);
            });
    dialog->open();
}

int TillCart::selectedRow() const
{
    const QModelIndex current = m_cartView->currentIndex();
    if (current.isValid())
        return current.row();
    return m_ticket.cart().rowCount() - 1; // the last line added
}

void TillCart::selectRow(int row)
{
    if (row >= 0 && row < m_ticket.cart().rowCount())
        m_cartView->setCurrentIndex(m_ticket.cart().index(row, CartModel::LabelColumn));
}

void TillCart::focusSearch()
{
    m_searchEdit->setFocus();
}

void TillCart::refreshSearch()
{
    if (m_resultsView->isHidden()) // shown while a search is typed, even on a page out of view
        return;
    const QVariant chosen = m_resultsView->currentIndex().data(CatalogueModel::VariantIdRole);
    m_searchModel->refreshInPlace(); // the same results: the chosen one stays as it is
    if (chosen.isValid() && !m_resultsView->currentIndex().isValid()) {
        const int row = m_searchModel->rowOfVariant(chosen.toLongLong());
        if (row >= 0 || m_searchModel->rowCount() > 0)
            m_resultsView->setCurrentIndex(m_searchModel->index(qMax(row, 0), CatalogueModel::NameColumn));
    }
}

void TillCart::changeQuantity(int delta)
{
    const int row = selectedRow();
    if (!m_session.isSignedIn() || row < 0)
        return;
    if (delta < 0 && !m_payment.amountsMayChange())
        return;
    const qint64 quantity = m_ticket.cart().lines().at(row).quantity + delta;
    if (quantity < 1) {
        removeSelectedLine();
        return;
    }
    m_discounts.changeFewerItems(
        [this, row, quantity](std::optional<qint64> manager) {
            return m_ticket.setQuantity(row, quantity, manager);
        },
        [this, row] { selectRow(row); });
}

void TillCart::removeSelectedLine()
{
    const int row = selectedRow();
    if (!m_session.isSignedIn() || row < 0)
        return;
    if (!m_payment.amountsMayChange())
        return;
    m_discounts.changeFewerItems(
        [this, row](std::optional<qint64> manager) { return m_ticket.removeLine(row, manager); },
        [this, row] { selectRow(qMin(row, m_ticket.cart().rowCount() - 1)); });
}

} // namespace comptoir
