// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace comptoir {

class PeriodClosing;
struct PeriodClosure;

// The monthly and yearly closures, latest first (months and years interleaved by date made):
// period, day closures covered, tickets, total and perpetual grand total. Read-only; the
// closures make themselves (PeriodClosing::closeEndedPeriods).
class PeriodClosuresView : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodClosuresView(PeriodClosing &periods, QWidget *parent = nullptr);

    // Reads the closures again.
    void refresh();

    // "November 2026" for a month, "Year 2026" for a year.
    static QString periodText(const PeriodClosure &closure);

private:
    PeriodClosing &m_periods;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace comptoir
