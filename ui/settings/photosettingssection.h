// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/settings/shopsettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir {

class OperatorSession;

// The "Photos" section of Settings (issue 15), added with SettingsPage::addSection(): the camera
// the photo tools use (among the computer's cameras, QMediaDevices::videoInputs(), or the system's
// default) and the folder a phone syncs its photos to, watched while the window is open. Only a
// manager saves; the other listing settings are kept as they are.
class PhotoSettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    PhotoSettingsSection(ShopSettings &settings, OperatorSession &session, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void listingSaved(const comptoir::ListingSettings &listing);

private:
    void fillCameras(const QString &chosenId);
    void updateEditable();
    void browse();
    void save();

    ShopSettings &m_settings;
    OperatorSession &m_session;
    QComboBox *m_camera = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace comptoir
