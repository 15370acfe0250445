// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importcolumnspage.h"

#include "models/import/importcolumns.h"
#include "models/import/importmappings.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {

// The table's rows: the combos, the header row as written in the file, then the preview.
constexpr int ComboRow = 0;
constexpr int HeaderRow = 1;
constexpr int FirstDataRow = 2;

QString cell(const Sheet &sheet, int row, int column)
{
    if (row < 0 || row >= sheet.rows.size())
        return {};
    const QStringList &cells = sheet.rows.at(row);
    return column < cells.size() ? cells.at(column) : QString();
}

bool isEmptyRow(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportMappings &mappings, QWidget *parent)
    : QWidget(parent), m_mappings(mappings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Above each column of the file, choose what it holds. Columns left on "
                                "“Not imported” are left out. Only the product's name is required."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFileFormat"));
    layout->addWidget(m_format);

    auto *top = new QHBoxLayout;
    auto *headerLabel = new QLabel(tr("&Headers on row:"), this);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setMinimum(1);
    headerLabel->setBuddy(m_headerRow);
    top->addWidget(headerLabel);
    top->addWidget(m_headerRow);
    top->addSpacing(16);
    auto *savedLabel = new QLabel(tr("Saved &mapping:"), this);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("importSavedMapping"));
    m_saved->setMinimumContentsLength(12);
    savedLabel->setBuddy(m_saved);
    m_apply = new QPushButton(tr("A&pply"), this);
    m_apply->setObjectName(QStringLiteral("importApplyMapping"));
    m_apply->setAutoDefault(false);
    top->addWidget(savedLabel);
    top->addWidget(m_saved);
    top->addWidget(m_apply);
    top->addSpacing(16);
    auto *saveLabel = new QLabel(tr("&Save this choice as:"), this);
    m_saveName = new QLineEdit(this);
    m_saveName->setObjectName(QStringLiteral("importMappingName"));
    m_saveName->setPlaceholderText(tr("e.g. Old till"));
    saveLabel->setBuddy(m_saveName);
    m_save = new QPushButton(tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("importSaveMapping"));
    m_save->setAutoDefault(false);
    top->addWidget(saveLabel);
    top->addWidget(m_saveName, 1);
    top->addWidget(m_save);
    layout->addLayout(top);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importColumnsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab goes from combo to combo (the focus chain), not from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) { onHeaderRowChanged(row - 1); });
    connect(m_apply, &QPushButton::clicked, this, &ImportColumnsPage::applySaved);
    connect(m_save, &QPushButton::clicked, this, &ImportColumnsPage::saveAs);
    // Enter in the name saves it (and does not go on to the next step).
    m_saveName->installEventFilter(this);
}

bool ImportColumnsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_saveName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            saveAs();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ImportColumnsPage::columnTitle(ImportColumn column)
{
    switch (column) {
    case ImportColumn::Name:
        return tr("Product name");
    case ImportColumn::Label:
        return tr("Variant label");
    case ImportColumn::Size:
        return tr("Size");
    case ImportColumn::Colour:
        return tr("Colour");
    case ImportColumn::Barcode:
        return tr("Barcode");
    case ImportColumn::Reference:
        return tr("Reference");
    case ImportColumn::Price:
        return tr("Price incl. VAT");
    case ImportColumn::Vat:
        return tr("VAT rate");
    case ImportColumn::Category:
        return tr("Category");
    case ImportColumn::Brand:
        return tr("Brand");
    case ImportColumn::Stock:
        return tr("Stock");
    case ImportColumn::Cost:
        return tr("Purchase price excl. VAT");
    case ImportColumn::Description:
        return tr("Description");
    case ImportColumn::NetQuantity:
        return tr("Net quantity");
    case ImportColumn::LowStock:
        return tr("Low-stock threshold");
    case ImportColumn::StockValue:
        return tr("Stock value");
    }
    return {};
}

QString ImportColumnsPage::formatText(const Sheet &sheet)
{
    switch (sheet.format) {
    case Sheet::Format::Xlsx:
        return tr("An Excel file (XLSX), %1 rows.").arg(sheet.rows.size());
    case Sheet::Format::Ods:
        return tr("A LibreOffice file (ODS), %1 rows.").arg(sheet.rows.size());
    case Sheet::Format::Csv:
        break;
    }
    const QString separator = sheet.separator == u'\t' ? tr("tab") : QString(sheet.separator);
    return tr("A CSV file, %1 rows, read as %2, fields separated by “%3”.")
        .arg(sheet.rows.size())
        .arg(sheet.encoding, separator);
}

QString ImportColumnsPage::columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

void ImportColumnsPage::setSheet(const Sheet &sheet, const ColumnMapping &mapping)
{
    m_sheet = sheet;
    m_mapping = mapping;
    m_columnCount = 0;
    for (const QStringList &row : sheet.rows)
        m_columnCount = std::max(m_columnCount, int(row.size()));
    m_updating = true;
    m_headerRow->setMaximum(std::max(1, int(sheet.rows.size())));
    m_headerRow->setValue(mapping.headerRow + 1);
    m_updating = false;
    m_message->hide();
    m_format->setText(formatText(sheet));
    fillSavedMappings();
    rebuild();
}

