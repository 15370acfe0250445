// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/parkedticketsdialog.h"

#include "models/money.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

ParkedTicketsDialog::ParkedTicketsDialog(const QList<ParkedTicket> &tickets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Parked tickets"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("parkedList"));
    QFont large = m_list->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_list->setFont(large);
    for (const ParkedTicket &ticket : tickets) {
        const QString label = ticket.label.isEmpty() ? tr("Ticket") : ticket.label;
        const QString time = QLocale().toString(ticket.parkedAt.toLocalTime().time(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 — %2 — %3 (%n line(s))", nullptr, ticket.lineCount)
                                             .arg(label, time, Money::format(ticket.totalCents)),
                                         m_list);
        item->setData(Qt::UserRole, ticket.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resume"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ParkedTicketsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ParkedTicketsDialog::reject);
    layout->addWidget(buttons);
    m_list->setFocus();
}

void ParkedTicketsDialog::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QDialog::accept();
    Q_EMIT resumeRequested(id);
}

} // namespace comptoir
