// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflicts/syncexceptions.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class OperatorSession;
class Operators;
class PinDialog;

// The changes the marketplace refused ("exceptionsTable": when, what, about, the server's reason in
// words — its own code as it is when this version does not know it). "retryButton" (F7) queues the
// selected one again (after the cause was fixed); "discardButton" (F8) drops it for good, which
// needs a manager's PIN (a PinDialog ManagerOverride) and is journalled. Nothing here blocks the
// sync: the other changes go on.
class SyncExceptionsView : public QWidget
{
    Q_OBJECT

public:
    SyncExceptionsView(SyncExceptions &exceptions, Operators &operators, OperatorSession &session,
                       QWidget *parent = nullptr);

    void refresh();
    bool selectException(qint64 id);
    qint64 selectedException() const; // 0 when none
    const QList<SyncException> &exceptions() const { return m_list; }
    QString message() const;
    PinDialog *pinDialog() const;

    // What the exception is about: "Carnet A5 — Noir", "Order 12", or its kind.
    static QString subjectText(const SyncException &exception);

Q_SIGNALS:
    // After a retry or a discard: the open count, for the status indicator.
    void exceptionsChanged(qint64 openCount);
    // A retried change was queued: the sync engine should push it.
    void retried();

private:
    void retrySelected();
    void askDiscard();
    void discardAs(qint64 exceptionId, const OperatorInfo &manager);
    void updateSelection();

    SyncExceptions &m_exceptions;
    Operators &m_operators;
    OperatorSession &m_session;
    QList<SyncException> m_list;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QPointer<PinDialog> m_pinDialog;
};

} // namespace comptoir