std::optional<Error> ImportColumnsPage::problem() const
{
    if (!m_mapping.columns.contains(ImportColumn::Name))
        return Error {ErrorCode::ImportColumnMissing, columnTitle(ImportColumn::Name), {}};
    return std::nullopt;
}

void ImportColumnsPage::fillSavedMappings()
{
    m_saved->clear();
    auto names = m_mappings.names();
    if (names)
        m_saved->addItems(*names);
    m_saved->setEnabled(m_saved->count() > 0);
    m_apply->setEnabled(m_saved->count() > 0);
}

void ImportColumnsPage::rebuild()
{
    m_updating = true;
    // The previous combos go now (not later: a test or an accessibility tool finds them by name).
    qDeleteAll(m_combos);
    m_combos.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(m_columnCount);
    QStringList letters;
    for (int c = 0; c < m_columnCount; ++c)
        letters << columnLetters(c);
    m_table->setHorizontalHeaderLabels(letters);

    // The preview: the first non-empty rows after the headers, under the file's row numbers.
    QList<int> dataRows;
    for (int r = m_mapping.headerRow + 1; r < m_sheet.rows.size() && dataRows.size() < PreviewRows; ++r) {
        if (!isEmptyRow(m_sheet.rows.at(r)))
            dataRows << r;
    }
    m_table->setRowCount(FirstDataRow + int(dataRows.size()));
    QStringList rowLabels {tr("Imported as"), QString::number(m_mapping.headerRow + 1)};
    for (int r : dataRows)
        rowLabels << QString::number(r + 1);
    m_table->setVerticalHeaderLabels(rowLabels);

    QFont bold = m_table->font();
    bold.setBold(true);
    for (int c = 0; c < m_columnCount; ++c) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importColumn%1").arg(c));
        combo->addItem(tr("Not imported"));
        for (ImportColumn column : ImportColumns::all()) {
            if (column != ImportColumn::StockValue)
                combo->addItem(columnTitle(column), int(column));
        }
        for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
            if (it.value() == c)
                combo->setCurrentIndex(combo->findData(int(it.key())));
        }
        m_table->setCellWidget(ComboRow, c, combo);
        m_combos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onComboChosen(c); });

        auto *header = new QTableWidgetItem(cell(m_sheet, m_mapping.headerRow, c));
        header->setFont(bold);
        m_table->setItem(HeaderRow, c, header);
        for (int i = 0; i < dataRows.size(); ++i)
            m_table->setItem(FirstDataRow + i, c, new QTableWidgetItem(cell(m_sheet, dataRows.at(i), c)));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_columnCount; ++c)
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 110, 260));
    m_updating = false;
}

void ImportColumnsPage::onComboChosen(int fileColumn)
{
    if (m_updating)
        return;
    const QVariant chosen = m_combos.at(fileColumn)->currentData();
    // What this file column fed before, and the column it now feeds taken from any other.
    for (auto it = m_mapping.columns.begin(); it != m_mapping.columns.end();) {
        if (it.value() == fileColumn)
            it = m_mapping.columns.erase(it);
        else
            ++it;
    }
    if (chosen.isValid()) {
        const auto column = ImportColumn(chosen.toInt());
        if (m_mapping.columns.contains(column)) {
            const int other = m_mapping.columns.value(column);
            m_updating = true;
            if (other < m_combos.size())
                m_combos.at(other)->setCurrentIndex(0);
            m_updating = false;
        }
        m_mapping.columns.insert(column, fileColumn);
    }
    Q_EMIT mappingChanged();
}

void ImportColumnsPage::onHeaderRowChanged(int row)
{
    if (m_updating)
        return;
    // The headers of the new row read again, as the guess reads the first one.
    ColumnMapping mapping;
    mapping.headerRow = row;
    const QStringList headers = m_sheet.rows.value(row);
    for (int c = 0; c < headers.size(); ++c) {
        if (auto column = ImportColumns::fromHeader(headers.at(c));
            column && *column != ImportColumn::StockValue && !mapping.columns.contains(*column))
            mapping.columns.insert(*column, c);
    }
    m_mapping = mapping;
    rebuild();
    Q_EMIT mappingChanged();
}

void ImportColumnsPage::applySaved()
{
    const QString name = m_saved->currentText();
    if (name.isEmpty())
        return;
    auto loaded = m_mappings.load(name, m_sheet);
    if (!loaded) {
        showMessage(errorText(loaded.error()), false);
        return;
    }
    m_mapping = *loaded;
    m_updating = true;
    m_headerRow->setValue(m_mapping.headerRow + 1);
    m_updating = false;
    rebuild();
    showMessage(tr("Mapping “%1” applied.").arg(name), true);
    Q_EMIT mappingChanged();
}

void ImportColumnsPage::saveAs()
{
    const QString name = m_saveName->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type a name to save this choice under."), false);
        m_saveName->setFocus();
        return;
    }
    if (Status s = m_mappings.save(name, m_sheet, m_mapping); !s) {
        showMessage(errorText(s.error()), false);
        return;
    }
    fillSavedMappings();
    m_saved->setCurrentText(name);
    m_saveName->clear();
    showMessage(tr("Mapping saved as “%1”: choose it next time under “Saved mapping”.").arg(name), true);
}

void ImportColumnsPage::showMessage(const QString &text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->show();
}

} // namespace comptoir
