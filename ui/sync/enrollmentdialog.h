// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/enrolment/enrollment.h"

#include <QDialog>
#include <QGroupBox>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace comptoir {

class Database;
class OperatorSession;
class SecretStore;

// Enrols this till with a marketplace (issue 5, point 5): the marketplace's address
// ("enrollUrlEdit"), the one-time code the marketplace gave the shop ("enrollCodeEdit") and the
// name this till shows on the marketplace ("enrollDeviceNameEdit", the host name by default).
// OK ("Enrol") runs the Enrollment asynchronously: the form is disabled, a line says it is
// working, Cancel stays possible (and abandons the request). "Open a provisioning file…"
// ("enrollFileButton") enrols from a file instead. An error is shown in words
// ("enrollErrorLabel", word-wrapped under the fields, which keep their width) and the form is
// given back; on success enrolled() is emitted and the dialog says so ("enrollDoneLabel": the
// till is enrolled, with the shop's name) until "Close" ("enrollCloseButton") accepts it. Open it
// with open(), never exec().
class EnrollmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrollmentDialog(Database &db, SecretStore &secrets, QNetworkAccessManager &network,
                     QWidget *parent = nullptr);
    ~EnrollmentDialog() override;

    bool isBusy() const { return m_busy; }
    QString errorText() const;
    const std::optional<EnrolledDevice> &device() const { return m_device; }

    // Enrols from a provisioning file (what the file button does after its QFileDialog).
    void enrollFromFile(const QString &path);

Q_SIGNALS:
    void enrolled(const comptoir::EnrolledDevice &device);

public Q_SLOTS:
    void reject() override;

private:
    void submit();
    void chooseFile();
    void setBusy(bool busy);
    void showError(const QString &text);
    void enrollmentFinished(Result<EnrolledDevice> result);
    Enrollment &enrollment();

    Database &m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    std::unique_ptr<Enrollment> m_enrollment;
    std::optional<EnrolledDevice> m_device;
    bool m_busy = false;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QWidget *m_form = nullptr; // the intro, the fields and the file button
    QLabel *m_doneLabel = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_fileButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The "Marketplace" group of Réglages (SettingsPage::addSection): where this till is enrolled
// ("marketplaceUrlLabel", "marketplaceShopLabel", "marketplaceDeviceLabel", or "not enrolled")
// and "Enrol this till…" ("marketplaceEnrollButton", for a signed-in manager only), which emits
// enrollmentRequested(). refresh() reads the enrolment again (after a new one).
class MarketplaceSection : public QGroupBox
{
    Q_OBJECT

public:
    MarketplaceSection(const Database &db, OperatorSession &session, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void enrollmentRequested();

private:
    void updateEditable();

    const Database &m_db;
    OperatorSession &m_session;
    QLabel *m_url = nullptr;
    QLabel *m_shop = nullptr;
    QLabel *m_device = nullptr;
    QPushButton *m_enroll = nullptr;
};

} // namespace comptoir
