// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/pindialog.h"

#include "ui/errortext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace comptoir {

QLineEdit *PinDialog::createPinEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("pinEdit"));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(Operators::MaxPinLength);
    edit->setAlignment(Qt::AlignCenter);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    // ASCII digits only: \d would also accept other scripts' digits, which no PIN contains.
    static const QRegularExpression digits(QStringLiteral("[0-9]{0,8}"));
    edit->setValidator(new QRegularExpressionValidator(digits, edit));
    QFont font = edit->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    edit->setFont(font);
    edit->setMinimumHeight(edit->fontMetrics().height() * 2);
    return edit;
}

PinDialog::PinDialog(Operators &operators, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_operators(operators), m_purpose(purpose)
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(purpose == Purpose::ManagerOverride ? tr("Manager PIN") : tr("Unlock the till"));
    setMinimumWidth(360);

    m_promptLabel = new QLabel(this);
    m_promptLabel->setObjectName(QStringLiteral("promptLabel"));
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setText(purpose == Purpose::ManagerOverride
                               ? tr("A manager must authorise this: manager, type your PIN.")
                               : tr("Type your PIN to unlock the till."));

    m_pinEdit = createPinEdit(this);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);
    connect(m_pinEdit, &QLineEdit::textEdited, this, [this] { m_errorLabel->setVisible(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_promptLabel);
    layout->addWidget(m_pinEdit);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    m_pinEdit->setFocus();
}

void PinDialog::setOperator(const OperatorInfo &info)
{
    m_operator = info;
    if (m_purpose == Purpose::Unlock)
        m_promptLabel->setText(tr("%1, type your PIN to unlock the till.").arg(info.name));
}

void PinDialog::setPrompt(const QString &text)
{
    m_promptLabel->setText(text);
}

QString PinDialog::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void PinDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(true);
    m_pinEdit->clear();
    m_pinEdit->setFocus();
}

void PinDialog::accept()
{
    const QString pin = m_pinEdit->text();
    if (!Operators::isValidPin(pin)) {
        showError(errorText(makeError(ErrorCode::InvalidPin)));
        return;
    }
    Result<OperatorInfo> result = makeError(ErrorCode::NotFound);
    if (m_purpose == Purpose::ManagerOverride)
        result = m_operators.verifyManager(pin);
    else if (m_operator)
        result = m_operators.verify(m_operator->id, pin);
    if (!result) {
        showError(errorText(result.error()));
        return;
    }
    m_pinEdit->clear();
    m_errorLabel->setVisible(false);
    Q_EMIT verified(*result);
    QDialog::accept();
}

} // namespace comptoir
