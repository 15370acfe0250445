// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/cataloguemodel.h"

#include "models/catalogue/listinggaps.h"
#include "models/logging.h"
#include "models/money.h"
#include "models/storage/database.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace comptoir {

namespace {

// One row per variant; the column order is what readRows() expects.
const QLatin1String SelectColumns(
    "SELECT v.id, v.product_id, v.price_cents, coalesce(h.quantity, 0), p.vat_rate_bp,"
    " v.low_stock_threshold, (v.archived OR p.archived), p.name, v.label, p.brand,"
    " coalesce(c.name, ''), coalesce((SELECT min(b.code) FROM barcodes b WHERE b.variant_id = v.id), ''),"
    " v.reference, v.sort_key, coalesce(json_extract(p.photos, '$[0]'), ''), s.reserved, s.available ");

const QLatin1String Joins(" JOIN products p ON p.id = v.product_id"
                          " LEFT JOIN categories c ON c.id = p.category_id"
                          " LEFT JOIN stock_on_hand h ON h.variant_id = v.id"
                          " LEFT JOIN stock_server_state s ON s.variant_id = v.id ");

} // namespace

CatalogueModel::CatalogueModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload(0);
}

CatalogueModel::~CatalogueModel() = default;

QString CatalogueModel::ftsQuery(const QString &text)
{
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    QStringList terms;
    QList<uint> token;
    auto flush = [&] {
        if (token.isEmpty())
            return;
        QString word = QString::fromUcs4(reinterpret_cast<const char32_t *>(token.constData()), token.size());
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
        token.clear();
    };
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(c)))
            token.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

void CatalogueModel::setFilter(const Filter &filter)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    m_fts = ftsQuery(filter.text);
    reload(0);
    endResetModel();
}

void CatalogueModel::refresh()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int loaded = int(m_rows.size());
    beginResetModel();
    reload(loaded);
    endResetModel();
}

void CatalogueModel::refreshInPlace()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int loaded = int(m_rows.size());
    // Read again first, announce after: when the same variants come back in the same order (a
    // price or a stock changed), the rows are only said to have changed, so that the views keep
    // their selection, their current row and their scroll position. Nothing is announced between
    // the two, so no view reads the rows while they are swapped.
    QList<Row> shown = m_rows;
    reload(loaded);
    const bool sameRows = std::equal(shown.cbegin(), shown.cend(), m_rows.cbegin(), m_rows.cend(),
                                     [](const Row &a, const Row &b) { return a.variantId == b.variantId; });
    if (sameRows) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    std::swap(shown, m_rows);
    beginResetModel();
    m_rows = std::move(shown);
    endResetModel();
}

int CatalogueModel::rowOfVariant(qint64 variantId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).variantId == variantId)
            return int(i);
    }
    return -1;
}

void CatalogueModel::reload(int minimumRows)
{
    QElapsedTimer timer;
    timer.start();
    m_rows.clear();
    m_pending.clear();
    m_strings.clear();
    m_lastSortKey.clear();
    m_lastId = 0;
    m_lastSearchId = 0;
    m_atEnd = false;
    m_mode = Mode::Sorted;
    if (!m_fts.isEmpty()) {
        // One full-text query per keystroke: a prefix term can expand to many index terms
        // (every barcode starting "2000"), and that expansion is what a MATCH costs.
        QList<qint64> ids;
        QList<QByteArray> sortKeys;
        if (!querySearchIds(SearchSortLimit + 1, &ids, &sortKeys)) {
            m_atEnd = true;
            return;
        }
        if (ids.size() > SearchSortLimit) {
            m_mode = Mode::SearchPaged;
        } else {
            // Few matches: show them in catalogue order. UTF-8 byte order is SQLite's
            // BINARY collation, so this is the order ORDER BY sort_key, id gives.
            m_mode = Mode::SearchSorted;
            m_atEnd = true;
            QList<std::pair<QByteArray, qint64>> keyed;
            keyed.reserve(ids.size());
            for (qsizetype i = 0; i < ids.size(); ++i)
                keyed.append({sortKeys.at(i), ids.at(i)});
            std::sort(keyed.begin(), keyed.end());
            for (qsizetype i = 0; i < ids.size(); ++i)
                ids[i] = keyed.at(i).second;
        }
        m_pending = std::move(ids);
    }
    QList<Row> rows;
    if (!takeRows(qMax(int(PageSize), minimumRows), &rows))
        m_atEnd = true;
    m_rows = std::move(rows);
    qCDebug(lcModels) << "catalogue model loaded" << m_rows.size() << "rows in" << timer.elapsed() << "ms";
}

