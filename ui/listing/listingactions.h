// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace comptoir {

class Database;
class Listing;

// The bulk actions of the online listing on the Catalogue's selection (issue 15): "List online"
// (Ctrl+Shift+L), "Remove from online sale" (Ctrl+Shift+U) and "Choose the marketplace
// category…" (Ctrl+Shift+K). Each writes every selected product in one transaction (one mutation
// per product changed: Listing) and says what it did, or why nothing was written.
class ListingActions : public QObject
{
    Q_OBJECT

public:
    // The selected products' ids (each once), in the table's order.
    using Selection = std::function<QList<qint64>()>;
    // How the category is chosen; the default opens a CategoryPicker. Nothing: cancelled.
    using ChooseCategory = std::function<std::optional<QString>()>;

    ListingActions(Database &db, Listing &listing, Selection selection, QWidget *dialogParent);

    QAction *listAction() const { return m_list; }
    QAction *unlistAction() const { return m_unlist; }
    QAction *categoryAction() const { return m_category; }
    QList<QAction *> actions() const { return {m_list, m_unlist, m_category}; }

    void setChooseCategory(ChooseCategory choose) { m_choose = std::move(choose); }

    void listSelected();
    void unlistSelected();
    void chooseCategoryForSelected();

Q_SIGNALS:
    // Products were written; the text says how many (for the page's message line).
    void written(const QString &message);
    // Nothing was written; the text says why (errorText()).
    void failed(const QString &message);

private:
    void setVisible(bool visible);

    Database &m_db;
    Listing &m_listing;
    Selection m_selection;
    ChooseCategory m_choose;
    QAction *m_list = nullptr;
    QAction *m_unlist = nullptr;
    QAction *m_category = nullptr;
};

} // namespace comptoir
