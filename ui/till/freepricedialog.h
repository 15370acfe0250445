// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace comptoir {

// A line sold at a price typed by the cashier (an item without a barcode, or an unknown code):
// label, price (VAT included) and VAT rate. Show it with open(); on OK with valid input it emits
// lineAccepted() and closes, otherwise it says what is wrong and stays open.
class FreePriceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FreePriceDialog(QWidget *parent = nullptr);

    void setLabel(const QString &label);
    QString errorMessage() const;
    void accept() override;

Q_SIGNALS:
    void lineAccepted(const QString &label, qint64 unitPriceCents, int vatRateBp);

private:
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_priceEdit = nullptr;
    QComboBox *m_vatCombo = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace comptoir
