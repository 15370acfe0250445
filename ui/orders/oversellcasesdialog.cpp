// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/oversellcasesdialog.h"

#include "ui/errortext.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace comptoir {

namespace {

QString causeText(const QString &cause)
{
    static const QHash<QString, const char *> Causes = {
        {QStringLiteral("sale"), QT_TRANSLATE_NOOP("OversellCasesDialog", "an in-store sale")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("OversellCasesDialog", "a return")},
        {QStringLiteral("receipt"), QT_TRANSLATE_NOOP("OversellCasesDialog", "a receipt")},
        {QStringLiteral("adjustment"), QT_TRANSLATE_NOOP("OversellCasesDialog", "a stock adjustment")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("OversellCasesDialog", "a stock count")},
        {QStringLiteral("safety_stock"), QT_TRANSLATE_NOOP("OversellCasesDialog", "a safety stock change")},
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("OversellCasesDialog", "an online order")},
    };
    const auto it = Causes.constFind(cause);
    if (it == Causes.constEnd())
        return OversellCasesDialog::tr("unknown");
    return QCoreApplication::translate("OversellCasesDialog", *it);
}

QString handlingText(const OpenOversellCase &c)
{
    QString action;
    if (c.handlingAction == QLatin1String("contacted"))
        action = OversellCasesDialog::tr("customer contacted");
    else if (c.handlingAction == QLatin1String("restock"))
        action = OversellCasesDialog::tr("restocked");
    else if (c.handlingAction == QLatin1String("line_refused"))
        action = OversellCasesDialog::tr("order line refused");
    else
        return OversellCasesDialog::tr("not handled yet");
    if (!c.handlingNote.isEmpty())
        action += QStringLiteral(" — ") + c.handlingNote;
    return action;
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

} // namespace

OversellCasesDialog::OversellCasesDialog(OversellCases &cases, const QString &by, QWidget *parent)
    : QDialog(parent),
      m_store(cases),
      m_by(by),
      m_caseTable(table(this, "casesTable",
                        {tr("Product"), tr("Missing"), tr("Caused by"), tr("Since"), tr("Handling")})),
      m_orderTable(table(this, "ordersTable", {tr("Order"), tr("Quantity"), tr("Customer"), tr("Phone")})),
      m_note(new QLineEdit(this)),
      m_count(new QSpinBox(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("oversellCasesDialog"));
    setWindowTitle(tr("Oversell cases"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Items promised online that the shop no longer has:"), this));
    layout->addWidget(m_caseTable, 2);
    layout->addWidget(new QLabel(tr("Orders waiting for this item (call the customer):"), this));
    layout->addWidget(m_orderTable, 1);
    auto *row = new QHBoxLayout;
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(OversellCases::MaxNoteLength);
    m_note->setPlaceholderText(tr("Note (optional): what was agreed"));
    row->addWidget(m_note, 1);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(0, 999999);
    m_count->setPrefix(tr("Counted: "));
    row->addWidget(m_count);
    layout->addLayout(row);
    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const char *name, const QString &text, void (OversellCasesDialog::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton("contactedButton", tr("Customer contacted"), &OversellCasesDialog::markContacted);
    addButton("restockButton", tr("Restock (count)"), &OversellCasesDialog::restock);
    addButton("refuseLineButton", tr("Refuse the order line"), &OversellCasesDialog::refuseSelectedLine);
    layout->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(m_caseTable, &QTableWidget::itemSelectionChanged, this, &OversellCasesDialog::showOrders);
    resize(820, 520);
    reload();
}

void OversellCasesDialog::reload()
{
    const QString selected = selectedCase() ? selectedCase()->uuid : QString();
    auto open = m_store.openCases();
    if (!open) {
        m_status->setText(errorText(open.error()));
        return;
    }
    m_cases = *open;
    m_caseTable->setRowCount(int(m_cases.size()));
    int keep = m_cases.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_cases.size(); ++i) {
        const OpenOversellCase &c = m_cases.at(i);
        const QString product = c.productName.isEmpty()
            ? tr("(item not known here yet)")
            : QString(c.productName + QLatin1Char(' ') + c.variantLabel).trimmed();
        const QStringList cells
            = {product, QString::number(-c.available),
               causeText(c.cause)
                   + (c.causeAt.isValid() ? QString(QStringLiteral(", ") + when(c.causeAt)) : QString()),
               when(c.openedAt), handlingText(c)};
        for (int column = 0; column < cells.size(); ++column)
            m_caseTable->setItem(i, column, new QTableWidgetItem(cells.at(column)));
        if (c.uuid == selected)
            keep = i;
    }
    if (keep >= 0)
        m_caseTable->setCurrentCell(keep, 0);
    showOrders();
    if (m_cases.isEmpty())
        m_status->setText(tr("No oversell case: every order can be supplied."));
}

const OpenOversellCase *OversellCasesDialog::selectedCase() const
{
    const int row = m_caseTable->currentRow();
    if (row < 0 || row >= m_cases.size())
        return nullptr;
    return &m_cases.at(row);
}

void OversellCasesDialog::showOrders()
{
    const OpenOversellCase *c = selectedCase();
    m_orderTable->setRowCount(c ? int(c->orders.size()) : 0);
    if (!c)
        return;
    for (int i = 0; i < c->orders.size(); ++i) {
        const OversellOrderLine &o = c->orders.at(i);
        const QStringList cells = {tr("CMD-%1, line %2").arg(o.number).arg(o.lineNo),
                                   QString::number(o.quantity), o.customerName, o.customerPhone};
        for (int column = 0; column < cells.size(); ++column)
            m_orderTable->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!c->orders.isEmpty())
        m_orderTable->setCurrentCell(0, 0);
    m_count->setEnabled(c->variantId.has_value()); // an item not known here cannot be counted
}

void OversellCasesDialog::report(const Status &status, const QString &done)
{
    if (!status) {
        m_status->setText(errorText(status.error()));
        return;
    }
    m_note->clear();
    m_status->setText(done);
    reload();
}

void OversellCasesDialog::markContacted()
{
    const OpenOversellCase *c = selectedCase();
    if (!c)
        return;
    report(m_store.markContacted(c->uuid, m_note->text(), m_by),
           tr("Noted: the customer was contacted. The marketplace is told."));
}

void OversellCasesDialog::restock()
{
    const OpenOversellCase *c = selectedCase();
    if (!c)
        return;
    report(m_store.restock(c->uuid, m_count->value(), m_note->text(), m_by),
           tr("Counted %1 on the shelf. The case closes once the marketplace has the stock.")
               .arg(m_count->value()));
}

void OversellCasesDialog::refuseSelectedLine()
{
    const OpenOversellCase *c = selectedCase();
    const int row = m_orderTable->currentRow();
    if (!c || row < 0 || row >= c->orders.size()) {
        m_status->setText(tr("Choose the order whose line is refused."));
        return;
    }
    const OversellOrderLine &line = c->orders.at(row);
    m_pendingRefusalCase = c->uuid;
    m_pendingRefusalNote = m_note->text();
    Q_EMIT refuseLineRequested(line.orderUuid, line.lineNo, m_note->text().trimmed());
}

void OversellCasesDialog::lineRefusalDone(bool refused)
{
    const QString caseUuid = std::exchange(m_pendingRefusalCase, QString());
    const QString note = std::exchange(m_pendingRefusalNote, QString());
    if (!refused || caseUuid.isEmpty())
        return;
    report(m_store.recordLineRefused(caseUuid, note, m_by),
           tr("The order line is refused; the customer is told by the marketplace."));
}

} // namespace comptoir
