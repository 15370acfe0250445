// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/catalogue.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace comptoir {

// The fields of one variant (label, barcodes, reference, price, cost, low-stock threshold
// and, for a new variant, its initial stock), shared by the product and variant dialogs.
// It only reads and checks what was typed; the dialogs write.
class VariantFieldsForm : public QWidget
{
    Q_OBJECT

public:
    enum class Purpose { NewVariant, ExistingVariant };

    explicit VariantFieldsForm(Purpose purpose, QWidget *parent = nullptr);

    void setFields(const VariantFields &fields);
    // Fills in only the barcodes field (a new product for a code scanned at the till).
    void setBarcodes(const QStringList &barcodes);
    // Reads the typed fields into *fields. On a typing mistake (a price that is not an
    // amount) returns false with a sentence for the person in *message and focuses the field.
    bool read(VariantFields *fields, QString *message) const;
    int initialStock() const; // 0 for an existing variant

    QWidget *firstInput() const;
    QWidget *lastInput() const;

    // "376… 400…, 501…" → the codes, in order, without blanks or repeats.
    static QStringList splitBarcodes(const QString &text);

private:
    Purpose m_purpose;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_barcodesEdit = nullptr;
    QLineEdit *m_referenceEdit = nullptr;
    QLineEdit *m_priceEdit = nullptr;
    QLineEdit *m_costEdit = nullptr;
    QSpinBox *m_thresholdSpin = nullptr;
    QSpinBox *m_initialStockSpin = nullptr;
};

} // namespace comptoir
