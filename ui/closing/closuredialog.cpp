// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/closing/closuredialog.h"

#include "models/money.h"
#include "models/staff/operatorsession.h"
#include "ui/closing/closureauthorisation.h"
#include "ui/closing/daytotalsview.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {
const char *const Green = "#1b6e20";
const char *const Red = "#b00020";

} // namespace

ClosureDialog::ClosureDialog(DayClosing &closing, Operators &operators, OperatorSession &session,
                             const DayTotals &totals, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_totals(totals),
      m_authorisation(new ClosureAuthorisation(closing, operators, session, this))
{
    connect(m_authorisation, &ClosureAuthorisation::closed, this, [this](const Closure &closure) {
        Q_EMIT closed(closure);
        QDialog::accept();
    });
    connect(m_authorisation, &ClosureAuthorisation::refused, this,
            [this](const QString &text, bool focusCounted) {
                showError(text);
                if (focusCounted)
                    m_countedEdit->setFocus();
            });
    setObjectName(QStringLiteral("closureDialog"));
    setWindowTitle(tr("Close the day (Z report)"));
    setMinimumWidth(760);

    auto *dayLabel = new QLabel(tr("Closing of %1").arg(DayTotalsView::dayText(totals.businessDay)), this);
    dayLabel->setObjectName(QStringLiteral("dayLabel"));
    dayLabel->setFont(scaled(font(), 1.5, true));

    m_totalsView = new DayTotalsView(this);
    m_totalsView->setObjectName(QStringLiteral("totalsView"));
    m_totalsView->setTotals(totals);

    auto *expectedLabel = new QLabel(Money::format(totals.cashExpectedCents), this);
    expectedLabel->setObjectName(QStringLiteral("expectedLabel"));
    expectedLabel->setFont(scaled(font(), 1.5, true));
    m_countedEdit = new QLineEdit(this);
    m_countedEdit->setObjectName(QStringLiteral("countedEdit"));
    m_countedEdit->setPlaceholderText(tr("Count the cash in the drawer"));
    m_countedEdit->setFont(scaled(font(), 1.5, false));
    m_countedEdit->setAlignment(Qt::AlignRight);
    m_countedEdit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_differenceLabel = new QLabel(this);
    m_differenceLabel->setObjectName(QStringLiteral("differenceLabel"));
    m_differenceLabel->setFont(scaled(font(), 1.5, true));
    connect(m_countedEdit, &QLineEdit::textChanged, this, &ClosureDialog::updateDifference);

    auto *cash = new QFormLayout;
    cash->addRow(tr("Cash expected"), expectedLabel);
    cash->addRow(tr("Cash counted"), m_countedEdit);
    cash->addRow(tr("Difference"), m_differenceLabel);

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_operatorLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(Red)));
    m_errorLabel->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_confirmButton = buttons->addButton(tr("Close the day"), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->setDefault(true);
    m_confirmButton->setMinimumHeight(48);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setMinimumHeight(48);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClosureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClosureDialog::reject);
    connect(&m_session, &OperatorSession::changed, this, &ClosureDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dayLabel);
    layout->addWidget(m_totalsView, 1);
    layout->addLayout(cash);
    layout->addWidget(m_operatorLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    updateDifference();
    updateState();
    m_countedEdit->setFocus();
}

std::optional<qint64> ClosureDialog::countedCents() const
{
    if (m_countedEdit->text().trimmed().isEmpty())
        return std::nullopt;
    auto parsed = Money::parse(m_countedEdit->text());
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

PinDialog *ClosureDialog::pinDialog() const
{
    return m_authorisation->pinDialog();
}

QString ClosureDialog::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void ClosureDialog::updateDifference()
{
    m_errorLabel->setVisible(false);
    const std::optional<qint64> counted = countedCents();
    if (!counted) {
        m_differenceLabel->setText(QStringLiteral("—"));
        m_differenceLabel->setStyleSheet(QString());
        m_differenceLabel->setProperty("balanced", QVariant());
        return;
    }
    const qint64 difference = *counted - m_totals.cashExpectedCents;
    const QString amount = Money::format(difference);
    m_differenceLabel->setText(difference > 0 ? QStringLiteral("+") + amount : amount);
    m_differenceLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(difference == 0 ? Green : Red)));
    m_differenceLabel->setProperty("balanced", difference == 0);
}

void ClosureDialog::updateState()
{
    const std::optional<OperatorInfo> &current = m_session.current();
    m_confirmButton->setEnabled(current.has_value());
    if (!current)
        m_operatorLabel->setText(tr("Sign in to close the day."));
    else if (current->isManager())
        m_operatorLabel->setText(tr("To be closed by %1.").arg(current->name));
    else
        m_operatorLabel->setText(
            tr("%1 is not a manager: a manager's PIN will be asked, and the day closed in "
               "the manager's name.")
                .arg(current->name));
}

void ClosureDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(true);
}

void ClosureDialog::accept()
{
    m_authorisation->confirm(m_totals, m_countedEdit->text());
}

} // namespace comptoir
