// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/labels/labeldialog.h"

#include "models/labels/labelescpos.h"
#include "models/labels/labelprints.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr qreal PreviewDotsPerMm = 1.6; // an A4 page about 340 × 475 pixels: fits 1366 × 768

QDoubleSpinBox *millimetres(QWidget *parent, double value, double maximum, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setSuffix(QStringLiteral(" mm"));
    spin->setValue(value);
    return spin;
}

} // namespace

LabelDialog::LabelDialog(const QList<LabelContent> &labels, LabelPrints &prints,
                         ReceiptPrinter receiptPrinter, QWidget *parent)
    : QDialog(parent), m_labels(labels), m_prints(prints), m_receiptPrinter(std::move(receiptPrinter))
{
    setWindowTitle(tr("Labels"));
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 1);

    auto *form = new QFormLayout;
    left->addLayout(form);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Shelf labels (name, price, unit price, barcode)"), int(LabelKind::Shelf));
    m_kindCombo->addItem(tr("Product labels (barcode, short name, price)"), int(LabelKind::Product));
    form->addRow(tr("&Kind:"), m_kindCombo);
    m_layoutCombo = new QComboBox(this);
    m_layoutCombo->setObjectName(QStringLiteral("layoutCombo"));
    for (const LabelLayout &layout : LabelLayouts::standard()) {
        const QLocale locale;
        m_layoutCombo->addItem(tr("%1: %2 labels of %3 × %4 mm")
                                   .arg(layout.name)
                                   .arg(layout.perSheet())
                                   .arg(locale.toString(layout.labelWidthMm, 'g', 4),
                                        locale.toString(layout.labelHeightMm, 'g', 4)),
                               layout.id);
    }
    m_layoutCombo->addItem(tr("Custom grid"), LabelLayouts::customId());
    form->addRow(tr("&Sheet:"), m_layoutCombo);

    m_customBox = new QWidget(this);
    m_customBox->setObjectName(QStringLiteral("customBox"));
    buildSheetChoice(m_customBox);
    left->addWidget(m_customBox);

    auto *form2 = new QFormLayout;
    left->addLayout(form2);
    m_startSpin = new QSpinBox(this);
    m_startSpin->setObjectName(QStringLiteral("startSpin"));
    m_startSpin->setRange(1, 65);
    m_startSpin->setToolTip(tr("On a half-used sheet, the first free label (counted row by row)."));
    form2->addRow(tr("Start at &label:"), m_startSpin);
    m_copiesSpin = new QSpinBox(this);
    m_copiesSpin->setObjectName(QStringLiteral("copiesSpin"));
    m_copiesSpin->setRange(1, 999);
    form2->addRow(tr("&Copies of each:"), m_copiesSpin);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    left->addWidget(m_summaryLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    left->addWidget(m_errorLabel);
    left->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdfButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    if (m_receiptPrinter) {
        QPushButton *receipt = buttons->addButton(tr("Receipt pr&inter"), QDialogButtonBox::ActionRole);
        receipt->setObjectName(QStringLiteral("receiptPrinterButton"));
        receipt->setToolTip(tr("One label after another on the till's receipt printer."));
        connect(receipt, &QPushButton::clicked, this, &LabelDialog::onReceiptPrinter);
    }
    left->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdfButton, &QPushButton::clicked, this, &LabelDialog::onSavePdf);
    connect(m_printButton, &QPushButton::clicked, this, &LabelDialog::onPrint);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    columns->addWidget(m_previewLabel);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &LabelDialog::updatePreview);
    connect(m_layoutCombo, &QComboBox::currentIndexChanged, this, &LabelDialog::onLayoutChosen);
    for (QSpinBox *spin : {m_columnsSpin, m_rowsSpin, m_startSpin, m_copiesSpin})
        connect(spin, &QSpinBox::valueChanged, this, &LabelDialog::updatePreview);
    for (QDoubleSpinBox *spin : {m_widthSpin, m_heightSpin, m_leftSpin, m_topSpin, m_gapXSpin, m_gapYSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &LabelDialog::updatePreview);
    onLayoutChosen();
}

void LabelDialog::buildSheetChoice(QWidget *box)
{
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_columnsSpin = new QSpinBox(box);
    m_columnsSpin->setObjectName(QStringLiteral("columnsSpin"));
    m_columnsSpin->setRange(1, 40);
    m_rowsSpin = new QSpinBox(box);
    m_rowsSpin->setObjectName(QStringLiteral("rowsSpin"));
    m_rowsSpin->setRange(1, 40);
    auto *grid = new QHBoxLayout;
    grid->addWidget(m_columnsSpin);
    grid->addWidget(new QLabel(tr("columns ×"), box));
    grid->addWidget(m_rowsSpin);
    grid->addWidget(new QLabel(tr("rows"), box));
    form->addRow(tr("Grid:"), grid);
    m_widthSpin = millimetres(box, 38.1, 210, QStringLiteral("widthSpin"));
    m_heightSpin = millimetres(box, 21.2, 297, QStringLiteral("heightSpin"));
    auto *size = new QHBoxLayout;
    size->addWidget(m_widthSpin);
    size->addWidget(new QLabel(QStringLiteral("×"), box));
    size->addWidget(m_heightSpin);
    form->addRow(tr("Label size:"), size);
    m_leftSpin = millimetres(box, 0, 210, QStringLiteral("leftSpin"));
    m_topSpin = millimetres(box, 0, 297, QStringLiteral("topSpin"));
    auto *margins = new QHBoxLayout;
    margins->addWidget(new QLabel(tr("left"), box));
    margins->addWidget(m_leftSpin);
    margins->addWidget(new QLabel(tr("top"), box));
    margins->addWidget(m_topSpin);
    form->addRow(tr("Margins:"), margins);
    m_gapXSpin = millimetres(box, 0, 210, QStringLiteral("gapXSpin"));
    m_gapYSpin = millimetres(box, 0, 297, QStringLiteral("gapYSpin"));
    auto *gaps = new QHBoxLayout;
    gaps->addWidget(new QLabel(tr("between columns"), box));
    gaps->addWidget(m_gapXSpin);
    gaps->addWidget(new QLabel(tr("between rows"), box));
    gaps->addWidget(m_gapYSpin);
    form->addRow(tr("Gaps:"), gaps);
}

