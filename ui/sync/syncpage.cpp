// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncpage.h"

#include "models/clock.h"
#include "ui/fonts.h"
#include "ui/sync/syncconflictsview.h"
#include "ui/sync/syncexceptionsview.h"
#include "ui/sync/syncstatusindicator.h"
#include "ui/sync/synctext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace comptoir {

SyncPage::SyncPage(const Clock &clock, SyncExceptionsView *exceptions, SyncConflictsView *conflicts,
                   QWidget *parent)
    : QWidget(parent), m_clock(clock), m_exceptions(exceptions), m_conflicts(conflicts)
{
    setObjectName(QStringLiteral("syncPage"));
    auto *title = new QLabel(tr("Marketplace"), this);
    title->setFont(scaled(font(), 1.6, true));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("syncPageStateLabel"));
    m_stateLabel->setFont(scaled(font(), 1.3, true));
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("syncPageDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setFont(scaled(font(), 1.1));
    m_syncNowButton = new QPushButton(tr("Sync now (F9)"), this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNowButton->setMinimumHeight(44);
    m_syncNowButton->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_syncNowButton, &QPushButton::clicked, this, &SyncPage::syncRequested);

    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(m_stateLabel);
    texts->addWidget(m_detailLabel);
    top->addLayout(texts, 1);
    top->addWidget(m_syncNowButton, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->addTab(m_exceptions, tr("Refused changes"));
    m_tabs->addTab(m_conflicts, tr("Conflicts"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    updateTexts();
}

void SyncPage::setStatus(const SyncStatus &status)
{
    const bool exceptionsMoved = status.openExceptions != m_status.openExceptions;
    m_status = status;
    updateTexts();
    if (exceptionsMoved)
        m_exceptions->refresh();
}

void SyncPage::onChangesApplied(const SyncChanges &changes)
{
    if (changes.exceptions)
        m_exceptions->refresh();
    if (changes.conflicts)
        m_conflicts->refresh();
}

void SyncPage::refresh()
{
    m_exceptions->refresh();
    m_conflicts->refresh();
}

void SyncPage::showExceptions()
{
    m_tabs->setCurrentWidget(m_exceptions);
    m_exceptions->refresh();
}

void SyncPage::showConflicts()
{
    m_tabs->setCurrentWidget(m_conflicts);
    m_conflicts->refresh();
}

void SyncPage::updateTexts()
{
    QString state = SyncStatusIndicator::stateText(m_status.state);
    if (m_status.state != SyncState::NotEnrolled)
        state += QStringLiteral(" · ")
            + tr("last sync: %1").arg(SyncText::ago(m_status.lastSuccess, m_clock.now()))
            + QStringLiteral(" · ") + tr("%n change(s) to send", nullptr, int(m_status.pending));
    m_stateLabel->setText(state);
    const QString detail = SyncStatusIndicator::explanation(m_status);
    m_detailLabel->setText(detail);
    m_detailLabel->setVisible(!detail.isEmpty());
    m_syncNowButton->setEnabled(m_status.state != SyncState::NotEnrolled);
}

} // namespace comptoir
