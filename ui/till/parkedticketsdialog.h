// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticketdrafts.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace comptoir {

// The parked tickets (label, time, total, lines), newest last; Enter or double-click resumes
// the selected one. Show it with open().
class ParkedTicketsDialog : public QDialog
{
    Q_OBJECT

public:
    ParkedTicketsDialog(const QList<ParkedTicket> &tickets, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void resumeRequested(qint64 parkedId);

private:
    QListWidget *m_list = nullptr;
};

} // namespace comptoir
