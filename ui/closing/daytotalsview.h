// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace comptoir {

// A business day's totals (DayTotals), as the X and Z reports show them: the counts, sales,
// refunds and total, the discounts, a table per payment method ("methodsTable": method,
// payments, amount) and per VAT rate ("vatTable": rate, base, VAT, total), the cash float and
// the cash expected in the drawer. Read-only; setTotals() fills it.
class DayTotalsView : public QWidget
{
    Q_OBJECT

public:
    explicit DayTotalsView(QWidget *parent = nullptr);

    void setTotals(const DayTotals &totals);
    const DayTotals &totals() const { return m_totals; }
    // Empties every field (the totals could not be read).
    void clear();

    // A business day (YYYY-MM-DD) as people read it: "Friday 27 November 2026".
    static QString dayText(const QString &businessDay);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Widens the tables to their headers and cells.
    void fitTables();
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &name, bool strong = false);

    DayTotals m_totals;
    QLabel *m_ticketsLabel = nullptr;
    QLabel *m_saleCountLabel = nullptr;
    QLabel *m_refundCountLabel = nullptr;
    QLabel *m_cancelledCountLabel = nullptr;
    QLabel *m_salesLabel = nullptr;
    QLabel *m_refundsLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_discountLabel = nullptr;
    QLabel *m_cashFloatLabel = nullptr;
    QLabel *m_cashExpectedLabel = nullptr;
    QTableWidget *m_methodsTable = nullptr;
    QTableWidget *m_vatTable = nullptr;
};

} // namespace comptoir
