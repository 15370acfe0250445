// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No text of the main window is cut, in French or in English, on a 1366 × 768 screen (the
// commonest in shops: the window opens maximised) nor on a 1920 × 1080 one (it opens at its
// preferred size). The window is the one app/ builds (ShopWindow, compiled in), on a demo shop in a
// temporary folder, on offscreen screens of those sizes (offscreenscreens.h); every page is shown
// (the till slot twice: locked, then with someone signed in; each tab of a tab widget), and every
// visible widget measured:
// - a button whose text does not fit (sizeHint().width() > width(), without the style's 80-pixel
//   floor for push buttons);
// - a label without word wrap whose text is wider than its contents;
// - a header section whose text does not fit the section;
// - a tab whose text is elided, and an entry of a list (the navigation) whose text is.
// A failure names the language, the screen, the page, the widget, its text and the widths, and
// grabs the window to a PNG in a temporary folder whose path it prints.
#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "models/fiscal/registersigner.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "offscreenscreens.h"
#include "queuedevents.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QSize Small(1366, 768);
const QSize Large(1920, 1080);

struct Cut
{
    QString page; // object name of the page the widget is on ("window": outside the pages)
    QString key; // the widget's object name or class; "<view>/header/<n>", "<bar>/tab/<n>", "<view>/row/<n>"
    QString kind; // the widget's class
    QString text;
    int needed = 0;
    int actual = 0;

    QString describe() const
    {
        return QStringLiteral("page %1: %2 %3 \"%4\" needs %5 px, has %6 px")
            .arg(page, kind, key, text)
            .arg(needed)
            .arg(actual);
    }
};

QString nameOf(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int labelTextWidth(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        return int(std::ceil(document.idealWidth()));
    }
    const QString shown = label->buddy() ? withoutMnemonic(text) : text;
    int widest = 0;
    const QStringList lines = shown.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

// The width a button needs for its text and icon. A push button's size hint is at least 80
// pixels wide (the style's floor for any text): that floor is left out, a "+" narrower than it is
// not cut.
int buttonNeeds(const QAbstractButton *button)
{
    const auto *push = qobject_cast<const QPushButton *>(button);
    if (!push)
        return button->sizeHint().width();
    QStyleOptionButton option;
    option.initFrom(push);
    option.text = push->text();
    option.icon = push->icon();
    option.iconSize = push->iconSize();
    if (push->isFlat())
        option.features |= QStyleOptionButton::Flat;
    if (push->autoDefault())
        option.features |= QStyleOptionButton::AutoDefaultButton;
    const QSize text = push->fontMetrics().size(Qt::TextShowMnemonic, push->text());
    int contents = text.width() + (push->icon().isNull() ? 0 : push->iconSize().width() + 4);
    if (push->menu()) {
        option.features |= QStyleOptionButton::HasMenu;
        contents += push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, push);
    }
    const int wide = 400; // past the floor: what the style adds around the contents
    const QSize around
        = push->style()->sizeFromContents(QStyle::CT_PushButton, &option, QSize(wide, text.height()), push);
    return contents + around.width() - wide;
}

// The width a header section needs for its text, as QHeaderView's own sizing measures it.
int headerSectionNeeds(const QHeaderView *header, int logical, const QString &text)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.orientation = Qt::Horizontal;
    option.state |= QStyle::State_Horizontal;
    option.section = logical;
    option.text = text;
    const QVariant font = header->model()->headerData(logical, Qt::Horizontal, Qt::FontRole);
    option.fontMetrics = QFontMetrics(font.canConvert<QFont>() ? font.value<QFont>() : header->font());
    const QVariant decoration = header->model()->headerData(logical, Qt::Horizontal, Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
}

// The width an entry of a list needs (its icon and text, and the style sheet's box around them).
int listEntryNeeds(const QListView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.text = index.data(Qt::DisplayRole).toString();
    option.features |= QStyleOptionViewItem::HasDisplay;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        option.icon = icon;
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = view->iconSize();
        option.decorationPosition = QStyleOptionViewItem::Left;
    }
    if (view->selectionModel() && view->selectionModel()->isSelected(index)) {
        option.state |= QStyle::State_Selected;
        // Drawn heavier than the others (the navigation's ::item:selected in comptoir.qss).
        option.font.setWeight(qMax(option.font.weight(), QFont::DemiBold));
        option.fontMetrics = QFontMetrics(option.font);
    }
    return view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), view).width();
}

