// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/identitypage.h"

#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/logging.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace comptoir {

IdentityPage::IdentityPage(FirstRunWizard &wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("The shop"));
    setSubTitle(tr("What every receipt prints. Check each line against the shop's papers (Kbis)."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("shopNameEdit"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("shopAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_siret = new QLineEdit(this);
    m_siret->setObjectName(QStringLiteral("siretEdit"));
    m_vat = new QLineEdit(this);
    m_vat->setObjectName(QStringLiteral("vatNumberEdit"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("identityErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("SIRET (14 digits):"), m_siret);
    form->addRow(tr("VAT number (FR…):"), m_vat);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
}

void IdentityPage::initializePage()
{
    ShopIdentity shown;
    if (auto saved = m_wizard.services().settings.identity(); saved && !saved->name.isEmpty())
        shown = *saved;
    else if (auto kept
             = m_wizard.services().db.meta(QString::fromLatin1(FirstRunProgress::ProvisionedShopKey));
             kept && !kept->isEmpty()) {
        const QJsonObject shop = QJsonDocument::fromJson(kept->toUtf8()).object();
        shown.name = shop.value(QStringLiteral("name")).toString();
        shown.address = shop.value(QStringLiteral("address")).toString();
        shown.siret = shop.value(QStringLiteral("siret")).toString();
        shown.vatNumber = shop.value(QStringLiteral("vat_number")).toString();
    }
    m_name->setText(shown.name);
    m_address->setPlainText(shown.address);
    m_siret->setText(shown.siret);
    m_vat->setText(shown.vatNumber);
}

bool IdentityPage::validatePage()
{
    ShopSettings &settings = m_wizard.services().settings;
    ShopIdentity identity;
    identity.name = m_name->text();
    identity.address = m_address->toPlainText();
    identity.siret = m_siret->text();
    identity.vatNumber = m_vat->text();
    if (auto saved = settings.identity(); saved && saved->tillName != ShopSettings::defaultTillName())
        identity.tillName = saved->tillName;
    Status status = settings.setIdentity(identity);
    if (status)
        status = m_wizard.progress().mark(FirstRunProgress::IdentityKey);
    if (!status) {
        showError(comptoir::errorText(status.error()));
        return false;
    }
    qCInfo(lcUi) << "first run: the shop's identity is saved";
    showError({});
    return true;
}

void IdentityPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString IdentityPage::errorText() const
{
    return m_error->text();
}

} // namespace comptoir
