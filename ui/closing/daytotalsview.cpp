// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/closing/daytotalsview.h"

#include "models/money.h"
#include "ui/paymentmethodtext.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {
QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    // The first column (the method, the rate) takes the room the figures leave (fitToContents()).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    return table;
}

// Keeps table at least as wide as its header texts and its cells need, room for a scroll bar
// included: no header is cut.
void fitToContents(QTableWidget *table)
{
    const QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table; // sizeHintForColumn() is protected in QTableView
    int width = 0;
    for (int column = 0; column < header->count(); ++column)
        width += qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    table->setMinimumWidth(width + 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width());
}

QTableWidgetItem *amountItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

DayTotalsView::DayTotalsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dayTotalsView"));
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    setFont(larger);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    m_ticketsLabel = addValue(form, tr("Tickets"), QStringLiteral("ticketsLabel"));
    m_saleCountLabel = addValue(form, tr("Sales (tickets)"), QStringLiteral("saleCountLabel"));
    m_refundCountLabel = addValue(form, tr("Refunds (tickets)"), QStringLiteral("refundCountLabel"));
    m_cancelledCountLabel = addValue(form, tr("Cancelled tickets"), QStringLiteral("cancelledCountLabel"));
    m_salesLabel = addValue(form, tr("Sales"), QStringLiteral("salesLabel"));
    m_refundsLabel = addValue(form, tr("Refunds"), QStringLiteral("refundsLabel"));
    m_totalLabel = addValue(form, tr("Total"), QStringLiteral("totalLabel"), true);
    m_discountLabel = addValue(form, tr("Discounts given"), QStringLiteral("discountLabel"));
    m_cashFloatLabel = addValue(form, tr("Cash float"), QStringLiteral("cashFloatLabel"));
    m_cashExpectedLabel
        = addValue(form, tr("Cash expected in the drawer"), QStringLiteral("cashExpectedLabel"), true);

    m_methodsTable = makeTable({tr("Payment method"), tr("Payments"), tr("Amount")},
                               QStringLiteral("methodsTable"), this);
    m_vatTable = makeTable({tr("VAT rate"), tr("Base excl. VAT"), tr("VAT"), tr("Total incl. VAT")},
                           QStringLiteral("vatTable"), this);

    auto *tables = new QVBoxLayout;
    auto *methodsTitle = new QLabel(tr("Per payment method"), this);
    auto *vatTitle = new QLabel(tr("Per VAT rate"), this);
    for (QLabel *title : {methodsTitle, vatTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    tables->addWidget(methodsTitle);
    tables->addWidget(m_methodsTable, 1);
    tables->addWidget(vatTitle);
    tables->addWidget(m_vatTable, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 2);
    layout->addLayout(tables, 3);
    clear();
}

QLabel *DayTotalsView::addValue(QFormLayout *form, const QString &label, const QString &name, bool strong)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, this);
    if (strong) {
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        caption->setFont(bold);
    }
    form->addRow(caption, value);
    return value;
}

QString DayTotalsView::dayText(const QString &businessDay)
{
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : businessDay;
}

void DayTotalsView::clear()
{
    m_totals = DayTotals {};
    for (QLabel *label :
         {m_ticketsLabel, m_saleCountLabel, m_refundCountLabel, m_cancelledCountLabel, m_salesLabel,
          m_refundsLabel, m_totalLabel, m_discountLabel, m_cashFloatLabel, m_cashExpectedLabel})
        label->setText(QStringLiteral("—"));
    m_methodsTable->setRowCount(0);
    m_vatTable->setRowCount(0);
    fitTables();
}

void DayTotalsView::fitTables()
{
    fitToContents(m_methodsTable);
    fitToContents(m_vatTable);
}

void DayTotalsView::showEvent(QShowEvent *event)
{
    fitTables(); // in the fonts the view has now (style sheet, language)
    QWidget::showEvent(event);
}

void DayTotalsView::setTotals(const DayTotals &totals)
{
    m_totals = totals;
    if (totals.firstTicketNumber && totals.lastTicketNumber)
        m_ticketsLabel->setText(
            tr("No. %1 to %2").arg(*totals.firstTicketNumber).arg(*totals.lastTicketNumber));
    else
        m_ticketsLabel->setText(tr("none"));
    m_saleCountLabel->setText(QString::number(totals.saleCount));
    m_refundCountLabel->setText(QString::number(totals.refundCount));
    m_cancelledCountLabel->setText(QString::number(totals.cancelledCount));
    m_salesLabel->setText(Money::format(totals.salesCents));
    m_refundsLabel->setText(Money::format(totals.refundsCents));
    m_totalLabel->setText(Money::format(totals.totalCents));
    m_discountLabel->setText(Money::format(totals.discountCents));
    m_cashFloatLabel->setText(Money::format(totals.cashFloatCents));
    m_cashExpectedLabel->setText(Money::format(totals.cashExpectedCents));

    m_methodsTable->setRowCount(int(totals.methods.size()));
    for (int row = 0; row < int(totals.methods.size()); ++row) {
        const MethodTotal &method = totals.methods.at(row);
        m_methodsTable->setItem(row, 0, new QTableWidgetItem(paymentMethodText(method.method)));
        m_methodsTable->setItem(row, 1, amountItem(QString::number(method.count)));
        m_methodsTable->setItem(row, 2, amountItem(Money::format(method.amountCents)));
    }
    m_vatTable->setRowCount(int(totals.vat.size()));
    for (int row = 0; row < int(totals.vat.size()); ++row) {
        const VatAmount &vat = totals.vat.at(row);
        m_vatTable->setItem(row, 0, new QTableWidgetItem(Money::formatRate(vat.vatRateBp)));
        m_vatTable->setItem(row, 1, amountItem(Money::format(vat.baseCents)));
        m_vatTable->setItem(row, 2, amountItem(Money::format(vat.vatCents)));
        m_vatTable->setItem(row, 3, amountItem(Money::format(vat.baseCents + vat.vatCents)));
    }
    fitTables();
}

} // namespace comptoir
