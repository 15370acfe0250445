// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingspagejournal.h"

#include "models/archive/journalworker.h"
#include "models/clock.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/fiscal/registerkey.h"
#include "models/sales/businessday.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/settings/journalproblemtext.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QShowEvent>
#include <QSqlQuery>
#include <QStandardPaths>

namespace comptoir {

namespace {

QString defaultFileName(const QString &period)
{
    return QStringLiteral("comptoir-journal-") + period + QStringLiteral(".json");
}

QLabel *resultLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

SettingsPageJournal::SettingsPageJournal(const Database &db, const Clock &clock, JournalWorker &worker,
                                         OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Fiscal journal"), parent), m_db(db), m_clock(clock), m_worker(worker), m_session(session)
{
    setObjectName(QStringLiteral("journalGroup"));
    auto *form = new QFormLayout(this);

    auto *intro = new QLabel(tr("Keep an archive of each month or year of sales, closures and events, "
                                "signed by the till, for the tax office. Anyone can check that the "
                                "journal is intact."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("registerKeyFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setToolTip(tr("The fingerprint of the key that signs the journal, also printed on every Z "
                                 "report: an auditor checks the archives against it"));
    form->addRow(tr("Register key fingerprint:"), m_fingerprint);
    showKeyFingerprint();

    auto *periodRow = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(periodRow);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    m_year = new QComboBox(periodRow);
    m_year->setObjectName(QStringLiteral("archiveYearCombo"));
    m_month = new QComboBox(periodRow);
    m_month->setObjectName(QStringLiteral("archiveMonthCombo"));
    m_month->addItem(tr("Whole year"), 0);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(locale.standaloneMonthName(month, QLocale::LongFormat), month);
    periodLayout->addWidget(m_year);
    periodLayout->addWidget(m_month);
    periodLayout->addStretch(1);
    auto *periodLabel = new QLabel(tr("Period to archive:"), this);
    periodLabel->setBuddy(m_year);
    form->addRow(periodLabel, periodRow);

    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(fileRow);
    m_path->setObjectName(QStringLiteral("archivePathEdit"));
    m_browse = new QPushButton(tr("Choose…"), fileRow);
    m_browse->setObjectName(QStringLiteral("archiveBrowseButton"));
    m_browse->setToolTip(tr("Choose the folder and the name of the archive file"));
    m_archive = new QPushButton(tr("Writ&e the archive"), fileRow);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_archive->setToolTip(tr("Check the journal, then write the period's archive to the file"));
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(m_browse);
    fileLayout->addWidget(m_archive);
    form->addRow(tr("Archive file:"), fileRow);

    m_managerNote = new QLabel(tr("Only a manager can archive the journal."), this);
    m_managerNote->setObjectName(QStringLiteral("archiveManagerNote"));
    form->addRow(m_managerNote);
    m_archiveResult = resultLabel(QStringLiteral("archiveResult"), this);
    form->addRow(m_archiveResult);

    auto *checkRow = new QWidget(this);
    auto *checkLayout = new QHBoxLayout(checkRow);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    m_check = new QPushButton(tr("Chec&k the journal"), checkRow);
    m_check->setObjectName(QStringLiteral("checkJournalButton"));
    m_check->setToolTip(tr("Check the chain, the signatures, the numbering and the closure totals of the "
                           "whole journal"));
    checkLayout->addWidget(m_check);
    checkLayout->addStretch(1);
    form->addRow(checkRow);
    m_checkResult = resultLabel(QStringLiteral("journalCheckResult"), this);
    form->addRow(m_checkResult);

    fillYears();
    selectPreviousMonth();
    m_shownPeriod = period();
    m_path->setText(defaultArchivePath(m_shownPeriod));

    connect(m_year, &QComboBox::currentIndexChanged, this, &SettingsPageJournal::onPeriodChanged);
    connect(m_month, &QComboBox::currentIndexChanged, this, &SettingsPageJournal::onPeriodChanged);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPageJournal::browse);
    connect(m_archive, &QPushButton::clicked, this, &SettingsPageJournal::archive);
    connect(m_path, &QLineEdit::returnPressed, this, &SettingsPageJournal::archive);
    connect(m_check, &QPushButton::clicked, this, &SettingsPageJournal::check);
    connect(&m_worker, &JournalWorker::archived, this, &SettingsPageJournal::onArchived);
    connect(&m_worker, &JournalWorker::checked, this, &SettingsPageJournal::onChecked);
    connect(&m_session, &OperatorSession::changed, this, &SettingsPageJournal::updateEnabled);
    updateEnabled();
}

QString SettingsPageJournal::period() const
{
    const int month = m_month->currentData().toInt();
    const QString year = QString::number(m_year->currentData().toInt());
    return month == 0 ? year
                      : year + QLatin1Char('-') + QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
}

QString SettingsPageJournal::defaultArchivePath(const QString &period)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName(period)));
}

