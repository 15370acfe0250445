// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ElidedLabel: the whole text when there is room, elided in the middle when there is not (a path
// keeps its file name), the whole text in the tooltip; it asks for the whole width and accepts less.
#include "ui/widgets/elidedlabel.h"

#include <QApplication>
#include <QTest>

using namespace comptoir;

class TestElidedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeTextWhenThereIsRoom()
    {
        ElidedLabel label;
        label.setFullText(QStringLiteral("Data: /home/caisse/comptoir.sqlite"));
        label.resize(label.sizeHint());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QCOMPARE(label.text(), QStringLiteral("Data: /home/caisse/comptoir.sqlite"));
        QCOMPARE(label.fullText(), label.text());
        QCOMPARE(label.toolTip(), label.fullText());
    }

    void elidedInTheMiddleWhenThereIsNot()
    {
        const QString path
            = QStringLiteral("Data: /home/caisse/.local/share/Vitrines-Orleans/Comptoir/comptoir.sqlite");
        ElidedLabel label;
        label.setFullText(path);
        QVERIFY(label.minimumSizeHint().width() < label.sizeHint().width() / 2);
        QVERIFY(label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(path));
        label.resize(label.sizeHint().width() / 2, label.sizeHint().height());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QVERIFY2(label.text().contains(QChar(0x2026)), qPrintable(label.text()));
        QVERIFY(label.text().startsWith(QStringLiteral("Data: ")));
        QVERIFY(label.text().endsWith(QStringLiteral("comptoir.sqlite")));
        QVERIFY(label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width());
        QCOMPARE(label.toolTip(), path);
        // Room again: the whole text.
        label.resize(label.sizeHint());
        QTRY_COMPARE(label.text(), path);
    }
};

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
