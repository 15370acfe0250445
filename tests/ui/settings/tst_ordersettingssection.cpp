// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "Online orders" section of Settings (issue 16): a manager sets the opening hours (two
// periods a day) and the alert's sound; wrong hours or an unreadable sound file are said and
// nothing is saved.
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "tempdatabase.h"
#include "ui/settings/ordersettingssection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace comptoir;

class TestOrderSettingsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managerSetsHoursAndSound();
};

void TestOrderSettingsSection::managerSetsHoursAndSound()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    ShopSettings settings(temp.db());
    OperatorSession operators;
    OrderSettingsSection section(settings, operators);
    auto *save = section.findChild<QPushButton *>(QStringLiteral("orderSettingsSave"));
    auto *mondayMorning = section.findChild<QCheckBox *>(QStringLiteral("openingDay1Period1Check"));
    auto *mondayAfternoon = section.findChild<QCheckBox *>(QStringLiteral("openingDay1Period2Check"));
    auto *afternoonStart = section.findChild<QTimeEdit *>(QStringLiteral("openingDay1Period2Start"));
    auto *sound = section.findChild<QComboBox *>(QStringLiteral("orderAlertSoundCombo"));
    auto *file = section.findChild<QLineEdit *>(QStringLiteral("orderAlertSoundFileEdit"));
    auto *repeat = section.findChild<QSpinBox *>(QStringLiteral("orderAlertRepeatSpin"));
    QVERIFY(save && mondayMorning && mondayAfternoon && afternoonStart && sound && file && repeat);
    QVERIFY(!save->isEnabled()); // a manager sets them
    QVERIFY(!mondayMorning->isChecked());
    QCOMPARE(repeat->value(), 30);
    operators.signIn(OperatorInfo {42, QStringLiteral("Nadia"), OperatorRole::Manager, true});
    QVERIFY(save->isEnabled());

    QSignalSpy saved(&section, &OrderSettingsSection::saved);
    mondayMorning->setChecked(true); // 09:00–12:30 offered
    mondayAfternoon->setChecked(true); // 14:00–19:00
    repeat->setValue(45);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    auto hours = settings.openingHours();
    QVERIFY(hours);
    QCOMPARE(hours->days.at(0),
             (QList<OpeningPeriod> {{QTime(9, 0), QTime(12, 30)}, {QTime(14, 0), QTime(19, 0)}}));
    QVERIFY(hours->days.at(1).isEmpty());
    QCOMPARE(settings.orderAlerts()->repeatSeconds, 45);

    // Overlapping periods: said, nothing saved.
    afternoonStart->setTime(QTime(12, 0));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!section.statusText().isEmpty());
    QCOMPARE(settings.openingHours()->days.at(0).at(1).start, QTime(14, 0));

    // A sound file that is not there: said, nothing saved; then a real one.
    afternoonStart->setTime(QTime(14, 0));
    sound->setCurrentIndex(sound->findData(int(OrderAlertSettings::Sound::File)));
    QVERIFY(file->isEnabled());
    file->setText(temp.dir() + QStringLiteral("/missing.wav"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QVERIFY(section.statusText().contains(QStringLiteral("missing.wav")));
    QCOMPARE(settings.orderAlerts()->sound, OrderAlertSettings::Sound::Bell);
    QFile wav(temp.dir() + QStringLiteral("/ding.wav"));
    QVERIFY(wav.open(QIODevice::WriteOnly));
    wav.write("RIFF");
    wav.close();
    file->setText(wav.fileName());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(settings.orderAlerts()->sound, OrderAlertSettings::Sound::File);
    QCOMPARE(settings.orderAlerts()->soundFile, wav.fileName());

    // Read back by a new section.
    OrderSettingsSection again(settings, operators);
    QVERIFY(again.openingHours() == settings.openingHours().value());
    QVERIFY(again.alertSettings() == settings.orderAlerts().value());
}

QTEST_MAIN(TestOrderSettingsSection)
#include "tst_ordersettingssection.moc"
