// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace comptoir {

class Catalogue;
class StockLedger;

// Records one stock movement for a variant through the StockLedger.
// Adjust: a signed change with its reason (a delivery received, or an adjustment for
// breakage, loss or a correction). Count: the quantity counted on the shelf; the dialog
// shows the on hand Comptoir knows and the difference as the person types.
// On a mistake it stays open with the reason in errorLabel. Show it with open().
class StockDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Adjust, Count };

    StockDialog(Catalogue &catalogue, StockLedger &ledger, qint64 variantId, Mode mode,
                QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 variantId() const { return m_variantId; }
    QString errorMessage() const;

    void accept() override;

Q_SIGNALS:
    // A delivery was recorded (Adjust, reason Receipt, quantity > 0): app/ offers its labels.
    void stockReceived(qint64 variantId, qint64 quantity);

private:
    void buildAdjust(QFormLayout *form);
    void buildCount(QFormLayout *form);
    void updatePreview();
    bool save();
    void showError(const QString &message);

    Catalogue &m_catalogue;
    StockLedger &m_ledger;
    qint64 m_variantId = 0;
    Mode m_mode;
    qint64 m_onHand = 0;
    bool m_reasonChosen = false;

    QSpinBox *m_quantitySpin = nullptr; // changeSpin or countedSpin
    QComboBox *m_reasonCombo = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_previewLabel = nullptr; // afterLabel or differenceLabel
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace comptoir