// The years from the journal's first record to this one, latest first.
void SettingsPageJournal::fillYears()
{
    const int thisYear = today().year();
    int firstYear = thisYear;
    auto q = m_db.query(
        QStringLiteral("SELECT min(d) FROM (SELECT min(business_day) AS d FROM tickets UNION ALL "
                       "SELECT min(business_day) FROM closures UNION ALL "
                       "SELECT min(substr(occurred_at, 1, 10)) FROM events)"));
    if (q && q.value().next()) {
        const QDate first = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
        if (first.isValid() && first.year() < thisYear)
            firstYear = first.year();
    } else if (!q) {
        qCWarning(lcUi) << "cannot read the journal's first date: error" << int(q.error().code);
    }
    for (int year = thisYear; year >= firstYear; --year)
        m_year->addItem(QString::number(year), year);
}

// The last month that is over: the one an archive is usually made for.
void SettingsPageJournal::selectPreviousMonth()
{
    const QDate previous = today().addMonths(-1);
    int yearIndex = m_year->findData(previous.year());
    if (yearIndex < 0) {
        m_year->addItem(QString::number(previous.year()), previous.year());
        yearIndex = m_year->count() - 1;
    }
    m_year->setCurrentIndex(yearIndex);
    m_month->setCurrentIndex(m_month->findData(previous.month()));
}

void SettingsPageJournal::onPeriodChanged()
{
    // A file name still the default one follows the period; one typed or chosen stays.
    const QString chosen = period();
    const QFileInfo current(QDir::fromNativeSeparators(m_path->text().trimmed()));
    if (m_path->text().trimmed().isEmpty())
        m_path->setText(defaultArchivePath(chosen));
    else if (current.fileName() == defaultFileName(m_shownPeriod))
        m_path->setText(QDir::toNativeSeparators(current.dir().filePath(defaultFileName(chosen))));
    m_shownPeriod = chosen;
    m_archiveResult->hide();
}

bool SettingsPageJournal::canArchive() const
{
    return m_session.current() && m_session.current()->isManager();
}

