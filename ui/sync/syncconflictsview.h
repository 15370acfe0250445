// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflicts/conflictlog.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace comptoir {

// The conflict log, read-only ("conflictsTable", newest first): when, product, field, the value
// kept, the value lost, where each came from (this till, another till, the marketplace) and the
// rule that decided. Nothing is lost without a trace (docs/marketplace-api.md §11.3).
class SyncConflictsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 500;

    SyncConflictsView(ConflictLog &log, const QString &thisDeviceId, QWidget *parent = nullptr);

    void refresh();
    int rowCount() const;

    // A stored JSON value in words: a price as money, true/false as yes/no, a list joined, a
    // string as it is.
    static QString valueText(const QString &field, const QString &json);

private:
    ConflictLog &m_log;
    QString m_deviceId;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace comptoir
