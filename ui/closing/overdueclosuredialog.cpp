// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/closing/overdueclosuredialog.h"

#include "models/money.h"
#include "models/staff/operatorsession.h"
#include "ui/closing/closureauthorisation.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"
#include "ui/widgets/scancatcher.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

OverdueClosureDialog::OverdueClosureDialog(DayClosing &closing, Operators &operators,
                                           OperatorSession &session, const DayTotals &totals, QWidget *parent)
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
    setObjectName(QStringLiteral("overdueClosureDialog"));
    setWindowTitle(tr("A day is still open"));
    setMinimumWidth(560);

    const QDate day = QDate::fromString(totals.businessDay, Qt::ISODate);
    const QString dayText
        = day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM")) : totals.businessDay;
    const QString shortDay = day.isValid() ? day.toString(QStringLiteral("dd/MM")) : totals.businessDay;

    auto *message
        = new QLabel(tr("The day of %1 has not been closed. Close it before selling.").arg(dayText), this);
    message->setObjectName(QStringLiteral("messageLabel"));
    message->setWordWrap(true);
    message->setFont(scaled(font(), 1.5, true));

    auto *expectedLabel = new QLabel(Money::format(totals.cashExpectedCents), this);
    expectedLabel->setObjectName(QStringLiteral("expectedLabel"));
    expectedLabel->setFont(scaled(font(), 1.5, true));
    m_countedEdit = new QLineEdit(Money::formatPlain(totals.cashExpectedCents), this);
    m_countedEdit->setObjectName(QStringLiteral("countedEdit"));
    m_countedEdit->setFont(scaled(font(), 1.5, false));
    m_countedEdit->setAlignment(Qt::AlignRight);
    m_countedEdit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_countedEdit->setToolTip(tr("The cash expected in the drawer; change it if your count differs."));

    auto *cash = new QFormLayout;
    cash->addRow(tr("Cash expected"), expectedLabel);
    cash->addRow(tr("Cash counted"), m_countedEdit);

    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("operatorLabel"));
    hint->setWordWrap(true);
    const std::optional<OperatorInfo> &current = m_session.current();
    if (current && !current->isManager())
        hint->setText(tr("A manager's PIN will be asked, and the day closed in the manager's name."));
    hint->setVisible(!hint->text().isEmpty());

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setVisible(false);
    connect(m_countedEdit, &QLineEdit::textEdited, this, [this] { m_errorLabel->setVisible(false); });

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_closeButton = buttons->addButton(tr("Close %1 now").arg(shortDay), QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setDefault(true);
    m_closeButton->setMinimumHeight(48);
    m_closeButton->setFont(scaled(m_closeButton->font(), 1.2, true));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setMinimumHeight(48);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverdueClosureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OverdueClosureDialog::reject);

    // A scan here is a customer's item, never the cash counted.
    auto *scans = new ScanCatcher(this);
    connect(scans, &ScanCatcher::scanned, this,
            [this] { showError(tr("Close the day first, then scan the item again.")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(cash);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    m_countedEdit->selectAll();
    m_countedEdit->setFocus();
}

PinDialog *OverdueClosureDialog::pinDialog() const
{
    return m_authorisation->pinDialog();
}

QString OverdueClosureDialog::errorMessage() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void OverdueClosureDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(true);
}

void OverdueClosureDialog::accept()
{
    m_authorisation->confirm(m_totals, m_countedEdit->text());
}

} // namespace comptoir