// Every cut among the visible widgets under root; page(widget) names the page of each.
QList<Cut> cutsUnder(const QWidget *root, const std::function<QString(const QWidget *)> &page)
{
    QList<Cut> cuts;
    const auto add
        = [&](const QWidget *widget, const QString &key, const QString &text, int needed, int actual) {
              if (needed > actual)
                  cuts.append(Cut {page(widget), key, QString::fromLatin1(widget->metaObject()->className()),
                                   text, needed, actual});
          };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (!button->text().isEmpty())
                add(button, nameOf(button), withoutMnemonic(button->text()), buttonNeeds(button),
                    button->width());
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (!label->text().isEmpty() && !label->wordWrap())
                add(label, nameOf(label), label->text(), labelTextWidth(label),
                    label->contentsRect().width() - 2 * label->margin());
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const QString view = header->parentWidget() ? nameOf(header->parentWidget()) : nameOf(header);
            for (int logical = 0; logical < header->count(); ++logical) {
                const QString text
                    = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
                if (header->isSectionHidden(logical) || text.isEmpty())
                    continue;
                add(header, view + QStringLiteral("/header/%1").arg(logical), text,
                    headerSectionNeeds(header, logical, text), header->sectionSize(logical));
            }
        } else if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
            const QString owner = bar->parentWidget() ? nameOf(bar->parentWidget()) : nameOf(bar);
            const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
            for (int i = 0; i < bar->count(); ++i) {
                if (!bar->isTabVisible(i))
                    continue;
                const QString text = withoutMnemonic(bar->tabText(i));
                int needed = bar->fontMetrics().horizontalAdvance(text) + space;
                if (!bar->tabIcon(i).isNull())
                    needed += bar->iconSize().width() + 4;
                const QRect rect = bar->tabRect(i);
                // A tab pushed past the end of the bar (behind the scroll buttons) is cut as well.
                const int actual = bar->rect().contains(rect) ? rect.width() : 0;
                add(bar, owner + QStringLiteral("/tab/%1").arg(i), text, needed, actual);
            }
        } else if (const auto *list = qobject_cast<const QListView *>(widget)) {
            if (list->viewMode() != QListView::ListMode || !list->model())
                continue;
            for (int row = 0; row < list->model()->rowCount(list->rootIndex()); ++row) {
                const QModelIndex index = list->model()->index(row, list->modelColumn(), list->rootIndex());
                if (list->isRowHidden(row))
                    continue;
                add(list, nameOf(list) + QStringLiteral("/row/%1").arg(row),
                    index.data(Qt::DisplayRole).toString(), listEntryNeeds(list, index),
                    list->visualRect(index).width());
            }
        }
    }
    return cuts;
}

void settle()
{
    runQueuedEvents(); // layouts, polish and queued geometry updates
}

} // namespace

class TestTextsFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nothingIsCut_data();
    void nothingIsCut();

private:
    // The cuts on the page shown now, and on each tab of its tab widgets.
    QList<Cut> cutsOnShownPage(MainWindow &window, const std::function<QString(const QWidget *)> &page);

    QTemporaryDir m_dir;
    std::unique_ptr<ShopSession> m_session;
    std::unique_ptr<QTemporaryDir> m_shots; // the PNGs of failures, kept
};

void TestTextsFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = std::make_unique<ShopSession>();
    // A data folder as deep as a real one (the status bar shows its path).
    const QString data
        = m_dir.filePath(QStringLiteral("home/caisse/.local/share/Vitrines-Orleans/Comptoir-demo"));
    QVERIFY(m_session->open(data, true, true).ok());
    // The register's key comes from the (demo's) secret store through the event loop.
    QTRY_VERIFY(m_session->signer().state() != RegisterSigner::State::Loading);
    QVERIFY(m_session->seedDemo().ok());
}

void TestTextsFit::cleanupTestCase()
{
    m_session.reset();
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

void TestTextsFit::nothingIsCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const QString &language : shippedLanguages()) {
        for (const QSize &size : {Small, Large})
            QTest::addRow("%s %s", qPrintable(language), qPrintable(screenName(size))) << language << size;
    }
}

