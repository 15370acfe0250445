// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncstatusindicator.h"

#include "models/clock.h"
#include "ui/errortext.h"
#include "ui/sync/synctext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace comptoir {

namespace {

QString stateColour(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return QStringLiteral("#1b7f3b");
    case SyncState::Syncing:
        return QStringLiteral("#1f5fa8");
    case SyncState::Offline:
        return QStringLiteral("#8a5300");
    case SyncState::NotEnrolled:
        return QStringLiteral("#555555");
    case SyncState::NeedsEnrollment:
    case SyncState::Stopped:
        return QStringLiteral("#b00020");
    }
    return {};
}

} // namespace

SyncStatusIndicator::SyncStatusIndicator(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("syncStatusIndicator"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("syncDetailLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("syncPendingLabel"));
    m_lastSuccessLabel = new QLabel(this);
    m_lastSuccessLabel->setObjectName(QStringLiteral("syncLastSuccessLabel"));
    m_exceptionsButton = new QPushButton(this);
    m_exceptionsButton->setObjectName(QStringLiteral("syncExceptionsButton"));
    m_exceptionsButton->setFlat(true);
    m_exceptionsButton->setCursor(Qt::PointingHandCursor);
    m_exceptionsButton->setStyleSheet(
        QStringLiteral("color: #b00020; font-weight: bold; text-decoration: underline;"));
    m_exceptionsButton->setToolTip(tr("Show the changes the marketplace refused"));
    connect(m_exceptionsButton, &QPushButton::clicked, this, &SyncStatusIndicator::exceptionsRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_lastSuccessLabel);
    layout->addWidget(m_exceptionsButton);
    m_enrollButton = new QPushButton(tr("Enrol this till…"), this);
    m_enrollButton->setObjectName(QStringLiteral("syncEnrollButton"));
    m_enrollButton->setToolTip(
        tr("Enrol this till with the marketplace, with the code the marketplace gave the shop"));
    connect(m_enrollButton, &QPushButton::clicked, this, &SyncStatusIndicator::enrollmentRequested);
    layout->addWidget(m_enrollButton);

    // "2 min ago" becomes "3 min ago" without a new status.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusIndicator::updateTexts);
    m_tick->start();
    updateTexts();
}

void SyncStatusIndicator::setStatus(const SyncStatus &status)
{
    m_status = status;
    updateTexts();
}

void SyncStatusIndicator::setOpenExceptions(qint64 count)
{
    m_status.openExceptions = count;
    updateTexts();
}

QString SyncStatusIndicator::stateText(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return tr("Online");
    case SyncState::Syncing:
        return tr("Syncing…");
    case SyncState::Offline:
        return tr("Offline");
    case SyncState::NotEnrolled:
    case SyncState::NeedsEnrollment:
        return tr("Enrolment needed");
    case SyncState::Stopped:
        return tr("Sync stopped");
    }
    return {};
}

QString SyncStatusIndicator::explanation(const SyncStatus &status)
{
    switch (status.state) {
    case SyncState::Idle:
    case SyncState::Syncing:
        return {};
    case SyncState::NotEnrolled:
        return tr("This till is not linked to the Vitrines marketplace. To link it, ask the association "
                  "for an enrolment code (or a provisioning file) and enrol the till with it. Sales work "
                  "without it.");
    case SyncState::NeedsEnrollment:
        return tr("The marketplace no longer recognises this till: ask the association for a new "
                  "enrolment code and enrol the till again. Nothing waiting is lost.");
    case SyncState::Offline: {
        QString text = tr("The marketplace cannot be reached: sales go on and changes are kept until "
                          "it answers.");
        if (status.nextAttempt.isValid())
            text += QLatin1Char(' ')
                + tr("Next try at %1.")
                      .arg(QLocale().toString(status.nextAttempt.toLocalTime().time(), QLocale::ShortFormat));
        return text;
    }
    case SyncState::Stopped:
        if (status.lastError)
            return errorText(*status.lastError);
        return tr("Sync stopped after an error: it starts again at the next start of Comptoir.");
    }
    return {};
}

QString SyncStatusIndicator::stateText() const
{
    return m_stateLabel->text();
}

QString SyncStatusIndicator::detailText() const
{
    return m_detailLabel->isHidden() ? QString() : m_detailLabel->text();
}

QString SyncStatusIndicator::pendingText() const
{
    return m_pendingLabel->isHidden() ? QString() : m_pendingLabel->text();
}

QString SyncStatusIndicator::lastSuccessText() const
{
    return m_lastSuccessLabel->isHidden() ? QString() : m_lastSuccessLabel->text();
}

QString SyncStatusIndicator::exceptionsText() const
{
    return m_exceptionsButton->isHidden() ? QString() : m_exceptionsButton->text();
}

void SyncStatusIndicator::updateTexts()
{
    const SyncState state = m_status.state;
    m_stateLabel->setText(stateText(state));
    m_stateLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(stateColour(state)));

    const QString explained = explanation(m_status);
    // The status bar is narrow: the states a person must act on say so in short, the whole
    // sentence is in the tooltip.
    QString shortDetail;
    if (state == SyncState::NotEnrolled)
        shortDetail = tr("ask the association for an enrolment code");
    else if (state == SyncState::NeedsEnrollment)
        shortDetail = tr("enrol this till again with a new code");
    else if (state == SyncState::Stopped)
        shortDetail = tr("see the Synchronisation page");
    m_detailLabel->setText(shortDetail);
    m_detailLabel->setVisible(!shortDetail.isEmpty());
    m_enrollButton->setVisible(state == SyncState::NotEnrolled || state == SyncState::NeedsEnrollment);
    m_stateLabel->setToolTip(explained);
    m_detailLabel->setToolTip(explained);

    const bool linked = state != SyncState::NotEnrolled;
    m_pendingLabel->setText(m_status.pending > 0 ? tr("%n change(s) to send", nullptr, int(m_status.pending))
                                                 : tr("all sent"));
    m_pendingLabel->setVisible(linked);
    m_lastSuccessLabel->setText(tr("last sync: %1").arg(SyncText::ago(m_status.lastSuccess, m_clock.now())));
    m_lastSuccessLabel->setVisible(linked);
    m_exceptionsButton->setText(tr("%n refused change(s)", nullptr, int(m_status.openExceptions)));
    m_exceptionsButton->setVisible(m_status.openExceptions > 0);
}

} // namespace comptoir
