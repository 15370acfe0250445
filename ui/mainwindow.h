#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace comptoir {

class Catalogue;
class CataloguePage;
class Database;
class StockLedger;

// The main window: a navigation column on the left (Till, Catalogue, Orders, Reports,
// Settings; Ctrl+1 … Ctrl+5), the pages in a stack, and a status bar with the size of the
// catalogue and the data file in use. The demo shop carries a visible DEMO badge.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { TillPage, CataloguePageIndex, OrdersPage, ReportsPage, SettingsPage, PageCount };
    Q_ENUM(Page)

    MainWindow(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);
    CataloguePage *cataloguePage() const { return m_cataloguePage; }
    bool isDemo() const { return m_demo; }

private:
    void addNavigationEntry(const QString &iconName, const QString &text, QWidget *page, int shortcutNumber);
    void updateTitle();
    void updateStatus();

    Database &m_db;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    CataloguePage *m_cataloguePage = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    bool m_demo = false;
};

} // namespace comptoir
