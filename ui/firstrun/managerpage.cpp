// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/managerpage.h"

#include "models/staff/operators.h"
#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace comptoir {

ManagerPage::ManagerPage(FirstRunWizard &wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("managerPage"));
    setTitle(tr("The first manager"));
    setSubTitle(tr("The person who runs the shop: they sign in with this PIN, add the cashiers (Settings) "
                   "and authorise refunds."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("managerNameEdit"));
    m_name->setMaxLength(60);
    m_pin = PinDialog::createPinEdit(this);
    m_pin->setObjectName(QStringLiteral("managerPinEdit"));
    m_pinRepeat = PinDialog::createPinEdit(this);
    m_pinRepeat->setObjectName(QStringLiteral("managerPinRepeatEdit"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("managerErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("PIN (4 to 8 digits):"), m_pin);
    form->addRow(tr("PIN again:"), m_pinRepeat);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
}

bool ManagerPage::validatePage()
{
    // Back to this page once the manager exists (Back, then Next): nothing is added twice.
    if (const auto done = m_wizard.progress().isDone(FirstRunProgress::Step::Manager); done && *done)
        return true;
    const QString pin = m_pin->text();
    if (!Operators::isValidPin(pin)) {
        showError(comptoir::errorText(makeError(ErrorCode::InvalidPin)));
        return false;
    }
    if (m_pinRepeat->text() != pin) {
        showError(tr("The two PINs are different: type the same PIN twice."));
        m_pinRepeat->clear();
        return false;
    }
    auto added = m_wizard.services().operators.add(m_name->text().trimmed(), OperatorRole::Manager, pin);
    if (!added) {
        showError(comptoir::errorText(added.error()));
        return false;
    }
    qCInfo(lcUi) << "first run: first manager created, operator" << *added;
    m_pin->clear();
    m_pinRepeat->clear();
    showError({});
    return true;
}

void ManagerPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ManagerPage::errorText() const
{
    return m_error->text();
}

} // namespace comptoir
