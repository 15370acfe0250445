// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/stock/stockmovementmodel.h"

#include "models/logging.h"
#include "models/storage/database.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir {

StockMovementModel::StockMovementModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{ }

StockMovementModel::~StockMovementModel() = default;

QString StockMovementModel::reasonLabel(MovementReason reason)
{
    switch (reason) {
    case MovementReason::Sale:
        return tr("Sale");
    case MovementReason::Return:
        return tr("Return");
    case MovementReason::Receipt:
        return tr("Receipt");
    case MovementReason::Adjustment:
        return tr("Adjustment");
    case MovementReason::Count:
        return tr("Physical count");
    case MovementReason::OnlineReserve:
        return tr("Online reservation");
    case MovementReason::OnlineCommit:
        return tr("Online sale");
    case MovementReason::OnlineRelease:
        return tr("Online release");
    }
    return {};
}

QString StockMovementModel::formatChange(qint64 delta, const QLocale &locale)
{
    const QString amount = locale.toString(qAbs(delta));
    if (delta > 0)
        return QLatin1Char('+') + amount;
    if (delta < 0)
        return QChar(0x2212) + amount; // MINUS SIGN
    return amount;
}

QString StockMovementModel::formatDateTime(const QDateTime &utc, const QLocale &locale)
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s'))) {
        const qsizetype minutes = time.lastIndexOf(QLatin1String("mm"));
        if (minutes >= 0)
            time.insert(minutes + 2, QLatin1String(":ss"));
    }
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
    return locale.toString(utc.toLocalTime(), format);
}

void StockMovementModel::setVariant(qint64 variantId)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_variantId = variantId;
    reload(0);
    endResetModel();
}

void StockMovementModel::refresh()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int loaded = int(m_rows.size());
    beginResetModel();
    reload(loaded);
    endResetModel();
}

void StockMovementModel::reload(int minimumRows)
{
    m_rows.clear();
    m_atEnd = true;
    if (m_variantId == 0)
        return;
    const int limit = qMax(int(PageSize), minimumRows);
    if (queryPage(limit, &m_rows))
        m_atEnd = m_rows.size() < limit;
}

bool StockMovementModel::queryPage(int limit, QList<Row> *rows) const
{
    QString sql = QStringLiteral("SELECT id, occurred_at, delta, counted_quantity, reason, note, origin"
                                 " FROM stock_movements WHERE variant_id = ?");
    QVariantList bindings {m_variantId};
    if (!m_rows.isEmpty()) {
        sql += QLatin1String(" AND (occurred_at, id) < (?, ?)");
        bindings << m_rows.constLast().occurredAtText << m_rows.constLast().id;
    }
    sql += QLatin1String(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    bindings << limit;
    auto q = m_db.query(sql, bindings);
    if (!q) {
        qCWarning(lcModels) << "stock movement query failed:" << q.error().detail;
        return false;
    }
    QSqlQuery &query = q.value();
    while (query.next()) {
        Row row;
        row.id = query.value(0).toString();
        row.occurredAtText = query.value(1).toString();
        row.occurredAt = QDateTime::fromString(row.occurredAtText, Qt::ISODateWithMs);
        row.occurredAt.setTimeZone(QTimeZone::utc());
        row.delta = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            row.countedQuantity = query.value(3).toLongLong();
        const QString key = query.value(4).toString();
        const std::optional<MovementReason> reason = reasonFromKey(key);
        if (!reason)
            qCWarning(lcModels) << "unknown stock movement reason" << key;
        row.reason = reason.value_or(MovementReason::Adjustment);
        row.note = query.value(5).toString();
        row.origin = query.value(6).toString();
        rows->append(std::move(row));
    }
    return true;
}

int StockMovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool StockMovementModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StockMovementModel::fetchMore(const QModelIndex &parent)
{
    // Not while this model is announcing a change: a slot (a view, a model tester) may ask
    // for more from inside it, and rows must not be inserted in the middle of a change.
    if (m_changing || parent.isValid() || m_atEnd)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    QList<Row> rows;
    if (!queryPage(PageSize, &rows)) {
        m_atEnd = true;
        return;
    }
    m_atEnd = rows.size() < PageSize;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

QVariant StockMovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return formatDateTime(row.occurredAt);
        case ReasonColumn:
            return reasonLabel(row.reason);
        case ChangeColumn:
            return formatChange(row.delta);
        case CountedColumn:
            return row.countedQuantity ? QVariant(QLocale().toString(*row.countedQuantity)) : QVariant();
        case NoteColumn:
            return row.note;
        default:
            return {};
        }
    case Qt::TextAlignmentRole: {
        const bool right = index.column() == ChangeColumn || index.column() == CountedColumn;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case MovementIdRole:
        return row.id;
    case DeltaRole:
        return row.delta;
    case ReasonRole:
        return int(row.reason);
    case OccurredAtRole:
        return row.occurredAt;
    case CountedQuantityRole:
        return row.countedQuantity ? QVariant(*row.countedQuantity) : QVariant();
    case OriginRole:
        return row.origin;
    default:
        return {};
    }
}

QVariant StockMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool right = section == ChangeColumn || section == CountedColumn;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ReasonColumn:
        return tr("Reason");
    case ChangeColumn:
        return tr("Change");
    case CountedColumn:
        return tr("Counted");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace comptoir
