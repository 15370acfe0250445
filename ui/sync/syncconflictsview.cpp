// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncconflictsview.h"

#include "models/money.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/sync/synctext.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column {
    WhenColumn,
    ProductColumn,
    FieldColumn,
    KeptColumn,
    LostColumn,
    KeptOriginColumn,
    LostOriginColumn,
    RuleColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    item->setToolTip(text);
    return item;
}

} // namespace

SyncConflictsView::SyncConflictsView(ConflictLog &log, const QString &thisDeviceId, QWidget *parent)
    : QWidget(parent), m_log(log), m_deviceId(thisDeviceId)
{
    setObjectName(QStringLiteral("syncConflictsView"));
    auto *title = new QLabel(tr("Edits made at the same time (conflict log)"), this);
    title->setFont(scaled(font(), 1.2, true));
    auto *hint = new QLabel(tr("When a product was changed in two places at once, one value was kept and the "
                               "other is written here, so nothing is lost. Change the product again if "
                               "the lost value was the right one."),
                            this);
    hint->setWordWrap(true);
    m_emptyLabel = new QLabel(tr("No conflict so far."), this);
    m_emptyLabel->setObjectName(QStringLiteral("conflictsEmptyLabel"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Product"), tr("Field"), tr("Kept"), tr("Lost"),
                                        tr("Kept from"), tr("Lost from"), tr("Rule")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    refresh();
}

int SyncConflictsView::rowCount() const
{
    return m_table->rowCount();
}

QString SyncConflictsView::valueText(const QString &field, const QString &json)
{
    // The values are JSON values; wrapped in an array so that a bare string or number parses.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]"));
    if (!doc.isArray() || doc.array().size() != 1)
        return json;
    const QJsonValue value = doc.array().at(0);
    if (value.isNull())
        return tr("(none)");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble()) {
        const qint64 number = qint64(value.toDouble());
        if (field == QLatin1String("price_cents"))
            return Money::format(number);
        if (field == QLatin1String("vat_rate_bp"))
            return Money::formatRate(int(number));
        return QLocale().toString(number);
    }
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items << (item.isString() ? item.toString()
                                      : QString::fromUtf8(
                                          QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact)));
        return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
    }
    if (value.isString())
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    return json;
}

void SyncConflictsView::refresh()
{
    auto list = m_log.recent(MaxRows);
    if (!list) {
        qCWarning(lcUi) << "cannot read the conflict log: error" << int(list.error().code);
        m_emptyLabel->setText(errorText(list.error()));
        m_emptyLabel->show();
        return;
    }
    const QList<SyncConflict> &conflicts = list.value();
    m_table->setRowCount(int(conflicts.size()));
    const QLocale locale;
    for (int row = 0; row < conflicts.size(); ++row) {
        const SyncConflict &c = conflicts.at(row);
        QString product = c.productName.isEmpty() ? tr("Unknown product") : c.productName;
        if (!c.variantLabel.isEmpty())
            product += QStringLiteral(" — ") + c.variantLabel;
        m_table->setItem(row, WhenColumn, cell(locale.toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, ProductColumn, cell(product));
        m_table->setItem(row, FieldColumn, cell(SyncText::conflictField(c.field)));
        m_table->setItem(row, KeptColumn, cell(valueText(c.field, c.kept)));
        m_table->setItem(row, LostColumn, cell(valueText(c.field, c.lost)));
        m_table->setItem(row, KeptOriginColumn, cell(SyncText::origin(c.keptOrigin, m_deviceId)));
        m_table->setItem(row, LostOriginColumn, cell(SyncText::origin(c.lostOrigin, m_deviceId)));
        m_table->setItem(row, RuleColumn, cell(SyncText::conflictRule(c.rule)));
    }
    m_emptyLabel->setText(tr("No conflict so far."));
    m_emptyLabel->setVisible(conflicts.isEmpty());
}

} // namespace comptoir
