// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/firstmanagerdialog.h"

#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

FirstManagerDialog::FirstManagerDialog(Operators &operators, QWidget *parent)
    : QDialog(parent), m_operators(operators)
{
    setObjectName(QStringLiteral("firstManagerDialog"));
    setWindowTitle(tr("Create the first manager"));
    setMinimumWidth(420);

    auto *intro = new QLabel(
        tr("Nobody can use the till yet. Create the shop's first manager: they "
           "will sign in with this PIN, add the cashiers (Settings, Staff) and authorise refunds."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(60);
    m_pinEdit = PinDialog::createPinEdit(this);
    m_pinRepeatEdit = PinDialog::createPinEdit(this);
    m_pinRepeatEdit->setObjectName(QStringLiteral("pinRepeatEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_nameEdit);
    form->addRow(tr("PIN (4 to 8 digits):"), m_pinEdit);
    form->addRow(tr("PIN again:"), m_pinRepeatEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstManagerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstManagerDialog::reject);
    for (QLineEdit *edit : {m_nameEdit, m_pinEdit, m_pinRepeatEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_errorLabel->setVisible(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    m_nameEdit->setFocus();
}

QString FirstManagerDialog::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void FirstManagerDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(true);
}

void FirstManagerDialog::accept()
{
    const QString pin = m_pinEdit->text();
    if (!Operators::isValidPin(pin)) {
        showError(errorText(makeError(ErrorCode::InvalidPin)));
        m_pinEdit->setFocus();
        return;
    }
    if (m_pinRepeatEdit->text() != pin) {
        showError(tr("The two PINs are different: type the same PIN twice."));
        m_pinRepeatEdit->clear();
        m_pinRepeatEdit->setFocus();
        return;
    }
    const QString name = m_nameEdit->text().trimmed();
    auto added = m_operators.add(name, OperatorRole::Manager, pin);
    if (!added) {
        showError(errorText(added.error()));
        m_nameEdit->setFocus();
        return;
    }
    auto info = m_operators.find(*added);
    if (!info) {
        showError(errorText(info.error()));
        return;
    }
    qCInfo(lcUi) << "first manager created, operator" << *added;
    m_pinEdit->clear();
    m_pinRepeatEdit->clear();
    Q_EMIT created(*info);
    QDialog::accept();
}

} // namespace comptoir
