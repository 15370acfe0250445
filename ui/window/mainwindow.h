// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/window/windowgeometry.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <chrono>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace comptoir {

class CataloguePage;
class Database;
class ElidedLabel;
class FirstManagerDialog;
class InactivityWatcher;
class LockScreen;
class OperatorSession;
class Operators;
struct JournalCheckOutcome;

// The main window: a navigation column on the left (Till, Catalogue, Orders, Reports,
// Settings, Synchronisation; Ctrl+1 … Ctrl+6), the pages in a stack, and a status bar with the size of the
// catalogue and the data file in use. The demo shop carries a visible DEMO badge.
//
// The pages are built by app/ and handed to the constructor (Pages), once; the window takes them
// over. A page left out has no navigation entry, and its shortcut does nothing.
//
// Above the pages, the operator bar ("operatorBar") says who is signed in ("operatorLabel":
// "Lucas — cashier") and has a "lockButton" (Ctrl+L, "lockAction") that signs them out, and a
// "quitButton" (Ctrl+Q, QKeySequence::Quit, "quitAction") that closes the window as its title
// bar's close button does, which ends the program (its run journalled as stopped). The
// till slot (page 0, "tillPage", a stack) shows the till page only to a signed-in operator;
// otherwise the LockScreen ("lockScreen"), whose unlocked() signs the OperatorSession in.
// Inactivity (InactivityWatcher, 5 minutes by default) signs the operator out. A real shop
// (not the demo) with no operator at all shows, once the window is first shown, the
// FirstManagerDialog; until a manager exists the till slot says so ("noManagerPage", with a
// "createManagerButton"). The other pages (the catalogue…) do not need a signed-in operator.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        TillPage,
        CataloguePageIndex,
        OrdersPage,
        ReportsPage,
        SettingsPage,
        SyncPageIndex,
        PageCount
    };
    Q_ENUM(Page)

    // The pages the window shows, any of them may be null (left out). A page without an object
    // name gets the window's: "cataloguePage", "ordersPage", "reportsPage", "settingsPage",
    // "syncPage" (Ctrl+6, the marketplace's refused changes and conflicts).
    struct Pages
    {
        // Shown in the till slot ("tillPage") to a signed-in operator only.
        QWidget *till = nullptr;
        CataloguePage *catalogue = nullptr;
        QWidget *orders = nullptr;
        QWidget *reports = nullptr;
        QWidget *settings = nullptr;
        QWidget *sync = nullptr;
    };

    MainWindow(Database &db, Operators &operators, OperatorSession &session, const Pages &pages,
               QWidget *parent = nullptr);

    // The page shown (PageCount when every page was left out).
    Page currentPage() const;
    // Shows page, unless it was left out.
    void showPage(Page page);
    CataloguePage *cataloguePage() const { return m_cataloguePage; }
    bool isDemo() const { return m_demo; }

    // The till page given to the constructor (null when left out).
    QWidget *tillPage() const { return m_tillPage; }
    // The page given for page (for TillPage, the till slot: lock screen, first manager, till page);
    // null when left out.
    QWidget *page(Page page) const;
    LockScreen *lockScreen() const { return m_lockScreen; }

    // The size the window opens at when the screen has room for it: 1440 × 900.
    static QSize preferredSize();
    // Shows the window on its screen (screen()): at saved when it fits the screen's available
    // area, else at preferredSize() when that fits, else maximised (fitWindowGeometry()).
    void showFitted(const std::optional<WindowGeometry> &saved = std::nullopt);
    // Where the window is (its normal area and whether it is maximised), to be saved for the next
    // showFitted().
    WindowGeometry currentGeometry() const;

    // Reads the shop's name again for the title (after the settings changed).
    void refreshShopName() { updateTitle(); }

    // The fiscal journal's alert: a red banner ("journalAlert") across the top of the pages,
    // which nobody can close, saying which record is broken and what to do. Empty text hides it.
    // Selling goes on underneath.
    void setJournalAlert(const QString &text);
    QString journalAlert() const;
    // Shows a journal check's result: the alert for a broken journal, none for an intact or empty
    // one; a check that could not read the database leaves the alert as it was.
    void showJournalCheck(const JournalCheckOutcome &outcome);

    // How long without input before the operator is signed out (tests shorten it).
    void setInactivityDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds inactivityDelay() const;

    // Signs the current operator out (the till locks).
    void lock();

    // A real shop (not the demo) without any operator: its first manager must be created.
    bool needsFirstManager() const;
    // Opens the FirstManagerDialog (window-modal, via open()); it signs the new manager in.
    void showFirstManagerDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildOperatorBar(QWidget *parent);
    void buildTillSlot();
    void updateOperatorState();
    // Widens the navigation column to its widest entry.
    void fitNavigationWidth();
    void addPage(Page page, QWidget *widget, const QString &name, const QString &iconName,
                 const QString &text);
    void updateTitle();
    void updateStatus();

    Database &m_db;
    Operators &m_operators;
    OperatorSession &m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::array<QWidget *, PageCount> m_pages {}; // by Page; null when left out
    CataloguePage *m_cataloguePage = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_summaryLabel = nullptr;
    ElidedLabel *m_fileLabel = nullptr;
    QLabel *m_journalAlert = nullptr;
    QStackedWidget *m_tillSlot = nullptr;
    QWidget *m_tillPage = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QWidget *m_noManagerPage = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QPushButton *m_lockButton = nullptr;
    QAction *m_lockAction = nullptr;
    QPushButton *m_quitButton = nullptr;
    QAction *m_quitAction = nullptr;
    InactivityWatcher *m_watcher = nullptr;
    QPointer<FirstManagerDialog> m_firstManagerDialog;
    bool m_demo = false;
    bool m_shownOnce = false;
};

} // namespace comptoir
