// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/doctor/doctorsection.h"

#include "models/clock.h"
#include "sync/doctor/doctor.h"
#include "ui/doctor/doctortext.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

DoctorSection::DoctorSection(Doctor &doctor, const Clock &clock, QWidget *parent)
    : QGroupBox(tr("Check this till"), parent), m_doctor(doctor), m_clock(clock)
{
    setObjectName(QStringLiteral("doctorGroup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Checks the database, the fiscal journal, the keychain, the marketplace, the "
                                "clock, the disk, the printer and the backups, as `comptoir doctor` does. "
                                "Nothing is changed. Copy the report to send it to support: it holds no "
                                "password, PIN or key."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("C&heck this till"), this);
    m_run->setObjectName(QStringLiteral("doctorRunButton"));
    m_copy = new QPushButton(tr("Cop&y for support"), this);
    m_copy->setObjectName(QStringLiteral("doctorCopyButton"));
    m_copy->setToolTip(tr("Put the report on the clipboard, to paste it in an e-mail to support"));
    m_copy->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("doctorStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("doctorReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setMinimumHeight(160);
    m_report->hide();
    layout->addWidget(m_report);

    connect(m_run, &QPushButton::clicked, this, &DoctorSection::run);
    connect(m_copy, &QPushButton::clicked, this, &DoctorSection::copyForSupport);
    connect(&m_doctor, &Doctor::finished, this, &DoctorSection::onFinished);
}

QString DoctorSection::reportText() const
{
    return m_items.isEmpty() ? QString() : DoctorText::report(m_items, m_ranAt);
}

void DoctorSection::run()
{
    if (!m_doctor.start())
        return; // already running: its result will show
    m_ranAt = m_clock.now();
    m_run->setEnabled(false);
    m_status->setText(tr("Checking… (the journal's check takes a few seconds on a big shop)"));
    m_status->setStyleSheet(QString());
    m_status->show();
}

void DoctorSection::onFinished(const QList<DoctorItem> &items)
{
    m_items = items;
    if (!m_ranAt.isValid())
        m_ranAt = m_clock.now();
    QStringList lines;
    for (const DoctorItem &item : items)
        lines << DoctorText::line(item);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    m_report->show();
    m_status->setText(DoctorText::summary(items));
    m_status->setStyleSheet(hasFailure(items) ? QStringLiteral("color: #b00020;") : QString());
    m_run->setEnabled(true);
    m_copy->setEnabled(true);
}

void DoctorSection::copyForSupport()
{
    if (m_items.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(reportText());
    m_status->setText(tr("The report is on the clipboard: paste it in your message to support."));
    m_status->setStyleSheet(QString());
}

} // namespace comptoir
