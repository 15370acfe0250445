// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/enrolment/enrollment.h"
#include "sync/enrolment/provisioningfile.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace comptoir {

class FirstRunWizard;

// The assistant's first step: enrol this till with the marketplace. The provisioning files found
// (the one given on the command line first, then ProvisioningSearch's) are listed
// ("provisioningFileList", each with its shop, or why it cannot be used); "Enrol with this file"
// ("enrolFileButton") enrols from the one selected; "Open a file…" ("openFileButton") picks
// another; "Search again" ("searchButton") looks again (a key plugged in meanwhile). Or the
// marketplace's address and the code are typed ("urlEdit", "codeEdit", "enrolCodeButton").
// Enrolment runs asynchronously with a busy bar ("enrolProgress"); a refusal is shown in words
// ("enrolErrorLabel") and changes nothing. "Continue without the marketplace" ("offlineButton")
// skips the step (enrol later in Réglages). Next is enabled once the step is done.
class ProvisioningPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProvisioningPage(FirstRunWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The list's files, and adding one (what "Open a file…" does after its dialog): it is
    // selected. Returns the file's row.
    int addFile(const QString &path);
    QString errorText() const;
    bool isBusy() const { return m_enrollment.isBusy(); }

    void enrolWithSelectedFile();
    void enrolWithCode();

private:
    void search();
    void showSelected();
    void setBusy(bool busy, const QString &what = {});
    void finished(Result<EnrolledDevice> result, const ProvisionedShop &shop);
    void showError(const QString &text);

    FirstRunWizard &m_wizard;
    Enrollment m_enrollment;
    QHash<QString, Provisioning> m_files; // path → what a usable file holds
    QHash<QString, Error> m_refused; // path → why the file cannot be used
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_enrolFile = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_search = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_enrolCode = nullptr;
    QPushButton *m_offline = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace comptoir
