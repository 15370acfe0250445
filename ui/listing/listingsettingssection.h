// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace comptoir {

class OperatorSession;
class ShopSettings;

// The Settings section "Online sale" (issue 15): whether products created from now on (typed or
// imported) are visible online at once (ListingSettings::newProductsVisibleOnline). A manager
// changes it; it is saved when ticked or unticked.
class ListingSettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    ListingSettingsSection(ShopSettings &settings, OperatorSession &session, QWidget *parent = nullptr);

    void reload();
    QCheckBox *newProductsCheck() const { return m_newVisible; }

Q_SIGNALS:
    void settingsChanged();

private:
    void updateEditable();
    void save(bool visible);

    ShopSettings &m_settings;
    OperatorSession &m_session;
    QCheckBox *m_newVisible = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace comptoir
