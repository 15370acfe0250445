// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/settings/shopsettings.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace comptoir {

class OperatorSession;

// The "Online orders" section of Settings (issue 16), added with SettingsPage::addSection(): the
// shop's opening hours (per weekday, up to two periods: "openingDay<d>Period<p>Check", "…Start",
// "…End", d = 1 Monday … 7, p = 1 or 2), in which the orders' deadlines are counted, and the
// alert's sound ("orderAlertSoundCombo": the built-in bell, a WAV file "orderAlertSoundFileEdit",
// or none) and how often it rings again ("orderAlertRepeatSpin", seconds). Only a manager saves
// ("orderSettingsSave"); what is wrong is said in "orderSettingsStatus" and nothing is saved.
class OrderSettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    OrderSettingsSection(ShopSettings &settings, OperatorSession &session, QWidget *parent = nullptr);

    void reload();
    // The hours and alert settings as the form shows them.
    OpeningHours openingHours() const;
    OrderAlertSettings alertSettings() const;
    QString statusText() const;

Q_SIGNALS:
    void saved(const comptoir::OpeningHours &hours, const comptoir::OrderAlertSettings &alerts);

private:
    struct PeriodRow
    {
        QCheckBox *open = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
    };
    void updateEditable();
    void browse();
    void save();

    ShopSettings &m_settings;
    OperatorSession &m_session;
    std::array<std::array<PeriodRow, OpeningHours::MaxPeriodsPerDay>, 7> m_periods;
    QComboBox *m_sound = nullptr;
    QLineEdit *m_soundFile = nullptr;
    QPushButton *m_browse = nullptr;
    QSpinBox *m_repeat = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace comptoir
