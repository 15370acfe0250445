// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace comptoir {

class Database;
class MarketplaceCategories;

// Chooses a category of the marketplace's taxonomy: a search field (words, accents and case
// ignored: "carn" → "Papeterie > Carnets") above the list of matches. Keyboard-first: type, the
// first match is selected, Down/Up move in the list without leaving the field, Enter chooses,
// Esc cancels. An empty taxonomy (never synchronised) says so. Show it with open() or exec().
class CategoryPicker : public QDialog
{
    Q_OBJECT

public:
    // current: the category chosen now, selected when the dialog opens.
    CategoryPicker(const Database &db, const QString &current, QWidget *parent = nullptr);

    // The id chosen ("papeterie/carnets"), its path ("Papeterie > Carnets"); empty before.
    QString chosenId() const { return m_chosenId; }
    QString chosenPath() const { return m_chosenPath; }

    QLineEdit *searchEdit() const { return m_search; }
    QListView *list() const { return m_list; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void selectRow(int row);

    MarketplaceCategories *m_categories = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QString m_chosenId;
    QString m_chosenPath;
};

} // namespace comptoir
