// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/listing/categorypicker.h"

#include "models/listing/marketplacecategories.h"
#include "ui/errortext.h"
#include "ui/logging.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

CategoryPicker::CategoryPicker(const Database &db, const QString &current, QWidget *parent)
    : QDialog(parent), m_categories(new MarketplaceCategories(db, this))
{
    setObjectName(QStringLiteral("categoryPicker"));
    setWindowTitle(tr("Marketplace category"));
    setMinimumSize(460, 420);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("categorySearch"));
    m_search->setPlaceholderText(tr("Type a few letters: carn, épicerie, bougie…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("categoryList"));
    m_list->setModel(m_categories);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListView::activated, this, &CategoryPicker::accept);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("categoryStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CategoryPicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoryPicker::reject);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (Status loaded = m_categories->reload(); !loaded) {
        qCWarning(lcUi) << "marketplace categories not read:" << loaded.error().detail;
        m_status->setText(errorText(loaded.error()));
    }
    connect(m_search, &QLineEdit::textChanged, this, &CategoryPicker::search);
    search(QString());
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        if (!current.isEmpty()
            && m_categories->index(row).data(MarketplaceCategories::IdRole).toString() == current) {
            selectRow(row);
            break;
        }
    }
    m_search->setFocus();
}

void CategoryPicker::search(const QString &text)
{
    m_categories->setSearch(text);
    const int count = m_categories->rowCount();
    if (m_categories->all().isEmpty())
        m_status->setText(tr("The marketplace's categories have not come down yet: synchronise once "
                             "(Synchronisation page), then choose."));
    else if (count == 0)
        m_status->setText(tr("No category matches \"%1\".").arg(text.trimmed()));
    else
        m_status->setText(tr("%n category(ies)", nullptr, count));
    selectRow(count > 0 ? 0 : -1);
}

void CategoryPicker::selectRow(int row)
{
    if (row < 0) {
        m_list->clearSelection();
        m_list->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_categories->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

bool CategoryPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_categories->rowCount();
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0)
                selectRow(qMin(current + 1, rows - 1));
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                selectRow(qMax(current - 1, 0));
            return true;
        case Qt::Key_PageDown:
            if (rows > 0)
                selectRow(qMin(current + 10, rows - 1));
            return true;
        case Qt::Key_PageUp:
            if (rows > 0)
                selectRow(qMax(current - 10, 0));
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CategoryPicker::accept()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_search->setFocus();
        return; // nothing to choose: the dialog stays
    }
    m_chosenId = index.data(MarketplaceCategories::IdRole).toString();
    m_chosenPath = index.data(MarketplaceCategories::PathRole).toString();
    QDialog::accept();
}

} // namespace comptoir
