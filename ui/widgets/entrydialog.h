// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace comptoir {

// A small dialog asking for one value typed in a large field (a discount, a price): a prompt,
// an optional hint, the field (selected, with the focus), an error line shown when what was
// typed is refused, and OK / Cancel. Subclasses read the field in accept().
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    // The line above the field.
    void setPrompt(const QString &text);
    // The error shown, empty when none.
    QString errorMessage() const;

protected:
    // fieldName: the field's objectName (tests find it by it).
    EntryDialog(const QString &fieldName, const QString &hint, QWidget *parent);

    QLineEdit *field() const { return m_field; }
    // Shows the reason and selects the field again for another try.
    void showError(const QString &text);

private:
    QLabel *m_promptLabel = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace comptoir
