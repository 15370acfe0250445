// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/staffsection.h"

#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/logging.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column { NameColumn, RoleColumn, StateColumn, ColumnCount };

// A PIN typed in Settings: hidden, ASCII digits only, up to the longest PIN.
QLineEdit *pinEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(Operators::MaxPinLength);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    static const QRegularExpression digits(QStringLiteral("[0-9]{0,8}"));
    edit->setValidator(new QRegularExpressionValidator(digits, edit));
    return edit;
}

QTableWidgetItem *cell(const QString &text, qint64 id)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setData(Qt::UserRole, id);
    return item;
}

} // namespace

StaffSection::StaffSection(Operators &operators, OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Staff"), parent), m_operators(operators), m_session(session)
{
    setObjectName(QStringLiteral("staffGroup"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The people who may use the till, each with their own PIN. Nobody is ever "
                                "deleted (tickets name who served): deactivate those who left."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(140);
    layout->addWidget(m_table);

    m_managerNote
        = new QLabel(tr("Only a signed-in manager can add people, change PINs or deactivate someone."), this);
    m_managerNote->setObjectName(QStringLiteral("staffManagerNote"));
    m_managerNote->setWordWrap(true);
    layout->addWidget(m_managerNote);

    m_editor = new QWidget(this);
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);

    // The chosen person: a new PIN, typed twice, and deactivate / reactivate.
    auto *chosenRow = new QWidget(m_editor);
    auto *chosenLayout = new QHBoxLayout(chosenRow);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    m_newPin = pinEdit(QStringLiteral("staffNewPinEdit"), chosenRow);
    m_newPin->setPlaceholderText(tr("New PIN"));
    m_newPinAgain = pinEdit(QStringLiteral("staffNewPinAgainEdit"), chosenRow);
    m_newPinAgain->setPlaceholderText(tr("Again"));
    m_changePin = new QPushButton(tr("Set the &PIN"), chosenRow);
    m_changePin->setObjectName(QStringLiteral("staffChangePinButton"));
    m_changePin->setToolTip(tr("Give the person chosen in the list this new PIN (a forgotten PIN is reset "
                               "this way)"));
    m_active = new QPushButton(tr("&Deactivate"), chosenRow);
    m_active->setObjectName(QStringLiteral("staffActiveButton"));
    chosenLayout->addWidget(m_newPin);
    chosenLayout->addWidget(m_newPinAgain);
    chosenLayout->addWidget(m_changePin);
    chosenLayout->addStretch(1);
    chosenLayout->addWidget(m_active);
    form->addRow(tr("Person chosen:"), chosenRow);

    // A new person.
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_name->setMaxLength(60);
    form->addRow(tr("New person's name:"), m_name);
    m_role = new QComboBox(m_editor);
    m_role->setObjectName(QStringLiteral("staffRoleCombo"));
    m_role->addItem(tr("Cashier"), int(OperatorRole::Cashier));
    m_role->addItem(tr("Manager (authorises refunds and discounts, changes settings)"),
                    int(OperatorRole::Manager));
    form->addRow(tr("Role:"), m_role);
    auto *pinRow = new QWidget(m_editor);
    auto *pinLayout = new QHBoxLayout(pinRow);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    m_pin = pinEdit(QStringLiteral("staffPinEdit"), pinRow);
    m_pin->setPlaceholderText(tr("4 to 8 digits"));
    m_pinAgain = pinEdit(QStringLiteral("staffPinAgainEdit"), pinRow);
    m_pinAgain->setPlaceholderText(tr("Again"));
    m_add = new QPushButton(tr("&Add"), pinRow);
    m_add->setObjectName(QStringLiteral("staffAddButton"));
    pinLayout->addWidget(m_pin);
    pinLayout->addWidget(m_pinAgain);
    pinLayout->addWidget(m_add);
    pinLayout->addStretch(1);
    form->addRow(tr("Their PIN:"), pinRow);
    layout->addWidget(m_editor);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("staffResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffSection::updateEnabled);
    connect(m_add, &QPushButton::clicked, this, &StaffSection::addPerson);
    connect(m_pinAgain, &QLineEdit::returnPressed, this, &StaffSection::addPerson);
    connect(m_changePin, &QPushButton::clicked, this, &StaffSection::changePin);
    connect(m_newPinAgain, &QLineEdit::returnPressed, this, &StaffSection::changePin);
    connect(m_active, &QPushButton::clicked, this, &StaffSection::toggleActive);
    connect(&m_session, &OperatorSession::changed, this, [this] {
        m_result->hide();
        updateEnabled();
    });
    reload();
}

void StaffSection::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    reload();
}

void StaffSection::reload()
{
    const std::optional<OperatorInfo> previous = chosen();
    auto people = m_operators.list();
    if (!people) {
        qCWarning(lcUi) << "cannot read the staff: error" << int(people.error().code);
        showResult(errorText(people.error()), false);
        return;
    }
    m_people = people.value();
    m_table->setRowCount(int(m_people.size()));
    int selectRow = -1;
    for (int row = 0; row < m_people.size(); ++row) {
        const OperatorInfo &info = m_people.at(row);
        m_table->setItem(row, NameColumn, cell(info.name, info.id));
        m_table->setItem(row, RoleColumn, cell(info.isManager() ? tr("manager") : tr("cashier"), info.id));
        m_table->setItem(row, StateColumn, cell(info.active ? tr("active") : tr("deactivated"), info.id));
        if (previous && previous->id == info.id)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else
        m_table->clearSelection();
    updateEnabled();
}

std::optional<qint64> StaffSection::actor() const
{
    const auto &current = m_session.current();
    if (!current || !current->isManager())
        return std::nullopt;
    return current->id;
}

std::optional<OperatorInfo> StaffSection::chosen() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_people.size())
        return std::nullopt;
    return m_people.at(rows.first().row());
}

void StaffSection::updateEnabled()
{
    const bool manager = actor().has_value();
    m_managerNote->setVisible(!manager);
    m_editor->setVisible(manager);
    const auto person = chosen();
    m_newPin->setEnabled(person.has_value());
    m_newPinAgain->setEnabled(person.has_value());
    m_changePin->setEnabled(person.has_value());
    m_active->setEnabled(person.has_value());
    m_active->setText(person && !person->active ? tr("&Reactivate") : tr("&Deactivate"));
}

void StaffSection::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_result->setVisible(!text.isEmpty());
}