void SettingsPageJournal::updateEnabled()
{
    const bool manager = canArchive();
    m_managerNote->setVisible(!manager);
    for (QWidget *widget : {static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_month),
                            static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse)})
        widget->setEnabled(manager && !m_archiving);
    m_archive->setEnabled(manager && !m_archiving && !m_checking);
    m_check->setEnabled(!m_archiving && !m_checking);
    if (m_archiving || m_checking)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SettingsPageJournal::browse()
{
    auto *dialog = new QFileDialog(this, tr("Archive of the fiscal journal"));
    dialog->setObjectName(QStringLiteral("archiveFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("Journal archives (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QDir::fromNativeSeparators(m_path->text().trimmed()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_path->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void SettingsPageJournal::archive()
{
    if (!canArchive() || m_archiving)
        return;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showResult(m_archiveResult, tr("Choose the file to write the archive to."), false);
        m_path->setFocus();
        return;
    }
    if (!m_worker.startArchive(period(), path)) {
        showResult(m_archiveResult, tr("The journal is being checked: try again in a moment."), false);
        return;
    }
    m_archiving = true;
    showResult(m_archiveResult,
               tr("Checking the journal and writing the archive of %1…").arg(periodText(period())), true);
    updateEnabled();
}

void SettingsPageJournal::check()
{
    if (m_checking || m_archiving)
        return;
    // When the worker is busy, it is with a check (the one made at start: archives are only made
    // here): its result answers as well.
    m_worker.startCheck();
    m_checking = true;
    showResult(m_checkResult, tr("Checking the journal…"), true);
    updateEnabled();
}

void SettingsPageJournal::onArchived(const JournalArchiveOutcome &outcome)
{
    m_archiving = false;
    const auto again = qScopeGuard([this] {
        if (isVisible())
            checkAgainIfGrown(); // the archive's own event
    });
    updateEnabled();
    if (outcome.ok) {
        const ArchiveSummary &summary = outcome.summary;
        VerifyReport counts;
        counts.tickets = summary.tickets;
        counts.closures = summary.closures;
        counts.periodClosures = summary.periodClosures;
        counts.events = summary.events;
        QString text = tr("The archive of %1 was written to %2. It holds %3.")
                           .arg(periodText(summary.period), QDir::toNativeSeparators(summary.path),
                                journalCheckedText(counts));
        if (!periodIsOver(summary.period))
            text += QLatin1Char(' ')
                + tr("This period is not over yet: the archive holds what was recorded until now.");
        text += QLatin1Char('\n')
            + tr("Its SHA-256 fingerprint is %1: note it down to show later that the file was not changed.")
                  .arg(summary.sha256);
        text += QLatin1Char('\n')
            + tr("It is sealed with the register key %1.").arg(KeyFingerprint::text(summary.sealPublicKey));
        showResult(m_archiveResult, text, true);
        return;
    }
    const Error &error = outcome.error;
    if (error.code == ErrorCode::JournalBroken) {
        VerifyReport broken;
        broken.firstBroken = error.subject;
        broken.problem = error.detail.section(QLatin1Char(':'), 0, 0).trimmed();
        showResult(m_archiveResult,
                   journalProblemText(broken) + QLatin1Char(' ') + tr("No archive was written.")
                       + QLatin1Char('\n') + journalBrokenAdvice(),
                   false);
        return;
    }
    if (error.code == ErrorCode::NotFound && error.subject == QLatin1String("register key")) {
        showResult(m_archiveResult, tr("The journal holds no record yet: there is nothing to archive."),
                   false);
        return;
    }
    showResult(m_archiveResult, errorText(error), false);
}

void SettingsPageJournal::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    showKeyFingerprint(); // the key may have been replaced meanwhile
    checkAgainIfGrown();
}

void SettingsPageJournal::showKeyFingerprint()
{
    const auto key = registerPublicKey(m_db);
    if (key)
        m_fingerprint->setText(KeyFingerprint::text(key.value()));
    else if (key.error().code == ErrorCode::NotFound)
        m_fingerprint->setText(tr("none yet"));
    else
        m_fingerprint->setText(errorText(key.error()));
}

void SettingsPageJournal::checkAgainIfGrown()
{
    if (!m_checkedLinks || m_checking || m_archiving || m_worker.isBusy())
        return;
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM fiscal_chain"));
    if (!q || !q.value().next()) {
        qCWarning(lcUi) << "cannot count the journal's links: error" << (q ? 0 : int(q.error().code));
        return;
    }
    const qint64 links = q.value().value(0).toLongLong();
    q.value().finish();
    if (links != *m_checkedLinks)
        check(); // new sales, closures or events since the result shown
}

void SettingsPageJournal::onChecked(const JournalCheckOutcome &outcome)
{
    m_checking = false;
    // Once the result is shown: the journal may have grown while it was being checked.
    const auto again = qScopeGuard([this] {
        if (isVisible())
            checkAgainIfGrown();
    });
    m_checkedLinks.reset();
    if (outcome.state == JournalCheckOutcome::State::NoRecords)
        m_checkedLinks = 0;
    else if (outcome.state == JournalCheckOutcome::State::Checked && outcome.report.ok)
        m_checkedLinks = outcome.report.links;
    updateEnabled();
    switch (outcome.state) {
    case JournalCheckOutcome::State::Checked:
        if (outcome.report.ok)
            showResult(m_checkResult,
                       tr("Checked %1: the journal is intact (chain, signatures, numbering and closure "
                          "totals).")
                           .arg(journalCheckedText(outcome.report)),
                       true);
        else
            showResult(m_checkResult,
                       journalProblemText(outcome.report) + QLatin1Char('\n') + journalBrokenAdvice(), false);
        return;
    case JournalCheckOutcome::State::NoRecords:
        showResult(m_checkResult, tr("The journal holds no record yet: there is nothing to check."), true);
        return;
    case JournalCheckOutcome::State::Failed:
        showResult(m_checkResult, errorText(outcome.error), false);
        return;
    }
}

void SettingsPageJournal::showResult(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    label->setVisible(!text.isEmpty());
}

QString SettingsPageJournal::periodText(const QString &period) const
{
    if (period.size() != 7)
        return period;
    const int month = period.mid(5, 2).toInt();
    return tr("%1 %2", "month and year")
        .arg(QLocale().standaloneMonthName(month, QLocale::LongFormat), period.left(4));
}

bool SettingsPageJournal::periodIsOver(const QString &period) const
{
    const QDate now = today();
    const int year = period.left(4).toInt();
    if (period.size() == 4)
        return year < now.year();
    const QDate firstDay(year, period.mid(5, 2).toInt(), 1);
    return firstDay.addMonths(1) <= now;
}

QDate SettingsPageJournal::today() const
{
    auto zone = shopTimeZone(m_db);
    if (!zone)
        qCWarning(lcUi) << "cannot read the shop's time zone: error" << int(zone.error().code);
    return localDate(m_clock.now(), zone ? zone.value() : QTimeZone::systemTimeZone());
}

} // namespace comptoir
