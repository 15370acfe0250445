// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shop's opening hours (issue 16): checked whole, stored and read back through ShopSettings
// in a real database, and minutes counted in them (lunch breaks, closed days, the zone's clock);
// the order alert's settings (sound, file, repeat).
#include "models/error.h"
#include "models/settings/openinghours.h"
#include "models/settings/shopsettings.h"
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

const QTimeZone Paris(QByteArrayLiteral("Europe/Paris"));

// Monday to Saturday 9:00–12:30 and 14:00–19:00, closed on Sunday.
OpeningHours usualHours()
{
    OpeningHours hours;
    for (std::size_t d = 0; d < 6; ++d)
        hours.days.at(d) = {{QTime(9, 0), QTime(12, 30)}, {QTime(14, 0), QTime(19, 0)}};
    hours.zone = Paris;
    return hours;
}

QDateTime paris(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Paris).toUTC(); // 27 Nov: a Friday
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void textRoundTrip();
    void alwaysOpenByDefault();
    void addMinutesSkipsClosedTime_data();
    void addMinutesSkipsClosedTime();
    void secondsBetween();
    void storedInSettings();
    void alertSettings();
};

void TestOpeningHours::validation_data()
{
    QTest::addColumn<QList<OpeningPeriod>>("periods");
    QTest::addColumn<bool>("valid");
    QTest::newRow("two periods") << QList<OpeningPeriod> {{QTime(9, 0), QTime(12, 30)},
                                                          {QTime(14, 0), QTime(19, 0)}}
                                 << true;
    QTest::newRow("none") << QList<OpeningPeriod> {} << true;
    QTest::newRow("ends before it starts") << QList<OpeningPeriod> {{QTime(12, 0), QTime(9, 0)}} << false;
    QTest::newRow("empty period") << QList<OpeningPeriod> {{QTime(9, 0), QTime(9, 0)}} << false;
    QTest::newRow("overlap") << QList<OpeningPeriod> {{QTime(14, 0), QTime(19, 0)},
                                                      {QTime(9, 0), QTime(14, 30)}}
                             << false;
    QTest::newRow("three") << QList<OpeningPeriod> {{QTime(8, 0), QTime(9, 0)},
                                                    {QTime(10, 0), QTime(11, 0)},
                                                    {QTime(12, 0), QTime(13, 0)}}
                           << false;
    QTest::newRow("invalid time") << QList<OpeningPeriod> {{QTime(), QTime(9, 0)}} << false;
}

void TestOpeningHours::validation()
{
    QFETCH(QList<OpeningPeriod>, periods);
    QFETCH(bool, valid);
    OpeningHours hours;
    hours.days.at(2) = periods; // Wednesday
    const Status s = hours.validate();
    QCOMPARE(bool(s), valid);
    if (!valid) {
        QCOMPARE(s.error().code, ErrorCode::OpeningHoursInvalid);
        QCOMPARE(s.error().subject, QStringLiteral("3"));
    }
}

void TestOpeningHours::textRoundTrip()
{
    const OpeningHours hours = usualHours();
    QCOMPARE(hours.toText().left(28), QStringLiteral("1=09:00-12:30,14:00-19:00;2="));
    auto back = OpeningHours::fromText(hours.toText());
    QVERIFY(back);
    QVERIFY(back.value() == hours);
    QVERIFY(back->days.at(6).isEmpty());
    QCOMPARE(OpeningHours::fromText(QStringLiteral("8=09:00-10:00")).error().code,
             ErrorCode::OpeningHoursInvalid);
    QCOMPARE(OpeningHours::fromText(QStringLiteral("1=10:00-09:00")).error().code,
             ErrorCode::OpeningHoursInvalid);
    QCOMPARE(OpeningHours::fromText(QStringLiteral("1=nine-ten")).error().code,
             ErrorCode::OpeningHoursInvalid);
    QVERIFY(OpeningHours::fromText(QString()).value().alwaysOpen());
}

void TestOpeningHours::alwaysOpenByDefault()
{
    const OpeningHours hours;
    QVERIFY(hours.alwaysOpen());
    const QDateTime from = paris(29, 23, 0); // a Sunday night
    QCOMPARE(hours.addOpeningMinutes(from, 30), from.addSecs(30 * 60));
    QCOMPARE(hours.openingSecondsBetween(from, from.addSecs(600)), 600);
}

