// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/favouritesbar.h"

#include "models/catalogue/catalogue.h"
#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "ui/logging.h"

#include <QAction>
#include <QGridLayout>
#include <QPushButton>

namespace comptoir {

FavouritesBar::FavouritesBar(Catalogue &catalogue, ShopSettings &settings, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_settings(settings)
{
    setObjectName(QStringLiteral("favouritesBar"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < Columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

bool FavouritesBar::isFull() const
{
    return m_stored.size() >= ShopSettings::MaxFavourites;
}

void FavouritesBar::clearButtons()
{
    for (QPushButton *button : std::as_const(m_buttons)) {
        // Later: this may run inside the button's own signal (its remove action). Unparented
        // now, so that it is no longer found among the bar's children.
        m_grid->removeWidget(button);
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    m_buttons.clear();
    m_labels.clear();
    m_prices.clear();
    m_variants.clear();
}

Status FavouritesBar::reload()
{
    clearButtons();
    auto stored = m_settings.favourites();
    if (!stored) {
        m_stored.clear();
        setVisible(false);
        return stored.error();
    }
    m_stored = stored.value();
    for (const qint64 variantId : std::as_const(m_stored)) {
        auto variant = m_catalogue.variant(variantId);
        if (!variant || variant->archived)
            continue;
        auto product = m_catalogue.product(variant->productId);
        if (!product)
            continue;
        QString label = product->fields.name;
        if (!variant->fields.label.isEmpty())
            label += QLatin1Char(' ') + variant->fields.label;
        QPushButton *button
            = makeButton(int(m_buttons.size()) + 1, variantId, label, variant->fields.priceCents);
        m_grid->addWidget(button, int(m_buttons.size()) / Columns, int(m_buttons.size()) % Columns);
        m_buttons.append(button);
        m_labels.append(label);
        m_prices.append(variant->fields.priceCents);
        m_variants.append(variantId);
    }
    setVisible(!m_buttons.isEmpty());
    elideLabels();
    return {};
}

QPushButton *FavouritesBar::makeButton(int number, qint64 variantId, const QString &label, qint64 priceCents)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QStringLiteral("favouriteButton%1").arg(number));
    button->setText(label + QLatin1Char('\n') + Money::format(priceCents));
    button->setMinimumHeight(56);
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    button->setFont(font);
    if (number <= 9) {
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        button->setToolTip(tr("%1 (Alt+%2)").arg(label).arg(number));
    } else {
        button->setToolTip(label);
    }
    connect(button, &QPushButton::clicked, this, [this, variantId] { Q_EMIT variantChosen(variantId); });

    auto *remove = new QAction(tr("Remove from favourites"), button);
    remove->setObjectName(QStringLiteral("removeFavouriteAction%1").arg(number));
    connect(remove, &QAction::triggered, this, [this, variantId] { Q_EMIT removeRequested(variantId); });
    button->addAction(remove);
    button->setContextMenuPolicy(Qt::ActionsContextMenu);
    return button;
}

void FavouritesBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideLabels();
}

void FavouritesBar::elideLabels()
{
    // A column's width, from the bar's (the buttons may not be laid out yet).
    const QMargins margins = m_grid->contentsMargins();
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    const int column = (width() - margins.left() - margins.right() - spacing * (Columns - 1)) / Columns;
    const int room = qMax(40, column - 16);
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        QPushButton *button = m_buttons.at(i);
        const QString label = button->fontMetrics().elidedText(m_labels.at(i), Qt::ElideRight, room);
        button->setText(label + QLatin1Char('\n') + Money::format(m_prices.at(i)));
    }
}

Status FavouritesBar::addFavourite(qint64 variantId)
{
    if (m_stored.contains(variantId))
        return {};
    QList<qint64> ids = m_stored;
    ids.append(variantId);
    if (Status status = m_settings.setFavourites(ids); !status)
        return status;
    qCInfo(lcUi) << "favourite added, variant" << variantId;
    Status status = reload();
    Q_EMIT favouritesChanged();
    return status;
}

Status FavouritesBar::removeFavourite(qint64 variantId)
{
    if (!m_stored.contains(variantId))
        return {};
    QList<qint64> ids = m_stored;
    ids.removeAll(variantId);
    if (Status status = m_settings.setFavourites(ids); !status)
        return status;
    qCInfo(lcUi) << "favourite removed, variant" << variantId;
    Status status = reload();
    Q_EMIT favouritesChanged();
    return status;
}

} // namespace comptoir
