// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A journal written before a ticket's two canonical serialisers became one (issue 18) still
// verifies: its hashes were made by the old serialiser from memory, and the one serialisation
// (models/sales/canonicalticket.h), fed the rows read back, gives the same bytes. The rows below
// were written by SaleJournal at commit d955785 (sales with change, mixed payments, line and
// ticket discounts, a percent discount, refunds to cash and of two lines to a voucher, a free
// price, odd labels with quotes, tabs, a new line and a control character, a cheque reference)
// with the tests' signing key; any change to the canonical bytes breaks the first link.
#include "journalfixture.h"
#include "models/archive/journalverifier.h"
#include "models/sales/canonicalticket.h"

#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::fiscaltest;

namespace {

// The stored rows of tickets 1 to 8 and their links, as `sqlite3` read them (every column named,
// so that columns added since keep their defaults).
const char *const JournalBefore[] = {
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (1, '01a21c3b-a280-747e-96e0-45aaa3a20169', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 1, 'sale', NULL, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T09:00:00.000Z', 2818, 0, 0, 3000, 182);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (2, '01a21c3b-a280-7481-8d2b-81dd855598fb', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 2, 'sale', NULL, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T09:00:00.000Z', 2818, 0, 0, 2000, 182);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (3, '01a21c3b-a280-7484-9022-bec785908f58', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 3, 'refund', 1, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T11:00:00.000Z', -1290, 0, 0, 0, 0);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (4, '01a21c3b-a280-7486-8711-2d3e6b5a2cdb', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 4, 'sale', NULL, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T12:00:00.000Z', 4070, 100, 0, 0, 0);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (5, '01a21c3b-a280-7489-bf38-22412d7b1b08', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 5, 'sale', NULL, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T12:00:00.000Z', 2387, 341, 1250, 0, 0);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (6, '01a21c3b-a280-748c-af58-93e5cb661922', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 6, 'refund', 2, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T14:07:00.000Z', -2468, 0, 0, 0, 0);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (7, '01a21c3b-a280-748f-a40e-f2832831f70d', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 7, 'sale', NULL, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T15:31:00.000Z', 3193, 0, 0, 5000, 1807);",
    "INSERT INTO tickets (id, uuid, register_id, number, kind, original_ticket_id, operator_id, "
    "operator_name, business_day, closed_at, total_cents, discount_cents, discount_percent_bp, "
    "tendered_cents, change_cents) VALUES (8, '01a21c3b-a280-7492-b56f-8428f4907a11', "
    "'2057e189-dbd5-4c5c-b56e-dccd2039c19d', 8, 'sale', NULL, 1, 'Camille', '2026-11-26', "
    "'2026-11-26T17:00:00.000Z', 2818, 0, 0, 1000, 0);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (1, 1, 1, 1, 'Article 589', 2, 589, 550, 0, 0, 0, 1178, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (2, 1, 2, 2, 'Article 1290', 1, 1290, 2000, 0, 0, 0, 1290, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (3, 1, 3, NULL, 'Article 350', 1, 350, 1000, 0, 0, 0, 350, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (4, 2, 1, 1, 'Article 589', 2, 589, 550, 0, 0, 0, 1178, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (5, 2, 2, 2, 'Article 1290', 1, 1290, 2000, 0, 0, 0, 1290, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (6, 2, 3, NULL, 'Article 350', 1, 350, 1000, 0, 0, 0, 350, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (7, 3, 1, 2, 'Article 1290', -1, 1290, 2000, 0, 0, 0, -1290, 2);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (8, 4, 1, 1, 'Article 589', 3, 589, 550, 177, 1000, 38, 1552, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (9, 4, 2, 2, 'Article 1290', 2, 1290, 2000, 0, 0, 62, 2518, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (10, 5, 1, 1, 'Article 589', 2, 589, 550, 0, 0, 147, 1031, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (11, 5, 2, 2, 'Article 1290', 1, 1290, 2000, 90, 0, 150, 1050, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (12, 5, 3, NULL, 'Article 350', 1, 350, 1000, 0, 0, 44, 306, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (13, 6, 1, 2, 'Article 1290', -1, 1290, 2000, 0, 0, 0, -1290, 5);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (14, 6, 2, 1, 'Article 589', -2, 589, 550, 0, 0, 0, -1178, 4);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (15, 7, 1, 1, 'Confiture « figue » \"maison\"\011\\ 250 g — été', 2, 589, 550, 0, 0, 0, 1178, "
    "NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (16, 7, 2, 2, 'Article 1290', 1, 1290, 2000, 0, 0, 0, 1290, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (17, 7, 3, NULL, '', 1, 350, 1000, 0, 0, 0, 350, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (18, 7, 4, NULL, 'Sac\012kraft \001', 3, 125, 210, 0, 0, 0, 375, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (19, 8, 1, 1, 'Article 589', 2, 589, 550, 0, 0, 0, 1178, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (20, 8, 2, 2, 'Article 1290', 1, 1290, 2000, 0, 0, 0, 1290, NULL);",
    "INSERT INTO ticket_lines (id, ticket_id, position, variant_id, label, quantity, unit_price_cents, "
    "vat_rate_bp, discount_cents, discount_percent_bp, ticket_discount_cents, total_cents, original_line_id) "
    "VALUES (21, 8, 3, NULL, 'Article 350', 1, 350, 1000, 0, 0, 0, 350, NULL);",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (1, 1, 1, "
    "'cash', 2818, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (2, 2, 1, "
    "'card', 1000, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (3, 2, 2, "
    "'cash', 1818, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (4, 3, 1, "
    "'cash', -1290, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (5, 4, 1, "
    "'card', 4070, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (6, 5, 1, "
    "'card', 2387, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (7, 6, 1, "
    "'voucher', -2468, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (8, 7, 1, "
    "'cash', 3193, '');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (9, 8, 1, "
    "'cheque', 1818, 'CHQ 0042 « BNP »');",
    "INSERT INTO ticket_payments (id, ticket_id, position, method, amount_cents, reference) VALUES (10, 8, "
    "2, 'cash', 1000, '');",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (1, 550, 1117, 61);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (1, 1000, 318, 32);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (1, 2000, 1075, 215);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (2, 550, 1117, 61);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (2, 1000, 318, 32);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (2, 2000, 1075, 215);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (3, 2000, -1075, -215);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (4, 550, 1471, 81);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (4, 2000, 2098, 420);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (5, 550, 977, 54);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (5, 1000, 278, 28);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (5, 2000, 875, 175);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (6, 550, -1117, -61);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (6, 2000, -1075, -215);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (7, 210, 367, 8);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (7, 550, 1117, 61);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (7, 1000, 318, 32);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (7, 2000, 1075, 215);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (8, 550, 1117, 61);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (8, 1000, 318, 32);",
    "INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, vat_cents) VALUES (8, 2000, 1075, 215);",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (1, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 1, "
    "'0000000000000000000000000000000000000000000000000000000000000000', "
    "'0e9256298ec426e3975391552281d27e998dbee52dd77654499cb0005496818e', "
    "'Bymf+DiWUwMTj4tlWf+pSLBmZw4dsQJAlOGfBhAwgYfcCCukkhd4j+hjuExBygRawzXSHMABU0vh6EVK6pKcDw==', "
    "'2026-11-26T09:00:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (2, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 2, "
    "'0e9256298ec426e3975391552281d27e998dbee52dd77654499cb0005496818e', "
    "'6ab41a9197001546bd310d7a6ef6c1b121469e321af469bca97fde10d48c7974', "
    "'yRJ71dMJAAB443MMxBoCDI4zfveocjHZrkz2E08Km1ZnTxPXuYTxrLIV9lWHGJcMDYY0Hn7VpwITzllGdrnwAQ==', "
    "'2026-11-26T09:00:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (3, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 3, "
    "'6ab41a9197001546bd310d7a6ef6c1b121469e321af469bca97fde10d48c7974', "
    "'6101460066abbdea3eadb6aff0e32b3441f70094320bd52f8dcba5f21546c972', "
    "'jNjvu1jw+51yV4dPRIYiQQSr8hJNSQgJ7FvXv04LnaKeDTSdzajVhJ+7h+VvRbign5aXYKQOlTXwqylhJ0H9Bg==', "
    "'2026-11-26T11:00:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (4, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 4, "
    "'6101460066abbdea3eadb6aff0e32b3441f70094320bd52f8dcba5f21546c972', "
    "'f278537557e3e810eb93a85b8188e995f58ff9f024708a9c2d253e4a100c708b', "
    "'8547ul2/3yc22dNqdgPY1LpNlc95pjcU8DWuBU3M/WIPsfzhhpj/XloHIVsmCq5cRO1G234T25iYmsDjeKufBQ==', "
    "'2026-11-26T12:00:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (5, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 5, "
    "'f278537557e3e810eb93a85b8188e995f58ff9f024708a9c2d253e4a100c708b', "
    "'fe751b7fb60636f399ddbab30952df2a6c3315d01e1aa318c8c67dfd46116eb6', "
    "'kYo2PtC8tgQS4nR3wG/D37dXdwLugPFqLKWhACAcb1HoxxCZAE1K6vT0jXIMo55KIKbA/ntknMX6Gm+2E1n+Dw==', "
    "'2026-11-26T12:00:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (6, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 6, "
    "'fe751b7fb60636f399ddbab30952df2a6c3315d01e1aa318c8c67dfd46116eb6', "
    "'f0e88af7d0326c438f892345d3d62498bea2ba6ab4937f66c5ce3f7d5f0c3f3f', "
    "'RAvRaH4JuRQUx7Q6Ka9++hz81m7xZZLp9l6g1+K78Pl+6KVNdtO1rNKf7a5EpH3hhOxUonkMXNEXT1fSDcRfDQ==', "
    "'2026-11-26T14:07:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (7, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 7, "
    "'f0e88af7d0326c438f892345d3d62498bea2ba6ab4937f66c5ce3f7d5f0c3f3f', "
    "'63e41e4fae1bea46925d9cfcaf249b8b28d30d38398036174be3968f23e65016', "
    "'4q3AAEAHcHLb0XiYV7zXJ3Gt/G5ck8cOK1XBpvfeydM6BojfWO7ZB0VqSAH77nS1smAzOYWzD9eC1kpDnXYFCg==', "
    "'2026-11-26T15:31:00.000Z');",
    "INSERT INTO fiscal_chain (seq, register_id, record_type, record_id, previous_hash, hash, signature, "
    "stored_at) VALUES (8, '2057e189-dbd5-4c5c-b56e-dccd2039c19d', 'ticket', 8, "
    "'63e41e4fae1bea46925d9cfcaf249b8b28d30d38398036174be3968f23e65016', "
    "'f02c002c5d4bb4440b81bc37a06af4eca7aeffcf0f66afc352ccd8659a209b5e', "
    "'ubgT1ZMW0iPEeVEC90IHInrQGgFgehqhQIHqgqWzdtZPvh0cDDDx4gGOhwngUy4Tj6p9vZj2fOFgCMxhc69zCQ==', "
    "'2026-11-26T17:00:00.000Z');",
};

// The rows as they were stored, into today's schema: a payment row has carried its ticket's
// business day since migration 0010, which gave the rows already there their ticket's day.
QStringList journalBefore()
{
    static const QRegularExpression payment(
        QStringLiteral(R"(^INSERT INTO ticket_payments \(([^)]*)\) VALUES \((\d+), (\d+), (.*)\);$)"));
    QStringList statements;
    for (const char *statement : JournalBefore) {
        QString sql = QString::fromUtf8(statement);
        const QRegularExpressionMatch m = payment.match(sql);
        if (m.hasMatch())
            sql = QStringLiteral(
                      "INSERT INTO ticket_payments (%1, business_day) SELECT %2, %3, %4, business_day "
                      "FROM tickets WHERE id = %3;")
                      .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
        statements << sql;
    }
    return statements;
}

} // namespace

class TestJournalCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journalWrittenBeforeStillVerifies();
    void newSalesChainOnIt();
};

void TestJournalCompat::journalWrittenBeforeStillVerifies()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    // Written as they were stored (through a connection of their own, foreign keys off: the
    // operators and variants they name are not part of the journal).
    const QString error = tamper(s.shop.temp.filePath(), journalBefore());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto report = verifyJournal(s.shop.db(), testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok,
             qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem + QLatin1Char(' ')
                        + report->detail));
    QCOMPARE(report->tickets, 8);
    QCOMPARE(report->links, 8);
    // Each ticket's bytes, made now, are the ones hashed then.
    for (qint64 id = 1; id <= 8; ++id) {
        auto canonical = canonicalTicket(s.shop.db(), id);
        QVERIFY(canonical.ok());
        auto link = s.shop.chain.link(FiscalRecordType::Ticket, id);
        QVERIFY(link.ok());
        QCOMPARE(link->hash, FiscalChain::sha256(link->previousHash + canonical.value()));
    }
}

void TestJournalCompat::newSalesChainOnIt()
{
    ClosingShop s;
    QVERIFY(s.setUpClosing());
    QVERIFY(tamper(s.shop.temp.filePath(), journalBefore()).isEmpty());
    s.setTime(28, 10);
    auto sale = s.journal.commitSale(s.threeLines());
    QVERIFY(sale.ok());
    QVERIFY(s.refund(sale.value(), 1, PaymentMethod::Cash).ok());
    auto report = verifyJournal(s.shop.db(), testSigningKey().publicKey());
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->firstBroken + QLatin1Char(' ') + report->problem));
    QCOMPARE(report->tickets, 10);
}

COMPTOIR_CLOSING_TEST_MAIN(TestJournalCompat)
#include "tst_journalcompat.moc"
