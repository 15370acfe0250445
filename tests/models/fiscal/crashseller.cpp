// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A till that sells forever, for the crash test (tst_crashkill): opens the database file given
// on the command line, builds what the till uses (catalogue, stock ledger, fiscal chain signed
// with testSigningKey(), sales journal) on the real clock, creates an operator and a few stocked
// variants when the database has none, prints "ready" and then commits sales and refunds in a
// tight loop until it is killed. It prints nothing else; errors go to stderr and exit 1.
#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticket.h"
#include "models/sales/ticketreader.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cstdio>

using namespace comptoir;

namespace {

int failWith(const char *what, const Error &error)
{
    std::fprintf(stderr, "crashseller: %s failed: %s %s\n", what, qPrintable(error.subject),
                 qPrintable(error.detail));
    return 1;
}

struct Item
{
    qint64 variantId = 0;
    qint64 priceCents = 0;
    int vatRateBp = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: crashseller DATABASE\n");
        return 2;
    }
    auto opened = Database::open(args.at(1));
    if (!opened)
        return failWith("open", opened.error());
    Database &db = *opened.value();

    SystemClock clock;
    UuidV7Generator uuids(clock);
    const Ed25519Key key = testSigningKey();
    FiscalChain chain(db, key, clock);
    EventJournal events(db, clock, uuids, chain);
    Catalogue catalogue(db, clock, uuids, events);
    StockLedger ledger(db, clock, uuids);
    SaleJournal journal(db, clock, uuids, ledger, chain);
    const TicketReader tickets(db);

    if (auto status
        = db.setMeta(QLatin1String(RegisterPublicKeyMeta), QString::fromLatin1(key.publicKey().toBase64()));
        !status)
        return failWith("setMeta", status.error());

    // The operator and the variants: made at the first start only.
    auto op = db.query(QStringLiteral("SELECT id FROM operators ORDER BY id LIMIT 1"));
    if (!op)
        return failWith("operators", op.error());
    qint64 operatorId = 0;
    if (op.value().next()) {
        operatorId = op.value().value(0).toLongLong();
    } else {
        auto inserted = db.insert(QStringLiteral("INSERT INTO operators (name, role, pin_hash, created_at) "
                                                 "VALUES ('Camille', 'cashier', 'x', ?)"),
                                  {clock.now().toString(Qt::ISODateWithMs)});
        if (!inserted)
            return failWith("operator", inserted.error());
        operatorId = inserted.value();
    }
    auto countVariants = db.query(QStringLiteral("SELECT count(*) FROM variants"));
    if (!countVariants)
        return failWith("variants", countVariants.error());
    countVariants.value().next();
    if (countVariants.value().value(0).toLongLong() == 0) {
        const struct
        {
            const char *name;
            qint64 price;
            int vat;
        } products[] = {{"Confiture", 589, 550}, {"Mug", 1290, 2000}, {"Savon", 450, 2000}};
        for (const auto &p : products) {
            ProductFields fields;
            fields.name = QString::fromUtf8(p.name);
            fields.vatRateBp = p.vat;
            VariantFields variant;
            variant.priceCents = p.price;
            auto created = catalogue.createProduct(fields, variant);
            if (!created)
                return failWith("createProduct", created.error());
            if (auto moved = ledger.record(created->variantId, 100000, MovementReason::Receipt); !moved)
                return failWith("receipt", moved.error());
        }
    }
    QList<Item> items;
    auto rows = db.query(QStringLiteral("SELECT v.id, v.price_cents, p.vat_rate_bp FROM variants v "
                                        "JOIN products p ON p.id = v.product_id ORDER BY v.id"));
    if (!rows)
        return failWith("items", rows.error());
    while (rows.value().next())
        items.append(Item {rows.value().value(0).toLongLong(), rows.value().value(1).toLongLong(),
                           rows.value().value(2).toInt()});
    if (items.isEmpty()) {
        std::fprintf(stderr, "crashseller: no variants\n");
        return 1;
    }

    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);

    QRandomGenerator rng(QRandomGenerator::system()->generate());
    struct Sold
    {
        qint64 id = 0;
        PaymentMethod method = PaymentMethod::Cash;
    };
    QList<Sold> sales;
    for (qint64 round = 1;; ++round) {
        if (round % 4 == 0 && !sales.isEmpty()) {
            // A refund of one item of an earlier sale, paid back the way it was paid.
            const Sold sold = sales.at(rng.bounded(int(sales.size())));
            auto lines = tickets.refundableLines(sold.id);
            if (!lines)
                return failWith("refundableLines", lines.error());
            if (!lines->isEmpty()) {
                RefundDraft refund;
                refund.originalTicketId = sold.id;
                refund.operatorId = operatorId;
                refund.lines = {RefundLine {lines->first().id, 1}};
                refund.payments = {Payment {sold.method, 0, {}}};
                if (auto done = journal.commitRefund(refund); !done)
                    return failWith("commitRefund", done.error());
            }
            continue;
        }
        SaleDraft draft;
        draft.operatorId = operatorId;
        const int lineCount = 2 + int(rng.bounded(3));
        qint64 total = 0;
        for (int i = 0; i < lineCount; ++i) {
            const Item &item = items.at(rng.bounded(int(items.size())));
            TicketLine line;
            line.variantId = item.variantId;
            line.label = QStringLiteral("Article %1").arg(item.variantId);
            line.quantity = 1 + rng.bounded(3);
            line.unitPriceCents = item.priceCents;
            line.vatRateBp = item.vatRateBp;
            total += line.quantity * line.unitPriceCents;
            draft.lines.append(line);
        }
        const PaymentMethod method = rng.bounded(2) == 0 ? PaymentMethod::Cash : PaymentMethod::Card;
        draft.payments = {Payment {method, total, {}}};
        auto ticket = journal.commitSale(draft);
        if (!ticket)
            return failWith("commitSale", ticket.error());
        sales.append(Sold {ticket->id, method});
        if (sales.size() > 50)
            sales.removeFirst();
    }
}
