// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"
#include "models/receipts/receipt.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace comptoir {

class ClosureDialog;
class DayTotalsView;
struct Error;

class DayClosing;
class Operators;
class OperatorSession;
class PeriodClosing;
class PeriodClosuresView;
class ReceiptService;
class ShopSettings;

// The Reports page ("Rapports"): the open day's running totals (the X report: tickets and
// refunds, totals per payment method and per VAT rate, cash expected), the day's closing
// (Z report: the manager counts the cash, the closure is stored then printed; a cashier needs a
// manager's PIN), and the past closures, each of which can be shown and reprinted (DUPLICATE).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(DayClosing &closing, ShopSettings &settings, Operators &operators, OperatorSession &session,
                ReceiptService &receipts, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Reads the totals and closures again (after a sale, on showing the page).
    void refresh();
    // Shows the monthly and yearly closures under the past Z closures (refreshed with the page).
    void setPeriodClosing(PeriodClosing &periods);

Q_SIGNALS:
    // A day was closed (the till shows the next sale's new day).
    void dayClosed(qint64 closureId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone { Info, Success, Warning, Error };

    QWidget *buildClosuresPanel();
    void updateState();
    void showMessage(const QString &text, Tone tone);
    void showError(const Error &error);
    void openClosureDialog();
    void onDayClosed(const Closure &closure);
    void onCurrentClosureChanged();
    void reprintSelected();
    void print(const Closure &closure, int duplicateNumber);
    void onPrinted(qint64 ticketId);
    void onPrintFailed(qint64 ticketId, const Error &error);
    ReceiptOptions printOptions() const;
    ShopIdentity identity() const;
    std::optional<Closure> selectedClosure() const;

    DayClosing &m_closing;
    ShopSettings &m_settings;
    Operators &m_operators;
    OperatorSession &m_session;
    ReceiptService &m_receipts;

    QString m_openDay;
    // The oldest closable day (the open day, or an earlier one left open); empty when there is
    // nothing to close (right after a Z, until the next day has sales).
    QString m_dayToClose;
    QList<Closure> m_closures; // as listed, latest first
    struct PrintJob
    {
        qint64 closureNumber = 0;
        int duplicateNumber = 0;
    };
    QList<PrintJob> m_pendingPrints; // the Z reports given to printLines(), awaiting an answer

    QLabel *m_dayLabel = nullptr;
    QLabel *m_earlierDayLabel = nullptr;
    QLabel *m_nothingToCloseLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    DayTotalsView *m_totalsView = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_closeDayButton = nullptr;
    QTableWidget *m_closuresView = nullptr;
    QPlainTextEdit *m_reportPreview = nullptr;
    QPushButton *m_reprintButton = nullptr;
    QPointer<ClosureDialog> m_closureDialog;
    PeriodClosuresView *m_periodClosures = nullptr;
};

} // namespace comptoir
