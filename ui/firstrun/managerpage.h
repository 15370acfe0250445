// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace comptoir {

class FirstRunWizard;

// The shop's first manager, with the rules of FirstManagerDialog: a name ("managerNameEdit") and
// a PIN of 4 to 8 digits typed twice ("managerPinEdit", "managerPinRepeatEdit"). Next adds the
// manager through Operators (one transaction); a refusal is shown in "managerErrorLabel". The
// step is done once an active manager exists, so it is never asked twice.
class ManagerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ManagerPage(FirstRunWizard &wizard);

    bool validatePage() override;
    QString errorText() const;

private:
    void showError(const QString &text);

    FirstRunWizard &m_wizard;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinRepeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace comptoir
