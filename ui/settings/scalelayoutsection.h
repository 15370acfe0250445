// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/scalebarcode.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace comptoir {

class Catalogue;
class OperatorSession;
class ShopSettings;

// The "Scale barcodes" section of Settings (issue 14): which layouts the till reads on the labels
// the shop's scale prints: the common ones offered by name (ticked), and custom ones as text
// ("21-I5-P5", ScaleBarcodes::fromText); a field to scan a label and see what the till would make
// of it with the layouts as ticked now. A manager saves (ShopSettings::setScaleLayouts).
class ScaleLayoutSection : public QGroupBox
{
    Q_OBJECT

public:
    ScaleLayoutSection(ShopSettings &settings, const Catalogue &catalogue, OperatorSession &session,
                       QWidget *parent = nullptr);

    // The layouts as ticked and typed now (not yet saved). ScaleLayoutInvalid for a custom text.
    Result<QList<ScaleLayout>> chosenLayouts() const;
    // What the till would make of code with the chosen layouts, in words.
    QString tryCode(const QString &code) const;

Q_SIGNALS:
    void layoutsSaved();

private:
    void reload();
    void save();
    void updateEditable();

    ShopSettings &m_settings;
    const Catalogue &m_catalogue;
    OperatorSession &m_session;
    QListWidget *m_offered = nullptr;
    QLineEdit *m_custom = nullptr;
    QLineEdit *m_try = nullptr;
    QLabel *m_tryResult = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace comptoir
