// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QGroupBox>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir {

class Clock;
class Database;
class JournalWorker;
class OperatorSession;
struct JournalArchiveOutcome;
struct JournalCheckOutcome;

// The Settings page's "Fiscal journal" section ("journalGroup"), embedded with
// SettingsPage::addSection():
// - "registerKeyFingerprint" shows the register key's fingerprint (keyfingerprint.h), as the Z
//   reports print it (read again each time the section is shown);
// - archive a period: a year ("archiveYearCombo") and a month or the whole year
//   ("archiveMonthCombo"), the file ("archivePathEdit", prefilled with
//   Documents/comptoir-journal-<period>.json, "archiveBrowseButton" opens a non-native file
//   dialog "archiveFileDialog"), "archiveButton" writes it (writeArchive through the worker,
//   which journals the Archive event); "archiveResult" says where it went and what it holds, or
//   what went wrong. Only a signed-in manager may archive ("archiveManagerNote" says so otherwise);
// - "checkJournalButton" verifies the whole journal; "journalCheckResult" says what was checked
//   or names the first broken record and what to do. Anyone may check.
// Both jobs run on the JournalWorker's thread; the section also shows the result of a check
// started elsewhere on the same worker (the one made at start). The result stays current: when the
// section is shown and the journal has grown since the last intact check (sales, closures,
// events), it is checked again without anyone pressing the button.
class SettingsPageJournal : public QGroupBox
{
    Q_OBJECT

public:
    SettingsPageJournal(const Database &db, const Clock &clock, JournalWorker &worker,
                        OperatorSession &session, QWidget *parent = nullptr);

    // The period chosen: "2026" (whole year) or "2026-11".
    QString period() const;
    // <Documents>/comptoir-journal-<period>.json
    static QString defaultArchivePath(const QString &period);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void checkAgainIfGrown();
    void showKeyFingerprint();
    void fillYears();
    void selectPreviousMonth();
    void onPeriodChanged();
    void updateEnabled();
    void browse();
    void archive();
    void check();
    void onArchived(const JournalArchiveOutcome &outcome);
    void onChecked(const JournalCheckOutcome &outcome);
    void showResult(QLabel *label, const QString &text, bool ok);
    bool canArchive() const;
    QString periodText(const QString &period) const; // "November 2026", "2026"
    bool periodIsOver(const QString &period) const;
    QDate today() const; // in the shop's time zone

    const Database &m_db;
    const Clock &m_clock;
    JournalWorker &m_worker;
    OperatorSession &m_session;
    QLabel *m_fingerprint = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_month = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_archive = nullptr;
    QLabel *m_managerNote = nullptr;
    QLabel *m_archiveResult = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_checkResult = nullptr;
    QString m_shownPeriod; // the period whose default file name the path edit may hold
    bool m_archiving = false;
    bool m_checking = false;
    // The links of the fiscal chain the last check found intact (none: no check yet, or a broken
    // or failed one, which stays until checked again by hand).
    std::optional<qint64> m_checkedLinks;
};

} // namespace comptoir
