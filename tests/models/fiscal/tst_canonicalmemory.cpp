// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sales journal hashes a ticket's canonical form made from memory (canonicalticket.h), not
// read back from the tables; the verifier reads the stored rows. Both must be byte-identical for
// every kind of ticket: sales, refunds, discounts, mixed payments, free-price lines, odd labels.
#include "journalfixture.h"
#include "models/archive/journalverifier.h"
#include "models/fiscal/canonical.h"
#include "models/sales/canonicalticket.h"
#include "models/sales/ticketcalculator.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

// The origins of a ticket as the test knows them: the refunded sale's number and the positions
// of the sold lines (found among the sale's lines by id).
TicketOrigins originsOf(const Ticket &ticket, const QList<Ticket> &earlier)
{
    TicketOrigins origins;
    for (const TicketLine &line : ticket.lines) {
        std::optional<qint64> position;
        for (const Ticket &sale : earlier) {
            if (sale.id == ticket.originalTicketId)
                origins.originalNumber = sale.number;
            for (qsizetype i = 0; i < sale.lines.size(); ++i) {
                if (line.originalLineId && sale.lines.at(i).id == *line.originalLineId)
                    position = i + 1;
            }
        }
        origins.originalLinePositions.append(position);
    }
    return origins;
}

// Pays the whole draft with one method (cash: exactly).
bool payAll(SaleDraft &draft, PaymentMethod method)
{
    auto totals = TicketCalculator::compute(draft.lines, draft.discount);
    if (!totals)
        return false;
    draft.payments = {pay(method, totals->totalCents)};
    draft.tenderedCents = 0;
    return true;
}

} // namespace

class TestCanonicalMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytes_data();
    void sameBytes();
};

void TestCanonicalMemory::sameBytes_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *name :
         {"cash sale with change", "mixed payment", "discounts", "percent discount", "refund to card",
          "refund of two lines to a voucher", "free price and odd labels", "cheque with reference"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCanonicalMemory::sameBytes()
{
    QFETCH(QString, scenario);
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    QVERIFY(s.shop.db().setMeta(QLatin1String(RegisterPublicKeyMeta),
                                QString::fromLatin1(s.shop.signer.publicKey().toBase64())));
    QList<Ticket> tickets;
    auto keep = [&tickets](const Result<Ticket> &ticket) {
        if (!ticket)
            return false;
        tickets << ticket.value();
        return true;
    };

    if (scenario == QLatin1String("cash sale with change")) {
        QVERIFY(keep(s.journal.commitSale(s.threeLines())));
    } else if (scenario == QLatin1String("mixed payment")) {
        QVERIFY(keep(s.journal.commitSale(s.mixedSale())));
    } else if (scenario == QLatin1String("discounts")) {
        QVERIFY(keep(s.journal.commitSale(s.discountedSale({pay(PaymentMethod::Card, 4070)}))));
    } else if (scenario == QLatin1String("percent discount")) {
        SaleDraft draft = s.threeLines();
        draft.discount = Discount::percent(1250);
        draft.lines[1].discountCents = 90; // an amount off the mug as well
        QVERIFY(payAll(draft, PaymentMethod::Card));
        QVERIFY(keep(s.journal.commitSale(draft)));
    } else if (scenario == QLatin1String("refund to card")) {
        SaleDraft draft = s.threeLines();
        draft.payments = {pay(PaymentMethod::Card, 2818)};
        draft.tenderedCents = 0;
        QVERIFY(keep(s.journal.commitSale(draft)));
        QVERIFY(keep(s.refund(tickets.at(0), 1, PaymentMethod::Card)));
    } else if (scenario == QLatin1String("refund of two lines to a voucher")) {
        QVERIFY(keep(s.journal.commitSale(s.discountedSale({pay(PaymentMethod::Card, 4070)}))));
        QVERIFY(keep(s.journal.commitSale(s.mixedSale())));
        RefundDraft refund;
        refund.originalTicketId = tickets.at(1).id;
        refund.operatorId = s.operatorId;
        refund.lines
            = {RefundLine {tickets.at(1).lines.at(1).id, 1}, RefundLine {tickets.at(1).lines.at(0).id, 2}};
        refund.payments = {pay(PaymentMethod::Voucher, 0)};
        QVERIFY(keep(s.journal.commitRefund(refund)));
    } else if (scenario == QLatin1String("free price and odd labels")) {
        SaleDraft draft = s.threeLines();
        draft.lines[0].label = QStringLiteral("Confiture « figue » \"maison\"\t\\ 250 g — été");
        draft.lines[2].label = QString(); // a null label is stored as ""
        draft.lines.append(line(std::nullopt, 3, 125, 210));
        draft.lines.last().label = QStringLiteral("Sac\nkraft \x01");
        QVERIFY(payAll(draft, PaymentMethod::Cash));
        draft.tenderedCents = 5000;
        QVERIFY(keep(s.journal.commitSale(draft)));
    } else if (scenario == QLatin1String("cheque with reference")) {
        SaleDraft draft = s.threeLines();
        draft.payments = {Payment {PaymentMethod::Cheque, 1818, QStringLiteral("CHQ 0042 « BNP »")},
                          pay(PaymentMethod::Cash, 1000)};
        draft.tenderedCents = 1000;
        QVERIFY(keep(s.journal.commitSale(draft)));
    } else {
        QFAIL("unknown scenario");
    }

    for (const Ticket &ticket : std::as_const(tickets)) {
        auto stored = canonicalTicket(s.shop.db(), ticket.id);
        QVERIFY(stored.ok());
        const QByteArray memory = canonicalTicket(ticket, originsOf(ticket, tickets));
        QCOMPARE(memory, stored.value());
        // And the journal really hashed those bytes: the link recomputes from the stored rows.
        auto link = s.shop.chain.link(FiscalRecordType::Ticket, ticket.id);
        QVERIFY(link.ok());
        QCOMPARE(link->hash, FiscalChain::sha256(link->previousHash + stored.value()));
    }
    auto report = verifyJournal(s.shop.db(), s.shop.signer.publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
    QCOMPARE(report->tickets, tickets.size());
}

QTEST_GUILESS_MAIN(TestCanonicalMemory)
#include "tst_canonicalmemory.moc"
