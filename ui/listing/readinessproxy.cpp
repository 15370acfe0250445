// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/listing/readinessproxy.h"

#include "models/catalogue/cataloguemodel.h"
#include "models/listing/readiness.h"
#include "models/storage/database.h"
#include "ui/logging.h"

#include <QApplication>
#include <QStringList>
#include <QStyle>

namespace comptoir {

namespace {

// Readiness is read for this many rows before and after the one asked.
constexpr int Around = 150;

QString gapWord(ListingGaps::Gap gap)
{
    switch (gap) {
    case ListingGaps::Photo:
        return ReadinessProxy::tr("photo");
    case ListingGaps::Description:
        return ReadinessProxy::tr("online description");
    case ListingGaps::Category:
        return ReadinessProxy::tr("marketplace category");
    case ListingGaps::Price:
        return ReadinessProxy::tr("price");
    case ListingGaps::Stock:
        return ReadinessProxy::tr("stock");
    case ListingGaps::None:
        break;
    }
    return {};
}

} // namespace

ReadinessProxy::ReadinessProxy(const Database &db, QObject *parent)
    : QIdentityProxyModel(parent), m_db(db) { }

QString ReadinessProxy::gapWords(int gaps)
{
    QStringList words;
    const QList<ListingGaps::Gap> each = Readiness::each(gaps);
    for (const ListingGaps::Gap gap : each)
        words.append(gapWord(gap));
    return words.join(QStringLiteral(", "));
}

void ReadinessProxy::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_gaps.clear();
        m_visible.clear();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A refresh in place: the products' readiness may have changed too.
                m_gaps.clear();
                m_visible.clear();
                const int column = onlineColumn();
                Q_EMIT dataChanged(index(topLeft.row(), column), index(bottomRight.row(), column));
            });
}

void ReadinessProxy::invalidate()
{
    m_gaps.clear();
    m_visible.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, onlineColumn()), index(rowCount() - 1, onlineColumn()));
}

int ReadinessProxy::onlineColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int ReadinessProxy::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount() + 1;
}

int ReadinessProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0; // a table: no cell has children (the online column has no source to ask)
    return sourceModel()->rowCount();
}

bool ReadinessProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

bool ReadinessProxy::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && sourceModel() && sourceModel()->canFetchMore(QModelIndex());
}

void ReadinessProxy::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && sourceModel())
        sourceModel()->fetchMore(QModelIndex());
}

QModelIndex ReadinessProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return {};
    if (column == onlineColumn())
        return row >= 0 && row < rowCount() ? createIndex(row, column) : QModelIndex();
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ReadinessProxy::parent(const QModelIndex &) const
{
    return {}; // a table
}

QModelIndex ReadinessProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex ReadinessProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() == onlineColumn())
        return {}; // this column has no source
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

Qt::ItemFlags ReadinessProxy::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == onlineColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

QVariant ReadinessProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == onlineColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Online");
        if (role == Qt::ToolTipRole)
            return tr("Ready to be listed online: a photo, an online description, a marketplace category, "
                      "a price and stock");
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

int ReadinessProxy::gapsOfRow(int row) const
{
    const QModelIndex source = sourceModel()->index(row, 0);
    if (source.data(CatalogueModel::ArchivedRole).toBool())
        return -1;
    const qint64 productId = source.data(CatalogueModel::ProductIdRole).toLongLong();
    if (const auto found = m_gaps.constFind(productId); found != m_gaps.cend())
        return found.value();
    QList<qint64> wanted;
    const int first = qMax(0, row - Around);
    const int last = qMin(sourceModel()->rowCount() - 1, row + Around);
    for (int r = first; r <= last; ++r) {
        const qint64 id = sourceModel()->index(r, 0).data(CatalogueModel::ProductIdRole).toLongLong();
        if (!m_gaps.contains(id) && !wanted.contains(id))
            wanted.append(id);
    }
    auto gaps = Readiness(m_db).gaps(wanted);
    if (!gaps) {
        qCWarning(lcUi) << "readiness not read:" << gaps.error().detail;
        return -1;
    }
    for (auto it = gaps->cbegin(); it != gaps->cend(); ++it)
        m_gaps.insert(it.key(), it.value());
    // Whether each is visible online, in the same sweep.
    QString array = QStringLiteral("[");
    for (const qint64 id : std::as_const(wanted)) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        array += QString::number(id);
    }
    array += QLatin1Char(']');
    if (auto rows = m_db.rows(QStringLiteral("SELECT p.id, p.visible_online FROM json_each(?) AS wanted "
                                             "JOIN products p ON p.id = wanted.value"),
                              {array})) {
        for (const QVariantList &r : std::as_const(*rows))
            m_visible.insert(r.at(0).toLongLong(), r.at(1).toInt() != 0);
    }
    return m_gaps.value(productId, -1);
}

QVariant ReadinessProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != onlineColumn())
        return QIdentityProxyModel::data(index, role);
    if (role >= Qt::UserRole && role != GapsRole) // the row's ids and flags, as in its other cells
        return sourceModel()->index(index.row(), 0).data(role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole && role != GapsRole
        && role != Qt::AccessibleTextRole)
        return {};
    const int gaps = gapsOfRow(index.row());
    if (role == GapsRole)
        return gaps;
    if (gaps < 0)
        return {};
    const qint64 productId
        = sourceModel()->index(index.row(), 0).data(CatalogueModel::ProductIdRole).toLongLong();
    const bool visible = m_visible.value(productId);
    switch (role) {
    case Qt::DisplayRole:
        if (gaps == 0)
            return visible ? tr("Listed") : tr("Ready");
        return tr("%n missing", nullptr, int(Readiness::each(gaps).size()));
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(gaps == 0 ? QStyle::SP_DialogApplyButton
                                                             : QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString shown = visible ? tr("Visible online.") : tr("Not visible online.");
        if (gaps == 0)
            return QString(tr("Ready to be listed online.") + QLatin1Char(' ') + shown);
        return QString(tr("Not ready to be listed online: missing %1.").arg(gapWords(gaps)) + QLatin1Char(' ')
                       + shown);
    }
    default:
        return {};
    }
}

} // namespace comptoir
