// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importassistant.h"

#include "models/import/importworker.h"
#include "ui/errortext.h"
#include "ui/import/importcolumnspage.h"
#include "ui/import/importreportview.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace comptoir {

ImportAssistant::ImportAssistant(ImportWorker &worker, ImportMappings &mappings, QWidget *parent)
    : QDialog(parent), m_worker(worker)
{
    setObjectName(QStringLiteral("importAssistant"));
    setWindowTitle(tr("Import a catalogue"));
    setWindowModality(Qt::NonModal);
    auto *layout = new QVBoxLayout(this);
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("importStepTitle"));
    QFont title = m_stepTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_stepTitle->setFont(title);
    layout->addWidget(m_stepTitle);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(buildFileStep());
    m_columns = new ImportColumnsPage(mappings, this);
    m_columns->setObjectName(QStringLiteral("importColumnsPage"));
    m_steps->addWidget(m_columns);
    m_steps->addWidget(buildOptionsStep());
    m_steps->addWidget(buildCheckStep());
    m_steps->addWidget(buildResultStep());
    layout->addWidget(m_steps, 1);

    auto *working = new QHBoxLayout;
    m_workingLabel = new QLabel(this);
    m_workingLabel->setObjectName(QStringLiteral("importWorkingLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    working->addWidget(m_workingLabel);
    working->addWidget(m_progress, 1);
    layout->addLayout(working);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_back->setAutoDefault(false);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("importClose"));
    m_close->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ImportAssistant::back);
    connect(m_next, &QPushButton::clicked, this, &ImportAssistant::next);
    connect(m_close, &QPushButton::clicked, this, &ImportAssistant::reject);
    connect(m_columns, &ImportColumnsPage::mappingChanged, this, &ImportAssistant::updateButtons);
    connect(&m_worker, &ImportWorker::sheetRead, this, &ImportAssistant::onSheetRead);
    connect(&m_worker, &ImportWorker::progress, this, &ImportAssistant::onProgress);
    connect(&m_worker, &ImportWorker::finished, this, &ImportAssistant::onFinished);

    // Fits a 1366×768 screen with the window's frame and the taskbar.
    resize(1080, 600);
    setWorking(false, {});
    goTo(Step::File);
}

QWidget *ImportAssistant::buildFileStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Choose the spreadsheet holding your catalogue: a CSV file (from another "
                                "till, for instance), an Excel (.xlsx) or LibreOffice (.ods) file. The "
                                "whole file is checked before anything is written."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_choose = new QPushButton(tr("&Choose the file…"), page);
    m_choose->setObjectName(QStringLiteral("importChooseFile"));
    m_choose->setAutoDefault(false); // Enter stays for the step's main button
    m_fileLabel = new QLabel(page);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_choose);
    row->addWidget(m_fileLabel, 1);
    layout->addLayout(row);
    m_fileMessage = new QLabel(page);
    m_fileMessage->setObjectName(QStringLiteral("importFileMessage"));
    m_fileMessage->setWordWrap(true);
    m_fileMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_fileMessage);
    layout->addStretch(1);
    connect(m_choose, &QPushButton::clicked, this, &ImportAssistant::chooseFile);
    return page;
}

QWidget *ImportAssistant::buildOptionsStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("The file's stock column is:"), page));
    m_stockCount = new QRadioButton(tr("what is on the &shelf now (a count: the stock is set to it)"), page);
    m_stockCount->setObjectName(QStringLiteral("importStockCount"));
    m_stockReceipt = new QRadioButton(tr("what was just &received (added to the stock)"), page);
    m_stockReceipt->setObjectName(QStringLiteral("importStockReceipt"));
    m_stockIgnore = new QRadioButton(tr("&left aside (the stock stays as it is)"), page);
    m_stockIgnore->setObjectName(QStringLiteral("importStockIgnore"));
    m_stockCount->setChecked(true);
    layout->addWidget(m_stockCount);
    layout->addWidget(m_stockReceipt);
    layout->addWidget(m_stockIgnore);
    m_stockNote = new QLabel(tr("The file has no stock column: the stock stays as it is."), page);
    m_stockNote->setObjectName(QStringLiteral("importStockNote"));
    layout->addWidget(m_stockNote);
    layout->addSpacing(12);
    m_inStoreBarcodes = new QCheckBox(tr("&Give an in-store barcode to each new item without one (to print "
                                         "on its label)"),
                                      page);
    m_inStoreBarcodes->setObjectName(QStringLiteral("importInStoreBarcodes"));
    layout->addWidget(m_inStoreBarcodes);
    m_skipInvalid = new QCheckBox(tr("Import &only the good rows (the wrong rows are saved in a file to fix "
                                     "and import again)"),
                                  page);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    layout->addWidget(m_skipInvalid);
    layout->addStretch(1);
    return page;
}

QWidget *ImportAssistant::buildCheckStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_checkMessage = new QLabel(page);
    m_checkMessage->setObjectName(QStringLiteral("importCheckMessage"));
    m_checkMessage->setWordWrap(true);
    layout->addWidget(m_checkMessage);
    m_checkReport = new ImportReportView(page);
    m_checkReport->setObjectName(QStringLiteral("importCheckReport"));
    layout->addWidget(m_checkReport, 1);
    return page;
}

