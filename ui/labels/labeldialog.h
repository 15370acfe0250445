// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/labels/labelcontent.h"
#include "models/labels/labellayout.h"
#include "ui/labels/labelsheet.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QWidget;

namespace comptoir {

class LabelPrints;

// The labels dialog: the kind (shelf or product), the sheet (a standard label stock or a custom
// grid with its sizes, margins and gaps), the first free label of a half-used sheet, copies, a
// preview of the first page; then "Save as PDF…", "Print…" (a system printer) or, when app/ gives
// a way to it, the receipt printer (one label cut after another, ESC/POS). What was printed is
// recorded (LabelPrints), so a later price change lists the label again.
class LabelDialog : public QDialog
{
    Q_OBJECT

public:
    // Sends ESC/POS bytes to the shop's receipt printer; an error value if it cannot.
    using ReceiptPrinter = std::function<Status(const QByteArray &)>;

    // labels: one content per label (copies repeated), from LabelContents::read.
    LabelDialog(const QList<LabelContent> &labels, LabelPrints &prints, ReceiptPrinter receiptPrinter = {},
                QWidget *parent = nullptr);

    // The sheet as chosen now (the layout may be an invalid custom grid: check before use).
    LabelSheet sheet() const;
    LabelKind kind() const;
    // Writes the PDF (what "Save as PDF…" does once a file is chosen) and records the prints.
    Status saveTo(const QString &path);
    // The labels on the receipt printer, one after another.
    Status printOnReceiptPrinter();
    QString errorMessage() const;

Q_SIGNALS:
    void labelsPrinted(int count);

private:
    void buildSheetChoice(QWidget *box);
    void onLayoutChosen();
    void updatePreview();
    void onSavePdf();
    void onPrint();
    void onReceiptPrinter();
    Status printed(const Status &status);
    void showError(const QString &message);

    QList<LabelContent> m_labels;
    LabelPrints &m_prints;
    ReceiptPrinter m_receiptPrinter;

    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_layoutCombo = nullptr;
    QWidget *m_customBox = nullptr;
    QSpinBox *m_columnsSpin = nullptr;
    QSpinBox *m_rowsSpin = nullptr;
    QDoubleSpinBox *m_widthSpin = nullptr;
    QDoubleSpinBox *m_heightSpin = nullptr;
    QDoubleSpinBox *m_leftSpin = nullptr;
    QDoubleSpinBox *m_topSpin = nullptr;
    QDoubleSpinBox *m_gapXSpin = nullptr;
    QDoubleSpinBox *m_gapYSpin = nullptr;
    QSpinBox *m_startSpin = nullptr;
    QSpinBox *m_copiesSpin = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace comptoir