bool CatalogueModel::takeRows(int count, QList<Row> *rows)
{
    if (m_mode == Mode::Sorted) {
        if (m_atEnd)
            return true;
        if (!querySortedPage(count, rows))
            return false;
        m_atEnd = rows->size() < count;
        return true;
    }
    if (m_pending.size() < count && !m_atEnd) {
        const int limit = qMax(int(SearchIdBatch), count - int(m_pending.size()));
        QList<qint64> ids;
        if (!querySearchIds(limit, &ids, nullptr))
            return false;
        m_atEnd = ids.size() < limit;
        m_pending.append(ids);
    }
    const QList<qint64> ids = m_pending.first(qMin(qsizetype(count), m_pending.size()));
    if (ids.isEmpty())
        return true;
    if (!queryRowsById(ids, rows))
        return false;
    m_pending.remove(0, ids.size());
    return true;
}

QString CatalogueModel::filterClause(QVariantList *bindings) const
{
    QString clause;
    if (!m_filter.includeArchived)
        clause += QLatin1String(" AND v.archived = 0 AND p.archived = 0");
    if (m_filter.lowStockOnly)
        clause += QLatin1String(
            " AND v.low_stock_threshold > 0 AND coalesce(h.quantity, 0) <= v.low_stock_threshold");
    if (m_filter.categoryId) {
        clause += QLatin1String(" AND p.category_id = ?");
        bindings->append(*m_filter.categoryId);
    }
    if (m_filter.notReadyToList)
        clause += QLatin1String(" AND p.archived = 0 AND v.archived = 0 AND ") + ListingGaps::sql()
            + QLatin1String(" != 0");
    return clause;
}

bool CatalogueModel::querySortedPage(int limit, QList<Row> *rows)
{
    // Keyset pagination on the variants_sort index: O(page), whatever the offset.
    // INDEXED BY keeps the planner from sorting a whole category instead.
    QVariantList bindings;
    QString sql = SelectColumns + QLatin1String("FROM variants v INDEXED BY variants_sort") + Joins;
    if (m_lastId == 0) {
        sql += QLatin1String("WHERE 1");
    } else {
        sql += QLatin1String("WHERE (v.sort_key, v.id) > (?, ?)");
        bindings << m_lastSortKey << m_lastId;
    }
    sql += filterClause(&bindings);
    sql += QLatin1String(" ORDER BY v.sort_key, v.id LIMIT ?");
    bindings << limit;
    return readRows(sql, bindings, rows);
}

bool CatalogueModel::querySearchIds(int limit, QList<qint64> *ids, QList<QByteArray> *sortKeys)
{
    // FTS5 serves "MATCH ? AND rowid > ?" in rowid order without reading earlier matches.
    QVariantList bindings {m_fts, m_lastSearchId};
    QString sql = QLatin1String("SELECT v.id, v.sort_key FROM catalogue_search"
                                " JOIN variants v ON v.id = catalogue_search.rowid")
        + Joins + QLatin1String("WHERE catalogue_search MATCH ? AND catalogue_search.rowid > ?");
    sql += filterClause(&bindings);
    sql += QLatin1String(" ORDER BY catalogue_search.rowid LIMIT ?");
    bindings << limit;
    QSqlQuery *query = execute(sql, bindings);
    if (!query)
        return false;
    while (query->next()) {
        m_lastSearchId = query->value(0).toLongLong();
        ids->append(m_lastSearchId);
        if (sortKeys)
            sortKeys->append(query->value(1).toString().toUtf8());
    }
    query->finish();
    return true;
}

bool CatalogueModel::queryRowsById(const QList<qint64> &ids, QList<Row> *rows)
{
    // One bound JSON array rather than one placeholder per id: the statement stays the same
    // (prepared once) and json_each gives the ids back in their order.
    QString array = QStringLiteral("[");
    array.reserve(ids.size() * 8);
    for (const qint64 id : ids) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        array += QString::number(id);
    }
    array += QLatin1Char(']');
    const QString sql = SelectColumns
        + QLatin1String("FROM json_each(?) AS wanted JOIN variants v ON v.id = wanted.value") + Joins
        + QLatin1String("ORDER BY wanted.key");
    return readRows(sql, {array}, rows);
}

QSqlQuery *CatalogueModel::execute(const QString &sql, const QVariantList &bindings)
{
    // The model's statements are prepared once and kept: a keystroke should not pay for
    // parsing SQL. There are a few dozen at most (one per query shape and filter set).
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcModels) << "catalogue query failed:" << query.lastError().text();
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    if (!query.exec()) {
        qCWarning(lcModels) << "catalogue query failed:" << query.lastError().text();
        query.finish();
        return nullptr;
    }
    return &query;
}

