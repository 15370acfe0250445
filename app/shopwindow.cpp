#include "shopwindow.h"

#include "reportspage.h"
#include "settingspage.h"
#include "shopsession.h"
#include "tillpage.h"
#include "tillreceipts.h"

namespace comptoir {

ShopWindow::ShopWindow(ShopSession &session)
    : m_receipts(session.settings(), session.printLog(), session.saleJournal()),
      m_window(session.database(), session.catalogue(), session.ledger(), session.operators(),
               session.operatorSession())
{
    auto *till
        = new TillPage(session.database(), session.catalogue(), session.ledger(), session.saleJournal(),
                       session.operators(), session.operatorSession(), session.settings());
    new TillReceipts(*till, m_receipts, session.saleJournal(), session.operators(), session.operatorSession(),
                     session.settings());
    m_window.setTillPage(till);

    auto *reports = new ReportsPage(session.dayClosing(), session.settings(), session.operators(),
                                    session.operatorSession(), m_receipts);
    m_window.setPage(MainWindow::ReportsPage, reports);
    auto *settings = new SettingsPage(session.settings(), m_receipts, session.operatorSession());
    m_window.setPage(MainWindow::SettingsPage, settings);

    QObject::connect(till, &TillPage::saleCommitted, reports, &ReportsPage::refresh);
    // The till reads its rules and favourites when it uses them; the receipt service reads the
    // printer at each job; the window title shows the shop's name.
    QObject::connect(settings, &SettingsPage::settingsChanged, &m_window, &MainWindow::refreshShopName);
    m_window.showPage(MainWindow::TillPage);
}

} // namespace comptoir
