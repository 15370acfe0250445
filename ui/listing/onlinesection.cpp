// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/listing/onlinesection.h"

#include "models/storage/database.h"
#include "ui/listing/categorypicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>

namespace comptoir {

OnlineSection::OnlineSection(Database &db, Listing &listing, QWidget *parent)
    : QWidget(parent), m_db(db), m_listing(listing)
{
    setObjectName(QStringLiteral("onlineSection"));
    m_choose = [this](const QString &current) -> std::optional<QString> {
        CategoryPicker picker(m_db, current, this);
        if (picker.exec() != QDialog::Accepted)
            return std::nullopt;
        return picker.chosenId();
    };

    m_visible = new QCheckBox(tr("&Visible online (the marketplace sells it)"), this);
    m_visible->setObjectName(QStringLiteral("visibleOnlineCheck"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("onlineTitleEdit"));
    m_title->setMaxLength(Listing::MaxTitleLength);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("onlineDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(
        tr("What a customer wants to know: what it is, what it is made of, its size, who makes it. "
           "Separate paragraphs with an empty line."));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("onlineDescriptionCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    connect(m_description, &QPlainTextEdit::textChanged, this, &OnlineSection::updateCounter);

    m_categoryPath = new QLabel(this);
    m_categoryPath->setObjectName(QStringLiteral("marketplaceCategoryLabel"));
    m_categoryPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseButton = new QPushButton(tr("&Choose…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseCategoryButton"));
    m_chooseButton->setToolTip(tr("Choose the marketplace's category (Ctrl+K)"));
    connect(m_chooseButton, &QPushButton::clicked, this, &OnlineSection::chooseCategory);
    m_clearButton = new QPushButton(tr("None"), this);
    m_clearButton->setObjectName(QStringLiteral("clearCategoryButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &OnlineSection::clearCategory);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &OnlineSection::chooseCategory);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_categoryPath, 1);
    categoryRow->addWidget(m_chooseButton);
    categoryRow->addWidget(m_clearButton);

    m_safetyStock = new QSpinBox(this);
    m_safetyStock->setObjectName(QStringLiteral("safetyStockSpin"));
    m_safetyStock->setRange(0, 999999);
    m_safetyStock->setToolTip(tr("Items kept back for the shop: the marketplace sells only the stock above "
                                 "this number."));

    auto *form = new QFormLayout(this);
    form->addRow(m_visible);
    form->addRow(tr("Online &title:"), m_title);
    form->addRow(tr("Online &description:"), m_description);
    form->addRow(QString(), m_counter);
    auto *categoryLabel = new QLabel(tr("Marketplace category:"), this);
    categoryLabel->setBuddy(m_chooseButton);
    form->addRow(categoryLabel, categoryRow);
    m_safetyLabel = new QLabel(tr("&Safety stock:"), this);
    m_safetyLabel->setBuddy(m_safetyStock);
    form->addRow(m_safetyLabel, m_safetyStock);

    setTabOrder(m_visible, m_title);
    setTabOrder(m_title, m_description);
    setTabOrder(m_description, m_chooseButton);
    setTabOrder(m_chooseButton, m_clearButton);
    setTabOrder(m_clearButton, m_safetyStock);
    showCategory();
    updateCounter();
}

QWidget *OnlineSection::firstInput() const
{
    return m_visible;
}

QWidget *OnlineSection::lastInput() const
{
    if (m_safetyStock->isHidden())
        return m_clearButton;
    return m_safetyStock;
}

void OnlineSection::setNew(bool visibleOnline)
{
    m_visible->setChecked(visibleOnline);
}

void OnlineSection::setProductName(const QString &name)
{
    m_title->setPlaceholderText(name.trimmed().isEmpty() ? tr("The product's name") : name.trimmed());
}

Status OnlineSection::load(qint64 productId, std::optional<qint64> variantId)
{
    auto fields = m_listing.online(productId);
    if (!fields)
        return fields.error();
    m_visible->setChecked(fields->visibleOnline);
    m_title->setText(fields->onlineTitle);
    m_description->setPlainText(fields->onlineDescription);
    m_categoryId = fields->marketplaceCategory;
    showCategory();
    m_safetyStock->setVisible(variantId.has_value());
    m_safetyLabel->setVisible(variantId.has_value());
    if (variantId) {
        auto stocks = m_listing.safetyStocks(productId);
        if (!stocks)
            return stocks.error();
        m_safetyStock->setValue(int(stocks->value(*variantId)));
    }
    return {};
}

OnlineFields OnlineSection::fields() const
{
    OnlineFields fields;
    fields.onlineTitle = m_title->text();
    fields.onlineDescription = m_description->toPlainText();
    fields.visibleOnline = m_visible->isChecked();
    fields.marketplaceCategory = m_categoryId;
    return fields;
}

Status OnlineSection::save(qint64 productId, std::optional<qint64> variantId)
{
    QHash<qint64, qint64> safety;
    if (variantId && !m_safetyStock->isHidden())
        safety.insert(*variantId, m_safetyStock->value());
    return m_listing.write(productId, fields(), safety);
}

void OnlineSection::chooseCategory()
{
    if (!m_choose)
        return;
    const std::optional<QString> chosen = m_choose(m_categoryId);
    if (chosen) {
        m_categoryId = *chosen;
        showCategory();
    }
    m_chooseButton->setFocus();
}

void OnlineSection::clearCategory()
{
    m_categoryId.clear();
    showCategory();
}

void OnlineSection::showCategory()
{
    if (m_categoryId.isEmpty()) {
        m_categoryPath->setText(tr("None: the marketplace will not know where to show it"));
        m_clearButton->setEnabled(false);
        return;
    }
    QString path;
    if (auto rows
        = m_db.rows(QStringLiteral("SELECT path FROM marketplace_categories WHERE id = ?"), {m_categoryId});
        rows && !rows->isEmpty())
        path = rows->constFirst().value(0).toString();
    m_categoryPath->setText(path.isEmpty() ? m_categoryId : path);
    m_clearButton->setEnabled(true);
}

void OnlineSection::updateCounter()
{
    const int length = int(m_description->toPlainText().trimmed().size());
    m_counter->setText(tr("%1 / %2 characters")
                           .arg(locale().toString(length), locale().toString(Listing::MaxDescriptionLength)));
    m_counter->setStyleSheet(length > Listing::MaxDescriptionLength ? QStringLiteral("color: #a61b1b;")
                                                                    : QString());
}

} // namespace comptoir
