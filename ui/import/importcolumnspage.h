// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/import/catalogueimport.h"
#include "models/spreadsheet/sheet.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace comptoir {

class ImportMappings;

// The import assistant's columns step (issue 14): a preview of the file's first rows with, above
// each column of the file, a combo choosing which of the import's columns it feeds (guessed from
// the headers); the row holding the headers; a saved mapping to apply, and "save this choice as".
// A column of the import is fed by one column of the file at most: choosing it for a second
// column takes it from the first.
class ImportColumnsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 8;

    explicit ImportColumnsPage(ImportMappings &mappings, QWidget *parent = nullptr);

    // Shows sheet with mapping (CatalogueImport::guessMapping's), and the saved mappings.
    void setSheet(const Sheet &sheet, const ColumnMapping &mapping);
    ColumnMapping mapping() const { return m_mapping; }
    // What stops the import going on with this mapping (no column for the product's name).
    std::optional<Error> problem() const;

    // The name shown for each of the import's columns (combos, the problems' table).
    static QString columnTitle(ImportColumn column);
    // The spreadsheet's name of a column: A, B, … Z, AA…
    static QString columnLetters(int index);
    // How the file was read: its format and, for a CSV, the encoding and separator detected.
    static QString formatText(const Sheet &sheet);

Q_SIGNALS:
    void mappingChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fillSavedMappings();
    void onComboChosen(int fileColumn);
    void onHeaderRowChanged(int row);
    void applySaved();
    void saveAs();
    void showMessage(const QString &text, bool ok);

    ImportMappings &m_mappings;
    Sheet m_sheet;
    ColumnMapping m_mapping;
    int m_columnCount = 0;
    bool m_updating = false;

    QLabel *m_format = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_apply = nullptr;
    QLineEdit *m_saveName = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_combos;
};

} // namespace comptoir
