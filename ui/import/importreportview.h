// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/catalogueimport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

// What an import would do or did (issue 14): products and variants to create, to update,
// unchanged, stock movements, in-store barcodes given; and a table of the problems (the file's
// row, the column's header, the reason in words).
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportView(QWidget *parent = nullptr);

    // check: the figures of a check (what would be done), else of a written import.
    void showSummary(const ImportSummary &summary, bool check);
    void clear();

Q_SIGNALS:
    // "Print their labels…": the variants a written import gave an in-store barcode (issue 14: an
    // item without a barcode needs its label before it can be scanned).
    void labelsRequested(const QList<qint64> &variantIds);

private:
    QLabel *m_products = nullptr;
    QLabel *m_variantsCreated = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_movements = nullptr;
    QLabel *m_barcodes = nullptr;
    QPushButton *m_printLabels = nullptr;
    QList<qint64> m_labelVariants;
    QLabel *m_problemsTitle = nullptr;
    QTableWidget *m_problems = nullptr;
};

} // namespace comptoir