QWidget *ImportAssistant::buildResultStep()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_resultMessage = new QLabel(page);
    m_resultMessage->setObjectName(QStringLiteral("importResultMessage"));
    m_resultMessage->setWordWrap(true);
    m_resultMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultMessage);
    m_resultReport = new ImportReportView(page);
    m_resultReport->setObjectName(QStringLiteral("importResultReport"));
    connect(m_resultReport, &ImportReportView::labelsRequested, this, &ImportAssistant::labelsRequested);
    layout->addWidget(m_resultReport, 1);
    return page;
}

void ImportAssistant::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the spreadsheet to import"), m_path.isEmpty() ? QDir::homePath() : m_path,
        tr("Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportAssistant::openFile(const QString &path)
{
    if (m_working)
        return;
    m_path = path;
    m_sheet = {};
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_fileMessage->clear();
    goTo(Step::File);
    if (!m_worker.read(path)) {
        m_fileMessage->setText(tr("An import is already running: wait for it to end."));
        return;
    }
    setWorking(true, tr("Reading the file…"));
}

void ImportAssistant::onSheetRead(const SheetRead &read)
{
    if (!m_working || m_step != Step::File)
        return; // another window's step, or one left behind
    const bool cancelled = m_cancelling;
    setWorking(false, {});
    if (cancelled)
        return;
    if (!read.ok) {
        m_fileMessage->setText(errorText(read.error));
        m_choose->setFocus();
        return;
    }
    m_sheet = read.sheet;
    m_columns->setSheet(m_sheet, CatalogueImport::guessMapping(m_sheet));
    goTo(Step::Columns);
}

ImportOptions ImportAssistant::options() const
{
    ImportOptions options;
    const bool stock = m_columns->mapping().columns.contains(ImportColumn::Stock);
    if (!stock || m_stockIgnore->isChecked())
        options.stockMode = ImportStockMode::Ignore;
    else if (m_stockReceipt->isChecked())
        options.stockMode = ImportStockMode::Receipt;
    else
        options.stockMode = ImportStockMode::Count;
    options.giveInStoreBarcodes = m_inStoreBarcodes->isChecked();
    options.skipInvalid = m_skipInvalid->isChecked();
    // The rejected rows beside the file ("catalogue - rejected rows.csv"), never over a file there.
    const QFileInfo file(m_path);
    const QString base = file.completeBaseName() + QStringLiteral(" - ") + tr("rejected rows");
    QString path = file.dir().filePath(base + QStringLiteral(".csv"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = file.dir().filePath(QStringLiteral("%1 (%2).csv").arg(base).arg(n));
    options.rejectedRowsPath = path;
    return options;
}

void ImportAssistant::goTo(Step step)
{
    m_step = step;
    m_steps->setCurrentIndex(int(step));
    const bool stock = m_columns->mapping().columns.contains(ImportColumn::Stock);
    switch (step) {
    case Step::File:
        m_stepTitle->setText(tr("Step 1 of 5: the file"));
        break;
    case Step::Columns:
        m_stepTitle->setText(tr("Step 2 of 5: the columns"));
        break;
    case Step::Options:
        m_stepTitle->setText(tr("Step 3 of 5: the options"));
        for (QRadioButton *button : {m_stockCount, m_stockReceipt, m_stockIgnore})
            button->setEnabled(stock);
        m_stockNote->setVisible(!stock);
        break;
    case Step::Check:
        m_stepTitle->setText(tr("Step 4 of 5: the check"));
        break;
    case Step::Result:
        m_stepTitle->setText(tr("Step 5 of 5: done"));
        break;
    }
    updateButtons();
    // The focus where the keyboard goes on: Enter always presses the step's main button.
    if (step == Step::File)
        m_choose->setFocus();
    else if (step == Step::Options)
        (stock ? static_cast<QWidget *>(m_stockCount) : m_inStoreBarcodes)->setFocus();
    else if (step == Step::Result)
        m_close->setFocus();
    else if (m_next->isEnabled())
        m_next->setFocus();
}

void ImportAssistant::updateButtons()
{
    m_back->setVisible(m_step != Step::File && m_step != Step::Result);
    m_back->setEnabled(!m_working);
    m_next->setVisible(m_step != Step::Result);
    switch (m_step) {
    case Step::File:
    case Step::Columns:
        m_next->setText(tr("&Next >"));
        break;
    case Step::Options:
        m_next->setText(tr("C&heck the file"));
        break;
    case Step::Check:
    case Step::Result:
        m_next->setText(tr("&Import"));
        break;
    }
    bool canGoOn = !m_working;
    if (m_step == Step::File)
        canGoOn = canGoOn && !m_sheet.rows.isEmpty();
    else if (m_step == Step::Columns)
        canGoOn = canGoOn && !m_columns->problem();
    else if (m_step == Step::Check)
        canGoOn = canGoOn && !m_checkRefused;
    m_next->setEnabled(canGoOn);
    m_close->setText(m_working ? tr("Cancel") : tr("Close"));
    m_close->setEnabled(!m_cancelling);
}

void ImportAssistant::next()
{
    if (m_working)
        return;
    switch (m_step) {
    case Step::File:
        if (!m_sheet.rows.isEmpty())
            goTo(Step::Columns);
        break;
    case Step::Columns:
        if (auto problem = m_columns->problem()) {
            m_stepTitle->setText(errorText(*problem));
            return;
        }
        goTo(Step::Options);
        break;
    case Step::Options:
        startCheck();
        break;
    case Step::Check:
        if (!m_checkRefused)
            startRun();
        break;
    case Step::Result:
        break;
    }
}

void ImportAssistant::back()
{
    if (m_working)
        return;
    if (m_step == Step::Columns)
        goTo(Step::File);
    else if (m_step == Step::Options)
        goTo(Step::Columns);
    else if (m_step == Step::Check)
        goTo(Step::Options);
}

void ImportAssistant::startCheck()
{
    m_checkRefused = false;
    m_checkMessage->clear();
    m_checkReport->clear();
    goTo(Step::Check);
    if (!m_worker.check(m_sheet, m_columns->mapping(), options())) {
        m_checkMessage->setText(tr("An import is already running: wait for it to end."));
        m_checkRefused = true;
        updateButtons();
        return;
    }
    setWorking(true, tr("Checking every row…"));
}

void ImportAssistant::startRun()
{
    if (!m_worker.run(m_sheet, m_columns->mapping(), options())) {
        m_checkMessage->setText(tr("An import is already running: wait for it to end."));
        return;
    }
    setWorking(true, tr("Importing… the till can keep selling."));
}

void ImportAssistant::setWorking(bool working, const QString &what)
{
    m_working = working;
    if (!working)
        m_cancelling = false;
    m_steps->setEnabled(!working);
    m_workingLabel->setText(what);
    m_workingLabel->setVisible(working);
    m_progress->setVisible(working);
    m_progress->setRange(0, 0); // busy until the first progress
    updateButtons();
    if (working)
        m_close->setFocus();
}

void ImportAssistant::onProgress(int done, int total)
{
    if (!m_working || total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ImportAssistant::onFinished(const ImportRun &run)
{
    if (!m_working || m_step != Step::Check)
        return;
    setWorking(false, {});
    if (run.checkOnly)
        showCheck(run);
    else
        showResult(run);
}

void ImportAssistant::showCheck(const ImportRun &run)
{
    if (!run.ok) {
        m_checkRefused = true;
        m_checkMessage->setText(errorText(run.error));
        updateButtons();
        return;
    }
    const ImportSummary &summary = run.summary;
    m_checkReport->showSummary(summary, true);
    const bool problems = !summary.problems.isEmpty();
    m_checkRefused = problems && !m_skipInvalid->isChecked();
    if (m_checkRefused)
        m_checkMessage->setText(tr("Nothing can be imported while these rows are wrong. Fix them in the file "
                                   "and open it again, or go back and tick “Import only the good rows”."));
    else if (problems)
        m_checkMessage->setText(tr("The rows below will be left out and saved in a file to fix and import "
                                   "again. Press Import to write the %1 other rows.")
                                    .arg(summary.rows - summary.rowsRejected));
    else
        m_checkMessage->setText(tr("The %1 rows of the file are right. Press Import to write them into the "
                                   "catalogue.")
                                    .arg(summary.rows));
    updateButtons();
    m_next->setFocus();
}

void ImportAssistant::showResult(const ImportRun &run)
{
    if (!run.ok && run.error.code != ErrorCode::ImportCancelled) {
        // Stays on the check: it may be tried again.
        m_checkMessage->setText(errorText(run.error));
        updateButtons();
        return;
    }
    goTo(Step::Result);
    m_resultReport->clear();
    if (!run.ok) {
        m_resultMessage->setText(errorText(run.error));
        m_close->setFocus();
        return;
    }
    const ImportSummary &summary = run.summary;
    m_resultReport->showSummary(summary, false);
    if (!summary.written) {
        // The catalogue changed since the check (an edit, the marketplace's) and a row became wrong.
        m_resultMessage->setText(tr("Nothing was written: some rows are wrong now (the catalogue changed "
                                    "since the check)."));
    } else if (!summary.rejectedRowsFile.isEmpty()) {
        m_resultMessage->setText(
            tr("Import done. %1 rows were left out: they are saved in %2. Fix them there "
               "and import that file again.")
                .arg(summary.rowsRejected)
                .arg(QDir::toNativeSeparators(summary.rejectedRowsFile)));
    } else {
        m_resultMessage->setText(tr("Import done: the catalogue is up to date."));
    }
    if (summary.written)
        Q_EMIT imported();
    m_close->setFocus();
}

void ImportAssistant::reject()
{
    if (m_working) {
        // Stops at the next row; before the commit nothing is written. The dialog stays until the
        // worker says so.
        m_cancelling = true;
        m_workingLabel->setText(tr("Cancelling…"));
        m_worker.cancel();
        updateButtons();
        return;
    }
    QDialog::reject();
}

} // namespace comptoir
