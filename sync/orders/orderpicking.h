// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/orders/onlineorders.h"

#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Catalogue;
class Clock;
class Database;

// The text of an order's barcode (issue 16): "CMD-" and its number ("CMD-118"), printed as Code
// 128 on the picking slip; the till reads it back at collection (parseOrderCode, ordercollection.h).
QString orderCode(qint64 number);

// One line of an order being picked, with where to find it and how far it got.
struct PickLine
{
    int lineNo = 0;
    std::optional<qint64> variantId; // empty while the variant is not known here
    QString productName;
    QString variantLabel;
    QString reference;
    QString barcode; // the variant's first barcode, empty when it has none
    // Where the item is: the catalogue has no stock location, so its category stands in for it.
    QString location;
    qint64 ordered = 0;
    qint64 picked = 0;
    qint64 missing = 0;
    bool refused = false;
    QString refusalReason;

    qint64 remaining() const { return ordered - picked - missing; }
    bool isDone() const { return refused || picked >= ordered; }
};

struct PickProgress
{
    int lines = 0; // lines still to supply (refused ones left out)
    int linesDone = 0;
    qint64 ordered = 0;
    qint64 picked = 0;
    qint64 missing = 0;
    bool complete() const { return lines > 0 && linesDone == lines; }
};

// What one scan did. Wrong codes are results, not errors: the dialog shows them in a line.
enum class PickResult {
    Picked, // one more of a line (lineNo)
    LineComplete, // and that line is now fully picked
    OrderComplete, // and every line now is
    UnknownCode, // no variant of the catalogue has this barcode or reference
    NotInOrder, // a known item this order does not hold
    OverPick, // the order's lines of this item are all picked already
    LineRefused, // the item's line was refused
    Stopped, // the order is no longer to be prepared (cancelled online…): the picking stopped
};

struct ScanOutcome
{
    PickResult result = PickResult::UnknownCode;
    int lineNo = 0; // the line picked (or over-picked / refused), 0 when none
    QString code; // the code as scanned, trimmed
};

// Picking an accepted order by scanning its items (issue 16, item 3). The progress lives in
// order_picks (local, kept across restarts): each scan is one statement. Codes are resolved as the
// till resolves them (Catalogue::findVariantByCode: barcode, then reference). The order's status
// is read again at every scan: an order cancelled online (or rejected, or made ready elsewhere)
// stops the picking, and scans then answer Stopped.
class OrderPicking
{
public:
    OrderPicking(Database &db, const Catalogue &catalogue, const Clock &clock);

    // Loads the order and its progress. Errors: NotFound (subject: the uuid), OrderNotPickable
    // (subject: the order's current status key) unless the order is accepted.
    Status start(const QString &orderUuid);
    // Reads the order, its lines and its progress again (after the feed changed it); the picking
    // stops when the order is no longer accepted.
    Status reload();

    Result<ScanOutcome> scan(const QString &code);
    // Counts n of a line missing (0 clears it). Errors: NotFound (no such line: subject its
    // number), InvalidQuantity (n < 0 or more than what is not picked), OrderNotPickable.
    Status markMissing(int lineNo, qint64 n);

    bool isStarted() const { return m_order.id != 0; }
    bool isStopped() const { return m_stopped; }
    const OnlineOrder &order() const { return m_order; } // lines not filled: see lines()
    OrderStatus status() const { return m_order.currentStatus(); }
    const QList<PickLine> &lines() const { return m_lines; }
    PickProgress progress() const;

private:
    Status readOrder(const QString &orderUuid);
    Status readLines();
    Result<bool> stillPickable(); // reads the status again; false: stopped
    PickLine *lineNumbered(int lineNo);

    Database &m_db;
    const Catalogue &m_catalogue;
    const Clock &m_clock;
    OnlineOrder m_order;
    QList<PickLine> m_lines;
    bool m_stopped = false;
};

} // namespace comptoir
