// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/listing/listingactions.h"

#include "models/listing/listing.h"
#include "ui/errortext.h"
#include "ui/listing/categorypicker.h"
#include "ui/logging.h"

#include <QAction>
#include <QWidget>

namespace comptoir {

ListingActions::ListingActions(Database &db, Listing &listing, Selection selection, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_listing(listing), m_selection(std::move(selection))
{
    m_choose = [this, dialogParent]() -> std::optional<QString> {
        CategoryPicker picker(m_db, QString(), dialogParent);
        if (picker.exec() != QDialog::Accepted)
            return std::nullopt;
        return picker.chosenId();
    };
    auto make = [dialogParent](const QString &text, const QString &tip, const QKeySequence &keys,
                               const QString &name) {
        auto *action = new QAction(text, dialogParent);
        action->setObjectName(name);
        action->setToolTip(tip + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText)
                           + QLatin1Char(')'));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        dialogParent->addAction(action);
        return action;
    };
    m_list = make(tr("List online"), tr("Make the selected products visible on the marketplace"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("listOnlineAction"));
    m_unlist = make(tr("Remove from online sale"), tr("Hide the selected products on the marketplace"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QStringLiteral("unlistOnlineAction"));
    m_category
        = make(tr("Choose the category…"), tr("Choose the marketplace category of the selected products"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QStringLiteral("onlineCategoryAction"));
    connect(m_list, &QAction::triggered, this, &ListingActions::listSelected);
    connect(m_unlist, &QAction::triggered, this, &ListingActions::unlistSelected);
    connect(m_category, &QAction::triggered, this, &ListingActions::chooseCategoryForSelected);
}

void ListingActions::listSelected()
{
    setVisible(true);
}

void ListingActions::unlistSelected()
{
    setVisible(false);
}

void ListingActions::setVisible(bool visible)
{
    const QList<qint64> products = m_selection();
    if (products.isEmpty()) {
        Q_EMIT failed(tr("Select one or more products first."));
        return;
    }
    const auto changed = m_listing.setVisible(products, visible);
    if (!changed) {
        qCWarning(lcUi) << "bulk visibility refused:" << int(changed.error().code);
        Q_EMIT failed(errorText(changed.error()));
        return;
    }
    Q_EMIT written(visible ? tr("%n product(s) listed online.", nullptr, *changed)
                           : tr("%n product(s) removed from online sale.", nullptr, *changed));
}

void ListingActions::chooseCategoryForSelected()
{
    const QList<qint64> products = m_selection();
    if (products.isEmpty()) {
        Q_EMIT failed(tr("Select one or more products first."));
        return;
    }
    const std::optional<QString> chosen = m_choose ? m_choose() : std::nullopt;
    if (!chosen)
        return;
    const auto changed = m_listing.setCategory(products, *chosen);
    if (!changed) {
        qCWarning(lcUi) << "bulk category refused:" << int(changed.error().code);
        Q_EMIT failed(errorText(changed.error()));
        return;
    }
    Q_EMIT written(tr("%n product(s) given the marketplace category.", nullptr, *changed));
}

} // namespace comptoir
