#include "ui/window/unavailablepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace comptoir {

UnavailablePage::UnavailablePage(const QIcon &icon, const QString &title, const QString &explanation,
                                 QWidget *parent)
    : QWidget(parent), m_title(title), m_explanation(explanation)
{
    // The words sit in a column of readable width, centred on the page.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);

    auto *iconLabel = new QLabel(column);
    iconLabel->setObjectName(QStringLiteral("unavailableIcon"));
    iconLabel->setPixmap(icon.pixmap(96, 96));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *titleLabel = new QLabel(title, column);
    titleLabel->setObjectName(QStringLiteral("unavailableTitle"));
    titleLabel->setAlignment(Qt::AlignCenter);
    titleLabel->setWordWrap(true);

    auto *textLabel = new QLabel(explanation, column);
    textLabel->setObjectName(QStringLiteral("unavailableText"));
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setWordWrap(true);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(iconLabel);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(titleLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(textLabel);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace comptoir