QString CatalogueModel::intern(const QString &text)
{
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

bool CatalogueModel::readRows(const QString &sql, const QVariantList &bindings, QList<Row> *rows)
{
    QSqlQuery *statement = execute(sql, bindings);
    if (!statement)
        return false;
    QSqlQuery &query = *statement;
    while (query.next()) {
        Row row;
        row.variantId = query.value(0).toLongLong();
        row.productId = query.value(1).toLongLong();
        row.priceCents = query.value(2).toLongLong();
        row.onHand = query.value(3).toLongLong();
        row.vatRateBp = query.value(4).toInt();
        row.lowStockThreshold = query.value(5).toInt();
        row.archived = query.value(6).toBool();
        row.name = query.value(7).toString();
        row.label = query.value(8).toString();
        row.brand = intern(query.value(9).toString());
        row.category = intern(query.value(10).toString());
        row.barcode = query.value(11).toString();
        row.reference = query.value(12).toString();
        row.mainPhoto = query.value(14).toString();
        if (!query.value(15).isNull()) {
            row.reserved = query.value(15).toLongLong();
            row.available = query.value(16).toLongLong();
        }
        if (m_mode == Mode::Sorted) {
            m_lastSortKey = query.value(13).toString();
            m_lastId = row.variantId;
        }
        rows->append(std::move(row));
    }
    query.finish(); // no read transaction left open
    return true;
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CatalogueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && (!m_pending.isEmpty() || !m_atEnd);
}

void CatalogueModel::fetchMore(const QModelIndex &parent)
{
    // Not while this model is announcing a change: a slot (a view, a model tester) may ask
    // for more from inside it, and rows must not be inserted in the middle of a change.
    if (m_changing || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    QElapsedTimer timer;
    timer.start();
    QList<Row> rows;
    if (!takeRows(PageSize, &rows)) {
        m_atEnd = true;
        m_pending.clear();
        return;
    }
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    qCDebug(lcModels) << "catalogue page fetched in" << timer.elapsed() << "ms";
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case VariantColumn:
            return row.label;
        case BrandColumn:
            return row.brand;
        case CategoryColumn:
            return row.category;
        case BarcodeColumn:
            return row.barcode;
        case ReferenceColumn:
            return row.reference;
        case PriceColumn:
            return Money::format(row.priceCents);
        case VatColumn:
            return Money::formatRate(row.vatRateBp);
        case StockColumn:
            return row.onHand;
        case ReservedColumn:
            return row.reserved ? QVariant(*row.reserved) : QVariant();
        case AvailableColumn:
            return row.available ? QVariant(*row.available) : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PriceColumn:
        case VatColumn:
        case StockColumn:
        case ReservedColumn:
        case AvailableColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case VariantIdRole:
        return row.variantId;
    case ProductIdRole:
        return row.productId;
    case LowStockRole:
        return row.lowStockThreshold > 0 && row.onHand <= row.lowStockThreshold;
    case ArchivedRole:
        return row.archived;
    case PriceCentsRole:
        return row.priceCents;
    case VatRateRole:
        return row.vatRateBp;
    case OnHandRole:
        return row.onHand;
    case LowStockThresholdRole:
        return row.lowStockThreshold;
    case MainPhotoRole:
        return row.mainPhoto;
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool right = section == PriceColumn || section == VatColumn || section == StockColumn
            || section == ReservedColumn || section == AvailableColumn;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product");
    case VariantColumn:
        return tr("Variant");
    case BrandColumn:
        return tr("Brand");
    case CategoryColumn:
        return tr("Category");
    case BarcodeColumn:
        return tr("Barcode");
    case ReferenceColumn:
        return tr("Reference");
    case PriceColumn:
        return tr("Price");
    case VatColumn:
        return tr("VAT");
    case StockColumn:
        return tr("Stock");
    case ReservedColumn:
        return tr("Reserved");
    case AvailableColumn:
        return tr("Available online");
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(VariantIdRole, QByteArrayLiteral("variantId"));
    names.insert(ProductIdRole, QByteArrayLiteral("productId"));
    names.insert(LowStockRole, QByteArrayLiteral("lowStock"));
    names.insert(ArchivedRole, QByteArrayLiteral("archived"));
    names.insert(PriceCentsRole, QByteArrayLiteral("priceCents"));
    names.insert(VatRateRole, QByteArrayLiteral("vatRate"));
    names.insert(OnHandRole, QByteArrayLiteral("onHand"));
    names.insert(LowStockThresholdRole, QByteArrayLiteral("lowStockThreshold"));
    names.insert(MainPhotoRole, QByteArrayLiteral("mainPhoto"));
    return names;
}

} // namespace comptoir