QList<Cut> TestTextsFit::cutsOnShownPage(MainWindow &window,
                                         const std::function<QString(const QWidget *)> &page)
{
    settle();
    QList<Cut> cuts = cutsUnder(&window, page);
    const QList<QTabWidget *> tabWidgets = window.findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown)
                continue;
            tabs->setCurrentIndex(i);
            settle();
            cuts += cutsUnder(tabs->widget(i), page);
        }
        tabs->setCurrentIndex(shown);
    }
    return cuts;
}

void TestTextsFit::nothingIsCut()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QScreen *target = offscreenScreen(screen);
    if (!target)
        QSKIP("no offscreen screens of a shop's sizes (another platform than offscreen?)");
    auto *app = QCoreApplication::instance();
    qDeleteAll(app->findChildren<QTranslator *>());
    QCOMPARE(installTranslations(*app, language), language);

    OperatorSession &operators = m_session->operatorSession();
    operators.signOut();
    ShopWindow shop(*m_session);
    MainWindow &window = shop.window();
    window.setScreen(target);
    window.showFitted();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(target->availableGeometry().contains(window.frameGeometry()));

    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    // The page a widget is on: a page of the stack, or in the till slot the till page, the lock
    // screen or the first manager's page.
    const QWidget *tillSlot = window.page(MainWindow::TillPage);
    const auto page = [stack, tillSlot](const QWidget *widget) -> QString {
        for (const QWidget *w = widget; w; w = w->parentWidget()) {
            if (w->parentWidget() == stack || w->parentWidget() == tillSlot)
                return w->objectName();
        }
        return QStringLiteral("window");
    };

    const auto everyone = m_session->operators().list();
    QVERIFY(everyone.ok() && !everyone->isEmpty());
    QList<Cut> cuts;
    QStringList shots;
    const auto look = [&](const QString &name) {
        const QList<Cut> found = cutsOnShownPage(window, page);
        bool failed = false;
        for (const Cut &cut : found) {
            const bool seen = std::any_of(cuts.cbegin(), cuts.cend(), [&cut](const Cut &c) {
                return c.page == cut.page && c.key == cut.key;
            });
            if (!seen) {
                cuts.append(cut);
                failed = true;
            }
        }
        if (!failed)
            return;
        if (!m_shots) {
            m_shots = std::make_unique<QTemporaryDir>();
            m_shots->setAutoRemove(false);
        }
        const QString file
            = m_shots->filePath(QStringLiteral("%1-%2-%3.png").arg(language, screenName(screen), name));
        window.grab().save(file);
        shots << file;
    };

    window.showPage(MainWindow::TillPage);
    look(QStringLiteral("locked"));
    operators.signIn(everyone->first());
    look(QStringLiteral("till"));
    for (const MainWindow::Page shown :
         {MainWindow::CataloguePageIndex, MainWindow::OrdersPage, MainWindow::ReportsPage,
          MainWindow::SettingsPage, MainWindow::SyncPageIndex}) {
        QVERIFY(window.page(shown));
        window.showPage(shown);
        look(window.page(shown)->objectName());
    }
    operators.signOut();

    QStringList lines;
    for (const Cut &cut : std::as_const(cuts))
        lines << cut.describe();
    if (!cuts.isEmpty())
        qWarning().noquote() << lines.join(QLatin1Char('\n')) + QStringLiteral("\nwindow grabbed to:\n")
                + shots.join(QLatin1Char('\n'));
    // QTest shortens long messages: the folder of the PNGs first; every cut in the warning above.
    QVERIFY2(cuts.isEmpty(),
             qPrintable(QStringLiteral("[%1, %2] %3 text(s) cut, window grabbed into %4:\n")
                            .arg(language, screenName(screen))
                            .arg(cuts.size())
                            .arg(m_shots ? m_shots->path() : QString())
                        + lines.join(QLatin1Char('\n'))));
}

int main(int argc, char **argv)
{
    QTemporaryDir screens;
    useOffscreenScreens(screens.filePath(QStringLiteral("screens.json")), {Small, Large});
    QApplication app(argc, argv);
    TestTextsFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_textsfit.moc"
