// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/pickingdialog.h"

#include "sync/orders/orderlinerefusals.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/orders/pickingslip.h"
#include "ui/sync/synctext.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column {
    LocationColumn,
    ItemColumn,
    BarcodeColumn,
    PickedColumn,
    MissingColumn,
    NoteColumn,
    ColumnCount
};

QString itemName(const PickLine &line)
{
    if (line.productName.isEmpty())
        return PickingDialog::tr("Item not in the catalogue yet");
    return line.variantLabel.isEmpty() ? line.productName
                                       : line.productName + QStringLiteral(" · ") + line.variantLabel;
}

QPushButton *button(const QString &text, const QString &name, const QKeySequence &key, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false); // Enter belongs to the scan field
    b->setShortcut(key);
    b->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
    return b;
}

} // namespace

PickingDialog::PickingDialog(OrderPicking &picking, OrderLineRefusals &refusals, const QString &by,
                             PickingSlipPrinter *slips, QWidget *parent)
    : QDialog(parent), m_picking(picking), m_refusals(refusals), m_by(by), m_slips(slips)
{
    setObjectName(QStringLiteral("pickingDialog"));
    const OnlineOrder &order = m_picking.order();
    setWindowTitle(tr("Prepare order %1").arg(order.number));
    auto *layout = new QVBoxLayout(this);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("pickingHeader"));
    QString header = tr("Order %1 · %2").arg(order.number).arg(order.customerName.toHtmlEscaped());
    if (!order.customerPhone.isEmpty())
        header += QStringLiteral(" · ") + order.customerPhone.toHtmlEscaped();
    m_header->setText(QStringLiteral("<b>") + header + QStringLiteral("</b>"));
    layout->addWidget(m_header);

    m_scanEdit = new QLineEdit(this);
    m_scanEdit->setObjectName(QStringLiteral("pickingScanEdit"));
    m_scanEdit->setPlaceholderText(tr("Scan an item, or type its barcode or reference and press Enter"));
    QFont big = m_scanEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scanEdit->setFont(big);
    m_scanEdit->installEventFilter(this);
    connect(m_scanEdit, &QLineEdit::returnPressed, this, &PickingDialog::onScanEntered);
    layout->addWidget(m_scanEdit);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pickingMessage"));
    m_message->setWordWrap(true);
    m_message->setFont(big);
    layout->addWidget(m_message);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("pickingTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Location (category)"), tr("Item"), tr("Barcode"), tr("Picked"), tr("Missing"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PickingDialog::syncMissingSpin);
    layout->addWidget(m_table, 1);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("pickingProgress"));
    layout->addWidget(m_progress);

    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(new QLabel(tr("Selected line (↑ ↓):"), this));
    m_missingSpin = new QSpinBox(this);
    m_missingSpin->setObjectName(QStringLiteral("pickingMissingSpin"));
    m_missingSpin->setRange(0, 0);
    m_missingSpin->setFocusPolicy(Qt::ClickFocus);
    lineRow->addWidget(m_missingSpin);
    m_missingButton
        = button(tr("Count missing (F4)"), QStringLiteral("pickingMissingButton"), Qt::Key_F4, this);
    connect(m_missingButton, &QPushButton::clicked, this, &PickingDialog::markMissing);
    lineRow->addWidget(m_missingButton);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("pickingReasonEdit"));
    m_reasonEdit->setMaxLength(OrderLineRefusals::MaxReasonLength);
    m_reasonEdit->setPlaceholderText(tr("Reason the customer reads (optional)"));
    m_reasonEdit->setFocusPolicy(Qt::ClickFocus);
    lineRow->addWidget(m_reasonEdit, 1);
    m_refuseButton
        = button(tr("Refuse this line (F8)"), QStringLiteral("pickingRefuseButton"), Qt::Key_F8, this);
    connect(m_refuseButton, &QPushButton::clicked, this, &PickingDialog::refuseLine);
    lineRow->addWidget(m_refuseButton);
    layout->addLayout(lineRow);

    auto *buttons = new QHBoxLayout;
    if (m_slips) {
        m_printButton
            = button(tr("Print the slip (F6)"), QStringLiteral("pickingPrintButton"), Qt::Key_F6, this);
        connect(m_printButton, &QPushButton::clicked, this, &PickingDialog::printSlip);
        connect(m_slips, &PickingSlipPrinter::printed, this,
                [this] { showMessage(tr("The picking slip was printed."), false); });
        connect(m_slips, &PickingSlipPrinter::failed, this,
                [this](const Error &error) { showMessage(errorText(error), true); });
        buttons->addWidget(m_printButton);
    }
    buttons->addStretch(1);
    auto *close = button(tr("Close (Esc)"), QStringLiteral("pickingCloseButton"), QKeySequence(), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    m_readyButton = button(tr("Order ready (F10)"), QStringLiteral("pickingReadyButton"), Qt::Key_F10, this);
    connect(m_readyButton, &QPushButton::clicked, this, &PickingDialog::requestReady);
    buttons->addWidget(m_readyButton);
    layout->addLayout(buttons);

    setMinimumSize(820, 520);
    refresh();
    if (m_picking.isStopped())
        showStopped();
    selectLine(m_picking.lines().isEmpty() ? 0 : m_picking.lines().constFirst().lineNo);
}

void PickingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_scanEdit->setFocus();
}

bool PickingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // ↑ and ↓ in the scan field choose the line the buttons act on.
    if (watched == m_scanEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Up || key == Qt::Key_Down) && m_table->rowCount() > 0) {
            const int row
                = qBound(0, m_table->currentRow() + (key == Qt::Key_Up ? -1 : 1), m_table->rowCount() - 1);
            m_table->selectRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString PickingDialog::message() const
{
    return m_message->text();
}

void PickingDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20;"));
}

void PickingDialog::onScanEntered()
{
    const QString code = m_scanEdit->text();
    m_scanEdit->clear();
    scan(code);
}

void PickingDialog::scan(const QString &code)
{
    if (code.trimmed().isEmpty())
        return;
    auto outcome = m_picking.scan(code);
    if (!outcome) {
        showMessage(errorText(outcome.error()), true);
        return;
    }
    const OnlineOrder &order = m_picking.order();
    const PickLine *line = nullptr;
    for (const PickLine &candidate : m_picking.lines())
        if (candidate.lineNo == outcome->lineNo)
            line = &candidate;
    switch (outcome->result) {
    case PickResult::Picked:
        showMessage(tr("%1: %2 of %3 picked.").arg(itemName(*line)).arg(line->picked).arg(line->ordered),
                    false);
        break;
    case PickResult::LineComplete:
        showMessage(tr("%1: line complete.").arg(itemName(*line)), false);
        break;
    case PickResult::OrderComplete:
        showMessage(tr("Everything is picked: press \"Order ready\" (F10)."), false);
        break;
    case PickResult::UnknownCode:
        showMessage(
            tr("Code %1 is in no item of the catalogue: not an item of this order.").arg(outcome->code),
            true);
        break;
    case PickResult::NotInOrder:
        showMessage(tr("Wrong item: this one is not in order %1. Put it back.").arg(order.number), true);
        break;
    case PickResult::OverPick:
        showMessage(tr("One too many: all %1 of %2 are already picked. Put this one back.")
                        .arg(line->ordered)
                        .arg(itemName(*line)),
                    true);
        break;
    case PickResult::LineRefused:
        showMessage(
            tr("Line %1 (%2) was refused: it is not to be prepared.").arg(line->lineNo).arg(itemName(*line)),
            true);
        break;
    case PickResult::Stopped:
        refresh();
        showStopped();
        return;
    }
    refresh();
    if (line)
        selectLine(line->lineNo);
}

void PickingDialog::onOrderChanged()
{
    if (Status s = m_picking.reload(); !s) {
        showMessage(errorText(s.error()), true);
        return;
    }
    const int selected = selectedLineNo();
    refresh();
    selectLine(selected);
    if (m_picking.isStopped())
        showStopped();
}

void PickingDialog::showStopped()
{
    const OrderStatus status = m_picking.status();
    const qint64 number = m_picking.order().number;
    if (status == OrderStatus::Cancelled)
        showMessage(tr("Order %1 was cancelled online: stop picking and put its items back on the shelves.")
                        .arg(number),
                    true);
    else
        showMessage(tr("Order %1 is no longer to be prepared (now: %2): stop picking.")
                        .arg(number)
                        .arg(SyncText::orderStatus(status)),
                    true);
    m_scanEdit->setEnabled(false);
    m_missingButton->setEnabled(false);
    m_refuseButton->setEnabled(false);
    m_readyButton->setEnabled(false);
}

