// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/catalogue.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace comptoir {

// The fields of one variant (label, barcodes, reference, price, cost, net quantity and its unit,
// low-stock threshold and, for a new variant, its initial stock), shared by the product and
// variant dialogs. With an in-store barcode source, a button fills the barcodes field with the
// shop's next in-store EAN-13 (issue 14).
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
    // Where "Give an in-store barcode" takes its code (InStoreBarcodeGiver::reserve); none: the
    // button is hidden.
    using InStoreBarcodeSource = std::function<Result<QString>()>;
    void setInStoreBarcodeSource(InStoreBarcodeSource source);
    // Reads the typed fields into *fields. On a typing mistake (a price that is not an
    // amount) returns false with a sentence for the person in *message and focuses the field.
    bool read(VariantFields *fields, QString *message) const;
    int initialStock() const; // 0 for an existing variant

    QWidget *firstInput() const;
    QWidget *lastInput() const;

    // "376… 400…, 501…" → the codes, in order, without blanks or repeats.
    static QStringList splitBarcodes(const QString &text);

    // The net quantity typed: amount as shown ("1,5") and the unit's key of the combo ("g", "kg",
    // "ml", "cl", "l", "piece"; "" none) → the stored quantity (cl become ml). InvalidNetQuantity
    // (subject: the text) for an amount that is no number, not positive, too large, or not whole
    // in the stored unit.
    static Result<NetQuantity> parseNetQuantity(const QString &amount, const QString &unitKey,
                                                const QLocale &locale);
    // And back: the amount as shown and the combo's key.
    static std::pair<QString, QString> showNetQuantity(const NetQuantity &quantity, const QLocale &locale);

private:
    void giveInStoreBarcode();

    Purpose m_purpose;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_barcodesEdit = nullptr;
    QLineEdit *m_referenceEdit = nullptr;
    QLineEdit *m_priceEdit = nullptr;
    QLineEdit *m_costEdit = nullptr;
    QSpinBox *m_thresholdSpin = nullptr;
    QLineEdit *m_netAmountEdit = nullptr;
    QComboBox *m_netUnitCombo = nullptr;
    QPushButton *m_inStoreButton = nullptr;
    InStoreBarcodeSource m_inStoreSource;
    QSpinBox *m_initialStockSpin = nullptr;
};

} // namespace comptoir
