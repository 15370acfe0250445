// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync status indicator of the status bar: its words for each state, the changes waiting, the
// last success in words, and the refused changes that lead to the Synchronisation page.
#include "fakeclock.h"
#include "ui/errortext.h"
#include "ui/sync/syncstatusindicator.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::SyncState)

class TestSyncStatusIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsForEachState_data();
    void textsForEachState();
    void stoppedShowsTheError();
    void lastSuccessInWords_data();
    void lastSuccessInWords();
    void exceptionsLeadToTheirPage();
};

void TestSyncStatusIndicator::textsForEachState_data()
{
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<bool>("hasDetail");
    QTest::addColumn<bool>("showsCounts");
    QTest::newRow("not enrolled") << SyncState::NotEnrolled << QStringLiteral("Enrolment needed") << true
                                  << false;
    QTest::newRow("idle") << SyncState::Idle << QStringLiteral("Online") << false << true;
    QTest::newRow("syncing") << SyncState::Syncing << QStringLiteral("Syncing…") << false << true;
    QTest::newRow("offline") << SyncState::Offline << QStringLiteral("Offline") << false << true;
    QTest::newRow("needs enrollment")
        << SyncState::NeedsEnrollment << QStringLiteral("Enrolment needed") << true << true;
    QTest::newRow("stopped") << SyncState::Stopped << QStringLiteral("Sync stopped") << true << true;
}

void TestSyncStatusIndicator::textsForEachState()
{
    QFETCH(SyncState, state);
    QFETCH(QString, stateText);
    QFETCH(bool, hasDetail);
    QFETCH(bool, showsCounts);
    FakeClock clock;
    SyncStatusIndicator indicator(clock);
    indicator.show();
    SyncStatus status;
    status.state = state;
    status.pending = 3;
    status.lastSuccess = clock.now().addSecs(-150);
    status.nextAttempt = clock.now().addSecs(20);
    indicator.setStatus(status);

    QCOMPARE(indicator.stateText(), stateText);
    QCOMPARE(indicator.findChild<QLabel *>(QStringLiteral("syncStateLabel"))->text(), stateText);
    QCOMPARE(!indicator.detailText().isEmpty(), hasDetail);
    if (showsCounts) {
        QCOMPARE(indicator.pendingText(), QStringLiteral("3 change(s) to send"));
        QCOMPARE(indicator.lastSuccessText(), QStringLiteral("last sync: 2 min ago"));
    } else {
        QVERIFY(indicator.pendingText().isEmpty());
        QVERIFY(indicator.lastSuccessText().isEmpty());
    }
    QVERIFY(indicator.exceptionsText().isEmpty()); // none open
    const QString explanation = SyncStatusIndicator::explanation(status);
    if (state == SyncState::NotEnrolled) {
        // Says how to enrol, in words.
        QVERIFY(explanation.contains(QStringLiteral("enrolment code")));
        QVERIFY(indicator.detailText().contains(QStringLiteral("enrolment code")));
    }
    if (state == SyncState::Offline)
        QVERIFY(explanation.contains(QStringLiteral("Next try at")));
    if (state == SyncState::Idle || state == SyncState::Syncing)
        QVERIFY(explanation.isEmpty());
    QCOMPARE(indicator.findChild<QLabel *>(QStringLiteral("syncStateLabel"))->toolTip(), explanation);
}

void TestSyncStatusIndicator::stoppedShowsTheError()
{
    FakeClock clock;
    SyncStatusIndicator indicator(clock);
    SyncStatus status;
    status.state = SyncState::Stopped;
    status.lastError = makeError(ErrorCode::MarketplaceWrongShop, QStringLiteral("shop-x"));
    indicator.setStatus(status);
    QCOMPARE(SyncStatusIndicator::explanation(status), errorText(*status.lastError));
    QCOMPARE(indicator.findChild<QLabel *>(QStringLiteral("syncDetailLabel"))->toolTip(),
             errorText(*status.lastError));
    status.pending = 0;
    indicator.setStatus(status);
    QCOMPARE(indicator.pendingText(), QStringLiteral("all sent"));
}

void TestSyncStatusIndicator::lastSuccessInWords_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("never") << qint64(-1) << QStringLiteral("last sync: never");
    QTest::newRow("just now") << qint64(20) << QStringLiteral("last sync: just now");
    QTest::newRow("2 min") << qint64(150) << QStringLiteral("last sync: 2 min ago");
    QTest::newRow("59 min") << qint64(59 * 60 + 59) << QStringLiteral("last sync: 59 min ago");
    QTest::newRow("3 h") << qint64(3 * 3600 + 10) << QStringLiteral("last sync: 3 h ago");
}

void TestSyncStatusIndicator::lastSuccessInWords()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);
    FakeClock clock;
    SyncStatusIndicator indicator(clock);
    indicator.show();
    SyncStatus status;
    status.state = SyncState::Idle;
    if (secondsAgo >= 0)
        status.lastSuccess = clock.now().addSecs(-secondsAgo);
    indicator.setStatus(status);
    QCOMPARE(indicator.lastSuccessText(), text);
}

void TestSyncStatusIndicator::exceptionsLeadToTheirPage()
{
    FakeClock clock;
    SyncStatusIndicator indicator(clock);
    indicator.show();
    SyncStatus status;
    status.state = SyncState::Idle;
    status.openExceptions = 2;
    indicator.setStatus(status);
    auto *button = indicator.findChild<QPushButton *>(QStringLiteral("syncExceptionsButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(indicator.exceptionsText(), QStringLiteral("2 refused change(s)"));
    QSignalSpy requested(&indicator, &SyncStatusIndicator::exceptionsRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    indicator.setOpenExceptions(0);
    QVERIFY(!button->isVisible());
    QVERIFY(indicator.exceptionsText().isEmpty());
}

QTEST_MAIN(TestSyncStatusIndicator)
#include "tst_syncstatusindicator.moc"
