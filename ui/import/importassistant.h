// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/catalogueimport.h"
#include "models/spreadsheet/sheet.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace comptoir {

class ImportColumnsPage;
class ImportMappings;
class ImportReportView;
class ImportWorker;
struct ImportRun;
struct SheetRead;

// The catalogue's import assistant (issue 14), step by step: the file (CSV, XLSX, ODS; read by
// the ImportWorker off the window's thread, a busy bar meanwhile) → its columns (ImportColumnsPage)
// → the options (what the stock column means, in-store barcodes, only the good rows) → the check
// (what would be done, the problems) → the import (a progress bar, Cancel) → what was done, and
// where the rejected rows went. Non-modal: the till keeps selling while it runs. Enter goes on,
// Escape cancels the running step or closes. imported() once something was written.
class ImportAssistant : public QDialog
{
    Q_OBJECT

public:
    enum class Step { File, Columns, Options, Check, Result };

    ImportAssistant(ImportWorker &worker, ImportMappings &mappings, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    bool isWorking() const { return m_working; }
    // Reads the file (what the file dialog's choice does).
    void openFile(const QString &path);
    // The file dialog, then openFile().
    void chooseFile();

    void reject() override;

Q_SIGNALS:
    // The catalogue or the stock changed (the pages showing them read them again).
    void imported();
    // The result's "Print their labels…" (ImportReportView::labelsRequested).
    void labelsRequested(const QList<qint64> &variantIds);

private:
    QWidget *buildFileStep();
    QWidget *buildOptionsStep();
    QWidget *buildCheckStep();
    QWidget *buildResultStep();
    void goTo(Step step);
    void next();
    void back();
    void updateButtons();
    ImportOptions options() const;
    void startCheck();
    void startRun();
    void setWorking(bool working, const QString &what);
    void onSheetRead(const comptoir::SheetRead &read);
    void onProgress(int done, int total);
    void onFinished(const comptoir::ImportRun &run);
    void showCheck(const ImportRun &run);
    void showResult(const ImportRun &run);

    ImportWorker &m_worker;
    Step m_step = Step::File;
    bool m_working = false;
    bool m_cancelling = false;
    bool m_checkRefused = false; // the check found problems and only the good rows were not asked for
    QString m_path;
    Sheet m_sheet;

    QStackedWidget *m_steps = nullptr;
    QLabel *m_stepTitle = nullptr;
    // File
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_fileMessage = nullptr;
    // Columns
    ImportColumnsPage *m_columns = nullptr;
    // Options
    QRadioButton *m_stockCount = nullptr;
    QRadioButton *m_stockReceipt = nullptr;
    QRadioButton *m_stockIgnore = nullptr;
    QLabel *m_stockNote = nullptr;
    QCheckBox *m_inStoreBarcodes = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    // Check
    QLabel *m_checkMessage = nullptr;
    ImportReportView *m_checkReport = nullptr;
    // Result
    QLabel *m_resultMessage = nullptr;
    ImportReportView *m_resultReport = nullptr;
    // Below every step
    QProgressBar *m_progress = nullptr;
    QLabel *m_workingLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace comptoir
