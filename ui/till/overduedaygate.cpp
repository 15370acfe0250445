// TillPage: a trading day left unclosed for more than 24 hours is closed before selling goes on.
#include "ui/till/tillpage.h"

#include "models/clock.h"
#include "models/sales/businessday.h"
#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "ui/closing/overdueclosuredialog.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"

#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>

namespace comptoir {

namespace {

QString longDay(const QString &businessDay)
{
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("dddd d MMMM")) : businessDay;
}

} // namespace

QWidget *TillPage::buildOverdueBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("overdueBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(
        QStringLiteral("#overdueBanner { background: #fff3e0; border: 1px solid #8a5300; }"));
    auto *row = new QHBoxLayout(banner);
    m_overdueLabel = new QLabel(banner);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_overdueLabel->setWordWrap(true);
    m_overdueLabel->setFont(scaled(font(), 1.2, true));
    m_overdueLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
    row->addWidget(m_overdueLabel, 1);
    auto *button = new QPushButton(tr("Close it now (Ctrl+Shift+Z)"), banner);
    button->setObjectName(QStringLiteral("overdueCloseButton"));
    button->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    button->setMinimumHeight(48);
    button->setFont(scaled(button->font(), 1.2));
    connect(button, &QPushButton::clicked, this, &TillPage::openOverdueClosure);
    row->addWidget(button);
    m_sellingWidgets.append(button);
    banner->hide();
    m_overdueBanner = banner;
    return banner;
}

void TillPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        checkOverdueDay();
}

void TillPage::checkOverdueDay()
{
    auto overdue = overdueBusinessDay(m_db, m_db.deviceId(), m_clock.now());
    if (!overdue)
        qCWarning(lcUi) << "till: overdue day not checked, code" << int(overdue.error().code);
    m_overdueDay = overdue && overdue->has_value() ? **overdue : QString();
    m_overdueBanner->setVisible(!m_overdueDay.isEmpty());
    if (!m_overdueDay.isEmpty())
        m_overdueLabel->setText(
            tr("The day of %1 has not been closed: it must be closed before the next sale.")
                .arg(longDay(m_overdueDay)));
}

void TillPage::openOverdueClosure()
{
    if (!canSell())
        return;
    checkOverdueDay();
    if (!m_overdueDay.isEmpty())
        openOverdueDialog(m_overdueDay, {});
}

OverdueClosureDialog *TillPage::overdueClosureDialog() const
{
    return m_overdueDialog && m_overdueDialog->isVisible() ? m_overdueDialog.data() : nullptr;
}

bool TillPage::mayGoOnSelling(std::function<void()> retry)
{
    checkOverdueDay();
    if (m_overdueDay.isEmpty())
        return true; // none, or it could not be told (logged): the sale is not held up
    openOverdueDialog(m_overdueDay, std::move(retry));
    return false;
}

void TillPage::openOverdueDialog(const QString &day, std::function<void()> retry)
{
    if (overdueClosureDialog())
        return; // already asked
    qint64 cashFloat = 0;
    if (auto till = m_settings.till())
        cashFloat = till->cashFloatCents;
    else
        qCWarning(lcUi) << "till settings could not be read, code" << int(till.error().code);
    auto totals = m_closing.totals(day, cashFloat);
    if (!totals) {
        showError(totals.error());
        return;
    }
    qCInfo(lcUi) << "till: a day is overdue for its closure, asking for it";
    auto *dialog = new OverdueClosureDialog(m_closing, m_operators, m_session, *totals, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OverdueClosureDialog::closed, this,
            [this, retry = std::move(retry)](const Closure &closure) { onOverdueDayClosed(closure, retry); });
    connect(dialog, &QDialog::rejected, this, [this] { m_searchEdit->setFocus(); });
    m_overdueDialog = dialog;
    dialog->open();
}

void TillPage::onOverdueDayClosed(const Closure &closure, const std::function<void()> &retry)
{
    m_overdueDialog.clear(); // closing: the retry may ask for the next overdue day
    checkOverdueDay();
    if (retry)
        retry(); // the scan, search, favourite or payment that was held up
    const QString done = tr("The day of %1 is closed: Z report %2 is stored.")
                             .arg(longDay(closure.totals.businessDay))
                             .arg(closure.number);
    const QString current = message();
    showMessage(current.isEmpty() ? done : current + QLatin1Char('\n') + done, Tone::Success);
    m_searchEdit->setFocus();
    Q_EMIT dayClosed(closure); // after the message: a printer's problem is added under it
}

} // namespace comptoir
