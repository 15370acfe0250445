// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/catalogue.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace comptoir {

class Database;
class Listing;
class OnlineSection;
class StockLedger;
class VariantFieldsForm;

// Creates a product with its first variant (and its initial stock, as a Receipt movement), at
// the shop's default VAT rate (ShopSettings::defaultVatRate()) unless another is picked,
// or edits a product's fields together with one of its variants. Everything is written in one transaction
// when OK is pressed; on a mistake the dialog stays open with the reason in errorLabel and nothing is
// written. Show it with open().
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    // A new product.
    ProductDialog(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *parent = nullptr);
    // An existing product and, when variantId is given, that variant's fields too
    // (both written in one transaction).
    ProductDialog(Database &db, Catalogue &catalogue, StockLedger &ledger, qint64 productId,
                  std::optional<qint64> variantId, QWidget *parent = nullptr);

    bool isNew() const { return m_creating; }
    std::optional<qint64> productId() const { return m_productId; }
    // The variant created, or the one edited.
    std::optional<qint64> variantId() const { return m_variantId; }
    QString errorMessage() const;
    // A new product: prefills its first variant's barcode (a code scanned at the till).
    void setBarcode(const QString &barcode);

    // issue 15: adds the "Online" tab (ui/listing/OnlineSection: online title and description,
    // visible online, marketplace category, the variant's safety stock), written in the same
    // transaction as the rest. A new product's switch starts as the shop's setting says.
    // issue 15: the product's photos (a widget made in app/: the photo strip and the camera) as the
    // "Photos" tab, after "Product". Only for an existing product (a new one gets its photos once
    // created).
    void addPhotosTab(QWidget *photos);
    void addOnlineSection(Listing &listing);
    OnlineSection *onlineSection() const { return m_online; }
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    bool saveOnline(qint64 productId, std::optional<qint64> variantId);
    void build();
    void load();
    bool readProduct(ProductFields *fields, QString *message) const;
    // The category typed or picked: an existing one, one created now, or none.
    Result<std::optional<qint64>> resolveCategory();
    bool save();
    void showError(const QString &message);

    Database &m_db;
    Catalogue &m_catalogue;
    StockLedger &m_ledger;
    std::optional<qint64> m_productId;
    std::optional<qint64> m_variantId;
    bool m_creating = true;
    QList<Category> m_categories;

    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_brandEdit = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QComboBox *m_vatCombo = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    VariantFieldsForm *m_variantForm = nullptr;
    QTabWidget *m_tabs = nullptr;
    OnlineSection *m_online = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace comptoir
