// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/scalebarcode.h"

#include <QObject>
#include <QString>

#include <functional>

class QLineEdit;
class QTableView;
class QWidget;

namespace comptoir {

class Catalogue;
class CatalogueModel;
class OperatorSession;
class OverdueDayGate;
class TicketSession;
class TillDiscounts;
class TillMessageLine;
class TillPayment;

// Editing the till's cart through the ticket session: variants added by a scan (a barcode or a
// reference), by search-as-you-type (Enter or a click on a result; Down goes to the results,
// Escape clears the field) or as a free-price line; quantities (+ / −) and removal (Delete) of
// the selected line. A code that is no barcode or reference but a scale barcode of the shop's
// layouts (SalePolicy::readScaleBarcode) adds the weighed pack at its embedded price or weight. The first
// line put into an empty cart waits for the overdue day's closing (OverdueDayGate); fewer items wait for a
// manager when an amount discount would then be above the threshold (TillDiscounts), and are refused once
// payments are taken. An unknown code is kept (unknownCode()), offered as a free-price line or as a product
// to create. Drives the page's search field, its results (on searchModel) and the cart's view; dialogs open
// on the page.
class TillCart : public QObject
{
    Q_OBJECT

public:
    TillCart(TicketSession &ticket, Catalogue &catalogue, OperatorSession &session, OverdueDayGate &gate,
             TillPayment &payment, TillDiscounts &discounts, TillMessageLine &messages, QLineEdit *searchEdit,
             QTableView *resultsView, CatalogueModel *searchModel, QTableView *cartView, QWidget *page);

    // The last code scanned that is not in the catalogue (empty: none since the last line added).
    QString unknownCode() const { return m_unknownCode; }

    // What a scan does (someone being signed in): adds the variant with this barcode or
    // reference, or says it is unknown.
    void handleCode(const QString &code);
    // A code typed in the search field and entered is first offered to this (true: it was the
    // handler's, e.g. an online order's CMD-118, which the scan catcher misses when short).
    void setEnteredCodeHandler(std::function<bool(const QString &)> handler)
    {
        m_enteredCode = std::move(handler);
    }
    void addVariant(qint64 variantId);
    // A scale barcode of the shop's layouts (issue 14): the weighed pack at its price.
    void addScaleItem(const ScaleReading &reading);
    // A product just created (from the unknown code): the search shows its stock, and it is added.
    void addCreatedProduct(qint64 variantId);
    void openFreePriceDialog();
    void changeQuantity(int delta);
    void removeSelectedLine();

    // The selected line, else the last one (-1: the cart is empty).
    int selectedRow() const;
    void selectRow(int row);
    void focusSearch();
    // Reads the search's results again when they are shown (stock on hand or prices changed),
    // keeping the result chosen.
    void refreshSearch();

Q_SIGNALS:
    void unknownCodeChanged(const QString &code);
    // One more of a variant went into the cart (scan, search, favourite), its message shown.
    void variantAdded(qint64 variantId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool(const QString &)> m_enteredCode;
    void onSearchTextChanged(const QString &text);
    void addFromSearch();
    void setUnknownCode(const QString &code);

    TicketSession &m_ticket;
    Catalogue &m_catalogue;
    OperatorSession &m_session;
    OverdueDayGate &m_gate;
    TillPayment &m_payment;
    TillDiscounts &m_discounts;
    TillMessageLine &m_messages;
    QLineEdit *m_searchEdit;
    QTableView *m_resultsView;
    CatalogueModel *m_searchModel;
    QTableView *m_cartView;
    QWidget *m_page;
    QString m_unknownCode; // the last code not found, offered as a free-price line
};

} // namespace comptoir
