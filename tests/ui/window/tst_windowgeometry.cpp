// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the main window opens: the rules of fitWindowGeometry(), then the real window on screens
// of a shop's sizes (offscreen screens side by side: 1366 × 768, the commonest in shops, and
// 1920 × 1080). On the small one it opens maximised, its status bar on the screen; on the large
// one at its preferred size; a saved geometry is restored only when it fits.
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "offscreenscreens.h"
#include "ui/window/mainwindow.h"
#include "ui/window/windowgeometry.h"

#include <QApplication>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

Q_DECLARE_METATYPE(std::optional<comptoir::WindowGeometry>)

namespace {

const QSize Small(1366, 768);
const QSize Large(1920, 1080);
const char NoScreens[] = "no offscreen screens of a shop's sizes (another platform than offscreen?)";

} // namespace

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fits_data();
    void fits();
    void opensMaximisedOnASmallScreen();
    void opensAtItsPreferredSizeOnALargeScreen();
    void restoresASavedGeometryThatFits();
    void ignoresASavedGeometryThatDoesNotFit_data();
    void ignoresASavedGeometryThatDoesNotFit();
    void currentGeometryIsWhatToSave();

private:
    // The window (no page: the frame is what matters here) on the screen of that size, shown with
    // showFitted(saved); null when the platform has no such screen.
    std::unique_ptr<MainWindow> showOn(const QSize &screenSize,
                                       const std::optional<WindowGeometry> &saved = std::nullopt);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<OperatorSession> m_session;
};

void TestWindowGeometry::init()
{
    m_shop = std::make_unique<TestShop>();
    m_operators = std::make_unique<Operators>(m_shop->db(), m_shop->clock, m_shop->events, 50);
    // Someone exists: a real shop without operators would ask for its first manager.
    QVERIFY(m_operators->add(QStringLiteral("Lucas"), OperatorRole::Manager, QStringLiteral("0000")).ok());
    m_session = std::make_unique<OperatorSession>();
}

void TestWindowGeometry::cleanup()
{
    m_session.reset();
    m_operators.reset();
    m_shop.reset();
}

void TestWindowGeometry::fits_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QMargins>("frame");
    QTest::addColumn<std::optional<WindowGeometry>>("saved");
    QTest::addColumn<QRect>("normal");
    QTest::addColumn<bool>("maximised");

    const QMargins titleBar(0, 37, 0, 0);
    const std::optional<WindowGeometry> none;
    // A desktop with a 32-pixel panel at the top.
    const QRect small(0, 32, 1366, 736);
    const QRect large(0, 32, 1920, 1048);
    QTest::newRow("1366x768: maximised") << small << titleBar << none << QRect(43, 69, 1280, 699) << true;
    QTest::newRow("1920x1080: preferred size, centred")
        << large << titleBar << none << QRect(320, 175, 1280, 800) << false;
    QTest::newRow("just room for it")
        << QRect(0, 0, 1280, 837) << titleBar << none << QRect(0, 37, 1280, 800) << false;
    QTest::newRow("one pixel short") << QRect(0, 0, 1280, 836) << titleBar << none << QRect(0, 37, 1280, 799)
                                     << true;
    QTest::newRow("second screen") << QRect(1920, 0, 1366, 768) << QMargins() << none
                                   << QRect(1963, 0, 1280, 768) << true;

    const QRect wide(100, 150, 1400, 900);
    QTest::newRow("saved, fits") << large << titleBar << std::optional(WindowGeometry {wide, false}) << wide
                                 << false;
    QTest::newRow("saved maximised, fits")
        << large << titleBar << std::optional(WindowGeometry {wide, true}) << wide << true;
    QTest::newRow("saved, larger than the screen")
        << small << titleBar << std::optional(WindowGeometry {wide, false}) << QRect(43, 69, 1280, 699)
        << true;
    QTest::newRow("saved on a screen no longer there")
        << large << titleBar << std::optional(WindowGeometry {QRect(2000, 100, 1280, 800), false})
        << QRect(320, 175, 1280, 800) << false;
    QTest::newRow("saved, title bar under the panel")
        << large << titleBar << std::optional(WindowGeometry {QRect(100, 40, 1280, 800), false})
        << QRect(320, 175, 1280, 800) << false;
    QTest::newRow("saved, empty") << large << titleBar << std::optional(WindowGeometry {QRect(), true})
                                  << QRect(320, 175, 1280, 800) << false;
}

void TestWindowGeometry::fits()
{
    QFETCH(QRect, available);
    QFETCH(QMargins, frame);
    QFETCH(std::optional<WindowGeometry>, saved);
    QFETCH(QRect, normal);
    QFETCH(bool, maximised);
    // The rule for a window that prefers 1280 × 800 (the rows' figures), whatever the main window prefers.
    const WindowGeometry fitted = fitWindowGeometry(available, QSize(1280, 800), frame, saved);
    QCOMPARE(fitted.normal, normal);
    QCOMPARE(fitted.maximised, maximised);
}

