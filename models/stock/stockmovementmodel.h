// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/stock/stockledger.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace comptoir {

class Database;

// The stock movements of one variant, newest first, fetched lazily in pages of PageSize
// rows (keyset pagination on the stock_movements_variant index).
class StockMovementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ReasonColumn, ChangeColumn, CountedColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        MovementIdRole = Qt::UserRole + 1,
        DeltaRole, // qint64
        ReasonRole, // int(MovementReason)
        OccurredAtRole, // QDateTime, UTC
        CountedQuantityRole, // qint64 for a count, invalid otherwise
        OriginRole, // "local" for movements made here
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;

    explicit StockMovementModel(Database &db, QObject *parent = nullptr);
    ~StockMovementModel() override;

    // 0 shows nothing.
    void setVariant(qint64 variantId);
    qint64 variantId() const { return m_variantId; }
    // Reloads the movements (at least as many as were loaded), so new ones show up.
    void refresh();

    // "Sale", "Physical count"…: the translated name of a reason, for any view.
    static QString reasonLabel(MovementReason reason);
    // "+3", "−2" (with a real minus sign), "0".
    static QString formatChange(qint64 delta, const QLocale &locale = QLocale());
    // The locale's short date and time, with seconds, in local time.
    static QString formatDateTime(const QDateTime &utc, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

private:
    struct Row
    {
        QString id;
        QString occurredAtText; // as stored, for the keyset
        QDateTime occurredAt;
        qint64 delta = 0;
        std::optional<qint64> countedQuantity;
        MovementReason reason = MovementReason::Adjustment;
        QString note;
        QString origin;
    };

    void reload(int minimumRows);
    bool queryPage(int limit, QList<Row> *rows) const;

    Database &m_db;
    qint64 m_variantId = 0;
    QList<Row> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; // inside a reset or an insertion
};

} // namespace comptoir
