// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportspage.h"

#include "models/closing/zreportlayout.h"
#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/closing/closuredialog.h"
#include "ui/closing/daytotalsview.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/receipts/receiptservice.h"
#include "ui/reports/periodclosuresview.h"

#include <QDate>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QPushButton *bigButton(const QString &text, const QString &name, const QKeySequence &shortcut,
                       QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(48);
    button->setFont(scaled(button->font(), 1.2));
    button->setShortcut(shortcut);
    button->setToolTip(shortcut.toString(QKeySequence::NativeText));
    return button;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

enum ClosureColumn { NumberColumn, DayColumn, TotalColumn, CountedColumn, ExpectedColumn, DifferenceColumn };
} // namespace

ReportsPage::ReportsPage(DayClosing &closing, ShopSettings &settings, Operators &operators,
                         OperatorSession &session, ReceiptService &receipts, QWidget *parent)
    : QWidget(parent),
      m_closing(closing),
      m_settings(settings),
      m_operators(operators),
      m_session(session),
      m_receipts(receipts)
{
    setObjectName(QStringLiteral("reportsPage"));

    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    m_dayLabel->setFont(scaled(font(), 1.6, true));
    m_refreshButton
        = bigButton(tr("Refresh (F5)"), QStringLiteral("refreshButton"), QKeySequence(Qt::Key_F5), this);
    connect(m_refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    m_closeDayButton = bigButton(tr("Close the day (Z)…"), QStringLiteral("closeDayButton"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this);
    connect(m_closeDayButton, &QPushButton::clicked, this, &ReportsPage::openClosureDialog);
    auto *top = new QHBoxLayout;
    top->addWidget(m_dayLabel, 1);
    top->addWidget(m_refreshButton);
    top->addWidget(m_closeDayButton);

    m_earlierDayLabel = new QLabel(this);
    m_earlierDayLabel->setObjectName(QStringLiteral("earlierDayLabel"));
    m_earlierDayLabel->setWordWrap(true);
    m_earlierDayLabel->setFont(scaled(font(), 1.2, true));
    m_earlierDayLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_earlierDayLabel->setVisible(false);

    m_nothingToCloseLabel = new QLabel(this);
    m_nothingToCloseLabel->setObjectName(QStringLiteral("nothingToCloseLabel"));
    m_nothingToCloseLabel->setWordWrap(true);
    m_nothingToCloseLabel->setFont(scaled(font(), 1.2));
    m_nothingToCloseLabel->setVisible(false);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setFont(scaled(font(), 1.2, true));

    auto *xTitle = new QLabel(tr("The open day so far (X report)"), this);
    xTitle->setFont(scaled(font(), 1.2, true));
    m_totalsView = new DayTotalsView(this);
    m_totalsView->setObjectName(QStringLiteral("totalsView"));
    auto *left = new QVBoxLayout;
    left->addWidget(xTitle);
    left->addWidget(m_totalsView, 1);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addWidget(buildClosuresPanel(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_earlierDayLabel);
    layout->addWidget(m_nothingToCloseLabel);
    layout->addWidget(m_messageLabel);
    layout->addLayout(body, 1);

    connect(&m_session, &OperatorSession::changed, this, &ReportsPage::updateState);
    connect(&m_receipts, &ReceiptService::printed, this, &ReportsPage::onPrinted);
    connect(&m_receipts, &ReceiptService::failed, this, &ReportsPage::onPrintFailed);
    refresh();
}

ReportsPage::~ReportsPage() = default;

QWidget *ReportsPage::buildClosuresPanel()
{
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Past closures (Z)"), panel);
    title->setFont(scaled(font(), 1.2, true));

    m_closuresView = new QTableWidget(0, 6, panel);
    m_closuresView->setObjectName(QStringLiteral("closuresView"));
    m_closuresView->setHorizontalHeaderLabels(
        {tr("Z no."), tr("Day"), tr("Total"), tr("Counted"), tr("Expected"), tr("Difference")});
    m_closuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_closuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_closuresView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_closuresView->verticalHeader()->hide();
    m_closuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_closuresView->horizontalHeader()->setStretchLastSection(true);
    connect(m_closuresView, &QTableWidget::currentCellChanged, this, &ReportsPage::onCurrentClosureChanged);

    m_reportPreview = new QPlainTextEdit(panel);
    m_reportPreview->setObjectName(QStringLiteral("reportPreview"));
    m_reportPreview->setReadOnly(true);
    m_reportPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_reportPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reportPreview->setPlaceholderText(tr("Select a closure to see its Z report."));

    m_reprintButton = bigButton(tr("Reprint (Ctrl+P)"), QStringLiteral("reprintButton"),
                                QKeySequence(Qt::CTRL | Qt::Key_P), panel);
    connect(m_reprintButton, &QPushButton::clicked, this, &ReportsPage::reprintSelected);

    column->addWidget(title);
    column->addWidget(m_closuresView, 1);
    column->addWidget(m_reportPreview, 2);
    column->addWidget(m_reprintButton);
    return panel;
}

void ReportsPage::setPeriodClosing(PeriodClosing &periods)
{
    delete m_periodClosures;
    m_periodClosures = new PeriodClosuresView(periods, m_reprintButton->parentWidget());
    if (auto *column = qobject_cast<QVBoxLayout *>(m_reprintButton->parentWidget()->layout()))
        column->addWidget(m_periodClosures, 1);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void ReportsPage::refresh()
{
    if (m_periodClosures)
        m_periodClosures->refresh();
    qint64 cashFloat = 0;
    auto till = m_settings.till();
    if (till)
        cashFloat = till->cashFloatCents;
    else
        showError(till.error());

    m_openDay.clear();
    m_dayToClose.clear();
    auto openDay = m_closing.openDay();
    auto closable = m_closing.closableDays();
    if (!openDay || !closable) {
        showError(!openDay ? openDay.error() : closable.error());
        m_dayLabel->setText(tr("Reports"));
        m_totalsView->clear();
    } else {
        m_openDay = *openDay;
        m_dayToClose = closable->isEmpty() ? QString() : closable->constFirst();
        m_dayLabel->setText(tr("Open day: %1").arg(DayTotalsView::dayText(m_openDay)));
        auto totals = m_closing.totals(m_openDay, cashFloat);
        if (totals)
            m_totalsView->setTotals(*totals);
        else {
            m_totalsView->clear();
            showError(totals.error());
        }
    }
    const bool earlier = !m_dayToClose.isEmpty() && m_dayToClose < m_openDay;
    m_earlierDayLabel->setVisible(earlier);
    if (earlier)
        m_earlierDayLabel->setText(tr("The day %1 was never closed: close it first (Z), then today.")
                                       .arg(DayTotalsView::dayText(m_dayToClose)));

    const bool nothingToClose = !m_openDay.isEmpty() && m_dayToClose.isEmpty();
    m_nothingToCloseLabel->setVisible(nothingToClose);
    if (nothingToClose)
        m_nothingToCloseLabel->setText(
            tr("Nothing to close: the last day is closed. The next sales belong to %1, "
               "which can be closed once it has sales.")
                .arg(DayTotalsView::dayText(m_openDay)));

    const qint64 selectedId = selectedClosure() ? selectedClosure()->id : 0;
    auto closures = m_closing.closures();
    m_closures = closures ? *closures : QList<Closure> {};
    if (!closures)
        showError(closures.error());
    const QSignalBlocker blocker(m_closuresView);
    m_closuresView->setRowCount(int(m_closures.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    int selectRow = -1;
    for (int row = 0; row < int(m_closures.size()); ++row) {
        const Closure &closure = m_closures.at(row);
        const QDate day = QDate::fromString(closure.totals.businessDay, Qt::ISODate);
        m_closuresView->setItem(row, NumberColumn, cell(QString::number(closure.number), right));
        m_closuresView->setItem(row, DayColumn, cell(QLocale().toString(day, QLocale::ShortFormat)));
        m_closuresView->setItem(row, TotalColumn, cell(Money::format(closure.totals.totalCents), right));
        m_closuresView->setItem(row, CountedColumn, cell(Money::format(closure.cashCountedCents), right));
        m_closuresView->setItem(row, ExpectedColumn,
                                cell(Money::format(closure.totals.cashExpectedCents), right));
        auto *difference = cell(Money::format(closure.cashDifferenceCents), right);
        difference->setForeground(closure.cashDifferenceCents == 0 ? QColor(0x1b, 0x6e, 0x20)
                                                                   : QColor(0xb0, 0x00, 0x20));
        m_closuresView->setItem(row, DifferenceColumn, difference);
        if (closure.id == selectedId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_closuresView->setCurrentCell(selectRow, NumberColumn);
    else
        m_closuresView->setCurrentCell(-1, -1);
    onCurrentClosureChanged();
    updateState();
}

void ReportsPage::updateState()
{
    const bool signedIn = m_session.isSignedIn();
    m_closeDayButton->setEnabled(signedIn && !m_dayToClose.isEmpty());
    m_closeDayButton->setToolTip(signedIn ? m_closeDayButton->shortcut().toString(QKeySequence::NativeText)
                                          : tr("Sign in to close the day"));
    m_reprintButton->setEnabled(selectedClosure().has_value());
}

void ReportsPage::showMessage(const QString &text, Tone tone)
{
    static const char *const colours[] = {"#1f3b57", "#1b6e20", "#8a5300", "#b00020"};
    m_messageLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colours[int(tone)])));
    m_messageLabel->setText(text);
}

void ReportsPage::showError(const Error &error)
{
    qCWarning(lcUi) << "reports page: an action failed, code" << int(error.code);
    showMessage(errorText(error), Tone::Error);
}

void ReportsPage::openClosureDialog()
{
    refresh();
    if (!m_session.isSignedIn() || m_dayToClose.isEmpty())
        return;
    auto till = m_settings.till();
    const qint64 cashFloat = till ? till->cashFloatCents : 0;
    auto totals = m_closing.totals(m_dayToClose, cashFloat);
    if (!totals) {
        showError(totals.error());
        return;
    }
    delete m_closureDialog; // a previous one, closed
    m_closureDialog = new ClosureDialog(m_closing, m_operators, m_session, *totals, this);
    connect(m_closureDialog, &ClosureDialog::closed, this, &ReportsPage::onDayClosed);
    connect(m_closureDialog, &QDialog::rejected, this, &ReportsPage::refresh);
    m_closureDialog->open();
}

void ReportsPage::onDayClosed(const Closure &closure)
{
    Q_EMIT dayClosed(closure.id);
    refresh();
    showMessage(tr("The day %1 is closed: Z report %2 is stored.")
                    .arg(DayTotalsView::dayText(closure.totals.businessDay))
                    .arg(closure.number),
                Tone::Success);
    print(closure, 0);
}

std::optional<Closure> ReportsPage::selectedClosure() const
{
    const int row = m_closuresView->currentRow();
    if (row < 0 || row >= int(m_closures.size()))
        return std::nullopt;
    return m_closures.at(row);
}

void ReportsPage::onCurrentClosureChanged()
{
    const std::optional<Closure> closure = selectedClosure();
    m_reprintButton->setEnabled(closure.has_value());
    if (!closure) {
        m_reportPreview->clear();
        return;
    }
    const ReceiptOptions options = printOptions();
    m_reportPreview->setPlainText(
        Receipt::plainText(ZReportLayout::lines(identity(), *closure, options), options.columns));
}

void ReportsPage::reprintSelected()
{
    if (const std::optional<Closure> closure = selectedClosure())
        print(*closure, 1); // the closure's reprint count is not stored: always DUPLICATE 1
}

ReceiptOptions ReportsPage::printOptions() const
{
    ReceiptOptions options;
    auto printer = m_settings.printer();
    if (printer)
        options.columns = printer->columns;
    if (auto zone = m_settings.timeZone())
        options.timeZone = *zone;
    return options;
}

ShopIdentity ReportsPage::identity() const
{
    auto identity = m_settings.identity();
    if (!identity) {
        qCWarning(lcUi) << "reports page: the shop identity could not be read, code"
                        << int(identity.error().code);
        return {};
    }
    return *identity;
}

void ReportsPage::print(const Closure &closure, int duplicateNumber)
{
    ReceiptOptions options = printOptions();
    options.duplicateNumber = duplicateNumber;
    m_pendingPrints.append(PrintJob {closure.number, duplicateNumber});
    // printed() or failed() may come before printLines() returns.
    m_receipts.printLines(ZReportLayout::lines(identity(), closure, options));
}

void ReportsPage::onPrinted(qint64 ticketId)
{
    if (ticketId != 0 || m_pendingPrints.isEmpty())
        return; // a ticket's receipt, or lines printed by another page
    const PrintJob job = m_pendingPrints.takeFirst();
    if (job.duplicateNumber == 0)
        showMessage(tr("Z report %1 is stored and printed.").arg(job.closureNumber), Tone::Success);
    else
        showMessage(tr("Z report %1 printed again (duplicate).").arg(job.closureNumber), Tone::Success);
}

void ReportsPage::onPrintFailed(qint64 ticketId, const Error &error)
{
    if (ticketId != 0 || m_pendingPrints.isEmpty())
        return;
    const PrintJob job = m_pendingPrints.takeFirst();
    qCInfo(lcUi) << "Z report not printed, code" << int(error.code);
    if (job.duplicateNumber == 0)
        showMessage(
            tr("Z report %1 is stored, but it could not be printed: %2 You can reprint it from the list.")
                .arg(job.closureNumber)
                .arg(errorText(error)),
            Tone::Warning);
    else
        showMessage(tr("Z report %1 could not be printed: %2").arg(job.closureNumber).arg(errorText(error)),
                    Tone::Error);
}

} // namespace comptoir