std::unique_ptr<MainWindow> TestWindowGeometry::showOn(const QSize &screenSize,
                                                       const std::optional<WindowGeometry> &saved)
{
    QScreen *screen = offscreenScreen(screenSize);
    if (!screen)
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_shop->db(), *m_operators, *m_session, MainWindow::Pages {});
    window->setScreen(screen);
    window->showFitted(saved);
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the main window was not exposed");
    return window;
}

void TestWindowGeometry::opensMaximisedOnASmallScreen()
{
    auto window = showOn(Small);
    if (!window)
        QSKIP(NoScreens);
    const QRect screen = offscreenScreen(Small)->availableGeometry();
    QTRY_VERIFY(window->isMaximized());
    QTRY_VERIFY2(screen.contains(window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(window->frameGeometry().x())
                                .arg(window->frameGeometry().y())
                                .arg(window->frameGeometry().width())
                                .arg(window->frameGeometry().height())));
    // The status bar, at the bottom, is on the screen.
    QStatusBar *status = window->statusBar();
    QVERIFY(status->isVisible());
    const QPoint bottomRight = status->mapToGlobal(QPoint(status->width() - 1, status->height() - 1));
    QVERIFY(screen.contains(bottomRight));
    QVERIFY(screen.contains(status->mapToGlobal(QPoint(0, 0))));
}

void TestWindowGeometry::opensAtItsPreferredSizeOnALargeScreen()
{
    auto window = showOn(Large);
    if (!window)
        QSKIP(NoScreens);
    const QRect screen = offscreenScreen(Large)->availableGeometry();
    QVERIFY(!window->isMaximized());
    QTRY_COMPARE(window->size(), MainWindow::preferredSize());
    QVERIFY(screen.contains(window->frameGeometry()));
    // Centred, give or take the frame.
    QVERIFY(qAbs(window->geometry().center().x() - screen.center().x()) <= 8);
    QVERIFY(qAbs(window->geometry().center().y() - screen.center().y()) <= 40);
}

void TestWindowGeometry::restoresASavedGeometryThatFits()
{
    QScreen *large = offscreenScreen(Large);
    if (!large)
        QSKIP(NoScreens);
    const QRect saved = QRect(100, 150, 1400, 900).translated(large->geometry().topLeft());
    auto window = showOn(Large, WindowGeometry {saved, false});
    QVERIFY(window);
    QVERIFY(!window->isMaximized());
    QTRY_COMPARE(window->geometry(), saved);
}

void TestWindowGeometry::ignoresASavedGeometryThatDoesNotFit_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QRect>("saved"); // on the screen, from its top left corner
    QTest::addColumn<bool>("maximised");
    QTest::newRow("larger than the screen") << Small << QRect(100, 100, 1400, 900) << true;
    QTest::newRow("on a screen no longer there") << Large << QRect(5000, 100, 1280, 800) << false;
}

void TestWindowGeometry::ignoresASavedGeometryThatDoesNotFit()
{
    QFETCH(QSize, screen);
    QFETCH(QRect, saved);
    QFETCH(bool, maximised);
    QScreen *target = offscreenScreen(screen);
    if (!target)
        QSKIP(NoScreens);
    const QRect where = saved.translated(target->geometry().topLeft());
    auto window = showOn(screen, WindowGeometry {where, false});
    QVERIFY(window);
    QTRY_COMPARE(window->isMaximized(), maximised);
    QTRY_VERIFY(target->availableGeometry().contains(window->frameGeometry()));
    QVERIFY(window->geometry() != where);
}

void TestWindowGeometry::currentGeometryIsWhatToSave()
{
    auto window = showOn(Large);
    if (!window)
        QSKIP(NoScreens);
    QTRY_COMPARE(window->size(), MainWindow::preferredSize());
    const QRect normal = window->geometry();
    QCOMPARE(window->currentGeometry(), (WindowGeometry {normal, false}));
    window->showMaximized();
    QTRY_VERIFY(window->isMaximized());
    QCOMPARE(window->currentGeometry(), (WindowGeometry {normal, true}));

    // Shown again from what was saved: maximised, with the same normal area.
    auto again = showOn(Large, window->currentGeometry());
    QTRY_VERIFY(again->isMaximized());
    QCOMPARE(again->currentGeometry().normal, normal);
}

int main(int argc, char **argv)
{
    QTemporaryDir screens;
    useOffscreenScreens(screens.filePath(QStringLiteral("screens.json")), {Small, Large});
    QApplication app(argc, argv);
    TestWindowGeometry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowgeometry.moc"
