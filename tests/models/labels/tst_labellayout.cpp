// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Label sheets: every standard sheet fits an A4 page (65 labels of 38,1 × 21,2 mm on Avery L7651),
// a custom grid that does not fit is refused with the field at fault, and a start position on a
// half-used sheet carries on to the next pages.
#include "models/labels/labellayout.h"

#include <QTest>

using namespace comptoir;

class TestLabelLayout : public QObject
{
    Q_OBJECT

private:
    static LabelLayout custom()
    {
        LabelLayout l;
        l.id = LabelLayouts::customId();
        l.columns = 3;
        l.rows = 8;
        l.labelWidthMm = 64;
        l.labelHeightMm = 34;
        l.marginLeftMm = 7;
        l.marginTopMm = 12;
        l.gapXMm = 2;
        l.gapYMm = 0;
        return l;
    }

private Q_SLOTS:
    void standardSheetsFitA4_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("perSheet");
        QTest::newRow("65") << QStringLiteral("avery-l7651") << 65;
        QTest::newRow("40") << QStringLiteral("avery-l7654") << 40;
        QTest::newRow("24") << QStringLiteral("avery-l7159") << 24;
        QTest::newRow("21") << QStringLiteral("avery-l7160") << 21;
        QTest::newRow("14") << QStringLiteral("avery-l7163") << 14;
    }
    void standardSheetsFitA4()
    {
        QFETCH(QString, id);
        QFETCH(int, perSheet);
        const auto layout = LabelLayouts::byId(id);
        QVERIFY(layout.has_value());
        QCOMPARE(layout->perSheet(), perSheet);
        QVERIFY(LabelLayouts::check(*layout).ok());
        const QRectF page(0, 0, 210, 297);
        for (int cell = 0; cell < perSheet; ++cell) {
            const QRectF r = LabelLayouts::cellRect(*layout, cell);
            QVERIFY2(page.adjusted(-0.05, -0.05, 0.05, 0.05).contains(r), qPrintable(QString::number(cell)));
            if (cell > 0) // no two labels overlap
                QVERIFY(!r.adjusted(0.01, 0.01, -0.01, -0.01)
                             .intersects(LabelLayouts::cellRect(*layout, cell - 1)));
        }
    }

    void sixtyFiveOnAvery7651()
    {
        const auto layout = LabelLayouts::byId(QStringLiteral("avery-l7651"));
        QVERIFY(layout.has_value());
        QCOMPARE(layout->labelWidthMm, 38.1);
        QCOMPARE(layout->labelHeightMm, 21.2);
        const QRectF last = LabelLayouts::cellRect(*layout, 64);
        QVERIFY(qAbs(last.right() - (210 - 4.75)) < 0.01); // centred: same margin each side
        QVERIFY(qAbs(last.bottom() - (297 - 10.7)) < 0.01);
        QCOMPARE(LabelLayouts::standard().constFirst().id, QStringLiteral("avery-l7651"));
        QVERIFY(!LabelLayouts::byId(QStringLiteral("nonsense")).has_value());
    }

    void customGrids_data()
    {
        QTest::addColumn<LabelLayout>("layout");
        QTest::addColumn<QString>("fault"); // empty: accepted
        const LabelLayout ok = custom();
        QTest::newRow("fits") << ok << QString();
        LabelLayout l = ok;
        l.columns = 4; // 7 + 4 × 64 + 3 × 2 = 269 mm
        QTest::newRow("too wide") << l << QStringLiteral("width");
        l = ok;
        l.rows = 9; // 12 + 9 × 34 = 318 mm
        QTest::newRow("too tall") << l << QStringLiteral("height");
        l = ok;
        l.gapYMm = 2; // 12 + 8 × 34 + 7 × 2 = 298 mm
        QTest::newRow("gaps push it off the page") << l << QStringLiteral("height");
        l = ok;
        l.columns = 0;
        QTest::newRow("no column") << l << QStringLiteral("columns");
        l = ok;
        l.rows = 41;
        QTest::newRow("too many rows") << l << QStringLiteral("rows");
        l = ok;
        l.labelWidthMm = 0;
        QTest::newRow("no width") << l << QStringLiteral("width");
        l = ok;
        l.labelHeightMm = 2;
        QTest::newRow("too low") << l << QStringLiteral("height");
        l = ok;
        l.marginLeftMm = -1;
        QTest::newRow("negative margin") << l << QStringLiteral("margins");
        l = ok;
        l.gapXMm = -0.5;
        QTest::newRow("negative gap") << l << QStringLiteral("gaps");
    }
    void customGrids()
    {
        QFETCH(LabelLayout, layout);
        QFETCH(QString, fault);
        const Status checked = LabelLayouts::check(layout);
        if (fault.isEmpty()) {
            QVERIFY(checked.ok());
            return;
        }
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, ErrorCode::LabelLayoutInvalid);
        QCOMPARE(checked.error().subject, fault);
        QVERIFY(!checked.error().detail.isEmpty());
    }

    void startOnAHalfUsedSheet()
    {
        const LabelLayout layout = *LabelLayouts::byId(QStringLiteral("avery-l7651"));
        const QList<LabelPlacement> placed = LabelLayouts::place(layout, 10, 60);
        QCOMPARE(placed.size(), 10);
        QCOMPARE(placed.at(0).page, 0);
        QCOMPARE(placed.at(0).cell, 60);
        QCOMPARE(placed.at(4).cell, 64);
        QCOMPARE(placed.at(5).page, 1);
        QCOMPARE(placed.at(5).cell, 0);
        QCOMPARE(placed.at(9).item, 9);
        QCOMPARE(LabelLayouts::pageCount(layout, 10, 60), 2);
        QCOMPARE(LabelLayouts::pageCount(layout, 65, 0), 1);
        QCOMPARE(LabelLayouts::pageCount(layout, 66, 0), 2);
        QCOMPARE(LabelLayouts::pageCount(layout, 0, 0), 0);
        // A start past the sheet is clamped to its last label.
        QCOMPARE(LabelLayouts::place(layout, 1, 500).constFirst().cell, 64);
        // The cell's place: row by row.
        const QRectF second = LabelLayouts::cellRect(layout, 1);
        QVERIFY(qAbs(second.left() - (4.75 + 38.1 + 2.5)) < 0.001);
        const QRectF sixth = LabelLayouts::cellRect(layout, 5);
        QVERIFY(qAbs(sixth.top() - (10.7 + 21.2)) < 0.001);
    }
};

QTEST_GUILESS_MAIN(TestLabelLayout)
#include "tst_labellayout.moc"
