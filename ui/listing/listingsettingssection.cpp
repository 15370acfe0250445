// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/listing/listingsettingssection.h"

#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/logging.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace comptoir {

ListingSettingsSection::ListingSettingsSection(ShopSettings &settings, OperatorSession &session,
                                               QWidget *parent)
    : QGroupBox(tr("Online sale"), parent), m_settings(settings), m_session(session)
{
    setObjectName(QStringLiteral("listingSettingsSection"));
    m_newVisible = new QCheckBox(tr("New products are &listed online"), this);
    m_newVisible->setObjectName(QStringLiteral("newProductsVisibleCheck"));
    m_newVisible->setToolTip(tr("A product created here or imported is visible on the marketplace at once; "
                                "untick it to check each one before listing it."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("listingSettingsStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_newVisible);
    layout->addWidget(m_status);
    connect(m_newVisible, &QCheckBox::toggled, this, &ListingSettingsSection::save);
    connect(&m_session, &OperatorSession::changed, this, &ListingSettingsSection::updateEditable);
    reload();
    updateEditable();
}

void ListingSettingsSection::reload()
{
    const auto listing = m_settings.listing();
    if (!listing) {
        m_status->setText(errorText(listing.error()));
        return;
    }
    const QSignalBlocker blocker(m_newVisible);
    m_newVisible->setChecked(listing->newProductsVisibleOnline);
}

void ListingSettingsSection::updateEditable()
{
    const bool manager = m_session.current() && m_session.current()->isManager();
    m_newVisible->setEnabled(manager);
    m_status->setText(manager ? QString() : tr("A manager changes this setting."));
}

void ListingSettingsSection::save(bool visible)
{
    if (!m_session.current() || !m_session.current()->isManager()) {
        reload();
        return;
    }
    auto listing = m_settings.listing();
    if (!listing) {
        m_status->setText(errorText(listing.error()));
        reload();
        return;
    }
    ListingSettings changed = *listing;
    changed.newProductsVisibleOnline = visible;
    if (Status s = m_settings.setListing(changed); !s) {
        qCWarning(lcUi) << "listing setting not saved:" << int(s.error().code);
        m_status->setText(errorText(s.error()));
        reload();
        return;
    }
    m_status->setText(visible ? tr("Saved: new products are listed online.")
                              : tr("Saved: new products wait until you list them."));
    Q_EMIT settingsChanged();
}

} // namespace comptoir
