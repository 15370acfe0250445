// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importreportview.h"

#include "ui/errortext.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QLabel *figure(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

} // namespace

ImportReportView::ImportReportView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_products = figure("importProductsCreated", this);
    m_variantsCreated = figure("importVariantsCreated", this);
    m_updated = figure("importVariantsUpdated", this);
    m_unchanged = figure("importVariantsUnchanged", this);
    m_movements = figure("importStockMovements", this);
    m_barcodes = figure("importBarcodesGiven", this);
    form->addRow(tr("New products:"), m_products);
    form->addRow(tr("New items (variants):"), m_variantsCreated);
    form->addRow(tr("Items updated:"), m_updated);
    form->addRow(tr("Items unchanged:"), m_unchanged);
    form->addRow(tr("Stock movements:"), m_movements);
    form->addRow(tr("In-store barcodes given:"), m_barcodes);
    layout->addLayout(form);
    m_printLabels = new QPushButton(this);
    m_printLabels->setObjectName(QStringLiteral("importPrintLabels"));
    connect(m_printLabels, &QPushButton::clicked, this, [this] { Q_EMIT labelsRequested(m_labelVariants); });
    layout->addWidget(m_printLabels, 0, Qt::AlignLeft);

    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setObjectName(QStringLiteral("importProblemsTitle"));
    m_problemsTitle->setWordWrap(true);
    layout->addWidget(m_problemsTitle);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_problems, 1);
    clear();
}

void ImportReportView::clear()
{
    for (QLabel *label : {m_products, m_variantsCreated, m_updated, m_unchanged, m_movements, m_barcodes})
        label->clear();
    m_labelVariants.clear();
    m_printLabels->hide();
    m_problemsTitle->hide();
    m_problems->setRowCount(0);
    m_problems->hide();
}

void ImportReportView::showSummary(const ImportSummary &summary, bool check)
{
    m_products->setNum(summary.productsCreated);
    m_variantsCreated->setNum(summary.variantsCreated);
    m_updated->setNum(summary.variantsUpdated);
    m_unchanged->setNum(summary.variantsUnchanged);
    m_movements->setNum(summary.stockMovements);
    m_barcodes->setNum(summary.inStoreBarcodesGiven);
    m_labelVariants = check ? QList<qint64>() : summary.inStoreBarcodeVariants;
    m_printLabels->setText(
        tr("Print the labels of the %1 items given an in-store barcode…").arg(m_labelVariants.size()));
    m_printLabels->setVisible(!m_labelVariants.isEmpty());

    const QList<ImportProblem> &problems = summary.problems;
    m_problems->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const ImportProblem &problem = problems.at(i);
        auto *row = new QTableWidgetItem(QString::number(problem.row));
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(i, 0, row);
        m_problems->setItem(i, 1, new QTableWidgetItem(problem.column));
        auto *reason = new QTableWidgetItem(errorText(problem.error));
        reason->setToolTip(reason->text());
        m_problems->setItem(i, 2, reason);
    }
    m_problems->resizeRowsToContents();
    m_problems->setVisible(!problems.isEmpty());
    m_problemsTitle->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        m_problemsTitle->setText(
            check
                ? tr("%1 problems in the file (rows as your spreadsheet numbers them):").arg(problems.size())
                : tr("%1 problems: these rows were left out:").arg(problems.size()));
    }
}

} // namespace comptoir
