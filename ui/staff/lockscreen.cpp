// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/lockscreen.h"

#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/staff/pindialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {
constexpr int Columns = 3;

} // namespace

LockScreen::LockScreen(Operators &operators, QWidget *parent) : QWidget(parent), m_operators(operators)
{
    setObjectName(QStringLiteral("lockScreen"));

    auto *title = new QLabel(tr("The till is locked. Who is serving?"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setAlignment(Qt::AlignCenter);
    title->setFont(scaled(title->font(), 1.6));

    m_stack = new QStackedWidget(this);

    // The list of operators.
    m_listPage = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(m_listPage);
    m_listMessage = new QLabel(m_listPage);
    m_listMessage->setObjectName(QStringLiteral("listMessageLabel"));
    m_listMessage->setWordWrap(true);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setVisible(false);
    m_grid = new QGridLayout;
    // Where new people come from, for the one whose name is not on a button yet.
    auto *staffHint = new QLabel(tr("Not on the list? A manager adds cashiers and managers in Settings, "
                                    "under Staff."),
                                 m_listPage);
    staffHint->setObjectName(QStringLiteral("staffHintLabel"));
    staffHint->setWordWrap(true);
    staffHint->setAlignment(Qt::AlignCenter);
    listLayout->addWidget(m_listMessage);
    listLayout->addLayout(m_grid);
    listLayout->addWidget(staffHint);
    listLayout->addStretch();
    m_stack->addWidget(m_listPage);

    // The PIN of the chosen one.
    auto *pinPage = new QWidget(m_stack);
    auto *pinLayout = new QVBoxLayout(pinPage);
    m_whoLabel = new QLabel(pinPage);
    m_whoLabel->setObjectName(QStringLiteral("whoLabel"));
    m_whoLabel->setAlignment(Qt::AlignCenter);
    m_whoLabel->setFont(scaled(m_whoLabel->font(), 1.4));
    m_pinEdit = PinDialog::createPinEdit(pinPage);
    m_errorLabel = new QLabel(pinPage);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setVisible(false);
    auto *back = new QPushButton(tr("Back"), pinPage);
    back->setObjectName(QStringLiteral("backButton"));
    auto *unlock = new QPushButton(tr("Unlock"), pinPage);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(back);
    buttonRow->addStretch();
    buttonRow->addWidget(unlock);
    pinLayout->addWidget(m_whoLabel);
    pinLayout->addWidget(m_pinEdit);
    pinLayout->addWidget(m_errorLabel);
    pinLayout->addLayout(buttonRow);
    pinLayout->addStretch();
    m_stack->addWidget(pinPage);

    connect(back, &QPushButton::clicked, this, &LockScreen::showList);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_pinEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_pinEdit, &QLineEdit::textEdited, this, [this] { m_errorLabel->setVisible(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_stack);
    layout->addStretch();

    reload();
}

void LockScreen::reload()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const auto active = m_operators.activeOperators();
    if (!active) {
        m_listMessage->setText(errorText(active.error()));
        m_listMessage->setVisible(true);
    } else if (active->isEmpty()) {
        // Every operator deactivated: nobody can sign in (the first manager is created from the
        // main window's "noManagerPage" when the shop has no operator at all).
        m_listMessage->setText(tr("No one can use the till: this shop has no active cashier or manager."));
        m_listMessage->setVisible(true);
    } else {
        m_listMessage->setVisible(false);
        int index = 0;
        for (const OperatorInfo &info : *active) {
            auto *button = new QPushButton(info.name, m_listPage);
            button->setObjectName(QStringLiteral("operatorButton_%1").arg(info.id));
            button->setFont(scaled(button->font(), 1.5));
            button->setMinimumSize(180, 90);
            connect(button, &QPushButton::clicked, this, [this, info] { choose(info); });
            m_grid->addWidget(button, index / Columns, index % Columns);
            m_buttons.append(button);
            ++index;
        }
    }
    showList();
}

void LockScreen::showList()
{
    m_chosen.reset();
    m_pinEdit->clear();
    m_errorLabel->setVisible(false);
    m_stack->setCurrentWidget(m_listPage);
}

void LockScreen::choose(const OperatorInfo &info)
{
    m_chosen = info;
    m_whoLabel->setText(tr("%1, type your PIN").arg(info.name));
    m_pinEdit->clear();
    m_errorLabel->setVisible(false);
    m_stack->setCurrentIndex(1);
    m_pinEdit->setFocus();
}

QString LockScreen::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void LockScreen::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(true);
    m_pinEdit->clear();
    m_pinEdit->setFocus();
}

void LockScreen::tryUnlock()
{
    if (!m_chosen)
        return;
    const QString pin = m_pinEdit->text();
    if (!Operators::isValidPin(pin)) {
        showError(errorText(makeError(ErrorCode::InvalidPin)));
        return;
    }
    const auto result = m_operators.verify(m_chosen->id, pin);
    if (!result) {
        const ErrorCode code = result.error().code;
        if (code == ErrorCode::OperatorInactive || code == ErrorCode::NotFound) {
            // Deactivated meanwhile: back to a list that no longer offers them.
            reload();
            m_listMessage->setText(errorText(result.error()));
            m_listMessage->setVisible(true);
        } else {
            showError(errorText(result.error()));
        }
        return;
    }
    const OperatorInfo info = *result;
    showList();
    Q_EMIT unlocked(info);
}

} // namespace comptoir
