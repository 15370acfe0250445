// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staff/operators.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace comptoir {

class OperatorSession;

// The Settings page's "Staff" section ("staffGroup"), added with SettingsPage::addSection():
// - "staffTable": everyone who may use the till, active or not (name, role, state), one row each
//   (the row's Qt::UserRole holds the operator's id); anyone may read it;
// - for a signed-in manager only (otherwise "staffManagerNote" says who may, and the controls are
//   hidden): add a person ("staffNameEdit", "staffRoleCombo" cashier or manager, the PIN twice in
//   "staffPinEdit" and "staffPinAgainEdit", "staffAddButton"); for the person chosen in the table,
//   a new PIN typed twice ("staffNewPinEdit", "staffNewPinAgainEdit", "staffChangePinButton": the
//   manager's own PIN, or another's reset) and "staffActiveButton" (Deactivate / Reactivate).
//   People are never deleted: tickets name them.
// Each change goes through Operators with the signed-in manager as the actor, so it is journalled
// (StaffChanged) with the change; "staffResult" says what was done, or why nothing was.
class StaffSection : public QGroupBox
{
    Q_OBJECT

public:
    StaffSection(Operators &operators, OperatorSession &session, QWidget *parent = nullptr);

    // Reads the people again (keeps the chosen one when still there).
    void reload();

Q_SIGNALS:
    // Someone was added, changed PIN, deactivated or reactivated (the lock screen's list changes).
    void staffChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<qint64> actor() const; // the signed-in manager
    std::optional<OperatorInfo> chosen() const;
    void updateEnabled();
    void addPerson();
    void changePin();
    void toggleActive();
    void showResult(const QString &text, bool ok);
    void done(const QString &text);

    Operators &m_operators;
    OperatorSession &m_session;
    QList<OperatorInfo> m_people;
    QTableWidget *m_table = nullptr;
    QLabel *m_managerNote = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_newPin = nullptr;
    QLineEdit *m_newPinAgain = nullptr;
    QPushButton *m_changePin = nullptr;
    QPushButton *m_active = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace comptoir
