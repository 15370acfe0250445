// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ordersettingssection.h"

#include "models/staff/operatorsession.h"
#include "ui/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace comptoir {

namespace {

// The two periods a new day starts with when ticked: 9:00–12:30 and 14:00–19:00.
const std::array<OpeningPeriod, 2> UsualPeriods {OpeningPeriod {QTime(9, 0), QTime(12, 30)},
                                                 OpeningPeriod {QTime(14, 0), QTime(19, 0)}};

QTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

OrderSettingsSection::OrderSettingsSection(ShopSettings &settings, OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Online orders"), parent), m_settings(settings), m_session(session)
{
    setObjectName(QStringLiteral("orderSettingsSection"));
    auto *intro = new QLabel(tr("Opening hours: the time an online order has to be accepted and made ready "
                                "is counted in them. No period ticked on any day: every hour counts."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        grid->addWidget(new QLabel(locale.standaloneDayName(day), this), day - 1, 0);
        for (int p = 0; p < OpeningHours::MaxPeriodsPerDay; ++p) {
            const QString prefix = QStringLiteral("openingDay%1Period%2").arg(day).arg(p + 1);
            PeriodRow &row = m_periods.at(std::size_t(day - 1)).at(std::size_t(p));
            row.open = new QCheckBox(p == 0 ? tr("Open") : tr("and"), this);
            row.open->setObjectName(prefix + QStringLiteral("Check"));
            row.start = timeEdit(prefix + QStringLiteral("Start"), this);
            row.end = timeEdit(prefix + QStringLiteral("End"), this);
            auto *period = new QHBoxLayout;
            period->addWidget(row.open);
            period->addWidget(row.start);
            period->addWidget(new QLabel(QStringLiteral("–"), this));
            period->addWidget(row.end);
            grid->addLayout(period, day - 1, p + 1);
            connect(row.open, &QCheckBox::toggled, this, &OrderSettingsSection::updateEditable);
        }
    }

    m_sound = new QComboBox(this);
    m_sound->setObjectName(QStringLiteral("orderAlertSoundCombo"));
    m_sound->addItem(tr("The built-in bell"), int(OrderAlertSettings::Sound::Bell));
    m_sound->addItem(tr("A sound file (WAV)"), int(OrderAlertSettings::Sound::File));
    m_sound->addItem(tr("No sound"), int(OrderAlertSettings::Sound::Off));
    connect(m_sound, &QComboBox::currentIndexChanged, this, &OrderSettingsSection::updateEditable);
    m_soundFile = new QLineEdit(this);
    m_soundFile->setObjectName(QStringLiteral("orderAlertSoundFileEdit"));
    m_browse = new QPushButton(tr("C&hoose…"), this);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &OrderSettingsSection::browse);
    m_repeat = new QSpinBox(this);
    m_repeat->setObjectName(QStringLiteral("orderAlertRepeatSpin"));
    m_repeat->setRange(OrderAlertSettings::MinRepeatSeconds, OrderAlertSettings::MaxRepeatSeconds);
    m_repeat->setSuffix(tr(" s"));
    m_save = new QPushButton(tr("Save the online order settings"), this);
    m_save->setObjectName(QStringLiteral("orderSettingsSave"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &OrderSettingsSection::save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("orderSettingsStatus"));
    m_status->setWordWrap(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_soundFile, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("New order &sound:"), m_sound);
    form->addRow(tr("Sound &file:"), fileRow);
    form->addRow(tr("&Ring again every:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);

    connect(&m_session, &OperatorSession::changed, this, [this] {
        reload();
        updateEditable();
    });
    reload();
    updateEditable();
}

void OrderSettingsSection::reload()
{
    auto hours = m_settings.openingHours();
    auto alerts = m_settings.orderAlerts();
    if (!hours || !alerts) {
        m_status->setText(errorText(!hours ? hours.error() : alerts.error()));
        return;
    }
    for (std::size_t d = 0; d < 7; ++d) {
        const QList<OpeningPeriod> &periods = hours->days.at(d);
        for (std::size_t p = 0; p < std::size_t(OpeningHours::MaxPeriodsPerDay); ++p) {
            PeriodRow &row = m_periods.at(d).at(p);
            const bool open = qsizetype(p) < periods.size();
            const OpeningPeriod period = open ? periods.at(qsizetype(p)) : UsualPeriods.at(p);
            row.open->setChecked(open);
            row.start->setTime(period.start);
            row.end->setTime(period.end);
        }
    }
    m_sound->setCurrentIndex(m_sound->findData(int(alerts->sound)));
    m_soundFile->setText(QDir::toNativeSeparators(alerts->soundFile));
    m_repeat->setValue(alerts->repeatSeconds);
}

OpeningHours OrderSettingsSection::openingHours() const
{
    OpeningHours hours;
    for (std::size_t d = 0; d < 7; ++d) {
        for (const PeriodRow &row : m_periods.at(d)) {
            if (row.open->isChecked())
                hours.days.at(d).append({row.start->time(), row.end->time()});
        }
    }
    return hours;
}

OrderAlertSettings OrderSettingsSection::alertSettings() const
{
    OrderAlertSettings alerts;
    alerts.sound = OrderAlertSettings::Sound(m_sound->currentData().toInt());
    const QString file = m_soundFile->text().trimmed();
    alerts.soundFile = file.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(file));
    alerts.repeatSeconds = m_repeat->value();
    return alerts;
}

QString OrderSettingsSection::statusText() const
{
    return m_status->text();
}

void OrderSettingsSection::updateEditable()
{
    const bool manager = m_session.current() && m_session.current()->isManager();
    for (const auto &day : m_periods) {
        for (const PeriodRow &row : day) {
            row.open->setEnabled(manager);
            row.start->setEnabled(manager && row.open->isChecked());
            row.end->setEnabled(manager && row.open->isChecked());
        }
    }
    const bool file = m_sound->currentData().toInt() == int(OrderAlertSettings::Sound::File);
    m_sound->setEnabled(manager);
    m_soundFile->setEnabled(manager && file);
    m_browse->setEnabled(manager && file);
    m_repeat->setEnabled(manager);
    m_save->setEnabled(manager);
    if (!manager)
        m_status->setText(tr("A manager changes the online order settings."));
}

void OrderSettingsSection::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("The sound of a new online order"),
                                                      m_soundFile->text(), tr("WAV sounds (*.wav)"));
    if (!file.isEmpty())
        m_soundFile->setText(QDir::toNativeSeparators(file));
}

void OrderSettingsSection::save()
{
    if (!m_session.current() || !m_session.current()->isManager())
        return;
    const OpeningHours hours = openingHours();
    const OrderAlertSettings alerts = alertSettings();
    // Both checked before either is written: a refused sound leaves the hours unchanged too.
    if (Status s = hours.validate(); !s) {
        m_status->setText(errorText(s.error()));
        return;
    }
    if (Status s = m_settings.setOrderAlerts(alerts); !s) {
        m_status->setText(errorText(s.error()));
        return;
    }
    if (Status s = m_settings.setOpeningHours(hours); !s) {
        m_status->setText(errorText(s.error()));
        return;
    }
    m_status->setText(tr("Online order settings saved."));
    auto stored = m_settings.openingHours();
    Q_EMIT saved(stored ? stored.value() : hours, alerts);
}

} // namespace comptoir
