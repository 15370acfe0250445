// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <optional>

namespace comptoir {

class Database;

// The catalogue as a table, one row per variant, fetched lazily in pages of PageSize rows.
//
// Without search text the rows follow variants.sort_key (keyset pagination on the
// variants_sort index). With search text the full-text index is queried once per
// keystroke, in rowid order, for the ids of the first SearchSortLimit + 1 matches (filters
// applied): when there are at most SearchSortLimit they are shown sorted by sort key,
// otherwise they stay in rowid order and later ids are found after the last rowid (FTS5
// rowid ranges are cheap). Either way only the rows shown are read whole, a page at a
// time, so a keystroke costs about the same however many variants match.
// The model never colours anything: the UI uses LowStockRole for that. It keeps its
// statements prepared on db's connection, so it must not outlive db.
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VariantColumn,
        BrandColumn,
        CategoryColumn,
        BarcodeColumn,
        ReferenceColumn,
        PriceColumn,
        VatColumn,
        StockColumn,
        ReservedColumn, // reserved by online orders, as the marketplace last said (issue 16)
        AvailableColumn, // available online: on hand − reserved − safety stock (may be negative)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        VariantIdRole = Qt::UserRole + 1,
        ProductIdRole,
        LowStockRole,
        ArchivedRole,
        PriceCentsRole,
        VatRateRole,
        OnHandRole,
        LowStockThresholdRole,
        MainPhotoRole, // the product's main photo (sha256 of products.photos[0]), empty: none
    };
    Q_ENUM(Role)

    struct Filter
    {
        QString text; // search words, each a prefix; all must match
        bool includeArchived = false;
        bool lowStockOnly = false; // threshold > 0 and on hand <= threshold
        std::optional<qint64> categoryId;
        bool notReadyToList = false; // products lacking something to be listed online (ListingGaps)
    };

    static constexpr int PageSize = 200;
    static constexpr int SearchSortLimit = 500;
    // Search matches are found this many ids at a time, then loaded a page at a time.
    static constexpr int SearchIdBatch = 2000;

    explicit CatalogueModel(Database &db, QObject *parent = nullptr);
    ~CatalogueModel() override;

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

    // Re-runs the current query and reloads as many rows as were loaded, so edits show up (a reset).
    void refresh();
    // The same, for a change made elsewhere (the sync, a sale): when the same variants come back in
    // the same order, only dataChanged() is emitted, so views keep their selection, current row
    // and scroll position; otherwise the model is reset.
    void refreshInPlace();
    // The row of a loaded variant, -1 when it is not (yet) loaded.
    int rowOfVariant(qint64 variantId) const;

    // The FTS5 query for a search text: each letter/digit run becomes a quoted prefix term,
    // all terms must match. Empty when the text holds no letter or digit.
    static QString ftsQuery(const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

private:
    struct Row
    {
        qint64 variantId = 0;
        qint64 productId = 0;
        qint64 priceCents = 0;
        qint64 onHand = 0;
        qint32 vatRateBp = 0;
        qint32 lowStockThreshold = 0;
        bool archived = false;
        QString name;
        QString label;
        QString brand;
        QString category;
        QString barcode;
        QString reference;
        QString mainPhoto;
        std::optional<qint64> reserved; // none before the marketplace said anything about the variant
        std::optional<qint64> available;
    };

    enum class Mode { Sorted, SearchSorted, SearchPaged };

    // Loads the first rows of the current filter (at least PageSize, and at least minimumRows
    // when there are that many); called between beginResetModel and endResetModel.
    void reload(int minimumRows);
    // Up to count rows after the last loaded one, in the current mode's order.
    bool takeRows(int count, QList<Row> *rows);
    // Mode::Sorted: the next rows in sort-key order (keyset on the variants_sort index).
    bool querySortedPage(int limit, QList<Row> *rows);
    // Search modes: the ids of the next matches after m_lastSearchId, in rowid order,
    // filters applied; their sort keys too when asked.
    bool querySearchIds(int limit, QList<qint64> *ids, QList<QByteArray> *sortKeys);
    bool queryRowsById(const QList<qint64> &ids, QList<Row> *rows);
    QString filterClause(QVariantList *bindings) const;
    bool readRows(const QString &sql, const QVariantList &bindings, QList<Row> *rows);
    // Runs a statement of this model, prepared on first use; nullptr (logged) on failure.
    QSqlQuery *execute(const QString &sql, const QVariantList &bindings);
    QString intern(const QString &text);

    Database &m_db;
    Filter m_filter;
    QString m_fts; // the FTS5 query for m_filter.text, empty without search
    Mode m_mode = Mode::Sorted;
    QList<Row> m_rows;
    // Search modes: the ids found but not loaded yet, in display order.
    QList<qint64> m_pending;
    // No more rows to query (there may still be pending ones).
    bool m_atEnd = true;
    bool m_changing = false; // inside a reset or an insertion
    // Where the next query starts: the last loaded row's sort key and id (Mode::Sorted),
    // the last id found (Mode::SearchPaged; an id is its search rowid).
    QString m_lastSortKey;
    qint64 m_lastId = 0;
    qint64 m_lastSearchId = 0;
    QSet<QString> m_strings; // brands and category names, shared between rows
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace comptoir
