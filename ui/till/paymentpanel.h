// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir {

// The till's payment buttons: Cash (F9), Card (F10), Cheque, Voucher, the amount field they
// take (empty: what remains; for cash, the money handed over) and what remains to pay.
// It only asks: the till page decides and records (paymentRequested).
class PaymentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPanel(QWidget *parent = nullptr);

    QString amountText() const;
    void clearAmount();
    // Shows what remains and the payments taken so far.
    void setState(qint64 totalCents, qint64 remainingCents, const QList<Payment> &payments);
    void setSellingEnabled(bool enabled);

Q_SIGNALS:
    void paymentRequested(comptoir::PaymentMethod method);

private:
    QPushButton *addButton(PaymentMethod method, const QString &name, const QString &text,
                           const QKeySequence &shortcut);

    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_paymentsLabel = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace comptoir