void PickingDialog::refresh()
{
    const QList<PickLine> &lines = m_picking.lines();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const PickLine &line = lines.at(row);
        const QString location = line.location.isEmpty() ? tr("(no category)") : line.location;
        QString note;
        if (line.refused)
            note = line.refusalReason.isEmpty() ? tr("Refused") : tr("Refused: %1").arg(line.refusalReason);
        else if (line.isDone())
            note = tr("Picked");
        else if (line.missing > 0)
            note = tr("Missing: refuse the line if it cannot be found");
        const QStringList texts {location,
                                 itemName(line),
                                 line.barcode.isEmpty() ? line.reference : line.barcode,
                                 tr("%1 / %2").arg(line.picked).arg(line.ordered),
                                 line.missing > 0 ? QString::number(line.missing) : QString(),
                                 note};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, line.lineNo);
            if (line.refused)
                item->setForeground(Qt::gray);
            else if (line.isDone())
                item->setBackground(QColor(0xdc, 0xf5, 0xdc));
            else if (line.missing > 0)
                item->setBackground(QColor(0xff, 0xe0, 0xb2));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(LocationColumn);
    m_table->resizeColumnToContents(BarcodeColumn);
    const PickProgress progress = m_picking.progress();
    QString text = tr("%1 of %2 items picked, %3 of %4 lines complete")
                       .arg(progress.picked)
                       .arg(progress.ordered)
                       .arg(progress.linesDone)
                       .arg(progress.lines);
    if (progress.missing > 0)
        text += tr(", %1 missing").arg(progress.missing);
    m_progress->setText(text);
    m_readyButton->setEnabled(progress.complete() && !m_picking.isStopped());
}

int PickingDialog::selectedLineNo() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toInt();
}

void PickingDialog::selectLine(int lineNo)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole).toInt() == lineNo) {
            m_table->selectRow(row);
            break;
        }
    syncMissingSpin();
}

void PickingDialog::syncMissingSpin()
{
    const int selected = selectedLineNo();
    for (const PickLine &line : m_picking.lines())
        if (line.lineNo == selected) {
            m_missingSpin->setRange(0, int(qMax<qint64>(0, line.ordered - line.picked)));
            m_missingSpin->setValue(int(line.missing));
        }
}

void PickingDialog::markMissing()
{
    const int lineNo = selectedLineNo();
    if (lineNo == 0)
        return;
    if (Status s = m_picking.markMissing(lineNo, m_missingSpin->value()); !s) {
        showMessage(errorText(s.error()), true);
        if (m_picking.isStopped())
            showStopped();
        return;
    }
    showMessage(tr("Line %1: %2 counted missing.").arg(lineNo).arg(m_missingSpin->value()), false);
    refresh();
    selectLine(lineNo);
    m_scanEdit->setFocus();
}

void PickingDialog::refuseLine()
{
    const int lineNo = selectedLineNo();
    if (lineNo == 0)
        return;
    const QString reason = m_reasonEdit->text().trimmed();
    if (Status s = m_refusals.refuseLine(m_picking.order().uuid, lineNo, reason, m_by); !s) {
        showMessage(errorText(s.error()), true);
        return;
    }
    qCInfo(lcUi) << "order" << m_picking.order().number << "line" << lineNo << "refused while picking";
    m_reasonEdit->clear();
    onOrderChanged();
    if (!m_picking.isStopped())
        showMessage(tr("Line %1 refused: the customer will read the reason.").arg(lineNo), false);
    m_scanEdit->setFocus();
}

void PickingDialog::printSlip()
{
    if (m_slips)
        m_slips->print(m_picking.order(), m_picking.lines());
}

void PickingDialog::requestReady()
{
    if (!m_picking.progress().complete() || m_picking.isStopped())
        return;
    Q_EMIT readyRequested(m_picking.order().uuid);
    accept();
}

} // namespace comptoir
