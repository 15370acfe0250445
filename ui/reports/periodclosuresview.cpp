// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/periodclosuresview.h"

#include "models/closing/periodclosing.h"
#include "models/money.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {

enum Column { PeriodColumn, DaysColumn, TicketsColumn, TotalColumn, GrandTotalColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

PeriodClosuresView::PeriodClosuresView(PeriodClosing &periods, QWidget *parent)
    : QWidget(parent), m_periods(periods)
{
    setObjectName(QStringLiteral("periodClosuresView"));
    auto *title = new QLabel(tr("Monthly and yearly closures"), this);
    title->setFont(scaled(font(), 1.2, true));
    m_emptyLabel = new QLabel(
        tr("None yet: a month closes by itself once it has ended and its days are closed."), this);
    m_emptyLabel->setObjectName(QStringLiteral("periodClosuresEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("periodClosuresTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Period"), tr("Days"), tr("Tickets"), tr("Total"), tr("Grand total")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    refresh();
}

QString PeriodClosuresView::periodText(const PeriodClosure &closure)
{
    if (closure.kind == PeriodKind::Year)
        return tr("Year %1").arg(closure.period);
    const QDate first = QDate::fromString(closure.period + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return closure.period;
    QString text = QLocale().toString(first, QStringLiteral("MMMM yyyy"));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void PeriodClosuresView::refresh()
{
    auto months = m_periods.closures(PeriodKind::Month, 36);
    auto years = m_periods.closures(PeriodKind::Year, 10);
    QList<PeriodClosure> closures;
    if (!months || !years) {
        const Error &error = !months ? months.error() : years.error();
        qCWarning(lcUi) << "cannot read the period closures: error" << int(error.code);
        m_emptyLabel->setText(errorText(error));
    } else {
        closures = months.value() + years.value();
        // Latest first; a year after its December.
        std::stable_sort(
            closures.begin(), closures.end(), [](const PeriodClosure &a, const PeriodClosure &b) {
                const QString endA = a.kind == PeriodKind::Year ? a.period + QStringLiteral("-99") : a.period;
                const QString endB = b.kind == PeriodKind::Year ? b.period + QStringLiteral("-99") : b.period;
                return endA > endB;
            });
    }
    m_emptyLabel->setVisible(closures.isEmpty());
    m_table->setRowCount(int(closures.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < closures.size(); ++row) {
        const PeriodClosure &c = closures.at(row);
        auto *period = cell(periodText(c));
        if (c.kind == PeriodKind::Year) {
            QFont bold = period->font();
            bold.setBold(true);
            period->setFont(bold);
        }
        m_table->setItem(row, PeriodColumn, period);
        m_table->setItem(row, DaysColumn, cell(QString::number(c.dayCount), right));
        m_table->setItem(row, TicketsColumn, cell(QString::number(c.saleCount + c.refundCount), right));
        m_table->setItem(row, TotalColumn, cell(Money::format(c.totalCents), right));
        m_table->setItem(row, GrandTotalColumn, cell(Money::format(c.grandTotalCents), right));
    }
}

} // namespace comptoir
