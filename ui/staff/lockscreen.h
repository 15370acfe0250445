// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/staff/operators.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace comptoir {

// The locked till: one large button per active operator ("operatorButton_<id>"); the chosen
// one types their PIN (pinEdit, then Enter or "unlockButton") and the screen emits unlocked().
// A wrong PIN shows the reason in errorLabel and asks again; "backButton" returns to the list.
// reload() re-reads the operators (call it each time the screen is shown).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(Operators &operators, QWidget *parent = nullptr);

    void reload();
    // Goes straight to the PIN of this operator (e.g. the one who was serving).
    void choose(const OperatorInfo &info);
    std::optional<OperatorInfo> chosen() const { return m_chosen; }
    QString errorMessage() const;

Q_SIGNALS:
    void unlocked(const comptoir::OperatorInfo &info);

private:
    void showList();
    void tryUnlock();
    void showError(const QString &text);

    Operators &m_operators;
    std::optional<OperatorInfo> m_chosen;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QPushButton *> m_buttons;
    QLabel *m_listMessage = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace comptoir
