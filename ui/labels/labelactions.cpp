// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/labels/labelactions.h"

#include "models/settings/shopsettings.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/errortext.h"
#include "ui/labels/labeldialog.h"
#include "ui/receipts/receiptprinter.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

#include <algorithm>

namespace comptoir {

LabelActions::LabelActions(Database &db, const Clock &clock, ShopSettings &settings, CataloguePage &page)
    : QObject(&page), m_db(db), m_settings(settings), m_page(page), m_prints(db, clock)
{
    m_labels = new QAction(tr("Labels…"), this);
    m_labels->setObjectName(QStringLiteral("labelsAction"));
    m_labels->setToolTip(tr("Print shelf or product labels for the selected items"));
    m_changedPrices = new QAction(tr("Labels for changed prices"), this);
    m_changedPrices->setObjectName(QStringLiteral("changedPriceLabelsAction"));
    m_changedPrices->setToolTip(tr("Labels of the items whose price changed since their last label, "
                                   "here or online"));
    page.toolBar()->addAction(m_labels);
    page.toolBar()->addAction(m_changedPrices);
    connect(m_labels, &QAction::triggered, this, &LabelActions::labelsForSelection);
    connect(m_changedPrices, &QAction::triggered, this, &LabelActions::labelsForChangedPrices);
    connect(page.actions(), &CatalogueActions::stockReceived, this, &LabelActions::offerAfterReceipt);
}

bool LabelActions::openFor(const QList<LabelRequest> &requests)
{
    auto labels = LabelContents::read(m_db, requests);
    if (!labels) {
        showProblem(labels.error());
        return false;
    }
    LabelDialog::ReceiptPrinter receiptPrinter;
    const auto printer = m_settings.printer();
    if (printer
        && (printer->kind == PrinterSettings::Kind::EscPosNetwork
            || printer->kind == PrinterSettings::Kind::EscPosDevice))
        receiptPrinter = [this](const QByteArray &bytes) {
            return sendToReceiptPrinter(bytes);
        };
    auto *dialog = new LabelDialog(labels.value(), m_prints, receiptPrinter, m_page.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    return true;
}

void LabelActions::labelsForSelection()
{
    QList<LabelRequest> requests;
    for (const qint64 id : m_page.selectedVariantIds())
        requests.append({id, 1});
    openFor(requests);
}

void LabelActions::labelsForChangedPrices()
{
    auto changed = m_prints.changedSinceLastLabel();
    if (!changed) {
        showProblem(changed.error());
        return;
    }
    QList<LabelRequest> requests;
    for (const qint64 id : changed.value())
        requests.append({id, 1});
    openFor(requests);
}

void LabelActions::offerAfterReceipt(qint64 variantId, qint64 quantity)
{
    const int copies = int(std::min<qint64>(quantity, 999));
    // Not modal: the till stays usable while the question waits.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Labels"),
                                tr("Items received: %1. Print a label for each?").arg(copies),
                                QMessageBox::Yes | QMessageBox::No, m_page.window());
    box->setObjectName(QStringLiteral("receiptLabelsQuestion"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, variantId, copies](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            openFor({{variantId, copies}});
    });
    box->open();
}

Status LabelActions::sendToReceiptPrinter(const QByteArray &bytes)
{
    const auto printer = m_settings.printer();
    if (!printer)
        return printer.error();
    if (printer->kind == PrinterSettings::Kind::EscPosDevice)
        return DevicePrinter(printer->device).print(bytes);
    if (printer->kind != PrinterSettings::Kind::EscPosNetwork)
        return makeError(ErrorCode::NoPrinter);
    // Sent without waiting (the till stays usable); a failure is told when it comes.
    auto *network = new EscPosTcpPrinter(printer->host, printer->port, this);
    connect(network, &EscPosTcpPrinter::printed, network, &QObject::deleteLater);
    connect(network, &EscPosTcpPrinter::failed, this, [this, network](const Error &error) {
        network->deleteLater();
        showProblem(error);
    });
    network->print(bytes);
    return {};
}

void LabelActions::showProblem(const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Labels"), errorText(error), QMessageBox::Ok,
                                m_page.window());
    box->setObjectName(QStringLiteral("labelsProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace comptoir