void LabelDialog::onLayoutChosen()
{
    const QString id = m_layoutCombo->currentData().toString();
    const bool custom = id == LabelLayouts::customId();
    if (const auto layout = LabelLayouts::byId(id)) { // the custom fields start from the last sheet shown
        const QSignalBlocker blockers[]
            = {QSignalBlocker(m_columnsSpin), QSignalBlocker(m_rowsSpin), QSignalBlocker(m_widthSpin),
               QSignalBlocker(m_heightSpin),  QSignalBlocker(m_leftSpin), QSignalBlocker(m_topSpin),
               QSignalBlocker(m_gapXSpin),    QSignalBlocker(m_gapYSpin)};
        m_columnsSpin->setValue(layout->columns);
        m_rowsSpin->setValue(layout->rows);
        m_widthSpin->setValue(layout->labelWidthMm);
        m_heightSpin->setValue(layout->labelHeightMm);
        m_leftSpin->setValue(layout->marginLeftMm);
        m_topSpin->setValue(layout->marginTopMm);
        m_gapXSpin->setValue(layout->gapXMm);
        m_gapYSpin->setValue(layout->gapYMm);
    }
    m_customBox->setEnabled(custom);
    updatePreview();
}

LabelKind LabelDialog::kind() const
{
    return LabelKind(m_kindCombo->currentData().toInt());
}

LabelSheet LabelDialog::sheet() const
{
    LabelSheet sheet;
    const QString id = m_layoutCombo->currentData().toString();
    if (const auto layout = LabelLayouts::byId(id)) {
        sheet.layout = *layout;
    } else {
        sheet.layout.id = LabelLayouts::customId();
        sheet.layout.columns = m_columnsSpin->value();
        sheet.layout.rows = m_rowsSpin->value();
        sheet.layout.labelWidthMm = m_widthSpin->value();
        sheet.layout.labelHeightMm = m_heightSpin->value();
        sheet.layout.marginLeftMm = m_leftSpin->value();
        sheet.layout.marginTopMm = m_topSpin->value();
        sheet.layout.gapXMm = m_gapXSpin->value();
        sheet.layout.gapYMm = m_gapYSpin->value();
    }
    sheet.kind = kind();
    sheet.start = m_startSpin->value() - 1;
    for (const LabelContent &label : m_labels) {
        for (int copy = 0; copy < m_copiesSpin->value(); ++copy)
            sheet.labels.append(label);
    }
    return sheet;
}

void LabelDialog::updatePreview()
{
    const LabelSheet current = sheet();
    const Status valid = LabelLayouts::check(current.layout);
    m_pdfButton->setEnabled(valid.ok());
    m_printButton->setEnabled(valid.ok());
    if (!valid) {
        showError(errorText(valid.error()));
        m_previewLabel->setPixmap({});
        m_summaryLabel->clear();
        return;
    }
    m_errorLabel->hide();
    {
        const QSignalBlocker blocker(m_startSpin);
        m_startSpin->setMaximum(current.layout.perSheet());
    }
    const int pages = LabelSheetPainter::pageCount(current);
    m_summaryLabel->setText(tr("Labels: %1, sheets: %2").arg(current.labels.size()).arg(pages));
    m_previewLabel->setPixmap(QPixmap::fromImage(LabelSheetPainter::preview(current, 0, PreviewDotsPerMm)));
}

Status LabelDialog::printed(const Status &status)
{
    if (!status) {
        showError(errorText(status.error()));
        return status;
    }
    const Status recorded = m_prints.record(m_labels);
    if (!recorded) {
        showError(errorText(recorded.error()));
        return recorded;
    }
    m_errorLabel->hide();
    Q_EMIT labelsPrinted(int(m_labels.size()) * m_copiesSpin->value());
    return {};
}

Status LabelDialog::saveTo(const QString &path)
{
    return printed(LabelSheetPainter::writePdf(sheet(), path));
}

Status LabelDialog::printOnReceiptPrinter()
{
    if (!m_receiptPrinter)
        return makeError(ErrorCode::NoPrinter);
    return printed(m_receiptPrinter(LabelEscPos::encode(sheet().labels, kind())));
}

void LabelDialog::onSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the labels as PDF"), QDir::home().filePath(tr("labels.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (saveTo(path))
        m_summaryLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void LabelDialog::onPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printed(LabelSheetPainter::print(sheet(), printer)))
        m_summaryLabel->setText(tr("Sent to the printer"));
}

void LabelDialog::onReceiptPrinter()
{
    if (printOnReceiptPrinter())
        m_summaryLabel->setText(tr("Sent to the receipt printer"));
}

QString LabelDialog::errorMessage() const
{
    return m_errorLabel->isVisible() || !m_errorLabel->isHidden() ? m_errorLabel->text() : QString();
}

void LabelDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace comptoir
