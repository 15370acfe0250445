// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace comptoir {

class FirstRunWizard;

// The shop's identity printed on every receipt: name ("shopNameEdit"), address
// ("shopAddressEdit"), SIRET ("siretEdit") and VAT number ("vatNumberEdit"), filled from the
// provisioning file (FirstRunProgress::ProvisionedShopKey) or from what is already saved, each
// editable. Next saves them through ShopSettings (checked there: a wrong SIRET or VAT number is
// shown in "identityErrorLabel" and nothing is saved), then marks the step done. Saving twice
// (a restart between the two writes) writes the same identity again.
class IdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IdentityPage(FirstRunWizard &wizard);

    void initializePage() override;
    bool validatePage() override;
    QString errorText() const;

private:
    void showError(const QString &text);

    FirstRunWizard &m_wizard;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_siret = nullptr;
    QLineEdit *m_vat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace comptoir
