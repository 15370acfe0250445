#include "shopwindow.h"

#include "applogging.h"
#include "eventjournal.h"
#include "operatorsession.h"
#include "reportspage.h"
#include "settingspage.h"
#include "shopsession.h"
#include "tillpage.h"
#include "tillreceipts.h"

namespace comptoir {

ShopWindow::ShopWindow(ShopSession &session)
    : m_receipts(session.settings(), session.printLog(), session.saleJournal(), session.fiscalChain()),
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
    // Who signs in and out of the till, in the technical events journal (ids, never names or PINs).
    OperatorSession &operators = session.operatorSession();
    EventJournal &events = session.events();
    QObject::connect(&operators, &OperatorSession::changed, &m_window,
                     [&operators, &events, signedIn = std::optional<qint64>()]() mutable {
                         const std::optional<qint64> now = operators.current()
                             ? std::optional<qint64>(operators.current()->id)
                             : std::nullopt;
                         if (signedIn && signedIn != now) {
                             if (auto r = events.record(EventKind::Logout, signedIn); !r)
                                 qCWarning(lcApp) << "logout not journalled: error" << int(r.error().code);
                         }
                         if (now && signedIn != now) {
                             if (auto r = events.record(EventKind::Login, now); !r)
                                 qCWarning(lcApp) << "login not journalled: error" << int(r.error().code);
                         }
                         signedIn = now;
                     });
    m_window.showPage(MainWindow::TillPage);
}

} // namespace comptoir