void TestOpeningHours::addMinutesSkipsClosedTime_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QDateTime>("due");
    QTest::newRow("within the morning") << paris(27, 10, 0) << 30 << paris(27, 10, 30);
    QTest::newRow("over lunch") << paris(27, 12, 20) << 30 << paris(27, 14, 20);
    QTest::newRow("placed at lunch") << paris(27, 13, 0) << 30 << paris(27, 14, 30);
    QTest::newRow("placed at night") << paris(27, 22, 0) << 30 << paris(28, 9, 30);
    QTest::newRow("Saturday evening to Monday") << paris(28, 18, 50) << 30 << paris(30, 9, 20);
    QTest::newRow("two hours over lunch") << paris(27, 11, 0) << 120 << paris(27, 14, 30);
}

void TestOpeningHours::addMinutesSkipsClosedTime()
{
    QFETCH(QDateTime, from);
    QFETCH(int, minutes);
    QFETCH(QDateTime, due);
    const OpeningHours hours = usualHours();
    QCOMPARE(hours.addOpeningMinutes(from, minutes), due);
    QCOMPARE(hours.openingSecondsBetween(from, due), qint64(minutes) * 60);
}

void TestOpeningHours::secondsBetween()
{
    const OpeningHours hours = usualHours();
    QCOMPARE(hours.openingSecondsBetween(paris(27, 12, 0), paris(27, 15, 0)), 90 * 60);
    QCOMPARE(hours.openingSecondsBetween(paris(27, 15, 0), paris(27, 12, 0)), -90 * 60);
    QCOMPARE(hours.openingSecondsBetween(paris(29, 10, 0), paris(29, 18, 0)), 0); // Sunday
    QCOMPARE(hours.openingSecondsBetween(paris(28, 18, 0), paris(30, 10, 0)), 2 * 60 * 60);
}

void TestOpeningHours::storedInSettings()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    ShopSettings settings(temp.db());
    QVERIFY(settings.setTimeZone(QByteArrayLiteral("Europe/Paris")));
    auto none = settings.openingHours();
    QVERIFY(none);
    QVERIFY(none->alwaysOpen());

    OpeningHours hours = usualHours();
    QVERIFY(settings.setOpeningHours(hours));
    QVERIFY(temp.reopen());
    ShopSettings again(temp.db());
    auto stored = again.openingHours();
    QVERIFY(stored);
    QVERIFY(stored.value() == hours);
    QCOMPARE(stored->zone.id(), QByteArrayLiteral("Europe/Paris"));

    // Refused whole: the stored hours stay.
    OpeningHours wrong = hours;
    wrong.days.at(0).append({QTime(18, 0), QTime(20, 0)});
    const Status refused = again.setOpeningHours(wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::OpeningHoursInvalid);
    QCOMPARE(refused.error().subject, QStringLiteral("1"));
    QVERIFY(again.openingHours().value() == hours);
}

void TestOpeningHours::alertSettings()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    ShopSettings settings(temp.db());
    auto defaults = settings.orderAlerts();
    QVERIFY(defaults);
    QCOMPARE(defaults->sound, OrderAlertSettings::Sound::Bell);
    QCOMPARE(defaults->repeatSeconds, 30);

    OrderAlertSettings missing;
    missing.sound = OrderAlertSettings::Sound::File;
    missing.soundFile = temp.dir() + QStringLiteral("/absent.wav");
    const Status unreadable = settings.setOrderAlerts(missing);
    QCOMPARE(unreadable.error().code, ErrorCode::AlertSoundUnreadable);
    QCOMPARE(unreadable.error().subject, QStringLiteral("absent.wav"));

    OrderAlertSettings tooOften;
    tooOften.repeatSeconds = 2;
    QCOMPARE(settings.setOrderAlerts(tooOften).error().code, ErrorCode::InvalidQuantity);
    QVERIFY(settings.orderAlerts().value() == OrderAlertSettings {});

    QFile wav(temp.dir() + QStringLiteral("/ding.wav"));
    QVERIFY(wav.open(QIODevice::WriteOnly));
    wav.write("RIFF");
    wav.close();
    OrderAlertSettings file;
    file.sound = OrderAlertSettings::Sound::File;
    file.soundFile = wav.fileName();
    file.repeatSeconds = 60;
    QVERIFY(settings.setOrderAlerts(file));
    QVERIFY(settings.orderAlerts().value() == file);
    OrderAlertSettings off;
    off.sound = OrderAlertSettings::Sound::Off;
    QVERIFY(settings.setOrderAlerts(off));
    QCOMPARE(settings.orderAlerts()->sound, OrderAlertSettings::Sound::Off);
}

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
