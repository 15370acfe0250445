// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/paymentpanel.h"

#include "ui/paymentmethodtext.h"

#include "models/money.h"

#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace comptoir {

PaymentPanel::PaymentPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.5);

    auto *amountTitle = new QLabel(tr("Amount (empty: what remains; cash: the money handed over)"), this);
    amountTitle->setWordWrap(true);
    layout->addWidget(amountTitle);
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setFont(large);
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_amountEdit->setClearButtonEnabled(true);
    amountTitle->setBuddy(m_amountEdit);
    layout->addWidget(m_amountEdit);

    auto *grid = new QGridLayout;
    grid->addWidget(addButton(PaymentMethod::Cash, QStringLiteral("cashButton"), tr("Cash (F9)"),
                              QKeySequence(Qt::Key_F9)),
                    0, 0);
    grid->addWidget(addButton(PaymentMethod::Card, QStringLiteral("cardButton"), tr("Card (F10)"),
                              QKeySequence(Qt::Key_F10)),
                    0, 1);
    grid->addWidget(addButton(PaymentMethod::Cheque, QStringLiteral("chequeButton"), tr("Cheque"), {}), 1, 0);
    grid->addWidget(addButton(PaymentMethod::Voucher, QStringLiteral("voucherButton"), tr("Voucher"), {}), 1,
                    1);
    layout->addLayout(grid);

    m_remainingLabel = new QLabel(this);
    m_remainingLabel->setObjectName(QStringLiteral("remainingLabel"));
    m_remainingLabel->setFont(large);
    layout->addWidget(m_remainingLabel);
    m_paymentsLabel = new QLabel(this);
    m_paymentsLabel->setObjectName(QStringLiteral("paymentsLabel"));
    m_paymentsLabel->setWordWrap(true);
    layout->addWidget(m_paymentsLabel);
    layout->addStretch();
}

QPushButton *PaymentPanel::addButton(PaymentMethod method, const QString &name, const QString &text,
                                     const QKeySequence &shortcut)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setMinimumHeight(56);
    QFont large = button->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    button->setFont(large);
    if (!shortcut.isEmpty())
        button->setShortcut(shortcut);
    connect(button, &QPushButton::clicked, this, [this, method] { Q_EMIT paymentRequested(method); });
    m_buttons.append(button);
    return button;
}

QString PaymentPanel::amountText() const
{
    return m_amountEdit->text();
}

void PaymentPanel::clearAmount()
{
    m_amountEdit->clear();
}

void PaymentPanel::setState(qint64 totalCents, qint64 remainingCents, const QList<Payment> &payments)
{
    if (totalCents == 0 && payments.isEmpty())
        m_remainingLabel->clear();
    else
        m_remainingLabel->setText(tr("Remaining: %1").arg(Money::format(remainingCents)));
    QStringList taken;
    for (const Payment &payment : payments)
        taken << paymentMethodText(payment.method) + QStringLiteral(" ") + Money::format(payment.amountCents);
    m_paymentsLabel->setText(taken.isEmpty() ? QString()
                                             : tr("Paid: %1").arg(taken.join(QStringLiteral(", "))));
}

void PaymentPanel::setSellingEnabled(bool enabled)
{
    m_amountEdit->setEnabled(enabled);
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(enabled);
}

} // namespace comptoir
