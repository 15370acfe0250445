// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/entrydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

EntryDialog::EntryDialog(const QString &fieldName, const QString &hint, QWidget *parent) : QDialog(parent)
{
    setMinimumWidth(380);

    m_promptLabel = new QLabel(this);
    m_promptLabel->setObjectName(QStringLiteral("promptLabel"));
    m_promptLabel->setWordWrap(true);

    m_field = new QLineEdit(this);
    m_field->setObjectName(fieldName);
    QFont font = m_field->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    m_field->setFont(font);
    m_field->setAlignment(Qt::AlignRight);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_errorLabel->hide(); });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_promptLabel);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint, this);
        hintLabel->setWordWrap(true);
        layout->addWidget(hintLabel);
    }
    layout->addWidget(m_field);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    m_field->setFocus();
}

void EntryDialog::setPrompt(const QString &text)
{
    m_promptLabel->setText(text);
}

QString EntryDialog::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void EntryDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
    m_field->setFocus();
    m_field->selectAll();
}

} // namespace comptoir
