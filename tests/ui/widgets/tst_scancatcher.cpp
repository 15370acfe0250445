// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/scancatcher.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

using namespace comptoir;

// A barcode scanner types fast and ends with Enter; people type slowly. The catcher turns the
// first into scanned() and lets the second reach the focused field. Time is simulated: each
// test says how far apart the keys arrive.
class TestScanCatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fastScanIsCaught();
    void slowTypingReachesTheField();
    void fastRunWithoutEnterIsReplayed();
    void shortFastRunIsTyping();
    void lateEnterIsTyping();
    void keysOutsideTheScopeAreUntouched();
    void typingThenScan();
    void nonPrintableKeyEndsTheRun();
    void disabledLetsEverythingThrough();

private:
    void typeSlowly(QWidget *target, const QString &text);

    std::unique_ptr<QWidget> m_window;
    QWidget *m_scope = nullptr;
    QLineEdit *m_edit = nullptr;
    QLineEdit *m_outside = nullptr;
    ScanCatcher *m_catcher = nullptr;
    qint64 m_now = 1000;
};

void TestScanCatcher::init()
{
    m_now = 1000;
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_scope = new QWidget(m_window.get());
    auto *scopeLayout = new QVBoxLayout(m_scope);
    m_edit = new QLineEdit(m_scope);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    scopeLayout->addWidget(m_edit);
    m_outside = new QLineEdit(m_window.get());
    layout->addWidget(m_scope);
    layout->addWidget(m_outside);
    m_catcher = new ScanCatcher(m_scope);
    m_catcher->setTimeSource([this] { return m_now; });
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    m_edit->setFocus();
}

void TestScanCatcher::cleanup()
{
    m_window.reset();
    m_catcher = nullptr;
}

// One key every 200 ms, like a person.
void TestScanCatcher::typeSlowly(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        QTest::keyClick(target, c.toLatin1());
        m_now += 200;
    }
}

void TestScanCatcher::fastScanIsCaught()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    QTest::keyClicks(m_edit, QStringLiteral("3760000000017"));
    m_now += 5;
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("3760000000017"));
    QCOMPARE(m_edit->text(), QString());
    QCOMPARE(returns.count(), 0);
    // Nothing turns up later either: the flush its timer would run replays nothing.
    m_catcher->flush();
    QCOMPARE(m_edit->text(), QString());

    // A second scan right after works the same.
    m_now += 1000;
    QTest::keyClicks(m_edit, QStringLiteral("40000001"));
    QTest::keyClick(m_edit, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(scans.count(), 2);
    QCOMPARE(scans.at(1).at(0).toString(), QStringLiteral("40000001"));
    QCOMPARE(m_edit->text(), QString());
}

void TestScanCatcher::slowTypingReachesTheField()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    typeSlowly(m_edit, QStringLiteral("savon 3760"));
    // All but the last character are through already; the last one after maxInterval.
    QCOMPARE(m_edit->text(), QStringLiteral("savon 376"));
    QTRY_COMPARE(m_edit->text(), QStringLiteral("savon 3760"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(returns.count(), 1);
    QCOMPARE(scans.count(), 0);
}

void TestScanCatcher::fastRunWithoutEnterIsReplayed()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    QTest::keyClicks(m_edit, QStringLiteral("12345678"));
    QCOMPARE(m_edit->text(), QString()); // held back for now
    QTRY_COMPARE(m_edit->text(), QStringLiteral("12345678"));
    QCOMPARE(scans.count(), 0);
}

void TestScanCatcher::shortFastRunIsTyping()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    QTest::keyClicks(m_edit, QStringLiteral("12"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(m_edit->text(), QStringLiteral("12"));
    QCOMPARE(returns.count(), 1);
    QCOMPARE(scans.count(), 0);
}

void TestScanCatcher::lateEnterIsTyping()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    QTest::keyClicks(m_edit, QStringLiteral("3760000000017"));
    m_now += 300;
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(m_edit->text(), QStringLiteral("3760000000017"));
    QCOMPARE(returns.count(), 1);
    QCOMPARE(scans.count(), 0);
}

void TestScanCatcher::keysOutsideTheScopeAreUntouched()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    m_outside->setFocus();
    QTest::keyClicks(m_outside, QStringLiteral("3760000000017"));
    QCOMPARE(m_outside->text(), QStringLiteral("3760000000017")); // at once, not replayed later
    QTest::keyClick(m_outside, Qt::Key_Return);
    QCOMPARE(scans.count(), 0);
    QCOMPARE(m_edit->text(), QString());
}

void TestScanCatcher::typingThenScan()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    typeSlowly(m_edit, QStringLiteral("ab"));
    QTest::keyClicks(m_edit, QStringLiteral("3760000000017"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(scans.count(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("3760000000017"));
    QCOMPARE(m_edit->text(), QStringLiteral("ab"));
}

void TestScanCatcher::nonPrintableKeyEndsTheRun()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    QTest::keyClicks(m_edit, QStringLiteral("123"));
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QCOMPARE(m_edit->text(), QStringLiteral("12")); // replayed before the Backspace applied
    QCOMPARE(scans.count(), 0);
}

void TestScanCatcher::disabledLetsEverythingThrough()
{
    QSignalSpy scans(m_catcher, &ScanCatcher::scanned);
    m_catcher->setEnabled(false);
    QTest::keyClicks(m_edit, QStringLiteral("3760000000017"));
    QCOMPARE(m_edit->text(), QStringLiteral("3760000000017"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(scans.count(), 0);
}

QTEST_MAIN(TestScanCatcher)
#include "tst_scancatcher.moc"
