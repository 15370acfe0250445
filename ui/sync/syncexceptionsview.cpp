// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncexceptionsview.h"

#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/staff/pindialog.h"
#include "ui/sync/synctext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

enum Column { WhenColumn, KindColumn, SubjectColumn, ReasonColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

QPushButton *actionButton(const QString &text, const QString &name, const QKeySequence &shortcut,
                          QWidget *parent)
{
    auto *button = new QPushButton(
        text + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'), parent);
    button->setObjectName(name);
    button->setMinimumHeight(44);
    button->setFont(scaled(button->font(), 1.1));
    button->setShortcut(shortcut);
    return button;
}

} // namespace

SyncExceptionsView::SyncExceptionsView(SyncExceptions &exceptions, Operators &operators,
                                       OperatorSession &session, QWidget *parent)
    : QWidget(parent), m_exceptions(exceptions), m_operators(operators), m_session(session)
{
    setObjectName(QStringLiteral("syncExceptionsView"));
    auto *title = new QLabel(tr("Changes the marketplace refused"), this);
    title->setFont(scaled(font(), 1.2, true));
    auto *hint
        = new QLabel(tr("The other changes go on. Fix the cause (for example, send the product first), "
                        "then retry; or have a manager discard the change."),
                     this);
    hint->setWordWrap(true);
    m_emptyLabel = new QLabel(tr("None: every change reached the marketplace."), this);
    m_emptyLabel->setObjectName(QStringLiteral("exceptionsEmptyLabel"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("About"), tr("Why it was refused")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, &SyncExceptionsView::updateSelection);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("exceptionDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("exceptionsMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setFont(scaled(font(), 1.1, true));

    m_retryButton = actionButton(tr("Retry"), QStringLiteral("retryButton"), QKeySequence(Qt::Key_F7), this);
    m_retryButton->setToolTip(tr("Send this change again, once its cause is fixed"));
    m_discardButton
        = actionButton(tr("Discard…"), QStringLiteral("discardButton"), QKeySequence(Qt::Key_F8), this);
    m_discardButton->setToolTip(tr("Drop this change for good (a manager's PIN is asked; it is journalled)"));
    connect(m_retryButton, &QPushButton::clicked, this, &SyncExceptionsView::retrySelected);
    connect(m_discardButton, &QPushButton::clicked, this, &SyncExceptionsView::askDiscard);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(m_discardButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);
    refresh();
}

QString SyncExceptionsView::subjectText(const SyncException &exception)
{
    if (exception.orderNumber > 0)
        return tr("Order %1").arg(exception.orderNumber);
    if (!exception.productName.isEmpty()) {
        if (exception.variantLabel.isEmpty())
            return exception.productName;
        return exception.productName + QStringLiteral(" — ") + exception.variantLabel;
    }
    return tr("Not in this till's catalogue");
}

void SyncExceptionsView::refresh()
{
    const qint64 selected = selectedException();
    auto list = m_exceptions.openExceptions();
    if (!list) {
        qCWarning(lcUi) << "cannot read the sync exceptions: error" << int(list.error().code);
        m_messageLabel->setText(errorText(list.error()));
        return;
    }
    m_list = list.value();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_list.size()));
    const QLocale locale;
    for (int row = 0; row < m_list.size(); ++row) {
        const SyncException &e = m_list.at(row);
        m_table->setItem(row, WhenColumn,
                         cell(locale.toString(e.parkedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, KindColumn, cell(SyncText::mutationKind(e.kind)));
        m_table->setItem(row, SubjectColumn, cell(subjectText(e)));
        auto *reason = cell(SyncText::serverReason(e.code));
        reason->setToolTip(e.message); // the server's own sentence, for a volunteer
        m_table->setItem(row, ReasonColumn, reason);
    }
    m_table->resizeRowsToContents();
    m_emptyLabel->setVisible(m_list.isEmpty());
    if (selected == 0 || !selectException(selected)) {
        if (!m_list.isEmpty())
            m_table->setCurrentCell(0, 0);
    }
    updateSelection();
}

bool SyncExceptionsView::selectException(qint64 id)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).id == id) {
            m_table->setCurrentCell(row, 0);
            updateSelection();
            return true;
        }
    }
    return false;
}

qint64 SyncExceptionsView::selectedException() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() ? m_list.at(row).id : 0;
}

PinDialog *SyncExceptionsView::pinDialog() const
{
    return m_pinDialog;
}

QString SyncExceptionsView::message() const
{
    return m_messageLabel->text();
}

void SyncExceptionsView::updateSelection()
{
    const qint64 id = selectedException();
    m_retryButton->setEnabled(id != 0);
    m_discardButton->setEnabled(id != 0);
    if (id == 0) {
        m_detailLabel->clear();
        return;
    }
    const SyncException &e = m_list.at(m_table->currentRow());
    QString detail = tr("Marketplace's code: %1").arg(e.code);
    if (!e.field.isEmpty())
        detail += QStringLiteral(" · ") + tr("field: %1").arg(e.field);
    if (!e.message.isEmpty())
        detail += QStringLiteral(" · ") + e.message;
    m_detailLabel->setText(detail);
}

void SyncExceptionsView::retrySelected()
{
    const qint64 id = selectedException();
    if (id == 0)
        return;
    auto seq = m_exceptions.retry(id, m_session.current());
    if (!seq) {
        qCInfo(lcUi) << "retry refused: error" << int(seq.error().code);
        m_messageLabel->setText(errorText(seq.error()));
        refresh();
        return;
    }
    m_messageLabel->setText(tr("The change is sent again."));
    refresh();
    Q_EMIT exceptionsChanged(m_list.size());
    Q_EMIT retried();
}

void SyncExceptionsView::askDiscard()
{
    const qint64 id = selectedException();
    if (id == 0)
        return;
    if (m_pinDialog)
        m_pinDialog->deleteLater();
    m_pinDialog = new PinDialog(m_operators, PinDialog::Purpose::ManagerOverride, this);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pinDialog->setPrompt(tr("Discarding a refused change needs a manager: manager, type your PIN."));
    connect(m_pinDialog, &PinDialog::verified, this,
            [this, id](const OperatorInfo &manager) { discardAs(id, manager); });
    m_pinDialog->open();
}

void SyncExceptionsView::discardAs(qint64 exceptionId, const OperatorInfo &manager)
{
    if (Status s = m_exceptions.discard(exceptionId, manager); !s) {
        qCInfo(lcUi) << "discard refused: error" << int(s.error().code);
        m_messageLabel->setText(errorText(s.error()));
        refresh();
        return;
    }
    m_messageLabel->setText(tr("The change was discarded: it will not be sent."));
    refresh();
    Q_EMIT exceptionsChanged(m_list.size());
}

} // namespace comptoir
