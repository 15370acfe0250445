// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/productdialog.h"

#include "models/catalogue/instorebarcodegiver.h"
#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/vatrate.h"
#include "ui/catalogue/variantfieldsform.h"
#include "ui/errortext.h"
#include "ui/listing/onlinesection.h"
#include "ui/logging.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace comptoir {

ProductDialog::ProductDialog(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *parent)
    : QDialog(parent), m_db(db), m_catalogue(catalogue), m_ledger(ledger), m_creating(true)
{
    build();
    setWindowTitle(tr("New product"));
}

ProductDialog::ProductDialog(Database &db, Catalogue &catalogue, StockLedger &ledger, qint64 productId,
                             std::optional<qint64> variantId, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_catalogue(catalogue),
      m_ledger(ledger),
      m_productId(productId),
      m_variantId(variantId),
      m_creating(false)
{
    build();
    setWindowTitle(tr("Edit product"));
    load();
}

void ProductDialog::build()
{
    setObjectName(QStringLiteral("productDialog"));
    setMinimumWidth(520);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("Required"));

    m_brandEdit = new QLineEdit(this);
    m_brandEdit->setObjectName(QStringLiteral("brandEdit"));

    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(QStringLiteral("categoryCombo"));
    m_categoryCombo->setEditable(true);
    m_categoryCombo->setInsertPolicy(QComboBox::NoInsert);
    m_categoryCombo->addItem(QString());
    if (const auto categories = m_catalogue.categories()) {
        m_categories = categories.value();
        for (const Category &category : std::as_const(m_categories))
            m_categoryCombo->addItem(category.name, category.id);
    } else {
        qCWarning(lcUi) << "categories could not be read:" << categories.error().detail;
    }
    m_categoryCombo->lineEdit()->setPlaceholderText(tr("None; type a new name to create one"));

    m_vatCombo = new QComboBox(this);
    m_vatCombo->setObjectName(QStringLiteral("vatCombo"));
    const QList<int> rates = VatRate::all();
    for (const int rate : rates)
        m_vatCombo->addItem(Money::formatRate(rate, locale()), rate);
    // A new product starts at the shop's usual rate (a bookshop's 5,5 %), chosen in Settings.
    const auto usualRate = ShopSettings(m_db).defaultVatRate();
    if (!usualRate)
        qCWarning(lcUi) << "default VAT rate not read:" << usualRate.error().detail;
    m_vatCombo->setCurrentIndex(
        qMax(0, m_vatCombo->findData(usualRate ? usualRate.value() : int(VatRate::Standard))));

    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(90);

    auto *productForm = new QFormLayout;
    productForm->addRow(tr("&Name:"), m_nameEdit);
    productForm->addRow(tr("B&rand:"), m_brandEdit);
    productForm->addRow(tr("Ca&tegory:"), m_categoryCombo);
    productForm->addRow(tr("&VAT rate:"), m_vatCombo);
    productForm->addRow(tr("&Description:"), m_descriptionEdit);

    // The tabs: the product itself, then "Online" (addOnlineSection, issue 15) and "Photos".
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("productTabs"));
    auto *productPage = new QWidget(m_tabs);
    productPage->setObjectName(QStringLiteral("productPage"));
    auto *productLayout = new QVBoxLayout(productPage);
    productLayout->addLayout(productForm);
    m_tabs->addTab(productPage, tr("Prod&uct"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    if (m_creating || m_variantId) {
        auto *group = new QGroupBox(m_creating ? tr("First variant") : tr("This variant"), productPage);
        auto *groupLayout = new QVBoxLayout(group);
        m_variantForm = new VariantFieldsForm(m_creating ? VariantFieldsForm::Purpose::NewVariant
                                                         : VariantFieldsForm::Purpose::ExistingVariant,
                                              group);
        m_variantForm->setInStoreBarcodeSource(
            [this] { return InStoreBarcodeGiver(m_db, m_catalogue).reserve(); });
        groupLayout->addWidget(m_variantForm);
        productLayout->addWidget(group);
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    layout->addWidget(m_buttons);

    setTabOrder(m_nameEdit, m_brandEdit);
    setTabOrder(m_brandEdit, m_categoryCombo);
    setTabOrder(m_categoryCombo, m_vatCombo);
    setTabOrder(m_vatCombo, m_descriptionEdit);
    QWidget *last = m_descriptionEdit;
    if (m_variantForm) {
        setTabOrder(m_descriptionEdit, m_variantForm->firstInput());
        last = m_variantForm->lastInput();
    }
    setTabOrder(last, m_buttons);
    m_nameEdit->setFocus();
}

void ProductDialog::load()
{
    const auto product = m_catalogue.product(*m_productId);
    const auto variant = m_variantId ? m_catalogue.variant(*m_variantId) : Result<Variant>(Variant {});
    if (!product || !variant) {
        showError(errorText(!product ? product.error() : variant.error()));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    if (m_variantForm)
        m_variantForm->setFields(variant->fields);
    const ProductFields &fields = product->fields;
    m_nameEdit->setText(fields.name);
    m_brandEdit->setText(fields.brand);
    m_categoryCombo->setCurrentIndex(
        fields.categoryId ? std::max(0, m_categoryCombo->findData(*fields.categoryId)) : 0);
    const int vatIndex = m_vatCombo->findData(fields.vatRateBp);
    if (vatIndex >= 0)
        m_vatCombo->setCurrentIndex(vatIndex);
    m_descriptionEdit->setPlainText(fields.description);
}

void ProductDialog::addPhotosTab(QWidget *photos)
{
    photos->setParent(m_tabs);
    m_tabs->insertTab(1, photos, tr("P&hotos"));
}

void ProductDialog::addOnlineSection(Listing &listing)
{
    if (m_online)
        return;
    m_online = new OnlineSection(m_db, listing, m_tabs);
    m_tabs->addTab(m_online, tr("&Online"));
    m_online->setProductName(m_nameEdit->text());
    connect(m_nameEdit, &QLineEdit::textChanged, m_online, &OnlineSection::setProductName);
    if (m_creating) {
        const auto settings = ShopSettings(m_db).listing();
        if (!settings)
            qCWarning(lcUi) << "listing settings not read:" << settings.error().detail;
        m_online->setNew(settings ? settings->newProductsVisibleOnline
                                  : ListingSettings().newProductsVisibleOnline);
        return;
    }
    if (Status loaded = m_online->load(*m_productId, m_variantId); !loaded)
        showError(errorText(loaded.error()));
}

QString ProductDialog::errorMessage() const
{
    return m_errorLabel->text();
}

void ProductDialog::setBarcode(const QString &barcode)
{
    if (m_creating && m_variantForm)
        m_variantForm->setBarcodes({barcode});
}

bool ProductDialog::readProduct(ProductFields *fields, QString *message) const
{
    fields->name = m_nameEdit->text().trimmed();
    fields->brand = m_brandEdit->text().trimmed();
    fields->vatRateBp = m_vatCombo->currentData().toInt();
    fields->description = m_descriptionEdit->toPlainText().trimmed();
    if (fields->name.isEmpty()) {
        *message = errorText(makeError(ErrorCode::EmptyName));
        m_nameEdit->setFocus();
        return false;
    }
    return true;
}

Result<std::optional<qint64>> ProductDialog::resolveCategory()
{
    const QString name = m_categoryCombo->currentText().trimmed();
    if (name.isEmpty())
        return std::optional<qint64>();
    for (const Category &category : std::as_const(m_categories)) {
        if (category.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<qint64>(category.id);
    }
    const auto added = m_catalogue.addCategory(name);
    if (!added)
        return added.error();
    return std::optional<qint64>(added.value());
}

bool ProductDialog::save()
{
    QString message;
    ProductFields product;
    if (!readProduct(&product, &message)) {
        showError(message);
        return false;
    }
    VariantFields variant;
    if (m_variantForm && !m_variantForm->read(&variant, &message)) {
        showError(message);
        return false;
    }

    // One transaction: the new category, the product, its variant and its initial stock
    // are all written, or none of them.
    Transaction transaction(m_db);
    if (!transaction.status()) {
        showError(errorText(transaction.status().error()));
        return false;
    }
    const auto category = resolveCategory();
    if (!category) {
        showError(errorText(category.error()));
        return false;
    }
    product.categoryId = category.value();

    if (m_creating) {
        const auto created = m_catalogue.createProduct(product, variant);
        if (!created) {
            showError(errorText(created.error()));
            return false;
        }
        if (!saveOnline(created->productId, created->variantId))
            return false;
        const int initialStock = m_variantForm->initialStock();
        if (initialStock > 0) {
            const auto movement = m_ledger.record(created->variantId, initialStock, MovementReason::Receipt,
                                                  tr("Initial stock"));
            if (!movement) {
                showError(errorText(movement.error()));
                return false;
            }
        }
        if (const Status committed = transaction.commit(); !committed) {
            showError(errorText(committed.error()));
            return false;
        }
        m_productId = created->productId;
        m_variantId = created->variantId;
        return true;
    }

    if (const Status updated = m_catalogue.updateProduct(*m_productId, product); !updated) {
        showError(errorText(updated.error()));
        return false;
    }
    if (m_variantForm) {
        if (const Status updated = m_catalogue.updateVariant(*m_variantId, variant); !updated) {
            showError(errorText(updated.error()));
            return false;
        }
    }
    if (!saveOnline(*m_productId, m_variantId))
        return false;
    if (const Status committed = transaction.commit(); !committed) {
        showError(errorText(committed.error()));
        return false;
    }
    return true;
}

bool ProductDialog::saveOnline(qint64 productId, std::optional<qint64> variantId)
{
    if (!m_online)
        return true;
    if (const Status saved = m_online->save(productId, variantId); !saved) {
        showError(errorText(saved.error()));
        m_tabs->setCurrentWidget(m_online);
        return false;
    }
    return true;
}

void ProductDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void ProductDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace comptoir
