// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/rejectorderdialog.h"

#include "sync/orders/onlineorders.h"

#include <QLineEdit>

namespace comptoir {

RejectOrderDialog::RejectOrderDialog(qint64 orderNumber, QWidget *parent)
    : EntryDialog(QStringLiteral("reasonEdit"),
                  tr("Optional: the customer reads it (for example: \"Out of stock, sorry\")."), parent)
{
    setObjectName(QStringLiteral("rejectOrderDialog"));
    setWindowTitle(tr("Refuse order %1").arg(orderNumber));
    setPrompt(tr("Why is order %1 refused?").arg(orderNumber));
    field()->setMaxLength(OnlineOrders::MaxReasonLength);
    field()->setAlignment(Qt::AlignLeft);
    QFont normal = field()->font();
    normal.setPointSizeF(normal.pointSizeF() / 1.5);
    field()->setFont(normal);
    setMinimumWidth(520);
}

void RejectOrderDialog::accept()
{
    const QString reason = field()->text().trimmed();
    if (reason.size() > OnlineOrders::MaxReasonLength) {
        showError(tr("Keep the reason under %1 characters.").arg(OnlineOrders::MaxReasonLength));
        return;
    }
    Q_EMIT reasonGiven(reason);
    EntryDialog::accept();
}

} // namespace comptoir
