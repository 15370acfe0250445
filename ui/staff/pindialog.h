// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staff/operators.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace comptoir {

// Asks for a PIN and checks it with Operators. Show it with open().
// ManagerOverride: any active manager's PIN is accepted (an override: a price change, a
// refund…). Unlock: the PIN of the operator given by setOperator().
// On a right PIN it emits verified() and closes; on a wrong one it shows the reason in
// errorLabel, clears pinEdit and stays open.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { ManagerOverride, Unlock };

    PinDialog(Operators &operators, Purpose purpose, QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    // Unlock: whose PIN is asked for.
    void setOperator(const OperatorInfo &info);
    // The line above the field, e.g. what the override authorises.
    void setPrompt(const QString &text);
    QString errorMessage() const;

    void accept() override;

    // A large, digits-only password field of up to Operators::MaxPinLength digits, named
    // "pinEdit" (the lock screen uses it too).
    static QLineEdit *createPinEdit(QWidget *parent);

Q_SIGNALS:
    void verified(const comptoir::OperatorInfo &info);

private:
    void showError(const QString &text);

    Operators &m_operators;
    Purpose m_purpose;
    std::optional<OperatorInfo> m_operator;
    QLabel *m_promptLabel = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace comptoir
