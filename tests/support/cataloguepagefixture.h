// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeclock.h"
#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/stock/stockledger.h"
#include "models/uuidv7.h"
#include "tempdatabase.h"
#include "ui/catalogue/cataloguepage.h"

#include <QLineEdit>
#include <QList>
#include <QSpinBox>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QVariant>

#include <memory>

namespace comptoir {

// What the catalogue page tests share: a fresh shop per test, a page on it whose confirmations
// are recorded (and answered with m_answer), and helpers to drive it from the keyboard.
// The test class calls setUpShop() from init() and tearDownShop() from cleanup().
class CataloguePageFixture
{
protected:
    void setUpShop()
    {
        m_temp = std::make_unique<TempDatabase>();
        QVERIFY(m_temp->isValid());
        m_clock = std::make_unique<FakeClock>();
        m_uuids = std::make_unique<UuidV7Generator>(*m_clock);
        m_journal = std::make_unique<TestJournal>(m_temp->db(), *m_clock);
        m_catalogue = std::make_unique<Catalogue>(m_temp->db(), *m_clock, *m_uuids, m_journal->events);
        m_ledger = std::make_unique<StockLedger>(m_temp->db(), *m_clock, *m_uuids);
        m_questions.clear();
        m_answer = true;
    }

    void tearDownShop()
    {
        m_page.reset();
        m_ledger.reset();
        m_catalogue.reset();
        m_journal.reset();
        m_uuids.reset();
        m_clock.reset();
        m_temp.reset();
    }

    // One product with one variant; `stock` is received. Returns the variant id, 0 on failure.
    qint64 addProduct(const QString &name, qint64 priceCents, const QStringList &barcodes = {},
                      int threshold = 0, qint64 stock = 0)
    {
        ProductFields product;
        product.name = name;
        VariantFields variant;
        variant.priceCents = priceCents;
        variant.barcodes = barcodes;
        variant.lowStockThreshold = threshold;
        const auto created = m_catalogue->createProduct(product, variant);
        if (!created) {
            qWarning("createProduct failed: %s", qPrintable(created.error().detail));
            return 0;
        }
        if (stock != 0 && !m_ledger->record(created->variantId, stock, MovementReason::Receipt))
            return 0;
        return created->variantId;
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto query = m_temp->db().query(sql, bindings);
        if (!query || !query.value().next())
            return {};
        return query.value().value(0);
    }

    qint64 count(const QString &table, const QString &where = QString())
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table
                      + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
            .toLongLong();
    }

    void showPage()
    {
        m_page = std::make_unique<CataloguePage>(m_temp->db(), *m_catalogue, *m_ledger);
        m_page->setConfirmation([this](const QString &, const QString &question) {
            m_questions.append(question);
            return m_answer;
        });
        m_page->resize(1200, 700);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("catalogueTable")); }

    QLineEdit *searchEdit() const { return m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit")); }

    // The visible dialog of that type the page opened, if any.
    template<typename Dialog> Dialog *openDialog() const
    {
        const QList<Dialog *> dialogs = m_page->findChildren<Dialog *>();
        for (Dialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->selectAll();
        // QTest::keyClicks() takes Latin-1 letters only: "é" goes as a key event carrying its text.
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    void setSpin(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<TestJournal> m_journal;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<CataloguePage> m_page;
    QStringList m_questions;
    bool m_answer = true;
};

} // namespace comptoir
