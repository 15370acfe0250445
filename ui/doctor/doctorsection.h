// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/doctor/doctoritem.h"

#include <QDateTime>
#include <QGroupBox>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace comptoir {

class Clock;
class Doctor;

// The Settings page's "Check this till" section ("doctorGroup"), added with
// SettingsPage::addSection(): "doctorRunButton" runs the doctor (sync/doctor/doctor.h, which
// works off the window's thread: the window never freezes), "doctorStatus" says it is running or
// sums the result up, "doctorReport" shows one line per item (doctortext.h), and
// "doctorCopyButton" puts the whole report on the clipboard for support. Anyone may run it.
class DoctorSection : public QGroupBox
{
    Q_OBJECT

public:
    DoctorSection(Doctor &doctor, const Clock &clock, QWidget *parent = nullptr);

    // The last report's text (empty before the first run), as copied for support.
    QString reportText() const;

private:
    void run();
    void onFinished(const QList<DoctorItem> &items);
    void copyForSupport();

    Doctor &m_doctor;
    const Clock &m_clock;
    QList<DoctorItem> m_items;
    QDateTime m_ranAt;
    QPushButton *m_run = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_report = nullptr;
};

} // namespace comptoir