void StaffSection::done(const QString &text)
{
    reload();
    showResult(text, true);
    Q_EMIT staffChanged();
}

void StaffSection::addPerson()
{
    const auto by = actor();
    if (!by)
        return;
    if (m_pin->text() != m_pinAgain->text()) {
        showResult(errorText(makeError(ErrorCode::PinsDiffer)), false);
        m_pinAgain->clear();
        m_pinAgain->setFocus();
        return;
    }
    const auto role = OperatorRole(m_role->currentData().toInt());
    const QString name = m_name->text().trimmed();
    auto added = m_operators.add(name, role, m_pin->text(), by);
    m_pin->clear();
    m_pinAgain->clear();
    if (!added) {
        showResult(errorText(added.error()), false);
        (added.error().code == ErrorCode::InvalidPin ? m_pin : m_name)->setFocus();
        return;
    }
    m_name->clear();
    m_role->setCurrentIndex(0);
    done(role == OperatorRole::Manager
             ? tr("%1 was added as a manager: they can sign in with their PIN.").arg(name)
             : tr("%1 was added as a cashier: they can sign in with their PIN.").arg(name));
}

void StaffSection::changePin()
{
    const auto by = actor();
    const auto person = chosen();
    if (!by || !person)
        return;
    const QString pin = m_newPin->text();
    const bool same = pin == m_newPinAgain->text();
    m_newPin->clear();
    m_newPinAgain->clear();
    if (!same) {
        showResult(errorText(makeError(ErrorCode::PinsDiffer)), false);
        m_newPin->setFocus();
        return;
    }
    if (Status s = m_operators.changePin(person->id, pin, by); !s) {
        showResult(errorText(s.error()), false);
        m_newPin->setFocus();
        return;
    }
    done(person->id == *by ? tr("Your PIN was changed.") : tr("%1 has a new PIN.").arg(person->name));
}

void StaffSection::toggleActive()
{
    const auto by = actor();
    const auto person = chosen();
    if (!by || !person)
        return;
    const bool activate = !person->active;
    if (Status s = m_operators.setActive(person->id, activate, by); !s) {
        showResult(errorText(s.error()), false);
        return;
    }
    done(activate ? tr("%1 can use the till again.").arg(person->name)
                  : tr("%1 was deactivated: they can no longer use the till. Their tickets keep their name.")
                        .arg(person->name));
}

} // namespace comptoir
