// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace comptoir {

class Catalogue;
class Database;
class StockLedger;
class VariantFieldsForm;

// Adds a variant to a product (with its initial stock, as a Receipt movement, in the same
// transaction) or edits a variant's fields. On a mistake the dialog stays open with the
// reason in errorLabel and nothing is written. Show it with open().
class VariantDialog : public QDialog
{
    Q_OBJECT

public:
    // A new variant of productId.
    static VariantDialog *forNewVariant(Database &db, Catalogue &catalogue, StockLedger &ledger,
                                        qint64 productId, QWidget *parent = nullptr);
    // An existing variant.
    static VariantDialog *forVariant(Database &db, Catalogue &catalogue, StockLedger &ledger,
                                     qint64 variantId, QWidget *parent = nullptr);

    bool isNew() const { return m_creating; }
    qint64 productId() const { return m_productId; }
    std::optional<qint64> variantId() const { return m_variantId; }
    QString errorMessage() const;

    void accept() override;

private:
    VariantDialog(Database &db, Catalogue &catalogue, StockLedger &ledger, bool creating, QWidget *parent);
    void build();
    void load();
    bool save();
    void showError(const QString &message);

    Database &m_db;
    Catalogue &m_catalogue;
    StockLedger &m_ledger;
    bool m_creating = true;
    qint64 m_productId = 0;
    std::optional<qint64> m_variantId;

    QLabel *m_productLabel = nullptr;
    VariantFieldsForm *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace comptoir
