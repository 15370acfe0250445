// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staff/operators.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace comptoir {

// Creates the first manager of a new shop: a name ("nameEdit") and a PIN typed twice
// ("pinEdit", "pinRepeatEdit"). On OK the manager is added through Operators; the dialog emits
// created() and closes. A refused entry (empty name, invalid or different PINs, a name taken)
// shows the reason in "errorLabel" and stays open. Show it with open().
class FirstManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstManagerDialog(Operators &operators, QWidget *parent = nullptr);

    QString errorMessage() const;
    void accept() override;

Q_SIGNALS:
    void created(const comptoir::OperatorInfo &info);

private:
    void showError(const QString &text);

    Operators &m_operators;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLineEdit *m_pinRepeatEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace comptoir
